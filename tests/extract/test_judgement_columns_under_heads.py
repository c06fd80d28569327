"""A judgement table a reader gave column by column, each column under its own head ('Judgement', every area,
'Grade', every grade), and grades printed with a footnote's mark ('Inadequate1', a superscript a PDF's text keeps on
the line; 'Good*'; 'Good 1'): helper-173 found the first gave no overall effectiveness and made up a judgement
('Inadequate1' graded Good), and a mark after a grade alone on its line lost that row (and with 'Inadequate1', the
overall grade below it)."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant

REPORT = DATA / "other_councils" / "halton_style_ilacs_columns_2024.txt"

_GRADES = [
    ("impact_of_leaders", "RequiresImprovement"),
    ("help_and_protection", "Inadequate"),
    ("in_care", "Good"),
    ("care_leavers", "RequiresImprovement"),
    ("overall_effectiveness", "RequiresImprovement"),
]


def _table(part):
    return [(j.key, j.grade) for j in part.judgements if j.scope == "Judgements"]


def test_a_table_given_column_by_column_under_its_own_heads_pairs_each_area_with_its_grade(tmp_path):
    text = REPORT.read_text(encoding="utf-8")
    doc, part = _variant(tmp_path, REPORT.name, text)
    assert _table(part) == _GRADES
    (inspection,) = part.assessments.values()
    assert (inspection.key, str(inspection.started), str(inspection.ended)) == ("halton/ofsted-2024", "2024-03-04", "2024-03-15")
    for judgement in part.judgements:  # each line of the area and of its grade, quoted where it is printed
        quoted = [doc.text[s.start : s.end] for s in judgement.spans]
        assert all(q and q in text.splitlines() for q in quoted)
        if judgement.key != "overall_effectiveness":
            assert " ".join(quoted[: -2 if quoted[-1] == "to be good" else -1]) == judgement.area
    assert [r.text.split()[1] for r in part.recommendations] == ["timeliness", "quality", "range"]


_COLUMNS = REPORT.read_text(encoding="utf-8").split("Judgement\n", 1)[1].split("Senior leaders", 1)[0]
_ROWS = """Judgement Grade
The impact of leaders on social work
practice with children and families
Requires improvement to be good
The experiences and progress of
children who need help and protection
{mark}
The experiences and progress of
children in care
Good
The experiences and progress of care
leavers
Requires improvement to be good
Overall effectiveness Requires improvement to be good
"""


_ROWS_2018 = """Judgement Grade
The impact of leaders on social work
practice with children and families
Requires improvement to be good
The experiences and progress of
children who need help and protection
Inadequate
The experiences and progress of
children in care and care leavers
{mark}
Overall effectiveness Requires improvement to be good
"""


@pytest.mark.parametrize("mark", ["Good1", "Good 1", "Good*", "Good¹", "Good (1)"])
def test_a_grade_alone_on_its_line_with_a_footnotes_mark_keeps_its_row(tmp_path, mark):
    """A table a row a cell a line (as a PDF's text gives it; the 2018–23 framework's four judgements), the grade of
    'children in care and care leavers' (an area naming two of the lexicon's) with a footnote's mark after it."""
    text = REPORT.read_text(encoding="utf-8").replace("Judgement\n" + _COLUMNS, _ROWS_2018.format(mark=mark))
    assert mark in text
    doc, part = _variant(tmp_path, REPORT.name, text)
    table_end = doc.text.index("Senior leaders")  # the body's sections are the five-judgement report's
    assert [(j.key, j.grade) for j in part.judgements if j.spans[0].start < table_end] == [
        _GRADES[0],
        _GRADES[1],
        ("in_care", "Good"),
        _GRADES[4],
    ]
    (marked,) = [j for j in part.judgements if j.key == "in_care"]
    assert doc.text[marked.spans[0].start : marked.spans[-1].end].endswith(mark)


@pytest.mark.parametrize("mark", ["Inadequate1", "Inadequate*"])
def test_a_grade_with_a_footnotes_mark_in_a_five_judgement_table(tmp_path, mark):
    text = REPORT.read_text(encoding="utf-8").replace("Judgement\n" + _COLUMNS, _ROWS.format(mark=mark))
    doc, part = _variant(tmp_path, REPORT.name, text)
    assert _table(part) == _GRADES


def test_the_overall_grade_with_a_footnotes_mark_glued_to_it_is_read(tmp_path):
    rows = _ROWS.format(mark="Inadequate").replace(
        "Overall effectiveness Requires improvement to be good", "Overall effectiveness Requires improvement to be good2"
    )
    text = REPORT.read_text(encoding="utf-8").replace("Judgement\n" + _COLUMNS, rows)
    doc, part = _variant(tmp_path, REPORT.name, text)
    assert _table(part) == _GRADES


def test_a_table_without_its_header_row_whose_first_area_wraps_keeps_that_area(tmp_path):
    """No 'Judgement Grade' row (a copy that lost it) and the first area over two lines as a PDF prints it ('The impact
    of leaders on social work' / 'practice with children and families'): the table had been taken to start two lines
    on, as below a header read a cell a line, and the leaders' judgement was lost."""
    text = REPORT.read_text(encoding="utf-8").replace("Judgement\n" + _COLUMNS, _ROWS.format(mark="Inadequate").split("\n", 1)[1])
    doc, part = _variant(tmp_path, REPORT.name, text)
    assert _table(part) == _GRADES
    (leaders,) = [j for j in part.judgements if j.key == "impact_of_leaders"]
    assert doc.text[leaders.spans[0].start : leaders.spans[-1].end] == (
        "The impact of leaders on social work\npractice with children and families\nRequires improvement to be good"
    )
