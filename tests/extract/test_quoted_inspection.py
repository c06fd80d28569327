"""A council's Cabinet report that quotes its Ofsted inspection in full (the report itself not read): the
inspection's fieldwork and publication dates, its lead inspector, the grades table (two columns, a cell a line) and
the areas for improvement 'quoted in full' (an ordered list, read as '- ' items, under a paragraph numbered '4.5')
are the inspection's, each known from the council's paper; with the Ofsted report read too, each judgement and
recommendation is one node with a quote in each."""

from __future__ import annotations

import shutil

import pytest

from findings.build import build
from findings.extract.context import inspection_mention
from tests.conftest import DATA

CABINET = DATA / "other_councils" / "sutton_style_cabinet_report.html"
REPORT = DATA / "other_councils" / "sutton_ilacs_report.txt"
KEY = "sutton/ofsted-2025"
AREAS = [
    "The timeliness of strategy discussions when children may be at risk of significant harm.",
    "The quality of assessments for children in need, so that they reflect the child’s history.",
    "The consistency of management oversight of children on child in need plans.",
    "The stability of placements for teenagers in care.",
]
GRADES = {
    "impact_of_leaders": "Good",
    "help_and_protection": "RequiresImprovement",
    "in_care": "Good",
    "overall_effectiveness": "RequiresImprovement",
}


def _build(tmp_path, *files):
    folder = tmp_path / "docs"
    folder.mkdir()
    for f in files:
        shutil.copy(f, folder / f.name)
    x = build([folder]).extraction
    return x, {d.sha256: d for d in x.documents}


def _quote(docs, span) -> str:
    return docs[span.doc].text[span.start : span.end]


def test_the_cabinet_report_dates_the_inspection(tmp_path):
    x, docs = _build(tmp_path, CABINET)
    inspection = x.assessments[KEY]
    assert (str(inspection.started), str(inspection.ended), str(inspection.issued)) == ("2025-03-03", "2025-03-14", "2025-04-25")
    assert inspection.framework == "ILACS"
    quotes = {_quote(docs, s) for s in inspection.spans}
    assert "fieldwork took place from 3 March to 14 March 2025" in quotes
    assert "report was published on 25 April 2025" in quotes


def test_the_cabinet_report_names_the_inspections_lead_inspector(tmp_path):
    x, docs = _build(tmp_path, CABINET)
    inspection = x.assessments[KEY]
    assert inspection.lead_inspector == "Tobias Fenwick-Hale"
    assert "inspection was led by Mr Tobias Fenwick-Hale" in {_quote(docs, s) for s in inspection.spans}


def test_its_grades_table_is_the_inspections_judgements_known_second_hand(tmp_path):
    x, docs = _build(tmp_path, CABINET)
    mine = {j.key: j for j in x.judgements if j.assessment == KEY}
    assert {k: j.grade for k, j in mine.items()} == GRADES
    assert all(j.known_from for j in mine.values())
    assert _quote(docs, mine["overall_effectiveness"].spans[0]) == "Overall effectiveness\nRequires improvement to be good"
    assert _quote(docs, mine["in_care"].spans[0]) == "The experiences and progress of children in care and care leavers\nGood"


def test_the_areas_for_improvement_quoted_in_full_are_the_inspections_recommendations(tmp_path):
    x, docs = _build(tmp_path, CABINET)
    recs = sorted((r for r in x.recommendations if r.assessment == KEY), key=lambda r: r.identifier)
    assert [(r.identifier, r.text) for r in recs] == [(str(n), text) for n, text in enumerate(AREAS, 1)]
    assert [_quote(docs, r.spans[0]) for r in recs] == AREAS  # the last ends at its own words, not '4.6 An improvement …'
    assert all(r.known_from and "the inspection report itself was not read" in r.known_from for r in recs)
    assert not [r for r in x.recommendations if r.assessment != KEY]  # Cabinet's own '2.1 To note …' is no inspection's


def test_with_the_report_read_each_recommendation_is_one_node_quoted_in_both(tmp_path):
    x, docs = _build(tmp_path, CABINET, REPORT)
    assert [k for k in x.assessments if k.startswith("sutton/")] == [KEY]
    recs = [r for r in x.recommendations if r.assessment == KEY]
    assert len(recs) == 4 and not any(r.known_from for r in recs)
    assert all({docs[s.doc].path.split("/")[-1] for s in r.spans} == {CABINET.name, REPORT.name} for r in recs)


def test_with_the_report_read_each_judgement_is_one_node_quoted_in_both(tmp_path):
    x, _ = _build(tmp_path, CABINET, REPORT)
    mine = [j for j in x.judgements if j.assessment == KEY]
    assert len(mine) == 4 and not any(j.known_from for j in mine)
    assert all(len({s.doc for s in j.spans}) == 2 for j in mine)


@pytest.mark.parametrize(
    "sentence",
    [
        "Responding to the Ofsted inspection of local authority children’s services, fieldwork 16–27 September 2024.",
        "The on-site fieldwork took place from 16 September to 27 September 2024.",
        "The inspection took place 16 – 27 September 2024.",
        "The Ofsted inspection (16–27 September 2024) found that leaders know their services well.",
        "Ofsted’s inspection fieldwork: 16 September – 27 September 2024.",
    ],
)
def test_a_council_paper_dates_the_inspection_it_answers_by_its_fieldwork_however_written(sentence):
    found = inspection_mention(sentence)
    assert (str(found.get("started")), str(found.get("ended"))) == ("2024-09-16", "2024-09-27")
    start, end = found["fieldwork_span"]  # type: ignore[misc]
    assert sentence[start:end].endswith("27 September 2024")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("6.2 The inspection was led by Ms Harriet Oyelaran-Smythe, His Majesty’s Inspector.", "Harriet Oyelaran-Smythe"),
        ("The Ofsted inspection was led by Dr Amir Khan HMI and three inspectors.", "Amir Khan"),
        ("The lead inspector was Jane Smith, Her Majesty’s Inspector.", "Jane Smith"),
        ("The previous inspection was led by Ann Lee, His Majesty’s Inspector.", None),
        ("The inspection was led by His Majesty's Inspector Jane Smith.", "Jane Smith"),  # the title before (helper-88)
        ("The inspection was led by Senior HMI Amy Lee.", "Amy Lee"),
    ],
)
def test_a_council_paper_names_the_lead_inspector_without_a_title(sentence, name):
    found = inspection_mention(sentence)
    assert found.get("lead_inspector") == name
    if name:
        start, end = found["inspector_span"]  # type: ignore[misc]
        assert sentence[start:end].endswith(name)


WORD_TABLE = """London Borough of Sutton
Cabinet – 3 June 2025
Ofsted inspection of children’s services: outcome
1.1 The on-site fieldwork took place from 3 March to 14 March 2025 and the report was published on 25 April 2025.
4.3 The judgements were as follows:
Judgement\tGrade
The impact of leaders on social work practice with children and families\tGood
The experiences and progress of children who need help and protection\tRequires improvement to be good
The experiences and progress of children in care and care leavers\tGood
Overall effectiveness\tRequires improvement to be good
4.5 Ofsted set out the following areas for improvement (“What needs to improve?”), quoted in full:
- The timeliness of strategy discussions when children may be at risk of significant harm.
- The stability of placements for teenagers in care.
4.6 An improvement plan has been drafted with partners.
"""


def test_a_grades_table_read_a_row_a_line_gives_the_judgements_too(tmp_path):
    """A Word table of two columns is read a row a line, its cells apart by a tab: the grade is the row's last cell."""
    path = tmp_path / "cabinet.txt"
    path.write_text(WORD_TABLE, encoding="utf-8")
    x, docs = _build(tmp_path, path)
    mine = {j.key: j for j in x.judgements if j.assessment == KEY}
    assert {k: j.grade for k, j in mine.items()} == GRADES
    assert _quote(docs, mine["overall_effectiveness"].spans[0]) == "Overall effectiveness\tRequires improvement to be good"
