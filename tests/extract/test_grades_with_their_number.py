"""A 2009–13 report's grade written with its number on the 1–4 scale (black-box tester helper-359): table cells run
together ('Overall effectiveness<TAB>4<TAB>Inadequate', in a PDF 'Overall effectiveness 4 Inadequate'), the number in
brackets after the word or before it ('Inadequate (4)', '4 (inadequate)', 'good (2)', 'Adequate (Grade 3)'), with a
dash or a colon ('Grade 2 – good', '2 – good', 'Grade 2: good'), and 'Grade 4' alone beside its area or on the line
under its heading: each is read as the grade, in its section, quoting its own line. A number alone is read only in a
framework whose scale is 1–4."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.extract.numbered_grades import cell_grade
from findings.read import read_document
from tests.pdfmaker import make_pdf

COVER = [
    "Inspection of safeguarding and looked after children services",
    "Brackenfold",
    "Inspection dates: 7 - 18 March 2010",
    "Reporting inspector: Sam Example HMI",
    "Published: 23 April 2010",
    "",
]
SAFE, LAC = "Safeguarding services", "Services for looked after children"
OVERALL, CAPACITY = "Overall effectiveness", "Capacity for improvement"
LAYOUTS = {
    "tab_cells": [
        SAFE,
        f"{OVERALL}\t4\tInadequate",
        f"{CAPACITY}\t3\tAdequate",
        LAC,
        f"{OVERALL}\t2\tGood",
        f"{CAPACITY}\t1\tOutstanding",
    ],
    "word_then_number": [
        SAFE,
        f"{OVERALL}\tInadequate (4)",
        f"{CAPACITY}\tAdequate (3)",
        LAC,
        f"{OVERALL}\tGrade 2 – good",
        f"{CAPACITY}\tGrade 1 – outstanding",
    ],
    "colon": [
        SAFE,
        f"{OVERALL}: 4 (inadequate)",
        f"{CAPACITY}: Grade 3 (adequate)",
        LAC,
        f"{OVERALL}: good (2)",
        f"{CAPACITY}: 1 – outstanding",
    ],
    "grade_line_under": [
        SAFE,
        "",
        OVERALL,
        "",
        "Grade 4",
        "",
        "1. Safeguarding services are not effective.",
        "",
        CAPACITY,
        "",
        "Grade 3",
        "",
        "2. Leaders know what to do.",
        "",
        LAC,
        "",
        OVERALL,
        "",
        "Grade 2: good",
        "",
        "3. Looked after children are well supported.",
        "",
        CAPACITY,
        "",
        "Grade 1 - Outstanding",
        "",
        "4. Leaders are ambitious.",
    ],
    "grade_beside": [
        SAFE,
        "",
        f"{OVERALL} Grade 4",
        "",
        f"{CAPACITY} Grade 3",
        "",
        LAC,
        "",
        f"{OVERALL} Good (Grade 2)",
        "",
        f"{CAPACITY} Outstanding (Grade 1)",
    ],
}
WANTED = {
    (SAFE, OVERALL, "Inadequate"),
    (SAFE, CAPACITY, "Adequate"),
    (LAC, OVERALL, "Good"),
    (LAC, CAPACITY, "Outstanding"),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_grades_with_their_number_are_read(tmp_path, layout):
    path = tmp_path / "brackenfold-2010.txt"
    path.write_text("\n".join([*COVER, *LAYOUTS[layout], "", "Record of main findings", ""]), encoding="utf-8")
    doc = read_document(path, path.name)
    judgements = extract_document(doc).judgements
    assert {(j.scope, j.area, j.grade) for j in judgements} == WANTED, layout
    for j in judgements:  # each quotes its own lines, the grade's number with it
        quoted = " ".join(doc.text[s.start : s.end] for s in j.spans)
        assert j.area in quoted and any(c in quoted for c in "1234"), (layout, quoted)


def test_cells_run_together_in_a_pdf(tmp_path):
    path = tmp_path / "brackenfold-2010.pdf"
    lines = [*COVER[:-1], SAFE, f"{OVERALL} 4 Inadequate", f"{CAPACITY} 3 Adequate", LAC, f"{OVERALL} Good", f"{CAPACITY} 1"]
    path.write_bytes(make_pdf([lines]))
    judgements = extract_document(read_document(path, path.name)).judgements
    assert {(j.scope, j.area, j.grade) for j in judgements} == {
        (SAFE, OVERALL, "Inadequate"),
        (SAFE, CAPACITY, "Adequate"),
        (LAC, OVERALL, "Good"),
    }  # '… 1' with no 'Grade' says no grade: a number alone is read only as 'Grade 1'


@pytest.mark.parametrize(
    ("text", "framework", "grade"),
    [
        ("Grade 4", "SLAC", "Inadequate"),
        ("Grade 4", "CP", "Inadequate"),
        ("Grade 4", "ILACS", None),  # not that framework's scale
        ("Grade 4", None, None),
        ("Grade 3 (Good)", "SLAC", "Good"),  # the words decide where the number disagrees
        ("Grade 2 (not so good)", "SLAC", None),
        ("Inspection dates: 15 – 26 March 2010", "SLAC", None),
    ],
)
def test_number_alone_only_on_the_frameworks_scale(text, framework, grade):
    found = cell_grade(text, framework)
    assert (found.grade if found else None) == grade


def test_the_numbers_read_are_the_scales_of_the_data(monkeypatch):
    """Which digits can print a numbered grade is the data's scales (grades.json 'numbered'), not a list in the code
    (reviewer of h375): a framework whose scale runs 0–3 reads 'Grade 0'."""
    import findings.extract.numbered_grades as numbered_grades

    loaded = numbered_grades.load_json

    def with_a_0_to_3_scale(name: str):
        data = loaded(name)
        if name != numbered_grades.GRADES:
            return data
        numbered = dict(data["numbered"])
        numbered["forms"] = [f.replace("[1-4]", "[0-4]") for f in numbered["forms"]]
        numbered["scales"] = {"ZERO": {"0": "outstanding", "1": "good", "2": "adequate", "3": "inadequate"}}
        return {**data, "numbered": numbered}

    monkeypatch.setattr(numbered_grades, "load_json", with_a_0_to_3_scale)
    found = cell_grade("Overall effectiveness Grade 0", "ZERO")
    assert found is not None and found.grade == loaded(numbered_grades.GRADES)["grades"]["outstanding"]
