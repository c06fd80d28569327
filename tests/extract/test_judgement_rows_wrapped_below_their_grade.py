"""A judgement table in a text copy as `pdftotext -layout` prints it when the areas' column wraps: the grade stands by
the first line of its cell (or the middle one of three, vertically centred), the rest of the area's name on the
line(s) below ('The impact of leaders on social work practice with children   Good' / 'and families'). The lines
below were read as the start of the next row, so a row was lost and the next one's name began with the tail of
the row above ('and families The experiences and progress of children who need help and protection'; tester
helper-281, an ILACS report's text copy). Each row is now its own whole area, its grade and the lines it stands on;
a grade by the cell's last line was read already and still is."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

ILACS = """Inspection of Anyshire local authority children's services

Inspection dates: 7 to 18 March 2022

Lead inspector: Ann Example, Her Majesty's Inspector

Judgement                                                           Grade
{table}
Anyshire County Council has continued to improve its services for children since the
last inspection. Children receive a timely and effective response to their needs.
"""
ILACS_ROWS = [
    ("The impact of leaders on social work practice with children and families", "Good", "impact_of_leaders"),
    ("The experiences and progress of children who need help and protection", "Inadequate", "help_and_protection"),
    ("The experiences and progress of children in care and care leavers", "Outstanding", "in_care"),
    ("Overall effectiveness", "Requires improvement to be good", "overall_effectiveness"),
]

SIF = """Westshire County Council
Inspection of services for children in need of help and protection, children looked after and care leavers
Inspection date: 2 June 2015 – 24 June 2015
Report published: 7 August 2015
Children's services in Westshire require improvement to be good
The judgements on areas of the service that contribute to overall effectiveness are:
{table}
Contents
What does the local authority need to improve?
"""
SIF_ROWS = [
    ("1. Children who need help and protection", "Inadequate", "help_and_protection"),
    ("2. Children looked after and achieving permanence", "Good", "in_care"),
    ("2.1 Adoption performance", "Outstanding", "adoption"),
    ("2.2 Experiences and progress of care leavers", "Requires improvement", "care_leavers"),
    ("3. Leadership, management and governance", "Good", "impact_of_leaders"),
]
GRADES = {
    "Good": "Good",
    "Inadequate": "Inadequate",
    "Outstanding": "Outstanding",
    "Requires improvement": "RequiresImprovement",
    "Requires improvement to be good": "RequiresImprovement",
}


def _cell(name: str, width: int) -> list[str]:
    """The area's name as the column of `width` characters wraps it."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _table(rows: list[tuple[str, str, str]], width: int, place: str, grade_width: int = 40) -> str:
    """The rows as a text copy prints them, each grade by its cell's first, middle or last line, wrapped in its
    column of `grade_width` characters."""
    return "".join(_row(name, grade, width, place, grade_width) + "\n" for name, grade, _ in rows)


def _row(name: str, grade: str, width: int, place: str, grade_width: int = 40) -> str:
    """One row's lines."""
    cell, grades = _cell(name, width), _cell(grade, grade_width)
    by = {"first": 0, "middle": (len(cell) - 1) // 2, "last": len(cell) - 1}[place]
    cell += [""] * max(0, by + len(grades) - len(cell))
    beside = {by + n: words for n, words in enumerate(grades)}
    return "\n".join(f"{line:<68}{beside[n]}" if n in beside else line for n, line in enumerate(cell))


def _rows(tmp_path, text: str) -> tuple[str, dict[str, tuple[str, str, str]]]:
    path = tmp_path / "children's services inspection - 6 may 2022.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    judgements = extract_document(doc).judgements
    assert len({j.key for j in judgements}) == len(judgements)
    return doc.text, {j.key: (j.area, j.grade, "".join(doc.text[s.start : s.end] for s in j.spans)) for j in judgements}


@pytest.mark.parametrize("place", ["first", "middle", "last"])
@pytest.mark.parametrize("width", [60, 40, 28])
def test_an_ilacs_row_wrapped_below_its_grade_is_one_row_with_its_whole_area(tmp_path, width, place):
    _, rows = _rows(tmp_path, ILACS.format(table=_table(ILACS_ROWS, width, place)))
    assert rows == {key: (name, GRADES[grade], _row(name, grade, width, place)) for name, grade, key in ILACS_ROWS}


@pytest.mark.parametrize("grade_width", [40, 11])
@pytest.mark.parametrize("place", ["first", "middle", "last"])
@pytest.mark.parametrize("width", [30, 18])
def test_a_sif_row_wrapped_below_its_grade_is_one_row_with_its_whole_area(tmp_path, width, place, grade_width):
    _, rows = _rows(tmp_path, SIF.format(table=_table(SIF_ROWS, width, place, grade_width)))
    rows.pop("overall_effectiveness", None)  # the headline's, above the table
    assert {key: (area, grade) for key, (area, grade, _) in rows.items()} == {
        key: (name.split(" ", 1)[1], GRADES[grade]) for name, grade, key in SIF_ROWS
    }


def test_the_lines_below_a_row_are_not_read_into_the_next_one(tmp_path):
    """The tester's table: two grades had been lost, two areas named with the tail of the row above."""
    table = """The impact of leaders on social work practice with children      Good
and families
The experiences and progress of children who need help and      Good
protection
The experiences and progress of children in care and care        Good
leavers
Overall effectiveness                                             Good
"""
    _, rows = _rows(tmp_path, ILACS.format(table=table))
    assert {key: area for key, (area, _, _) in rows.items()} == {
        "impact_of_leaders": "The impact of leaders on social work practice with children and families",
        "help_and_protection": "The experiences and progress of children who need help and protection",
        "in_care": "The experiences and progress of children in care and care leavers",
        "overall_effectiveness": "Overall effectiveness",
    }


@pytest.mark.parametrize("place", ["first", "middle", "last"])
@pytest.mark.parametrize("grade_width", [20, 23, 11])
def test_a_row_whose_grade_wraps_beside_its_wrapped_area_keeps_its_grade(tmp_path, grade_width, place):
    """Both cells wrap ('… with children   Requires improvement' / 'and families   to be good'): the row had been read
    as 'and families to be' graded good, its own grade lost."""
    rows = [(name, "Requires improvement to be good", key) for name, _, key in ILACS_ROWS]
    rows[1] = (rows[1][0], "Good", rows[1][2])
    _, found = _rows(tmp_path, ILACS.format(table=_table(rows, 40, place, grade_width)))
    assert found == {key: (name, GRADES[grade], _row(name, grade, 40, place, grade_width).strip()) for name, grade, key in rows}
