"""A 2009–12 safeguarding and looked after children report that prints each section's grades as a two-column table
(a label cell, a grade cell): a PDF's text runs the cells together with one space ('Overall effectiveness
Inadequate'), no colon, tab or run of spaces between. Each section's overall effectiveness and capacity for
improvement are read in that section, quoting the row (tester helper-198: three of the four were lost, the looked
after section's overall grade read only from its sentence)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

PAGE = [
    "Inspection of safeguarding and looked after",
    "children services",
    "City of Exampleton",
    "Inspection dates: 1 - 12 November 2010",
    "Reporting inspector Ann Example HMI",
    "Published: 17 December 2010",
    "Safeguarding services",
    "Overall effectiveness Inadequate",
    "Capacity for improvement Adequate",
    "5. The overall effectiveness of safeguarding services in Exampleton is inadequate.",
    "Areas for improvement",
    "7. In order to improve the quality of provision and services for safeguarding children and young",
    "people in Exampleton, the local authority and its partners should take the following action.",
    "Immediately:",
    "ensure that all referrals are screened within one working day by a qualified social worker.",
    "Services for looked after children",
    "Overall effectiveness Good",
    "Capacity for improvement Good",
    "9. The overall effectiveness of services for looked after children in Exampleton is good.",
]


def test_section_grades_printed_as_table_cells_are_read_in_their_section(tmp_path):
    path = tmp_path / "exampleton-slac.pdf"
    path.write_bytes(make_pdf([PAGE]))
    doc = read_document(path, path.name)
    out = extract_document(doc)
    got = sorted((j.scope, j.area, j.grade) for j in out.judgements)
    assert got == [
        ("Safeguarding services", "Capacity for improvement", "Adequate"),
        ("Safeguarding services", "Overall effectiveness", "Inadequate"),
        ("Services for looked after children", "Capacity for improvement", "Good"),
        ("Services for looked after children", "Overall effectiveness", "Good"),
    ]
    for judgement in out.judgements:
        (span,) = judgement.spans
        assert doc.text[span.start : span.end] == f"{judgement.area} {judgement.grade}"
    assert [r.identifier for r in out.recommendations] == ["safeguarding-1"]


def test_a_sentence_that_opens_with_the_label_is_no_grade(tmp_path):
    page = [line.replace("Capacity for improvement Good", "Capacity for improvement is good") for line in PAGE]
    path = tmp_path / "exampleton-slac.pdf"
    path.write_bytes(make_pdf([page]))
    out = extract_document(read_document(path, path.name))
    assert ("Services for looked after children", "Capacity for improvement") not in {(j.scope, j.area) for j in out.judgements}
