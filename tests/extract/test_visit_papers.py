"""A council's own papers answering an Ofsted visit letter (its action plan, a progress report to a committee) join the
letter: the visit they name (by its days, or only its month) is the letter's inspection, keyed by the visit's last day,
never an invented 'ofsted-undated' one nor the full inspection of the same year; a paper's 'Area for priority action 1'
and 'Area for improvement 1' are the letter's items 1 and 3 (the letter numbers across its lists), so the plan's actions
answer the letter's recommendations, the updates land on them and `findings open` shows what the papers report. Also:
the singular heading 'Area for priority action', a progress report's heading line that is no update, and a letter on
'the third monitoring visit'."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from findings.build import build
from findings.cli import cli
from findings.read import read_document
from tests.conftest import DATA

LETTERS = DATA / "visit_letters"
LETTER = LETTERS / "wakefield_focused_visit_2023.txt"
PLAN = LETTERS / "wakefield_visit_improvement_plan_2023.txt"
PROGRESS = LETTERS / "wakefield_visit_progress_2024.txt"
VISIT = "wakefield/ofsted-focused-visit-2023-10-04"
DUDLEY_REPORT = DATA / "other_councils" / "dudley_ilacs_report.txt"


def _copy(tmp_path: Path, *sources: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for source in sources:
        (folder / source.name).write_bytes(source.read_bytes())
    return folder


def _inspections(extraction) -> set[str]:
    return {k for k, a in extraction.assessments.items() if a.kind == "Inspection"}


def _said(text: str) -> str:
    return " ".join(text.split())


def _exact(folder: Path, extraction) -> None:
    """Every span is exactly the characters its item came from: a recommendation's spans each hold its words, an
    action's first span its words, an update's span the paragraph its words are."""
    texts = {d.sha256: read_document(folder.parent / d.path, d.path).text for d in extraction.documents}
    for rec in extraction.recommendations:  # each document's spans, in order, are its words (a page break between)
        said = {doc: _said(" ".join(texts[s.doc][s.start : s.end] for s in rec.spans if s.doc == doc)) for doc in texts}
        assert {words for words in said.values() if words} == {_said(rec.text)}
    for action in extraction.actions:
        first = action.spans[0]
        assert _said(texts[first.doc][first.start : first.end]) == _said(action.text)
    for update in extraction.updates:
        assert all(_said(update.text) in _said(texts[s.doc][s.start : s.end]) for s in update.spans)


def test_a_plan_and_a_progress_report_answering_a_visit_join_the_letter(tmp_path):
    folder = _copy(tmp_path, LETTER, PLAN, PROGRESS)
    extraction = build([folder]).extraction
    assert _inspections(extraction) == {VISIT}  # no 'wakefield/ofsted-undated', no 'ofsted-2023'
    recs = {r.identifier: r for r in extraction.recommendations}
    assert sorted(recs) == ["1", "2", "3", "4"]
    plan = next(d.sha256 for d in extraction.documents if d.path.endswith(PLAN.name))
    letter = next(d.sha256 for d in extraction.documents if d.path.endswith(LETTER.name))
    for rec in recs.values():  # the letter's own words, restated in the plan: one node with a span in each
        assert {s.doc for s in rec.spans} == {letter, plan}
        assert rec.known_from is None
    answers = {a.identifier: a.responds_to for a in extraction.actions}
    assert answers == {"1.1": "1", "1.2": "1", "2.1": "2", "3.1": "3", "4.1": "4"}
    assert all(a.assessment == VISIT for a in extraction.actions)
    said = sorted((u.assessment, u.about) for u in extraction.updates if not u.credited)
    assert said == [(VISIT, n) for n in "1234"]
    # 'the attendance standard has been agreed with the police' tells action 3.1 ('Agree an attendance standard …')
    # in its own words: progress on it too (findings/link/in_words.py), on those words exactly (_exact below)
    told = [(u.about, u.text, u.indicates) for u in extraction.updates if u.credited]
    assert told == [("3.1", "the attendance standard has been agreed with the police.", "ReportedComplete")]
    current = {s.item.identifier: s.status for s in extraction.statuses if s.current and s.item.assessment == VISIT}
    assert current == {"1": "ReportedComplete", "2": "InProgress", "3": "ReportedComplete", "4": "InProgress"}
    _exact(folder, extraction)


def test_findings_open_shows_the_statuses_the_papers_report_on_the_letters_items(tmp_path):
    folder = _copy(tmp_path, LETTER, PLAN, PROGRESS)
    runner = CliRunner()
    built = runner.invoke(cli, ["build", str(folder), "--no-pictures", "--out", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output
    opened = runner.invoke(cli, ["open", "--graph", str(tmp_path / "out"), "--format", "csv"])
    assert opened.exit_code == 0, opened.output
    rows = {line.split(",")[0]: line.split(",")[1] for line in opened.output.splitlines()[1:] if line}
    assert rows == {
        f"{VISIT}/recommendation/1": "ReportedComplete",
        f"{VISIT}/recommendation/2": "InProgress",
        f"{VISIT}/recommendation/3": "ReportedComplete",
        f"{VISIT}/recommendation/4": "InProgress",
    }
    assert "undated" not in (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")


def test_priority_action_1_and_area_for_improvement_1_stay_apart(tmp_path):
    """The plan heads its sections 'Priority action 1, 2' and 'Improvement area 1, 2'; the report 'Area for priority
    action N' and 'Area for improvement N': each is one of the letter's items, keeping the letter's list as its scope."""
    extraction = build([_copy(tmp_path, LETTER, PLAN, PROGRESS)]).extraction
    recs = {r.identifier: r for r in extraction.recommendations}
    assert recs["1"].text.startswith("Leaders must make sure that every child at risk of criminal exploitation")
    assert recs["3"].text.startswith("The quality of strategy meetings")
    assert [recs[n].scope for n in "1234"] == ["Areas for priority action"] * 2 + ["Areas for improvement"] * 2
    _exact(tmp_path / "docs", extraction)  # no node holds two different asks: each span is its words
    actions = {a.identifier: a for a in extraction.actions}
    assert actions["3.1"].text.startswith("Agree an attendance standard for strategy meetings")
    assert str(actions["3.1"].due_by).startswith("2024-02")
    updates = {u.about: u.text for u in extraction.updates}
    assert updates["1"].startswith("Area for priority action 1: the single exploitation risk assessment tool")
    assert updates["3"].startswith("Area for improvement 1: the attendance standard")


def test_a_paper_naming_only_the_areas_for_improvement_takes_the_letters_numbers(tmp_path):
    """A report on the areas for improvement alone: its 'Area for improvement 1' is the letter's item 3, since the
    letter set two priority actions before it."""
    folder = _copy(tmp_path, LETTER)
    text = PROGRESS.read_text(encoding="utf-8")
    text = re.sub(r"2\.[12] Area for priority action.*\n\n", "", text)
    (folder / "afi_only.txt").write_text(text, encoding="utf-8")
    extraction = build([folder]).extraction
    assert _inspections(extraction) == {VISIT}
    assert sorted(u.about for u in extraction.updates) == ["3", "4"]
    current = {s.item.identifier: s.status for s in extraction.statuses if s.current}
    assert current["3"] == "ReportedComplete" and current["1"] == "Open"


def test_a_visit_named_only_by_its_month_is_keyed_by_the_month_until_its_letter_is_read(tmp_path):
    alone = build([_copy(tmp_path, PROGRESS)]).extraction
    assert _inspections(alone) == {"wakefield/ofsted-focused-visit-2023-10"}  # not 'undated', no day made up
    assert alone.assessments["wakefield/ofsted-focused-visit-2023-10"].framework == "ILACS focused visit"
    joined = build([_copy(tmp_path, LETTER)]).extraction  # the same folder, now with the letter
    assert _inspections(joined) == {VISIT}


def test_a_paper_about_the_visit_does_not_merge_into_the_full_inspection_of_its_year(tmp_path):
    """Dudley's full inspection ended in February 2025 and its focused visit in November 2025: the council's plan
    answering the visit (quoting its three items as 'Recommendation 1-3') joins the letter, not 'dudley/ofsted-2025'."""
    folder = _copy(
        tmp_path, DUDLEY_REPORT, LETTERS / "dudley_focused_visit_2025.txt", LETTERS / "dudley_visit_action_plan_2025.txt"
    )
    extraction = build([folder]).extraction
    visit = "dudley/ofsted-focused-visit-2025-11-12"
    assert _inspections(extraction) == {"dudley/ofsted-2025", visit}
    assert {(a.assessment, a.identifier, a.responds_to) for a in extraction.actions} == {
        (visit, "1.1", "1"),
        (visit, "2.1", "2"),
        (visit, "3.1", "3"),
    }
    report = [r for r in extraction.recommendations if r.assessment == "dudley/ofsted-2025"]
    plan = next(d.sha256 for d in extraction.documents if d.path.endswith("dudley_visit_action_plan_2025.txt"))
    assert len(report) == 3 and not any(s.doc == plan for r in report for s in r.spans)
    visits = {r.identifier: r for r in extraction.recommendations if r.assessment == visit}
    assert visits["2"].text.startswith("The quality and frequency of management oversight")
    assert all(plan in {s.doc for s in r.spans} for r in visits.values())
    _exact(folder, extraction)


def test_the_singular_heading_area_for_priority_action_over_an_unbulleted_item_is_read(tmp_path):
    text = LETTER.read_text(encoding="utf-8")
    start = text.index("Areas for priority action")
    end = text.index("Areas for improvement")
    one = (
        "Area for priority action\n\n"
        "Leaders must make sure that every child at risk of criminal exploitation has a risk assessment that is reviewed\n"
        "when their circumstances change.\n\n"
    )
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "letter.txt").write_text(text[:start] + one + text[end:], encoding="utf-8")
    extraction = build([folder]).extraction
    recs = sorted((r.identifier, r.scope, r.text[:40]) for r in extraction.recommendations)
    assert recs == [
        ("1", "Area for priority action", "Leaders must make sure that every child "),
        ("2", "Areas for improvement", "The quality of strategy meetings for chi"),
        ("3", "Areas for improvement", "The use of information from return home "),
    ]
    _exact(folder, extraction)


def test_a_progress_reports_heading_line_over_its_update_is_no_update(tmp_path):
    text = PROGRESS.read_text(encoding="utf-8")
    text = re.sub(
        r"(2\.\d) (Area for (?:priority action|improvement) \d): ",
        lambda m: f"{m.group(2)} (the subject of the area)\n{m.group(1)} ",
        text,
    )
    folder = _copy(tmp_path, LETTER)
    (folder / "progress.txt").write_text(text, encoding="utf-8")
    extraction = build([folder]).extraction
    assert not any(u.text.startswith("Area for") for u in extraction.updates)
    assert sorted(u.about for u in extraction.updates) == ["1", "2", "3", "4"]
    current = {s.item.identifier: s.status for s in extraction.statuses if s.current}
    assert current == {"1": "ReportedComplete", "2": "InProgress", "3": "ReportedComplete", "4": "InProgress"}


def test_a_letter_on_the_third_monitoring_visit_is_read(tmp_path):
    text = (LETTERS / "tameside_monitoring_visit_2019.txt").read_text(encoding="utf-8")
    assert "findings of the monitoring visit" in text
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "letter.txt").write_text(
        text.replace("findings of the monitoring visit", "findings of the third monitoring visit"), encoding="utf-8"
    )
    extraction = build([folder]).extraction
    assert _inspections(extraction) == {"tameside/ofsted-monitoring-visit-2019-06-19"}
    assert extraction.findings


def test_a_paper_naming_a_visit_on_a_day_that_does_not_exist_gives_no_traceback(tmp_path):
    folder = _copy(tmp_path, LETTER)
    text = PLAN.read_text(encoding="utf-8").replace("between 3 and 4 October 2023", "on 31 February 2023")
    (folder / "plan.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(folder), "--no-pictures", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
