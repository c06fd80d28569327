"""A SIF report's review of the safeguarding board may grade the board a few lines under its section heading: the
heading wrapped ('Review of the effectiveness of the Local Safeguarding Children Board' over '(LSCB)') and an
'Executive summary' heading between (tester helper-181: the grade was never read). The grade is the board review's."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Inspection of services for children in need of help and protection, children
looked after and care leavers
and
Review of the effectiveness of the Local Safeguarding Children Board
Rutland County Council
Inspection date: 2 June 2015 – 24 June 2015
Report published: 29 July 2015
Children’s services in Rutland are inadequate
1. Children who need help and protection Inadequate
2. Children looked after and achieving permanence Requires improvement
2.1 Adoption performance Requires improvement
2.2 Experiences and progress of care leavers Inadequate
3. Leadership, management and governance Inadequate
Lead inspector: Ann Example HMI

Recommendations
1. Ensure that all referrals are responded to promptly.

Review of the effectiveness of the Local Safeguarding Children Board
(LSCB)
Executive summary
The LSCB {grade}.
Recommendations
1. Ensure that the LSCB monitors the effectiveness of the multi-agency safeguarding hub.
"""


def _board_grades(tmp_path, grade: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "rutland-2015.txt"
    path.write_text(REPORT.format(grade=grade), encoding="utf-8")
    doc = read_document(path, path.name)
    out = extract_document(doc)
    board = [j for j in out.judgements if j.key == "lscb"]
    for j in board:
        assert [doc.text[s.start : s.end] for s in j.spans] == [f"The LSCB {grade}."]
    return [(j.assessment, j.area, j.grade) for j in board]


def test_the_boards_grade_under_its_wrapped_heading_and_summary_heading_is_read(tmp_path):
    assert _board_grades(tmp_path, "requires improvement") == [("rutland/ofsted-2015-lscb", "The LSCB", "RequiresImprovement")]
    assert _board_grades(tmp_path, "is good") == [("rutland/ofsted-2015-lscb", "The LSCB", "Good")]


def test_a_grade_sentence_far_below_the_heading_is_not_the_boards(tmp_path):
    far = "Executive summary\nThe board meets monthly.\nIt has an independent chair.\nIts audits are regular.\nThe LSCB"
    path = tmp_path / "rutland-2015.txt"
    path.write_text(REPORT.format(grade="is good").replace("Executive summary\nThe LSCB", far), encoding="utf-8")
    assert [j for j in extract_document(read_document(path, path.name)).judgements if j.key == "lscb"] == []
