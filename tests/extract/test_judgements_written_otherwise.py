"""A report's grades printed another way than the reports we see print them (helper-158): a judgement table whose grade
comes before the area ('Grade | Judgement': on one line, or a cell a line under that header), and the overall grade
alone on its line with a dash or a colon ('Overall effectiveness – Requires improvement to be good', 'OVERALL
EFFECTIVENESS: GOOD'), with no table header over it. Each had lost the grades, or paired a grade with the wrong area.
Inspection dates written otherwise ('4th–15th June 2018', '27 February 2023 to 10 March 2023', 'Dates of inspection
2–13 Oct 2017') were read already; kept here as guards."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_REPORT = """Wychcombe City Council
Inspection of Wychcombe local authority children's services

{dates}
Lead inspector: Helena Athens, His Majesty's Inspector

{grades}

Leaders have a clear plan for improvement, although progress for care leavers has been slow.

What needs to improve?
- The timeliness of pathway plans for care leavers.
- Management oversight of children on child protection plans.

The experiences and progress of care leavers: inadequate

1. Too many care leavers do not have a plan that sets out the help they will receive.

Ofsted published this report on 12 May 2023.
"""

_ROWS = [
    ("The impact of leaders on social work practice with children and families", "Requires improvement to be good"),
    ("The experiences and progress of children who need help and protection", "Good"),
    ("The experiences and progress of children in care", "Requires improvement to be good"),
    ("The experiences and progress of care leavers", "Inadequate"),
    ("Overall effectiveness", "Requires improvement to be good"),
]
_GRADES = {
    "The impact of leaders on social work practice with children and families": "RequiresImprovement",
    "The experiences and progress of children who need help and protection": "Good",
    "The experiences and progress of children in care": "RequiresImprovement",
    "The experiences and progress of care leavers": "Inadequate",
    "Overall effectiveness": "RequiresImprovement",
}
_DATES = "Inspection dates: 27 February 2023 to 10 March 2023"


def _read(tmp_path, text: str, name: str = "wychcombe.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    for judgement in part.judgements:
        for span in judgement.spans:
            assert doc.text[span.start : span.end] in doc.text  # a quote of the file's own text
    return doc, part


@pytest.mark.parametrize("name", ["wychcombe.txt", "wychcombe.md"])
@pytest.mark.parametrize(
    "table",
    [
        "Grade\tJudgement\n" + "".join(f"{grade}\t{area}\n" for area, grade in _ROWS),
        "Grade\nJudgement\n" + "".join(f"{grade}\n{area}\n" for area, grade in _ROWS),
    ],
    ids=["one-line", "cell-a-line"],
)
def test_a_table_with_the_grade_first_gives_each_area_its_own_grade(tmp_path, table, name):
    _grade_first(tmp_path, table, name)


def test_a_markdown_table_with_the_grade_first_gives_each_area_its_own_grade(tmp_path):
    table = "| Grade | Judgement |\n|---|---|\n" + "".join(f"| {grade} | {area} |\n" for area, grade in _ROWS)
    _grade_first(tmp_path, table, "wychcombe.md")


def _grade_first(tmp_path, table: str, name: str) -> None:
    doc, part = _read(tmp_path, _REPORT.format(dates=_DATES, grades=table), name)
    graded = {j.area: j.grade for j in part.judgements if j.scope == "Judgements"}
    assert graded == _GRADES
    for judgement in part.judgements:
        quoted = " ".join(doc.text[s.start : s.end] for s in judgement.spans)
        assert judgement.area.split()[-1] in quoted


@pytest.mark.parametrize(
    "line",
    [
        "Overall effectiveness – Requires improvement to be good",
        "Overall effectiveness - Requires improvement to be good",
        "Overall effectiveness: Requires improvement to be good",
        "OVERALL EFFECTIVENESS: REQUIRES IMPROVEMENT TO BE GOOD",
        "Overall effectiveness\tRequires improvement to be good",
    ],
)
def test_the_overall_grade_alone_on_its_line_is_read(tmp_path, line):
    _, part = _read(tmp_path, _REPORT.format(dates=_DATES, grades=line))
    overall = [j for j in part.judgements if j.key == "overall_effectiveness"]
    assert [j.grade for j in overall] == ["RequiresImprovement"]


@pytest.mark.parametrize(
    "dates, start, end",
    [
        ("Inspection dates: 27 February 2023 to 10 March 2023", "2023-02-27", "2023-03-10"),
        ("Dates of inspection 2–13 Oct 2017", "2017-10-02", "2017-10-13"),
        ("Inspection date: 4th–15th June 2018", "2018-06-04", "2018-06-15"),
        ("Inspection dates: 30th Sept – 11th Oct 2019", "2019-09-30", "2019-10-11"),
    ],
)
def test_inspection_dates_written_otherwise_are_read(tmp_path, dates, start, end):
    table = "Judgement\tGrade\n" + "".join(f"{area}\t{grade.upper()}\n" for area, grade in _ROWS)
    _, part = _read(tmp_path, _REPORT.format(dates=dates, grades=table))
    (inspection,) = part.assessments.values()
    assert (str(inspection.started), str(inspection.ended)) == (start, end)
    assert {j.area: j.grade for j in part.judgements if j.scope == "Judgements"} == _GRADES
