"""A single inspection framework report whose council list runs straight into the review of the safeguarding board
(no numbered findings between): the board's section heading, wrapped or not, ends the council's last item, and the
board's own list ends at its findings' heading ('Inspection findings – the Local Safeguarding Children Board (LSCB)',
a heading that ends with the board's abbreviation in brackets, not a sentence). Tester helper-198: the last council
item swallowed the board's heading, so the board's section was never entered and its items were filed as the
council's, the last of them swallowing the findings' heading too."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Exampleton
Inspection of services for children in need of help and protection, children
looked after and care leavers
and
Review of the effectiveness of the Local Safeguarding Children Board
Inspection date: 5 April 2016 – 28 April 2016
Report published: 3 June 2016
Lead inspector: Ann Example
1. Children who need help and protection Requires improvement
The Local Safeguarding Children Board (LSCB) is inadequate.
What does the local authority need to improve?
Areas for improvement
1. Ensure that all strategy meetings include the police and health agencies.
Review of the effectiveness of the local safeguarding
children board (LSCB)
The LSCB is inadequate
Executive summary
The LSCB does not meet its statutory responsibilities.
Recommendations
1. Ensure that the LSCB completes its programme of multi-agency audits.
2. Strengthen the oversight by the board of the response to children at risk of child sexual
exploitation.
Inspection findings – the Local Safeguarding Children Board (LSCB)
101. The chair is independent and provides effective challenge to partners.
"""


def test_the_boards_heading_ends_the_council_list_and_its_findings_heading_ends_the_boards(tmp_path):
    path = tmp_path / "exampleton-2016.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = read_document(path, path.name)
    out = extract_document(doc)
    got = [(r.assessment.endswith("-lscb"), r.identifier, r.text) for r in out.recommendations]
    assert got == [
        (False, "1", "Ensure that all strategy meetings include the police and health agencies."),
        (True, "1", "Ensure that the LSCB completes its programme of multi-agency audits."),
        (True, "2", "Strengthen the oversight by the board of the response to children at risk of child sexual exploitation."),
    ]
    quoted = [doc.text[s.start : s.end] for r in out.recommendations for s in r.spans]
    assert quoted[0] == "Ensure that all strategy meetings include the police and health agencies."
    assert quoted[-1].endswith("sexual\nexploitation.")
    assert not any("Review of" in q or "Inspection findings" in q for q in quoted)
