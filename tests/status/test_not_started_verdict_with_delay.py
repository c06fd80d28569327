"""A word on a recommendation that opens with its verdict on the whole, not started, and goes on to an action's delay
('Recommendation 3: Not yet started. Action 3.1 has been delayed to June 2019 …'), read InProgress: the action's
delay, told in the same paragraph, outweighed the verdict (unseen tester helper-306). The verdict says how far the
whole got (ActionPlanned, progress NotStarted); the delay is recorded as the day's re-plan."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from tests.status.test_slips import _report_and_plan

DAY = date(2013, 9, 12)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Recommendation 4 – Not yet started. Action 4.1 has been delayed to December 2013 as the supplier was late.",
        "Recommendation 4: not started. The dashboard (action 4.1) has slipped to 31/12/2013; the supplier went bust.",
    ],
)
def test_a_verdict_not_started_stands_over_the_delay_of_its_action_told_after_it(tmp_path, paragraph):
    _report_and_plan(tmp_path)
    (tmp_path / "progress.txt").write_text(
        "Telford and Wrekin Council\nReport to Cabinet\nDate: 12 September 2013\n\n1. This report updates Cabinet on the "
        f"plan answering the inspection that took place between 4 March and 15 March 2013.\n\n2. {paragraph}\n",
        encoding="utf-8",
    )
    result = build([tmp_path])
    (status,) = [s for s in result.extraction.statuses if s.item.kind == "recommendation" and s.as_of == DAY]
    assert (status.status, status.progress) == ("ActionPlanned", "NotStarted")
    assert [(item.identifier, str(when)) for item, when in status.replans] == [("4.1", "2013-12-31")]  # the slip kept
