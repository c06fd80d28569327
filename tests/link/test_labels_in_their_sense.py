"""Theme labels read only in the sense they name (ontology/themes.ttl; linking.json themes.not_concerns): sharing
information with parents or children is no sharing between agencies, SEND education plans are no personal education
plans, a child's continuing healthcare needs are no move to adult services, and a move between children's and adult
services still is one (reviewer helper-391's inputs)."""

from __future__ import annotations

import pytest

from tests.link.test_recurrence import _themes


@pytest.mark.parametrize(
    "text",
    [
        "Improve information sharing with parents about child protection conferences.",
        "Ensure the sharing of information with children about their care plans.",
    ],
)
def test_sharing_information_with_a_family_is_not_between_agencies(text):
    assert "information-sharing" not in _themes(text)


def test_sharing_between_agencies_still_is():
    assert "information-sharing" in _themes("Improve information sharing between agencies at the front door.")


def test_send_education_plans_are_not_personal_education_plans():
    assert "peps" not in _themes("Ensure education plans for children with special educational needs are timely.")


def test_continuing_healthcare_needs_are_no_transition():
    assert "transitions" not in _themes("Ensure children with continuing healthcare needs receive short breaks.")


def test_a_move_between_childrens_and_adult_services_is_a_transition():
    assert "transitions" in _themes("Ensure plans support young people as they move between children's and adult services.")
