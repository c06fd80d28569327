"""A SIF report grades the safeguarding board in its front page's table, a row with the grade's number after it
('The Local Safeguarding Children Board is good   2', a text copy's spaces or a PDF's one space), or in a summary
sentence with more sentences after it on its line ('The LSCB is inadequate. It does not …'); tester helper-281: the
board's review got no grade. The grade is the board review's, its quote the row, or the sentence up to its stop."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_table_pdf

TOP = [
    "Harrowfield Metropolitan Borough Council",
    "Inspection of services for children in need of help and protection, children looked after and care leavers",
    "and",
    "Review of the effectiveness of the Local Safeguarding Children Board",
    "Inspection date: 7 September 2015 to 1 October 2015",
    "Report published: 20 November 2015",
]
TABLE = [
    ("Children's services in Harrowfield require improvement", "3"),
    ("1. Children who need help and protection", "Requires improvement"),
    ("2. Children looked after and achieving permanence", "Requires improvement"),
    ("3. Leadership, management and governance", "Requires improvement"),
]
BOARD = "Review of the effectiveness of the Local Safeguarding Children Board"
END = ["Executive summary", "Children's services in Harrowfield require improvement to be good.", "© Crown copyright 2015"]


def _board(doc) -> list[tuple[str, str, str]]:
    board = [j for j in extract_document(doc).judgements if j.key == "lscb"]
    return [(j.assessment, j.grade, " ".join(doc.text[s.start : s.end] for s in j.spans)) for j in board]


def test_the_front_tables_row_grades_the_board_in_a_text_copy(tmp_path):
    path = tmp_path / "harrowfield-sif-2015.txt"
    rows = [f"{area:<80}{grade}" for area, grade in TABLE]
    row = "The Local Safeguarding Children Board requires improvement         3"
    path.write_text("\n".join([*TOP, "", *rows, "", BOARD, row, "", *END]) + "\n", encoding="utf-8")
    assert _board(read_document(path, path.name)) == [("harrowfield/ofsted-2015-lscb", "RequiresImprovement", row)]


def test_the_front_tables_row_grades_the_board_in_a_pdf(tmp_path):
    path = tmp_path / "harrowfield-sif-2015.pdf"
    row = ("The Local Safeguarding Children Board is good", "2")
    path.write_bytes(make_table_pdf([[*TOP, *TABLE, BOARD, row, *END]], columns=(72, 470)))
    expected = "The Local Safeguarding Children Board is good 2"
    assert _board(read_document(path, path.name)) == [("harrowfield/ofsted-2015-lscb", "Good", expected)]


def test_a_summary_sentence_with_more_on_its_line_grades_the_board(tmp_path):
    path = tmp_path / "harrowfield-sif-2015.txt"
    summary = [f"{BOARD} (LSCB)", "Executive summary", "The LSCB is inadequate. It does not hold partners to account."]
    path.write_text("\n".join([*TOP, "", *END[:2], "", *summary, "", END[2]]) + "\n", encoding="utf-8")
    assert _board(read_document(path, path.name)) == [("harrowfield/ofsted-2015-lscb", "Inadequate", "The LSCB is inadequate.")]
