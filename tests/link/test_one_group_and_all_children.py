"""A function asked for one group of children in one item and for all children in the other waits for a person
(linking.json recurrence.for_a_group.one_for_all; findings/link/for_all.py): read as the group's, the function weighed
so little that the pair had no candidate at all (black-box tester; the twenty-first blind reading of tests/gold/pairs),
yet it is never asserted, oversight of one group being kept apart from oversight in general."""

from __future__ import annotations

import pytest

from tests.link.recurrences import link_between


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        # a later item for all children, an earlier one for disabled children only
        (
            "The quality of management oversight of children's plans.",
            "Improve management oversight of plans for disabled children.",
        ),
        # a later item for disabled children in care, an earlier one for all children in care
        (
            "The quality of direct work with disabled children who are in care.",
            "Improve the quality of direct work with children in care.",
        ),
    ],
)
def test_a_function_for_one_group_against_all_children_waits_for_a_person(tmp_path, later, earlier):
    assert link_between(tmp_path, later, earlier) == "review"


def test_two_groups_apart_are_still_no_candidate(tmp_path):
    later = "The quality of direct work with disabled children."
    earlier = "Improve the quality of direct work with care leavers."
    assert link_between(tmp_path, later, earlier) == ""
