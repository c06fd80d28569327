"""A judgement table copied with more than a space between its cells (a Markdown or web copy's tab with a space either
side, a text copy's run of spaces): each row's area is read whole, so it is the area it names. The grade's place had
been counted in the row with its whitespace collapsed and cut from the row as written, so 'Children who need help
and protection' lost its last letters and no area key was found for it."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

SIF = DATA / "other_councils" / "rutland_sif_report_2015.txt"
ROWS = [
    ("1.", "Children who need help and protection", "Requires improvement", "help_and_protection"),
    ("2.", "Children looked after and achieving permanence", "Good", "in_care"),
    ("2.1", "Adoption performance", "Outstanding", "adoption"),
    ("2.2", "Experiences and progress of care leavers", "Inadequate", "care_leavers"),
    ("3.", "Leadership, management and governance", "Requires improvement", "impact_of_leaders"),
]


@pytest.mark.parametrize(
    "suffix,table",
    [
        (".md", "| | Judgement | Grade |\n|---|---|---|\n" + "\n".join(f"| {n} | {a} | {g} |" for n, a, g, _ in ROWS)),
        (".txt", "\n".join(f"{n}   {a}   {g}" for n, a, g, _ in ROWS)),
        (".txt", "\n".join(f"{n} \t {a} \t {g}" for n, a, g, _ in ROWS)),
    ],
)
def test_each_row_of_a_spaced_judgement_table_is_its_whole_area_and_grade(tmp_path, suffix, table):
    text = SIF.read_text(encoding="utf-8")
    old = text[text.index("1. Children who need help") : text.index("Contents")]
    path = tmp_path / SIF.with_suffix(suffix).name
    path.write_text(text.replace(old, table + "\n"), encoding="utf-8")
    doc = read_document(path, path.name)
    rows = {j.key: (j.area, j.grade) for j in extract_document(doc).judgements if j.key not in ("lscb", "overall_effectiveness")}
    grades = {
        "Requires improvement": "RequiresImprovement",
        "Good": "Good",
        "Outstanding": "Outstanding",
        "Inadequate": "Inadequate",
    }
    assert rows == {key: (area, grades[grade]) for _, area, grade, key in ROWS}


@pytest.mark.parametrize("mark", ["*", "¹", " (1)", " [2]", " 3"])
def test_a_grade_with_a_footnote_mark_after_it_is_still_that_rows_grade(tmp_path, mark):
    """'Inadequate*', 'Good¹', 'Outstanding (1)': a footnote's mark after the grade had lost the row (a digit was read
    already)."""
    text = SIF.read_text(encoding="utf-8")
    old = text[text.index("1. Children who need help") : text.index("Contents")]
    table = "\n".join(f"{n} {a} {g}{mark}" for n, a, g, _ in ROWS)
    path = tmp_path / SIF.name
    path.write_text(text.replace(old, table + "\n"), encoding="utf-8")
    rows = {j.key: j.grade for j in extract_document(read_document(path, path.name)).judgements}
    assert {key: rows.get(key) for *_, key in ROWS} == {key: grade.title().replace(" ", "") for _, _, grade, key in ROWS}
