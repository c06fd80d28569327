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


def test_a_pair_held_for_one_group_is_not_asserted_by_two_items_raising_a_third(tmp_path):
    """The latest item raises the first and the middle one the first, yet the held pair between them stays a candidate
    (recurrence.raised_together skips it, as it skips a pair apart_by_whom holds)."""
    from findings.build import build
    from tests.link.recurrences import TWO_ITEM_REPORT

    items = [
        ("4 March 2015 to 15 March 2015", "Strengthen oversight of children's plans, including plans for disabled children."),
        ("5 March 2018 to 16 March 2018", "Improve management oversight of plans for disabled children."),
        ("6 March 2022 to 17 March 2022", "The quality of management oversight of children's plans."),
    ]
    for n, (dates, item) in enumerate(items):
        (tmp_path / f"{n}.txt").write_text(TWO_ITEM_REPORT.format(dates=dates, item=item), encoding="utf-8")
    x = build([tmp_path]).extraction
    text = {(r.assessment, r.identifier): r.text for r in x.recommendations}
    held = [
        link
        for link in x.links
        if link.kind == "recurs"
        and text[(link.source.assessment, link.source.identifier)] == items[2][1]
        and text[(link.target.assessment, link.target.identifier)] == items[1][1]
    ]
    assert held and not any(link.asserted for link in held)
