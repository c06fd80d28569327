"""A judgement row naming two groups ('children in care and care leavers') whose grade wraps over two lines of its
cell ('Requires improvement to be' / 'good') was lost: the grade's first line, opening with a capital, was read as a
second area's name, and a row running two areas together is no row (tester helper-189: Bradford 2018 and Barnet 2019
PDFs gave three of four grades)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

TABLE = """Anyshire County Council
Inspection of children’s social care services
Inspection dates: 13 May 2019 to 24 May 2019
Lead inspector: Ann Example
Her Majesty’s Inspector
Judgement Grade
The impact of leaders on social work practice with children and
families
Good
The experiences and progress of children who need help and
protection
Good
The experiences and progress of children in care and care
leavers
{grade}
Overall effectiveness Good
Since the last inspection in 2017, leaders have improved the quality of services.
"""


@pytest.mark.parametrize(
    "grade",
    [
        "Requires improvement to be\ngood",
        "Requires improvement to\nbe good",
        "Requires\nimprovement to be good",
        "Requires improvement to be good",
    ],
)
def test_each_row_keeps_its_grade_however_the_grade_wraps(tmp_path, grade):
    path = tmp_path / "children's services inspection - 12 july 2019.txt"
    path.write_text(TABLE.format(grade=grade), encoding="utf-8")
    doc = read_document(path, path.name)
    grades = {j.key: j.grade for j in extract_document(doc).judgements}
    assert grades == {
        "impact_of_leaders": "Good",
        "help_and_protection": "Good",
        "in_care": "RequiresImprovement",
        "overall_effectiveness": "Good",
    }
