"""Work the council says has not begun, in its own words ('No campaign activity has taken place yet', 'not yet
commenced'), is planned, not under way, even where the same row tells why it is late ('slipped to January because the
post was not filled until October') and the row is rated Red (issue #9, tester bb276: read InProgress). Wording of
other councils."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.lexicons import load_json
from findings.model import ItemRef, ProgressUpdate, Recommendation, Span
from findings.status.cues import progress_of
from findings.status.updates import from_updates

LATE_AND_NOT_BEGUN = (
    "The relaunch of the kinship carers' support group has been put back to March 2025 because the venue contract was "
    "not signed until December. No group activity has taken place so far."
)


@pytest.mark.parametrize(
    ("text", "progress"),
    [
        (LATE_AND_NOT_BEGUN, "NotStarted"),
        ("The audit of pathway plans has not yet commenced; the auditor post was not filled until November.", "NotStarted"),
        ("No work on the new assessment template has been undertaken yet.", "NotStarted"),
        ("The mentoring scheme has slipped to April because the coordinator was not appointed in time.", "Underway"),
        # work reported done or under way beside the words: not 'not started'
        ("The support group was launched in January. No group activity has taken place since.", "Done"),
        ("Recruitment is under way. No interview activity has taken place yet.", "Underway"),
    ],
)
def test_work_said_not_to_have_begun_is_not_started(text, progress):
    assert progress_of(text) == progress


def test_a_late_row_rated_red_that_says_nothing_has_begun_leaves_the_recommendation_planned():
    span = Span("d", 0, 1)
    day = date(2024, 12, 10)
    rec = Recommendation("fenby/ofsted-2024", "2", "Support for kinship carers.", [span])
    row = ProgressUpdate("fenby/ofsted-2024", "2", day, LATE_AND_NOT_BEGUN + " Red", [span], about_kind="recommendation")
    confidence = load_json("lexicons/status.json")["confidence"]
    moved = {day: [(ItemRef("action", "fenby/ofsted-2024", "2.1"), date(2025, 3, 31))]}
    (status,) = from_updates(ItemRef("recommendation", "fenby/ofsted-2024", "2"), rec, [row], 1, confidence, {}, moved)
    assert (status.status, status.progress) == ("ActionPlanned", "NotStarted")
    assert status.replans == [(ItemRef("action", "fenby/ofsted-2024", "2.1"), date(2025, 3, 31))]  # the slip recorded
