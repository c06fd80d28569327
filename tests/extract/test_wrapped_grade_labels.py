"""A judgement table copied with its columns kept puts a row's grade beside the first line of a label that wraps
(tester helper-182): 'Children looked after and achieving   Requires improvement' over 'permanence' is the children
in care's grade, and a record of main findings' 'Effectiveness of the help and protection provided to   Adequate' over
'children, young people, families and carers' keeps its whole label. A sentence below a graded line is no label's."""

from __future__ import annotations

import re

from findings.extract.document import extract_document
from findings.read import read_document

SIF = """Brackenfield
Inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection date: 11 January 2016 – 4 February 2016
Report published: 24 March 2016
The overall judgement is that children’s services are inadequate
The judgements on areas of the service that contribute to overall effectiveness are:
1. Children who need help and protection          Inadequate
2. Children looked after and achieving            Requires improvement
   permanence
2.1 Adoption performance                          Good
2.2 Experiences and progress of care leavers      Requires improvement
3. Leadership, management and governance          Inadequate

What does the local authority need to improve?
Areas for improvement
1. Ensure that all children in care have a care plan that is current and reviewed on time.
"""

RECORD = """Inspection of local authority arrangements for the protection of children
Brackenfield Borough Council
Inspection dates: 10 – 19 September 2012
Published: 19 October 2012

Record of main findings
Local authority arrangements for the protection of children
Overall effectiveness                                      Adequate
Effectiveness of the help and protection provided to       Adequate
children, young people, families and carers
The quality of practice                                    Good
Leadership and governance                                  Adequate
"""


def _judgements(tmp_path, name: str, text: str) -> dict[str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    out = extract_document(doc)
    for j in out.judgements:  # each span holds the row's words: its label's and its grade's
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in j.spans)
        assert re.sub(r"(?<!^)(?=[A-Z])", " ", j.grade).casefold() in quoted.casefold()  # 'RequiresImprovement'
        assert j.area == "Overall effectiveness" or j.area.split()[-1] in quoted
    return {j.area: j.grade for j in out.judgements}


def test_a_grade_beside_a_wrapped_labels_first_line_is_that_areas(tmp_path):
    got = _judgements(tmp_path, "brackenfield-2016.txt", SIF)
    assert got["Children looked after and achieving permanence"] == "RequiresImprovement"
    assert got["Adoption performance"] == "Good" and got["Children who need help and protection"] == "Inadequate"
    assert len(got) == 6


def test_a_record_tables_label_wrapped_below_its_grade_is_read_whole(tmp_path):
    got = _judgements(tmp_path, "brackenfield-2012.txt", RECORD)
    assert got["Effectiveness of the help and protection provided to children, young people, families and carers"] == "Adequate"
    assert got["The quality of practice"] == "Good"


def test_a_sentence_below_a_graded_line_is_no_label(tmp_path):
    row = "3. Leadership, management and governance          Inadequate\n"
    text = SIF.replace(row, row + "across all aspects of the service, leaders have been too slow to act.\n")
    got = _judgements(tmp_path, "brackenfield-2016.txt", text)
    assert not any("across" in area for area in got) and got["Adoption performance"] == "Good"


def test_a_record_of_main_findings_broken_over_a_page_keeps_every_section(tmp_path):
    """A page break inside a 2009–2012 report's record of main findings, between its sections or between two rows,
    does not end the table (tester helper-183: the looked after children section's nine grades were lost)."""
    from tests.pdfmaker import make_pdf

    header = "Rutland County Council Inspection of safeguarding and looked after children services {n}"
    cover = [
        "Inspection of safeguarding and looked after children services",
        "Rutland County Council",
        "Inspection dates: 7 - 18 March 2011",
        "Published: 21 April 2011",
    ]
    safeguarding = ["Record of main findings", "Safeguarding services", "Overall effectiveness Adequate"]
    safeguarding += ["Capacity for improvement Good", "Partnership working Good"]
    looked_after = ["Services for looked after children", "Overall effectiveness Adequate", "Being healthy Good"]
    rest = ["Staying safe Adequate", "Economic well-being Inadequate", "Leadership and management Adequate"]
    for pages in (
        [cover, [header.format(n=1), *safeguarding], [header.format(n=2), *looked_after, *rest]],
        [cover, [header.format(n=1), *safeguarding, *looked_after], [header.format(n=2), *rest]],
    ):
        path = tmp_path / "rutland-2011.pdf"
        path.write_bytes(make_pdf(pages))
        got = [(j.scope, j.area, j.grade) for j in extract_document(read_document(path, path.name)).judgements]
        assert len(got) == 8, got
        assert got[-1] == ("Services for looked after children", "Leadership and management", "Adequate")
