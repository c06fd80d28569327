"""A Word plan's row whose progress words say the work is done ('Action complete.') beside a RAG cell 'Green' that no
key of the paper explains is done: Green is not guessed, the update's words decide (README, status cells); 'Amber'
beside them, which the status words read as under way, still holds the row back. And the plan's table, under an
intro naming the inspection and with a RAG column, is read once: by the plan reader, its rows the actions' updates
dated 'Progress as at …', not a second time as a progress table of undated words on the recommendations (a
black-box tester, round 10: both). Small documents in another council's wording."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from findings.cli import cli

REPORT = """Thornbury Vale County Council
Inspection of children's social care services
Inspection dates: 7 October 2019 to 18 October 2019
Lead inspector: Sam Okafor
Her Majesty's Inspector

Judgement\tGrade
Overall effectiveness\tRequires improvement to be good

What needs to improve in this area of social care practice?
- The timeliness of return home interviews for children who go missing.
- The sufficiency of local placements for children in care.

The experiences and progress of children in care and care leavers: requires improvement to be good
1. Return home interviews are too often late.

© Crown copyright 2019
"""

HEAD = ["Recommendation", "Action", "Lead", "By when", "Progress as at 30 June 2020", "RAG"]


def _plan(path, rags: tuple[str, str], intro: bool) -> None:
    import docx

    plan = docx.Document()
    plan.add_paragraph("Thornbury Vale County Council")
    plan.add_paragraph("Children's Services Improvement Plan")
    plan.add_paragraph("Version 2.0 – 12 June 2020")
    if intro:
        plan.add_paragraph("This plan responds to the Ofsted inspection of children's social care services in October 2019.")
    rows = [
        (
            "1. The timeliness of return home interviews for children who go missing.",
            "1.1 Commission a return home interview service",
            "Head of Safeguarding",
            "March 2020",
            "The service was commissioned in February 2020. Action complete.",
            rags[0],
        ),
        (
            "2. The sufficiency of local placements for children in care.",
            "2.1 Open two local children's homes",
            "Head of Placements",
            "June 2020",
            "Complete.",
            rags[1],
        ),
    ]
    table = plan.add_table(rows=1 + len(rows), cols=len(HEAD))
    for r, values in enumerate([HEAD, *rows]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    plan.save(path)


def _built(tmp_path, rags: tuple[str, str], intro: bool = True):
    (tmp_path / "thornbury-ilacs-2019.txt").write_text(REPORT, encoding="utf-8")
    _plan(tmp_path / "improvement plan.docx", rags, intro)
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(tmp_path), "--out", str(out), "--no-pictures", "--no-cache"])
    assert result.exit_code == 0, result.output
    args = ["open", "--as-of", "2020-07-31", "--graph", str(out), "--format", "csv"]
    lines = runner.invoke(cli, args).stdout.splitlines()[1:]
    return {line.split(",")[0].rsplit("/", 1)[1]: line.split(",")[1] for line in lines}, result.stderr, out


@pytest.mark.parametrize("intro", [True, False])
def test_green_beside_words_saying_done_is_done(tmp_path, intro):
    status, _, _ = _built(tmp_path, ("Green", "Green"), intro)
    assert status == {"1": "ReportedComplete", "2": "ReportedComplete"}  # each its only action's words: done


def test_amber_beside_words_saying_done_holds_the_row_back(tmp_path):
    status, _, _ = _built(tmp_path, ("Green", "Amber"))
    assert status["1"] == "ReportedComplete"
    assert status["2"] == "InProgress"  # 'Amber' with no key: under way, as the status words read it


def test_the_plans_table_is_read_once_and_dated(tmp_path):
    _, stderr, out = _built(tmp_path, ("Green", "Amber"))
    graph = (out / "graph.nt").read_text(encoding="utf-8")
    updates = {line.split()[0] for line in graph.splitlines() if line.split()[2].endswith("#ProgressUpdate>")}
    assert len(updates) == 2, sorted(updates)  # one a row, on its action
    assert all("/action/" in u and u.endswith("-2020-06-30>") for u in updates)
    assert "undated" not in stderr
