"""A SIF report's board section may grade the board under the board's own name with its abbreviation in brackets
('The Local Safeguarding Children Board (LSCB) is inadequate'), or under the name of its council ('The Anyshire
Safeguarding Children Board (ASCB) is inadequate.'): both are the board review's grade (black-box tester bb383: no
grade was read from either). The quote is the name, its abbreviation and the grade, up to the sentence's stop."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Anyshire County Council
Inspection of services for children in need of help and protection, children looked after and care leavers
and
Review of the effectiveness of the Local Safeguarding Children Board
Inspection date: 3 March 2015 – 26 March 2015
Report published: 7 May 2015
The overall judgement is that children’s services require improvement
1. Children who need help and protection Requires improvement
2. Children looked after and achieving permanence Good
2.1 Adoption performance Good
2.2 Experiences and progress of care leavers Requires improvement
3. Leadership, management and governance Requires improvement
What does the local authority need to improve?
Priority and immediate action
1. Make sure that strategy meetings include the police.
The Local Safeguarding Children Board (LSCB)
{verdict}
What does the LSCB need to improve?
Priority and immediate action
41. Review the board’s audit programme so that it includes early help.
Inspection judgement about the LSCB
52. The board has not monitored the training it offers.
"""


def _board(tmp_path, verdict: str):
    path = tmp_path / "anyshire-2015.txt"
    path.write_text(REPORT.format(verdict=verdict), encoding="utf-8")
    doc = read_document(path, path.name)
    out = extract_document(doc)
    board = [j for j in out.judgements if j.key == "lscb"]
    board = [(j.assessment, j.area, j.grade, [doc.text[s.start : s.end] for s in j.spans]) for j in board]
    recs = [(r.assessment, r.identifier) for r in out.recommendations]
    return board, recs


@pytest.mark.parametrize(
    ("verdict", "area", "quote"),
    [
        (
            "The Local Safeguarding Children Board (LSCB) is inadequate",
            "The Local Safeguarding Children Board",
            "The Local Safeguarding Children Board (LSCB) is inadequate",
        ),
        (
            "The Anyshire Safeguarding Children Board (ASCB) is inadequate. The board does not meet its\n"
            "statutory responsibilities.",
            "The Anyshire Safeguarding Children Board",
            "The Anyshire Safeguarding Children Board (ASCB) is inadequate.",
        ),
        ("The ASCB is inadequate.", "The ASCB", "The ASCB is inadequate."),
    ],
)
def test_the_boards_grade_under_its_name_and_abbreviation_is_read(tmp_path, verdict, area, quote):
    board, recs = _board(tmp_path, verdict)
    assert board == [("anyshire/ofsted-2015-lscb", area, "Inadequate", [quote])]
    assert ("anyshire/ofsted-2015-lscb", "41") in recs  # the board's list is still the board's


def test_a_named_board_far_from_the_boards_heading_grades_nothing(tmp_path):
    far = "The board meets monthly.\nIt has an independent chair.\nIts audits are regular.\n"
    far += "The Anyshire Safeguarding Children Board is good."
    board, _ = _board(tmp_path, far)
    assert board == []
