"""The board's section heading wrapped onto two lines at the top of a page ('Review of the effectiveness of the local'
/ 'safeguarding children board (LSCB)'), the board's grade straight under it ('The LSCB is inadequate'): the grade is
the board review's, its section the whole heading, and the heading no item of the council's list before it. Tester
helper-198: the wrapped heading became a recommendation, and the board's grade was missed (or read with the
heading's words as its area)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

PAGES = [
    [
        "Exampleton",
        "Inspection of services for children in need of",
        "help and protection, children looked after and",
        "care leavers",
        "and",
        "Review of the effectiveness of the Local",
        "Safeguarding Children Board",
        "Inspection date: 10 February 2014 - 5 March 2014",
        "Report published: 16 April 2014",
        "Lead inspector: Ann Example",
        "1. Children who need help and",
        "protection",
        "Requires",
        "improvement",
        "The Local Safeguarding Children Board (LSCB) is inadequate.",
        "What does the local authority need to",
        "improve?",
        "Areas for improvement",
        "1. Ensure that assessments are completed within",
        "timescales that meet the needs of children.",
    ],
    [
        "Review of the effectiveness of the local",
        "safeguarding children board (LSCB)",
        "The LSCB is inadequate",
        "Executive summary",
        "The LSCB does not meet its statutory responsibilities.",
        "Recommendations",
        "1. Ensure that section 11 audits are completed by all partner",
        "agencies.",
    ],
    [
        "Inspection findings - the Local Safeguarding",
        "Children Board (LSCB)",
        "101. The chair is independent and provides effective",
        "challenge to partners.",
        "(c) Crown copyright 2014",
    ],
]


def test_the_grade_under_a_wrapped_board_heading_is_the_boards(tmp_path):
    path = tmp_path / "exampleton-2014.pdf"
    path.write_bytes(make_pdf(PAGES))
    doc = read_document(path, path.name)
    out = extract_document(doc)
    board = [j for j in out.judgements if j.key == "lscb"]
    assert [(j.assessment.endswith("-lscb"), j.area, j.grade, j.scope) for j in board] == [
        (True, "The LSCB", "Inadequate", "Review of the effectiveness of the local safeguarding children board (LSCB)")
    ]
    assert [doc.text[s.start : s.end] for s in board[0].spans] == ["The LSCB is inadequate"]
    got = [(r.assessment.endswith("-lscb"), r.identifier, r.text) for r in out.recommendations]
    assert got == [
        (False, "1", "Ensure that assessments are completed within timescales that meet the needs of children."),
        (True, "1", "Ensure that section 11 audits are completed by all partner agencies."),
    ]
