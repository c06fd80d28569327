"""An update on a recommendation that says nothing of how far the work has got ('Members discussed the service with
the Head of Early Intervention') stays with its quote but leaves the status as last said, as the README says (issue
#9, helper-215: it moved the item to InProgress); a status cell alone ('Closed', 'Open') is a word on progress and
still moves its item (tests/extract/test_action_log*.py). Small documents in another council's wording."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from tests.status.test_slips import _report_and_plan

DAY = date(2013, 9, 30)


def _progress(folder, paragraph: str) -> None:
    (folder / "progress.txt").write_text(
        "Telford and Wrekin Council\nReport to the Children's Scrutiny Committee\nDate: 12 September 2013\n\n1. This report "
        "updates the Committee on the plan answering the inspection that took place between 4 March and 15 March 2013."
        f"\n\n2. Recommendation 4 (performance information). {paragraph}\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("paragraph", "status"),
    [
        ("Members discussed the performance dashboard with the Head of Performance.", "ActionPlanned"),
        ("The Committee asked the Head of Performance about the dashboard for team managers.", "ActionPlanned"),
        ("The dashboard is being rebuilt by the Head of Performance.", "InProgress"),  # a word on how far it got
        ("The dashboard has been rebuilt and is in use by every team manager.", "ReportedComplete"),
    ],
)
def test_an_update_with_no_word_on_progress_leaves_the_status_as_last_said(tmp_path, paragraph, status):
    _report_and_plan(tmp_path)
    _progress(tmp_path, paragraph)
    result = build([tmp_path])
    mine = [s for s in result.extraction.statuses if s.item.identifier == "4" and s.as_of <= DAY]
    assert mine[-1].status == status  # the last by date and precedence (actions planned the day it was raised)
    (kept,) = [u for u in result.extraction.updates if u.about_kind == "recommendation" and u.about == "4"]
    assert paragraph in kept.text  # the quote is kept either way


@pytest.mark.parametrize(
    ("said", "speaks"),
    [
        ("Members discussed the return home interview service with the Head of Early Intervention.", False),
        ("Green", True),  # on track or complete, by whichever key: under way at least (test_action_log_readings.py)
        ("The panel meets monthly and the chair reports to the Board.", False),
        ("Closed", True),
        ("Open (overdue)", True),
        ("Status: Amber. Two of the three posts are filled.", True),
        ("Due March 2025", True),
        ("Due by 2019-06-30", True),  # a tracker's moved date (tests/tracker/test_round_trip.py)
        ("Agency use has fallen from 31% to 24%.", True),
    ],
)
def test_what_says_how_far_the_work_has_got(said, speaks):
    from findings.status.cues import says_how_far

    assert says_how_far(said) is speaks
