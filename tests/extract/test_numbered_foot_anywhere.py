"""A report's foot of its fieldwork dates and the page's number ('Inspection dates: 12 - 23 March 2012 3') is furniture
wherever it stands: at the last page's end (no break after it) and amid a page's lines, where a PDF may give it after a
table's first row (tester bb326: glued onto the last recommendation and onto an ILACS judgement's name)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TITLE = [
    "Inspection of local authority arrangements for the protection of children",
    "Anyshire County Council",
    "Inspection dates: 12 - 23 March 2012",
    "Report published: 27 April 2012",
]


def _read(tmp_path, pages: list[list[str]]):
    path = tmp_path / "anyshire-2012.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def _part(tmp_path, pages: list[list[str]]):
    return _read(tmp_path, pages)[1]


def test_the_last_pages_foot_is_no_part_of_the_last_recommendation(tmp_path):
    body = [
        "Areas for improvement",
        "Within three months:",
        "improve the timeliness of initial child protection conferences",
        "ensure that the views of children are recorded in assessments and inform their plans",
        "Inspection dates: 12 - 23 March 2012 2",
    ]
    part = _part(tmp_path, [TITLE, body])
    assert [r.text for r in part.recommendations] == [
        "improve the timeliness of initial child protection conferences",
        "ensure that the views of children are recorded in assessments and inform their plans",
    ]


def test_a_repeated_foot_amid_a_grade_table_is_no_part_of_a_judgements_name(tmp_path):
    table = [
        "Summary of inspection judgements",
        "Judgement Grade",
        "Overall effectiveness Adequate",
        "Quality of practice with children",
        "and families",
        "Inspection dates: 12 - 23 March 2012 2",
        "Good",
        "Leadership and governance Good",
    ]
    rest = ["Areas for improvement", "Within three months:", "improve the timeliness of conferences"]
    doc, part = _read(tmp_path, [TITLE, table, [*rest, "Inspection dates: 12 - 23 March 2012 3"]])
    assert sorted(j.area for j in part.judgements) == [
        "Leadership and governance",
        "Overall effectiveness",
        "Quality of practice with children and families",
    ]
    assert [r.text for r in part.recommendations] == ["improve the timeliness of conferences"]
    (row,) = [j for j in part.judgements if j.area.startswith("Quality")]
    assert [doc.text[s.start : s.end] for s in row.spans] == ["Quality of practice with children\nand families", "Good"]
