"""A progress statement or status cell that gives only when the work is due ('Due March 2025', 'Target date:
31/03/2025') says it is still to come: planned, not under way (status.json due_only). It had been read as under way,
the fallback for an update that reports something."""

from __future__ import annotations

import pytest

from findings.build import build
from findings.status.cues import progress_of
from tests.conftest import DATA


@pytest.mark.parametrize(
    "said,progress",
    [
        ("Due March 2025", "Planned"),
        ("Due by 31/03/2025.", "Planned"),
        ("Due: end of June 2025", "Planned"),
        ("Target date: 31 March 2025", "Planned"),
        ("Deadline – Q3 2025/26", "Planned"),
        ("Status: Due September 2025", "Planned"),
        ("Due March 2025 – training delivered to 40 staff.", "Done"),  # more than a date: read by its words
        ("Completed. Was due March 2025.", "Done"),
        ("Due diligence checks were carried out on all providers.", "Underway"),  # no date: a sentence
    ],
)
def test_a_due_date_alone_says_the_work_is_planned(said, progress):
    assert progress_of(said) == progress


PLAN = DATA / "other_councils" / "trust_style_plan.txt"


@pytest.mark.parametrize("cell", ["Due 30/06/2025", "Target date: June 2025"])
def test_a_status_cell_that_gives_only_a_due_date_leaves_the_action_planned(tmp_path, cell):
    text = PLAN.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("AP-1.2\t"))
    (tmp_path / "plan.txt").write_text(text.replace(row, row.rsplit("\t", 1)[0] + "\t" + cell), encoding="utf-8")
    result = build([tmp_path])
    (update,) = [u for u in result.extraction.updates if u.about.endswith("1.2") and u.text == cell]
    assert update.indicates == "ActionPlanned"
