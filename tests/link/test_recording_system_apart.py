"""Where a record is kept is not the recording system: 'the recording of management decisions on the electronic case
record' does not raise 'the electronic recording system supports effective case management' again (themes.ttl:
'electronic' alone no longer names the system; unseen tester helper-291, a decoy linked at 0.691); the system asked
of again still recurs."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences

EARLIER = [
    "ensure that all looked after children have personal education plans that are reviewed regularly and set clear targets",
    "ensure that all initial assessments are completed within timescales and that the quality of assessments is good",
    "improve the participation of children and young people in their child protection conferences",
    "ensure that the electronic recording system supports effective case management",
]
LATER = [
    "The quality of personal education plans, so that they contain specific and measurable targets.",
    "The quality of assessments, including the analysis of risk and of children's histories.",
    "The participation of children in their child protection conferences and core groups.",
    "The recording of management decisions on the electronic case record.",
]


def test_decisions_recorded_on_the_electronic_record_do_not_raise_the_recording_system_again(tmp_path):
    assert ("ofsted-2025", "4", "4") not in _recurrences(tmp_path, EARLIER, LATER)


def test_the_recording_system_asked_of_again_still_recurs(tmp_path):
    later = [*LATER[:3], "The case management system, so that it supports social workers to record their work."]
    assert ("ofsted-2025", "4", "4") in _recurrences(tmp_path, EARLIER, later)
