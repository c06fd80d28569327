"""An action log's request for a paper closes on the day the paper that fulfils it comes (fo:fulfils), as a minuted
request does (issue #9, tester bb286 log-request-fulfilled-stays-open: the link was made but the request stayed open,
was listed overdue after the paper came, and its lineage row 'fulfils it (later)' had no date). Small documents in
another council's wording and layout (a text copy's barred table, the paper's own back-reference)."""

from __future__ import annotations

from click.testing import CliRunner

from findings.cli import cli

LOG = """EASTMOOR COUNCIL

Corporate Parenting Panel

{day}

Action Log

| Ref | Meeting date | Action | Owner | Due date | Status | Update |
|---|---|---|---|---|---|---|
| CPP-14 | 09/03/2021 | Bring a report on care leavers' health to the June meeting | Nurse | 30/06/2021 | {status} | {update} |
| CPP-15 | 09/03/2021 | Share the sufficiency strategy with members | Head of Placements | 30/04/2021 | Open | New action |
"""

PAPER = """EASTMOOR COUNCIL

Corporate Parenting Panel

20 July 2021

The Health of Care Leavers

1. Purpose

1.1 This report was requested by the Panel at its meeting on 9 March 2021 (action CPP-14). It describes the health of
care leavers and the support the council gives them.

2. Recommendation

2.1 That the Panel notes the report.
"""


def _built(tmp_path, later_log: bool = False):
    folder = tmp_path / "eastmoor"
    folder.mkdir()
    (folder / "panel-log-2021-03-09.txt").write_text(
        LOG.format(day="Tuesday 9 March 2021", status="Open", update="New action"), encoding="utf-8"
    )
    (folder / "care-leavers-health.txt").write_text(PAPER, encoding="utf-8")
    if later_log:  # the next meeting's log closes the row itself, after the paper came
        (folder / "panel-log-2021-09-14.txt").write_text(
            LOG.format(day="Tuesday 14 September 2021", status="Closed", update="Report received in July"), encoding="utf-8"
        )
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(folder), "--out", str(out), "--no-pictures"]).exit_code == 0
    return runner, str(out)


def _rows(runner, args: list[str]) -> list[str]:
    result = runner.invoke(cli, [*args, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()[1:]


def test_a_logged_request_closes_on_the_day_the_paper_it_asked_for_came(tmp_path):
    runner, out = _built(tmp_path)
    before = _rows(runner, ["open", "--graph", out, "--as-of", "2021-07-19"])
    after = _rows(runner, ["open", "--graph", out, "--as-of", "2021-07-31"])
    assert any("log-CPP-14" in row for row in before)  # open (and due) until the paper came
    assert not any("log-CPP-14" in row for row in after)
    assert any("log-CPP-15" in row for row in after)  # the other row, never answered, stays open
    overdue = _rows(runner, ["query", "overdue-actions", "--param", "asOf=2021-08-01", "--graph", out])
    assert [row.split(",")[1] for row in overdue] == ["log-CPP-15"]
    states = _rows(runner, ["lineage", "log-CPP-14", "--graph", out])
    closed = [row for row in states if ",status," in row and "ReportedComplete" in row]
    assert len(closed) == 1 and closed[0].startswith("2021-07-20,") and "fulfilled by" in closed[0]


def test_the_lineage_dates_the_paper_that_fulfils_a_logged_request_once(tmp_path):
    runner, out = _built(tmp_path, later_log=True)
    fulfilling = [row for row in _rows(runner, ["lineage", "log-CPP-14", "--graph", out]) if ",fulfils it (later)," in row]
    assert len(fulfilling) == 1 and fulfilling[0].startswith("2021-07-20,")  # the paper's day, not the later log's 'Closed'
