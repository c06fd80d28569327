"""A SIF report's judgement table whose rows are sentences with the grade's cell after them ('The overall judgement is
that children's services are good Good'; the board's row wrapped: '… (LSCB) is' / 'good' / 'Good'): every row is read,
its area named without the verb or the cell (tester helper-265: the overall 'are good' row was lost, and the board's
sentence and the leadership row were paired as columns, 'Leadership, management and governance Good')."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Anyborough Council
Inspection of services for children in need of help and protection,
children looked after and care leavers
and
Review of the effectiveness of the Local Safeguarding Children
Board
Inspection date: 4 April 2016 to 28 April 2016
Report published: 10 June 2016
The overall judgement is that children’s services are {overall} {cell}
1. Children who need help and protection Good
2. Children looked after and achieving permanence Good
2.1 Adoption performance Outstanding
2.2 Experiences and progress of care leavers Requires improvement
3. Leadership, management and governance Good
The effectiveness of the Local Safeguarding Children Board (LSCB) is
good
Good
1 Ofsted produces this report under its power to combine reports.
Areas for improvement
1. Ensure that all care leavers have an up-to-date pathway plan.
"""


def _judgements(tmp_path, overall: str, cell: str) -> list[tuple[str, str, str, list[str]]]:
    path = tmp_path / "anyborough-2016.txt"
    path.write_text(REPORT.format(overall=overall, cell=cell), encoding="utf-8")
    doc = read_document(path, path.name)
    return [
        (j.assessment.split("/")[-1], j.area, j.grade, [doc.text[s.start : s.end] for s in j.spans])
        for j in extract_document(doc).judgements
    ]


@pytest.mark.parametrize(
    "overall,cell,grade",
    [("good", "Good", "Good"), ("outstanding", "Outstanding", "Outstanding"), ("inadequate", "Inadequate", "Inadequate")],
)
def test_the_overall_rows_sentence_and_cell_give_one_grade(tmp_path, overall, cell, grade):
    found = _judgements(tmp_path, overall, cell)
    line = f"The overall judgement is that children’s services are {overall} {cell}"
    assert ("ofsted-2016", "Overall effectiveness", grade, [line]) in found


def test_the_boards_wrapped_sentence_is_its_own_row(tmp_path):
    found = _judgements(tmp_path, "good", "Good")
    leaders = "Leadership, management and governance"
    assert ("ofsted-2016", leaders, "Good", [f"3. {leaders} Good"]) in found
    board = [row for row in found if row[0] == "ofsted-2016-lscb"]
    assert board == [
        (
            "ofsted-2016-lscb",
            "The effectiveness of the Local Safeguarding Children Board (LSCB)",
            "Good",
            ["The effectiveness of the Local Safeguarding Children Board (LSCB) is\ngood"],
        )
    ]
    assert len(found) == 7
