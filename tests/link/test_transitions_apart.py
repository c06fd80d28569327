"""Two moves to adulthood (linking.json recurrence.senses_apart, transitions): a young person's from child and
adolescent mental health services to adult mental health services, and a disabled young person's to adult social
care, are two concerns; an item naming both shares either, one on transition planning in general shares each."""

from __future__ import annotations

from tests.link.recurrences import link_between

DISABLED = "Ensure that plans are in place for timely transition planning for young people with disabilities."


def test_the_move_from_camhs_does_not_raise_disabled_young_peoples_transition_again(tmp_path):
    later = "Ensure that care leavers supported by CAMHS are helped through the transition to adult mental health services."
    assert link_between(tmp_path, later, DISABLED) != "recurs"


def test_disabled_young_peoples_transition_asked_again_still_recurs(tmp_path):
    later = "Improve transition planning for disabled young people as they move to adult social care."
    assert link_between(tmp_path, later, DISABLED) == "recurs"


def test_transition_planning_in_general_still_recurs(tmp_path):
    later = "Ensure that transition planning starts early for every young person who will need adult services."
    assert link_between(tmp_path, later, DISABLED) == "recurs"
