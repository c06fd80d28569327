"""A council that closes an item without doing it says why: superseded by a later plan or recommendation, or no
longer applicable. The item's status that day is Lapsed with that closure reason (fo:closureReason), not 'reported
complete'; a word that the work replaced some thing ('the 2015 protocol has been superseded') is the work done."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from findings.build import build
from findings.cli import cli
from findings.status.cues import closure_of
from tests.conftest import DATA, status_on

REPORT = DATA / "other_councils" / "dudley_ilacs_report.txt"
PROGRESS = DATA / "other_councils" / "dudley_progress_report.txt"
DAY = date(2025, 9, 15)


@pytest.mark.parametrize(
    "said,reason",
    [
        ("This action has been superseded by the revised improvement plan.", "Superseded"),
        ("Closed – superseded by action A7", "Superseded"),
        ("Superseded: see priority 2 of the 2025–27 plan.", "Superseded"),
        ("The recommendation has been merged into recommendation 4 and is reported there.", "Superseded"),
        ("Carried forward into the new improvement plan.", "Superseded"),
        ("Not applicable", "NoLongerApplicable"),
        ("This recommendation is no longer relevant since the service was brought back in house.", "NoLongerApplicable"),
        ("The 2015 protocol has been superseded by a revised protocol agreed in May.", None),  # the work, done
        ("This recommendation has not been superseded.", None),
        ("The two teams were merged into one service in June.", None),
        ("Complete.", None),
    ],
)
def test_what_closes_an_item_without_doing_it(said, reason):
    assert closure_of(said) == reason


def _built(tmp_path, first: str, second: str):
    text = PROGRESS.read_text(encoding="utf-8")
    old = text[text.index("3.1 Conferences") : text.index("4. Financial implications")]
    new = f'3.1 {first}\n\nRecommendation 2\n"The quality of management oversight and supervision."\n3.2 {second}\n\n'
    (tmp_path / "report.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "progress.txt").write_text(text.replace(old, new), encoding="utf-8")
    return build([tmp_path])


def test_a_recommendation_the_council_closes_as_superseded_or_no_longer_applicable_lapses_with_that_reason(tmp_path):
    result = _built(
        tmp_path,
        "This recommendation has been superseded by the new improvement plan agreed in July 2025.",
        "The work on supervision has been completed and the policy has been implemented.",
    )
    assert status_on(result, "1", DAY) == "Lapsed"
    assert status_on(result, "2", DAY) == "ReportedComplete"  # the same report's other word: done, as before
    (lapsed,) = [s for s in result.extraction.statuses if s.item.identifier == "1" and s.as_of == DAY]
    assert lapsed.closure == "Superseded" and lapsed.progress is None and lapsed.acceptance == "Accepted"
    quoted = {(e.doc, e.start, e.end) for e in lapsed.evidence}
    text = (tmp_path / "progress.txt").read_text(encoding="utf-8")
    doc = next(d for d in result.extraction.documents if d.path.endswith("progress.txt"))
    assert [text[s:e] for d, s, e in quoted if d == doc.sha256] == [
        "This recommendation has been superseded by the new improvement plan agreed in July 2025."
    ]  # the status rests on the council's own words, exactly


def test_a_lapsed_item_is_not_open_and_its_reason_is_in_the_graph(tmp_path):
    _built(tmp_path, "Not applicable.", "Work on the supervision policy is under way.")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(tmp_path), "--out", str(out), "--no-pictures"]).exit_code == 0
    listed = runner.invoke(cli, ["open", "--graph", str(out), "--as-of", "2025-10-01", "--format", "csv"]).stdout
    items = {line.split(",")[0].rsplit("/", 1)[-1] for line in listed.splitlines()[1:]}
    assert "2" in items and "1" not in items  # closed: no longer applicable
    asked = "SELECT ?r WHERE { ?s fo:closureReason ?r ; fo:status fo:Lapsed }"
    reasons = runner.invoke(cli, ["query", asked, "--graph", str(out), "--format", "csv"]).stdout
    assert reasons == "r\nhttps://w3id.org/findings/ontology#NoLongerApplicable\n"
    assert runner.invoke(cli, ["validate", str(out)]).exit_code == 0


def test_a_recommendations_word_that_one_of_its_actions_is_superseded_closes_the_action_not_the_recommendation(tmp_path):
    """'Action 6.2 – Superseded. This action has been superseded by the revised workforce strategy.' in a word on
    recommendation 6: the action is closed, the recommendation is not (tester helper-197: the recommendation lapsed
    and dropped off the tracker, and its other action, overdue, off overdue-actions)."""
    result = _built(
        tmp_path,
        "Action 1.1 – On track. Action 1.2 – Superseded. This action has been superseded by the revised plan.",
        "The work on supervision has been completed and the policy has been implemented.",
    )
    assert status_on(result, "1", DAY) != "Lapsed"
    assert closure_of("Action 6.2 – Superseded. This action has been superseded by the revised plan.", whole=True) is None
    assert closure_of("Superseded by the revised action plan.", whole=True) == "Superseded"


def test_a_word_on_a_recommendation_that_opens_on_one_of_its_actions_is_that_actions(tmp_path):
    """'Recommendation 4: performance Action 4.1 – Complete. The dashboard went live in June.' speaks of action 4.1:
    the recommendation is done only when every action is (tester helper-197: one action's 'Complete' made the
    whole recommendation ReportedComplete, its other action still on track)."""
    from tests.status.test_slips import _report_and_plan

    _report_and_plan(tmp_path, also="Train managers in the dashboard.")
    (tmp_path / "progress.txt").write_text(
        "Telford and Wrekin Council\nReport to Cabinet\nDate: 12 September 2013\n\n1. This report updates Cabinet on the "
        "plan answering the inspection that took place between 4 March and 15 March 2013.\n\n2. Recommendation 4: "
        "performance\nAction 4.1 – Complete. The dashboard went live in June and is used by every team.\n",
        encoding="utf-8",
    )
    statuses = [s.status for s in build([tmp_path]).extraction.statuses if s.item.identifier == "4" and s.as_of.month == 9]
    assert statuses and "ReportedComplete" not in statuses
