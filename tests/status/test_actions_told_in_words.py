"""A progress table's row on a recommendation that tells what was done of one of its actions in that action's own words
(no action number) is progress on that action too (issue #9, helper-215: overdue-actions listed actions a council's
tracker reported done in their own words, and a recommendation whose last action was then done by number stayed
InProgress). Small documents in another council's wording and layout."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from findings.build import build
from findings.cli import cli
from tests.conftest import DATA, status_on

PLAN = (
    "Telford and Wrekin Council\nImprovement plan\n\nThis plan answers the inspection that took place between 4 March "
    "and 15 March 2013.\n\nRef\tRecommendation\tActions\tLead officer\tTarget date\n4\tEnsure that the performance "
    "information available to managers is accurate and used to drive improvement.\tCommission a weekly performance "
    "dashboard and publish it to every team manager.\tHead of Performance\t30 June 2013\n\t\tHold monthly data quality "
    "clinics with the business support staff.\tHead of Business Support\t31 August 2013\n"
)

TABLE = (
    "Telford and Wrekin Council\nChildren's Scrutiny Committee - 16 September 2013\n\nUpdate on the plan answering the "
    "Ofsted inspection of child protection that took place between 4 March and 15 March 2013\n\n"
    "Progress as at 6 September 2013.\n\n"
    "KEY: Green - complete; Amber - on track; Red - delayed\n\n"
    "No.\tRecommendation\tProgress\tRAG\n"
    "3\tSupervision\tSupervision is now recorded on every child's file, as the audit in July 2013 found.\tGreen\n"
    "4\tPerformance information\t{row}\tAmber\n"
)

ROW = (
    "The weekly performance dashboard was published to all team managers in May 2013. Dates for the data quality "
    "clinics with business support staff are being agreed."
)

MINUTES = (
    "Telford and Wrekin Council\n\nMinutes of the meeting of the Children's Scrutiny Committee held on 20 November 2013"
    "\n\n11 Minutes\n\nThe minutes of the meeting held on 16 September 2013 were agreed.\n\n12 OFSTED IMPROVEMENT PLAN: "
    "PROGRESS REPORT\n\nThe Head of Performance presented the second progress report on the Ofsted improvement plan."
    "\n\nMembers were told that action 4.2 had been completed: the first data quality clinic was held in October 2013."
    "\n\nRESOLVED: that the progress be noted.\n"
)


def _folder(tmp_path, row: str = ROW, minutes: bool = False):
    report = (DATA / "other_councils" / "telford_child_protection_2013.txt").read_text(encoding="utf-8")
    (tmp_path / "report.txt").write_text(report, encoding="utf-8")
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "scrutiny.txt").write_text(TABLE.format(row=row), encoding="utf-8")
    if minutes:
        (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    return tmp_path


def _told(result) -> dict[str, list]:
    return {u.about: u for u in result.extraction.updates if u.about_kind == "action" and u.credited}


def test_a_rows_clause_in_an_actions_words_is_that_actions_update_on_its_exact_words(tmp_path):
    result = build([_folder(tmp_path)])
    told = _told(result)
    assert sorted(told) == ["4.1", "4.2"]
    docs = {d.sha256: d for d in result.extraction.documents}
    first, second = told["4.1"], told["4.2"]
    assert [docs[s.doc].text[s.start : s.end] for s in first.spans] == [
        "The weekly performance dashboard was published to all team managers in May 2013."
    ]  # the clause itself, exactly
    assert first.indicates == "ReportedComplete" and first.as_at == date(2013, 9, 6)
    assert second.indicates == "InProgress"  # 'are being agreed': under way, not done
    assert first.score is not None and first.score < 0.8  # the tool's reading, below the council's word by number
    assert status_on(result, "4", date(2013, 9, 30)) == "InProgress"  # the row's own reading stands (Amber)


def test_a_clause_with_no_word_on_progress_or_as_like_another_action_is_no_actions_word(tmp_path):
    row = (
        "The weekly performance dashboard is discussed with every team manager. Training on the performance "
        "dashboard and the data quality clinics was delivered in May 2013."
    )
    assert _told(build([_folder(tmp_path, row)])) == {}


def test_an_action_told_done_in_its_words_is_not_overdue_and_the_last_action_done_completes_its_recommendation(tmp_path):
    folder = _folder(tmp_path, minutes=True)
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(folder), "--out", str(out), "--no-pictures"]).exit_code == 0

    def overdue(day: str) -> list[str]:
        args = ["query", "overdue-actions", "--param", f"asOf={day}", "--graph", str(out), "--format", "csv"]
        return sorted(line.split(",")[1] for line in runner.invoke(cli, args).stdout.splitlines()[1:])

    assert overdue("2013-10-01") == ["4.2"]  # 4.1 was published in May, in its own words; 4.2 is under way
    assert overdue("2013-12-01") == []  # 4.2 completed, by number
    result = build([folder])
    assert status_on(result, "4", date(2013, 11, 20)) == "ReportedComplete"  # every action done: 4.1 in words, 4.2 by number
    (done,) = [s for s in result.extraction.statuses if s.item.identifier == "4" and s.as_of == date(2013, 11, 20)]
    assert done.progress == "Done"


def _paper(tmp_path, paragraph: str):
    """The plan, and a paper of 12 September 2013 whose paragraph 2 is `paragraph`, under no recommendation, and
    paragraph 3 the word on recommendation 3."""
    report = (DATA / "other_councils" / "telford_child_protection_2013.txt").read_text(encoding="utf-8")
    (tmp_path / "report.txt").write_text(report, encoding="utf-8")
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(
        "Telford and Wrekin Council\nReport to Cabinet\nDate: 12 September 2013\n\n1. This report updates Cabinet on the "
        f"plan answering the inspection that took place between 4 March and 15 March 2013.\n\n2. {paragraph}\n\n"
        "3. Recommendation 3 – supervision is now recorded on every child's file.\n",
        encoding="utf-8",
    )
    return build([tmp_path])


def test_an_actions_work_told_in_its_words_under_a_heading_of_its_own_in_the_paper_is_its_update(tmp_path):
    """A paper that reports on the recommendations one by one, and tells the dashboard's publication in a paragraph
    of its own, naming no recommendation: that paragraph is action 4.1's word too, from the sentence that tells it
    (tester helper-225: a sufficiency section's 'the recruitment campaign was launched' was nobody's word, so the
    campaign's action stayed overdue and its recommendation planned)."""
    result = _paper(
        tmp_path,
        "The weekly performance dashboard was published to every team manager in May 2013. Managers now use it in\nsupervision.",
    )
    told = _told(result)
    assert sorted(told) == ["4.1"]
    docs = {d.sha256: d for d in result.extraction.documents}
    (span,) = told["4.1"].spans
    assert docs[span.doc].text[span.start : span.end] == (
        "The weekly performance dashboard was published to every team manager in May 2013. Managers now use it in\nsupervision."
    )  # exactly the paper's characters, from the telling sentence to the paragraph's end
    assert told["4.1"].as_at == date(2013, 9, 12) and told["4.1"].within == "4"
    assert told["4.1"].score is not None and told["4.1"].score < 0.7  # below a clause of the recommendation's own word
    assert status_on(result, "4", date(2013, 9, 30)) == "InProgress"  # one action of two done


@pytest.mark.parametrize(
    "paragraph",
    [
        "The weekly performance dashboard is discussed with every team manager.",  # no word on how far the work got
        "Training on the performance dashboard and the data quality clinics was delivered in May 2013.",  # two actions'
        "A new dashboard was published in May 2013.",  # too few of the action's words, with no section to narrow it
        # the paper's account of the plan as such, not one action's work
        "Each recommendation has actions. The weekly performance dashboard for every team manager (Rec 4) was simple"
        " to complete.",
    ],
)
def test_a_paragraph_of_the_paper_that_tells_no_one_actions_work_is_no_ones_word(tmp_path, paragraph):
    assert _told(_paper(tmp_path, paragraph)) == {}
