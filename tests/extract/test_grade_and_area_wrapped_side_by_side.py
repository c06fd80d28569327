"""A judgement table as a PDF's text layer gives it (pypdfium2): both cells of a row wrap and each line holds the area's
words, one space, then the grade's ('The impact of leaders on social work practice with Requires improvement to' /
'children and families be good'). With no run of spaces between the cells, the row was read as one area ending '…
Requires improvement to children and families be' graded good (tester helper-358, an ILACS report's PDF). The grade
is now read whole beside the area's own words joined; a grade beside a wrapped area, or wrapping under a one-line
area, reads as before."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Anyshire County Council
Inspection of children’s social care services
Inspection dates: 4 October to 15 October 2021
Lead inspector: Ann Example, Her Majesty’s Inspector
Judgement Grade
{table}
Since the last inspection in 2018, leaders have made progress in some areas.
What needs to improve
The quality of supervision.
"""
LEADERS = "The impact of leaders on social work practice with children and families"
HELP = "The experiences and progress of children who need help and protection"
CARE = "The experiences and progress of children in care and care leavers"
WRAPPED = {  # each area's first line as the column wraps it, the rest below
    LEADERS: ("The impact of leaders on social work practice with", "children and families"),
    HELP: ("The experiences and progress of children who need", "help and protection"),
    CARE: ("The experiences and progress of children in care and", "care leavers"),
}
GRADES = {"Requires improvement to be good": "RequiresImprovement", "Good": "Good", "Inadequate": "Inadequate",
          "Outstanding": "Outstanding"}  # fmt: skip


def _judgements(tmp_path, table: str) -> dict[str, tuple[str, str | None, str]]:
    path = tmp_path / "children's services inspection - 10 december 2021.txt"
    path.write_text(REPORT.format(table=table), encoding="utf-8")
    doc = read_document(path, path.name)
    found = extract_document(doc).judgements
    assert len({j.key for j in found}) == len(found)
    return {j.key: (j.area, j.grade, " | ".join(doc.text[s.start : s.end] for s in j.spans)) for j in found}


def _row(area: str, grade: str, cut: int) -> str:
    """The row's two lines: the area's first line and the grade's first `cut` words, then the rest of each."""
    first, rest = WRAPPED[area]
    words = grade.split()
    head, tail = " ".join(words[:cut]), " ".join(words[cut:])
    return f"{first} {head}\n{rest} {tail}".rstrip() if tail else f"{first} {head}\n{rest}"


@pytest.mark.parametrize("cut", [3, 4, 2, 1])  # after 'to', after 'to be', after 'improvement', after 'Requires'
def test_a_grade_wrapping_beside_a_wrapping_area_is_read_whole(tmp_path, cut):
    grade = "Requires improvement to be good"
    overall = "Overall effectiveness Requires improvement to\nbe good"
    table = "\n".join([_row(LEADERS, grade, cut), _row(HELP, grade, cut), _row(CARE, "Good", 1), overall])
    found = _judgements(tmp_path, table)
    assert {k: v[:2] for k, v in found.items()} == {
        "impact_of_leaders": (LEADERS, "RequiresImprovement"),
        "help_and_protection": (HELP, "RequiresImprovement"),
        "in_care": (CARE, "Good"),
        "overall_effectiveness": ("Overall effectiveness", "RequiresImprovement"),
    }
    assert found["impact_of_leaders"][2] == _row(LEADERS, grade, cut)  # the row's span: its two lines, whole


@pytest.mark.parametrize("grade", ["Inadequate", "Good", "Outstanding"])
def test_a_one_word_grade_beside_a_wrapped_area(tmp_path, grade):
    table = "\n".join([_row(LEADERS, grade, 1), _row(HELP, grade, 1), _row(CARE, grade, 1), f"Overall effectiveness {grade}"])
    found = _judgements(tmp_path, table)
    assert {k: v[:2] for k, v in found.items()} == {
        "impact_of_leaders": (LEADERS, GRADES[grade]),
        "help_and_protection": (HELP, GRADES[grade]),
        "in_care": (CARE, GRADES[grade]),
        "overall_effectiveness": ("Overall effectiveness", GRADES[grade]),
    }


def test_an_area_over_three_lines_beside_a_grade_over_two(tmp_path):
    table = "\n".join(
        [
            "The impact of leaders on social Requires improvement to",
            "work practice with children and be good",
            "families",
            "The experiences and progress of Inadequate",
            "children who need help and",
            "protection",
            "Overall effectiveness Inadequate",
        ]
    )
    found = _judgements(tmp_path, table)
    assert {k: v[:2] for k, v in found.items()} == {
        "impact_of_leaders": (LEADERS, "RequiresImprovement"),
        "help_and_protection": (HELP, "Inadequate"),
        "overall_effectiveness": ("Overall effectiveness", "Inadequate"),
    }
