"""A judgement table set across the page (a re-set copy: the areas side by side as its top row, the grades beneath),
read cell by cell with no header ('Overall' / 'effectiveness', …, then each grade, wrapped, two cells' words sharing a
line where a reader ran them together): each area takes the grade in its place. A run of area names with no grades
after them is no table."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TITLE = [
    "Fernlea",
    "Inspection of children's social care services",
    "Inspection dates: 14 January 2019 to 25 January 2019",
]
AREAS = [
    "Overall",
    "effectiveness",
    "The impact of leaders",
    "on social work practice",
    "with children and families",
    "The experiences and",
    "progress of children",
    "who need help and",
    "protection",
    "The experiences and",
    "progress of children in",
    "care and care leavers",
]
GRADES = ["Inadequate", "Requires improvement", "to be good Inadequate", "Good"]
AFTER = [
    "Inspectors met social workers and read the records of children during the inspection.",
    "What needs to improve in this local authority?",
    "The quality of assessments for disabled children.",
]
EXPECTED = {
    ("overall_effectiveness", "Inadequate"),
    ("impact_of_leaders", "RequiresImprovement"),
    ("help_and_protection", "Inadequate"),
    ("in_care", "Good"),
}


def _judged(tmp_path, lines: list[str], suffix: str):
    path = tmp_path / f"fernlea-2019{suffix}"
    if suffix == ".pdf":
        path.write_bytes(make_pdf([[line for line in lines if line]]))
    else:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, extract_document(doc).judgements


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_each_area_across_the_top_takes_the_grade_beneath_it(tmp_path, suffix):
    doc, judgements = _judged(tmp_path, [*TITLE, "", *AREAS, "", *GRADES, "", *AFTER], suffix)
    assert {(j.key, j.grade) for j in judgements} == EXPECTED
    leaders = next(j for j in judgements if j.key == "impact_of_leaders")
    quotes = [
        " ".join(doc.text[s.start : s.end] for s in leaders.spans[:-1]),
        " ".join(doc.text[leaders.spans[-1].start : leaders.spans[-1].end].split()),
    ]
    assert quotes == [
        "The impact of leaders on social work practice with children and families",
        "Requires improvement to be good",
    ]


def test_area_names_without_grades_after_them_are_no_table(tmp_path):
    _, judgements = _judged(tmp_path, [*TITLE, *AREAS, *AFTER], ".pdf")
    assert judgements == []
