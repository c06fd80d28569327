"""An action that a plan and its tracker both state is one node, and one row of its recommendation's lineage, dated
by the first paper that planned it (issue #9, tester helper-235: `findings lineage` and `findings report` listed
each such action twice, once for each document stating it). Two actions of the same words stay two rows."""

from __future__ import annotations

import json

from click.testing import CliRunner

HEADER = "Rec No.\tOfsted recommendation\tAction No.\tAction\tLead\tBy when"
RECOMMENDATION = "The timeliness of health assessments for children who come into care."
PLAN = (
    "Eskvale Borough Council\n"
    "Improvement plan following the Ofsted inspection of local authority children’s services\n"
    "Version 1.0 – 12 June 2023\n"
    "Ofsted inspected our children’s services between 6 and 17 March 2023 and published its report on 28 April 2023.\n"
    f"{HEADER}\n"
    f"1\t{RECOMMENDATION}\t1.1\tAgree a joint protocol with the health board.\tHead of Children in Care\tSeptember 2023\n"
    "\t\t1.2\tAgree a joint protocol with the health board.\tDesignated Nurse\tDecember 2023\n"
)
TRACKER = (
    "Eskvale Borough Council\n"
    "Improvement plan tracker\n"
    f"{HEADER}\tProgress as at 31 January 2024\n"
    f"1\t{RECOMMENDATION}\t1.1\tAgree a joint protocol with the health board.\tHead of Children in Care\tSeptember 2023"
    "\tProtocol drafted; sign-off due in March.\n"
    "\t\t1.2\tAgree a joint protocol with the health board.\tDesignated Nurse\tDecember 2023\tNot started.\n"
)
ITEM = "eskvale/ofsted-2023/recommendation/1"
IRI = f"https://w3id.org/findings/id/{ITEM}"


def _lineage(tmp_path, *more: str) -> list[dict]:
    from findings.cli import cli

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "docs" / "tracker.txt").write_text(TRACKER, encoding="utf-8")
    out = tmp_path / "out"
    built = CliRunner().invoke(cli, ["--silent", "build", str(tmp_path / "docs"), "--out", str(out), "--no-pictures"])
    assert built.exit_code == 0, built.output
    asked = ["query", "lineage", "--param", f"item={IRI}", *more] if more else ["lineage", ITEM]
    result = CliRunner().invoke(cli, [*asked, "--graph", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_an_action_stated_by_a_plan_and_its_tracker_is_one_row(tmp_path):
    rows = [(row["date"], row["node"]) for row in _lineage(tmp_path) if row["relation"] == "action"]
    assert rows == [("2023-09-30", "eskvale/ofsted-2023/action/1.1"), ("2023-12-31", "eskvale/ofsted-2023/action/1.2")]


def test_as_of_a_day_after_the_plan_the_action_is_known_once(tmp_path):
    """Known from the plan's day (12 June 2023), before its tracker's, and listed once (the named query as `findings
    report` runs it, as of a date)."""
    rows = [row["node"] for row in _lineage(tmp_path, "--param", "asOf=2023-07-01") if row["relation"] == "action"]
    assert [row.rsplit("/", 1)[-1] for row in rows] == ["1.1", "1.2"]
