"""A judgement table's grade cell printed with a slip, 'Rquires improvement to be good' (black-box tester helper-335):
the row was read as the area '… care leavers Rquires improvement to be' graded Good, its last word. A close slip of a
grade phrase is that phrase (Requires improvement), the area is the words before it; a phrase broken past reading
('needs improvement to be good') is no grade, and never 'good'."""

from __future__ import annotations

import pytest

from findings.extract.areas import grade_at_end
from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Inspection of Westbury Vale local authority children's services
Inspection dates: 14 to 25 October 2019
Lead inspector: Sam Example, Her Majesty's Inspector
Judgement Grade
The impact of leaders on social work practice with children and families Good
The experiences and progress of children who need help and protection Good
The experiences and progress of children in care and care leavers Rquires improvement to be good
Overall effectiveness Good
Since the last inspection, leaders in Westbury Vale have made steady progress.
What needs to improve?
The timeliness of initial child protection conferences.
"""


def test_the_misspelt_cell_is_requires_improvement(tmp_path):
    path = tmp_path / "westbury-vale-ilacs - 20 november 2019.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = read_document(path, path.name)
    graded = {j.area: j.grade for j in extract_document(doc).judgements}
    assert graded["The experiences and progress of children in care and care leavers"] == "RequiresImprovement"
    assert not any("to be" in area for area in graded)


@pytest.mark.parametrize(
    ("line", "grade", "area"),
    [
        ("Care leavers Rquires improvement to be good", "RequiresImprovement", "Care leavers"),
        ("Care leavers Requires imprvement to be good", "RequiresImprovement", "Care leavers"),
        ("Care leavers needs improvement to be good", None, None),
        ("Services are judged to be good", "Good", "Services are judged to be"),
        ("Overall effectiveness Goad", None, None),
    ],
)
def test_a_slip_reads_as_its_phrase_or_as_no_grade(line, grade, area):
    found = grade_at_end(line)
    assert (found.grade if found else None) == grade
    assert (line[: found.at].strip() if found else None) == area
