"""An action's delay said alone, with its reason ('… (action 4.1) has slipped to December 2013 because the supplier
went into administration'), says the work is still to come: ActionPlanned, the slip recorded, not InProgress (bb315
delayed-not-started-reads-inprogress); where more sentences follow on how far the work got, they decide."""

from __future__ import annotations

import pytest

from tests.status.test_replan_beside_progress import _built, _that_day

ALONE = [
    "The dashboard rebuild (action 4.1) has slipped to December 2013 because the supplier went into administration.",
    "The dashboard rebuild (action 4.1) has been delayed to December 2013 as the supplier went into administration.",
]


@pytest.mark.parametrize("words", ALONE)
def test_a_delay_with_its_reason_and_no_more_is_planned_with_the_slip_recorded(tmp_path, words):
    status = _that_day(_built(tmp_path, words, ""))
    assert (status.status, status.progress) == ("ActionPlanned", "Planned")
    assert [item.identifier for item, _ in status.replans] == ["4.1"]


def test_a_delay_followed_by_work_done_is_under_way(tmp_path):
    words = ALONE[1] + " Monthly performance clinics have been introduced in nine of the 14 teams."
    status = _that_day(_built(tmp_path, words, ""))
    assert (status.status, status.progress) == ("InProgress", "Underway")
