"""A short single inspection framework report that prints the board's section heading on its first pages, right under
the council's list, and the board's grade straight under the heading ('Review of the effectiveness of the local
safeguarding' / 'children board (LSCB)' / 'The LSCB is inadequate'): the board is graded once, by its section's
line. The judgement table ends where the recommendations and the board's section begin. Tester helper-198: the table
read on into the heading and took it, with the grade line, for a row of its own, so the board was graded twice, once
with the heading's words for its area."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.extract.test_board_heading_after_a_list import REPORT


def test_the_board_is_graded_once_by_the_line_under_its_heading(tmp_path):
    path = tmp_path / "exampleton-2016.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = read_document(path, path.name)
    out = extract_document(doc)
    board = [j for j in out.judgements if j.key == "lscb"]
    assert [(j.assessment.endswith("-lscb"), j.area, j.grade) for j in board] == [(True, "The LSCB", "Inadequate")]
    assert [doc.text[s.start : s.end] for s in board[0].spans] == ["The LSCB is inadequate"]
    assert [(j.area, j.grade) for j in out.judgements if j.key != "lscb"] == [
        ("Children who need help and protection", "RequiresImprovement")
    ]


def test_the_tables_row_for_the_board_printed_a_cell_a_line_still_grades_it(tmp_path):
    """Reviewer helper-207: a table printed a cell a line whose row for the board ('The effectiveness of the Local
    Safeguarding Children Board (LSCB)' over 'Inadequate') was read as the board's section heading, so the table
    ended before it; with no grade line in the section the board went ungraded."""
    rows = (
        "1. Children who need help and protection Requires improvement\n"
        "The Local Safeguarding Children Board (LSCB) is inadequate.\n"
    )
    assert rows in REPORT
    cells = (
        "1. Children who need help and protection\nRequires improvement\n2. Children looked after and achieving permanence\n"
        "Good\n3. Leadership, management and governance\nRequires improvement\n"
        "The effectiveness of the Local Safeguarding Children Board (LSCB)\nInadequate\n"
    )
    text = REPORT.replace(rows, cells).replace(
        "The LSCB is inadequate", "The LSCB does not yet meet all of its statutory duties."
    )
    path = tmp_path / "exampleton-2016.txt"
    path.write_text(text, encoding="utf-8")
    out = extract_document(read_document(path, path.name))
    assert [(j.assessment.endswith("-lscb"), j.grade) for j in out.judgements if j.key == "lscb"] == [(True, "Inadequate")]
