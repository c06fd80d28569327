"""A recommendation is raised by the report that makes it: its first status, and the answers quoting the inspection,
rest on the report's words, not on the council's plan restating them months later (helper-160, North Somerset)."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from findings.build import build
from findings.cli import cli

DATA = Path(__file__).parent.parent / "data" / "north_somerset"
REPORT, PLAN = "ns_ilacs_2019.pdf", "ns_action_plan_2020.txt"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name in (REPORT, PLAN):
        shutil.copy(DATA / name, folder / name)
    return folder


def test_the_raised_status_rests_on_the_report_not_the_plan_restating_it(tmp_path):
    """The plan of January 2020 quotes each recommendation word for word; the 'Open: raised' status of 29 November 2019
    rested on the plan's copy, a paper written after the day it speaks of."""
    result = build([_folder(tmp_path)])
    docs = {d.sha256: d for d in result.extraction.documents}
    raised = [s for s in result.extraction.statuses if s.basis == "raised" and s.item.assessment.endswith("ofsted-2019")]
    assert len(raised) == 5
    for status in raised:
        [span] = status.evidence
        assert docs[span.doc].path.endswith(REPORT), (status.item, docs[span.doc].path)


def test_lineage_quotes_the_inspection_from_its_report(tmp_path):
    """`lineage --evidence` quoted the inspection's dates from the plan ('… 7 to 18 October 2019') and not the report's
    'Inspection dates:' line."""
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(_folder(tmp_path)), "--out", str(out), "--no-pictures"]).exit_code == 0
    shown = runner.invoke(cli, ["lineage", "ofsted-2019/recommendation/4", "--graph", str(out), "--evidence", "--format", "csv"])
    assert shown.exit_code == 0, shown.output
    rows = [line for line in shown.output.splitlines() if ",raised by," in line or ",Open: raised," in line]
    assert len(rows) == 2 and all(REPORT in row and PLAN not in row for row in rows), rows
    assert "Inspection dates: 7 October 2019 to 18 October 2019" in rows[0]
