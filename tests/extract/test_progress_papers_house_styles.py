"""A scrutiny committee's progress papers in two more house styles (helper-199, papers of councils never seen): dated
by a weekday line or by the body's heading with its day after a comma, read on over a text copy's page foot, and the
first recommendation's heading straight above the first numbered paragraph kept; and a re-plan said by an undated
paper no longer stops the build."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

HEAD_WEEKDAY = "Rutland County Council\n\nChildren and Young People Scrutiny Panel\n\nThursday 25 January 2018\n\n"
HEAD_COMMA = "CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL, 25 January 2018\n\nRutland County Council\n\n"
INTRO = (
    "Ofsted Improvement Plan – Progress Update\n\n1.0 PURPOSE\n\n1.1 To update the Panel on progress against the plan "
    "answering the inspection that took place between 5 September and 29 September 2016.\n\n"
    "3.0 PROGRESS AGAINST EACH RECOMMENDATION\n\n"
)
LABELLED = (
    "R1 (strategy discussions): Completed. A health representative attends 96% of strategy meetings.\n\n"
    "R2 (assessments): On track. Monthly audits show that 68% of assessments are good.\n\n"
    "Rutland County Council\tChildren and Young People Scrutiny Panel – 25 January 2018\tPage 2\n\n"
    "R3 (return home interviews): Completed. The recommissioned service offers every child an interview.\n\n"
    "R4 (health assessments): Only 54% of initial health assessments were completed within 20 working days.\n"
)


def _updates(folder: Path, text: str) -> list:
    from findings.extract.progress_report import extract_progress_report
    from findings.model import Extraction
    from findings.read import read_document

    path = folder / "progress.txt"
    path.write_text(text, encoding="utf-8")
    out = Extraction()
    doc = read_document(path, path.name)
    extract_progress_report(doc, out)
    for update in out.updates:  # every quote is the document's own text at its offsets
        assert " ".join("".join(doc.text[s.start : s.end] for s in update.spans).split()) in " ".join(doc.text.split())
    return out.updates


@pytest.mark.parametrize("head", [HEAD_WEEKDAY, HEAD_COMMA])
def test_a_paper_dated_by_a_weekday_line_or_its_bodys_heading_dates_its_updates(tmp_path, head):
    updates = _updates(tmp_path, head + INTRO + LABELLED)
    assert {u.as_at for u in updates} == {date(2018, 1, 25)}


@pytest.mark.parametrize(
    "foot",
    [
        "Rutland County Council\tChildren and Young People Scrutiny Panel – 25 January 2018\tPage 2",
        "Rutland County Council | Page 2 of 3",
        "Page 2",
    ],
)
def test_updates_go_on_over_a_text_copys_page_foot(tmp_path, foot):
    """A tabbed page foot after R2 was taken for a table's row, and R3 and R4 after it were lost."""
    text = HEAD_WEEKDAY + INTRO + LABELLED.replace(LABELLED.splitlines()[4], foot)
    updates = _updates(tmp_path, text)
    assert [u.about for u in updates if u.about_kind == "recommendation"] == ["1", "2", "3", "4"]
    assert not any("Page 2" in u.text for u in updates)


def test_the_first_recommendations_heading_over_the_first_numbered_paragraph_is_kept(tmp_path):
    """'Recommendation 1 (…)' straight above '1.1 Completed. …', before any numbered paragraph: its update was lost,
    though the later headings (which end the paragraph before them) were read."""
    text = (
        HEAD_WEEKDAY + "SUMMARY\n\nAt its meeting on 11 September 2017 the Panel asked for a further progress report. "
        "Ofsted inspected Rutland's children's services between 5 September and 29 September 2016.\n\n"
        "REPORT DETAIL\n\nRecommendation 1 (return home interviews)\n\n1.1 Completed. All actions are complete.\n\n"
        "Recommendation 4 (placement sufficiency)\n\n4.1 The refreshed strategy was agreed in January 2018.\n"
    )
    updates = _updates(tmp_path, text)
    assert [(u.about, u.text.split(".")[0]) for u in updates] == [
        ("1", "Completed"),
        ("4", "The refreshed strategy was agreed in January 2018"),
    ]


def test_a_numbered_paragraph_under_no_recommendation_heading_is_no_update(tmp_path):
    """Only a heading naming a recommendation is kept above the first paragraph: a summary line is not."""
    text = (
        HEAD_WEEKDAY
        + INTRO.split("3.0")[0]
        + "Summary of progress\n\n1.1 All actions are complete.\n\nRecommendation 4\n\n4.1 On track.\n"
    )
    assert [u.about for u in _updates(tmp_path, text)] == ["4"]


def test_a_re_plan_said_by_an_undated_paper_and_a_dated_one_builds(tmp_path):
    """Two papers saying one action's new date, one of them undated, stopped the build with a TypeError (link/slips);
    the dated paper's words record the slip."""
    from findings.build import build
    from tests.conftest import DATA

    plan = DATA / "minute_progress" / "brackwater_improvement_plan.txt"
    (tmp_path / "plan.txt").write_text(plan.read_text(encoding="utf-8"), encoding="utf-8")
    said = (
        "Brackwater Borough Council\n\nProgress report on the plan answering the Ofsted inspection that took place between "
        "7 April and 17 April 2025.\n\nR2 (foster homes): Action 2.1 is delayed – revised target date June 2026.\n"
    )
    (tmp_path / "dated.txt").write_text("Children's Scrutiny Panel\n\nThursday 5 February 2026\n\n" + said, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(said, encoding="utf-8")
    x = build([tmp_path]).extraction
    [action] = [a for a in x.actions if a.identifier == "2.1"]
    assert [str(d) for d, _ in action.slips] == ["2026-06-30"]
    [(_, span)] = action.slips
    assert next(d for d in x.documents if d.sha256 == span.doc).path.endswith("dated.txt")


def test_a_paragraph_naming_several_by_their_labels_is_an_update_on_each(tmp_path):
    """'R1, R3 and R5 were reported complete …' was an update on R1 alone."""
    text = (
        HEAD_WEEKDAY
        + INTRO
        + "R2 (assessments): Completed.\n\nR1, R3 and R5 were reported complete in January and remain embedded.\n"
    )
    assert sorted((u.about, u.joint) for u in _updates(tmp_path, text)) == [("1", True), ("2", False), ("3", True), ("5", True)]


def test_the_papers_own_recommendation_for_decision_is_no_heading_of_an_ofsted_one(tmp_path):
    """Reviewer helper-207: 'Recommendation 1: That the Panel notes the report' over '1.1 Overall, good progress …' is
    the paper's recommendation to its panel, not Ofsted's recommendation 1."""
    text = (
        HEAD_WEEKDAY + INTRO.split("3.0")[0] + "Recommendation 1: That the Panel notes the report\n\n"
        "1.1 Overall, good progress has been made and most actions are complete.\n\n"
        "1.2 Recommendation 3 (assessments): On track. Monthly audits show that 68% of assessments are good.\n"
    )
    assert [u.about for u in _updates(tmp_path, text)] == ["3"]


def test_a_one_line_update_giving_only_a_figure_is_kept(tmp_path):
    """Reviewer helper-207: 'R2 – 100%' says how far the work got; only a heading naming the item (and its title)
    alone gives no update of its own."""
    text = HEAD_WEEKDAY + INTRO + "R1 (strategy discussions): Completed.\n\nR2 – 100%\n\nR3: 75%\n\nRecommendation 4 (health)\n"
    assert [(u.about, u.text) for u in _updates(tmp_path, text)] == [
        ("1", "R1 (strategy discussions): Completed."),
        ("2", "R2 – 100%"),
        ("3", "R3: 75%"),
    ]


def test_a_heading_with_a_day_after_a_comma_dates_the_paper_only_when_it_names_a_body(tmp_path):
    """Reviewer helper-207: 'Update following the Ofsted monitoring visit, 14 November 2017' is the visit's day."""
    text = "Rutland County Council\n\nUpdate following the Ofsted monitoring visit, 14 November 2017\n\n" + INTRO + LABELLED
    assert {u.as_at for u in _updates(tmp_path, text)} == {None}
