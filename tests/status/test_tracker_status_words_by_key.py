"""A plan tracker's status column holding a status word the paper's own key explains ('Status key: Achieved – all
actions delivered; Partially achieved – actions under way; Not yet started – …') is read by that key beside the row's
progress words, as a colour is: 'Achieved' beside words reporting what monitoring shows ('Monthly audits since
March show …') is complete, 'Partially achieved' under way, 'Not yet started' planned; words saying the work is not
done still decide. A tracker's rows, numbered as actions, are the plan readers': no message says a row of it was not
read (issue #9, a black-box tester: such a row read InProgress, and stderr said its row was not read). Small
documents in another council's wording."""

from __future__ import annotations

from datetime import datetime

import pytest
from click.testing import CliRunner

from findings.cli import cli

REPORT = """Brackenfield Metropolitan Borough Council
Inspection of children's social care services
Inspection dates: 4 February 2019 to 15 February 2019
Lead inspector: Alex Moore
Her Majesty's Inspector

Judgement\tGrade
Overall effectiveness\tRequires improvement to be good

What needs to improve in this area of social care practice?
- The quality of chronologies on children's files in the long-term teams.
- The timeliness of initial health assessments for children coming into care.
- The offer of independent visitors to children in care.

The experiences and progress of children in care and care leavers: requires improvement to be good
1. Chronologies are too often missing or out of date.

© Crown copyright 2019
"""

RECS = (
    "The quality of chronologies on children's files in the long-term teams.",
    "The timeliness of initial health assessments for children coming into care.",
    "The offer of independent visitors to children in care.",
)


def _tracker(path, rows: list[tuple[str, str]]) -> None:
    """A tracker of one action a recommendation, each row's status word and progress words from `rows`."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append(["Brackenfield Council – children's services improvement plan"])
    sheet.append(["Our response to the Ofsted inspection of Brackenfield children's services, 4 to 15 February 2019"])
    sheet.append(["Progress as at 30 June 2019"])
    key = "Status key: Achieved - all actions delivered; Partially achieved - actions under way; Not yet started - not begun"
    sheet.append([key])
    sheet.append([])
    sheet.append(["Action no", "Ofsted recommendation", "Planned action", "Lead", "Due by", "Status", "Progress update"])
    actions = (
        "Audit chronologies on all long-term team files every month.",
        "Agree a weekly slot for initial health assessments with the community paediatricians.",
        "Recruit and train a pool of independent visitors.",
    )
    for number, (rec, action, (status, words)) in enumerate(zip(RECS, actions, rows, strict=True), 1):
        sheet.append([f"{number}.1", rec, action, "Head of Service", datetime(2019, 5, 31), status, words])
    book.save(path)


def _built(tmp_path, rows):
    (tmp_path / "brackenfield-ilacs-2019.txt").write_text(REPORT, encoding="utf-8")
    _tracker(tmp_path / "tracker.xlsx", rows)
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(tmp_path), "--out", str(out), "--no-pictures"])
    assert result.exit_code == 0
    args = ["open", "--as-of", "2019-07-31", "--graph", str(out), "--format", "csv"]
    lines = runner.invoke(cli, args).stdout.splitlines()[1:]
    return {line.split(",")[0].rsplit("/", 1)[1]: line.split(",")[1] for line in lines}, result.stderr


def test_status_words_are_read_by_the_trackers_key_beside_its_progress_words(tmp_path):
    statuses, _ = _built(
        tmp_path,
        [
            ("Achieved", "Monthly audits since March 2019 show a chronology on every file checked."),
            ("Partially achieved", "The weekly slot was agreed in May 2019."),
            ("Not yet started", "Recruitment will begin once the role profile is approved."),
        ],
    )
    assert statuses == {"1": "ReportedComplete", "2": "InProgress", "3": "ActionPlanned"}


def test_words_saying_the_work_is_not_done_outweigh_the_key(tmp_path):
    statuses, _ = _built(
        tmp_path,
        [
            ("Achieved", "The audit tool has not yet been agreed, so no audit has been done."),
            ("Partially achieved", "The weekly slot was agreed in May 2019."),
            ("Not yet started", "Recruitment will begin once the role profile is approved."),
        ],
    )
    assert statuses["1"] != "ReportedComplete"


def test_no_row_of_a_tracker_of_actions_is_said_not_read(tmp_path):
    _, stderr = _built(
        tmp_path,
        [
            ("Achieved", "Chronologies were found on all files checked."),
            ("Partially achieved", "The weekly slot was agreed in May 2019."),
            ("Not yet started", "Work has not started."),
        ],
    )
    assert "not read" not in stderr


@pytest.mark.parametrize("word,means", [("Partially achieved", "Underway"), ("Not yet started", "NotStarted")])
def test_the_status_words_themselves(word, means):
    from findings.status.cues import progress_of

    assert progress_of(word) == means
