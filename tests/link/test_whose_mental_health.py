"""Whose mental health (linking.json recurrence.senses_apart, emotional-health): a parent's, met by adult mental health
services, and a child's, met by child and adolescent mental health services, are two concerns; an item naming both
(a young person's move from one service to the other) shares either."""

from __future__ import annotations

from tests.link.recurrences import link_between

CAMHS = "Ensure that children referred to child and adolescent mental health services are seen without long waits."


def test_parents_mental_health_does_not_raise_childrens_again(tmp_path):
    later = "Ensure that adult mental health services join social workers where a parent's mental health puts children at risk."
    assert link_between(tmp_path, later, CAMHS) != "recurs"


def test_childrens_mental_health_asked_again_still_recurs(tmp_path):
    later = "Reduce the waiting times for child and adolescent mental health services for children in need."
    assert link_between(tmp_path, later, CAMHS) == "recurs"


def test_the_move_to_adult_services_shares_either(tmp_path):
    later = "Ensure that young people supported by CAMHS move to adult mental health services without a gap or a long wait."
    assert link_between(tmp_path, later, CAMHS) == "recurs"
