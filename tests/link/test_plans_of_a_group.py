"""Plans asked for one group of children are that group's concern, not the quality of plans in general
(extract/lexicons/linking.json, recurrence.for_a_group's functions), and two items that share only a group of
children, each asking a different thing of it, wait for review (recurrence.whom_only)."""

from __future__ import annotations

import pytest

from findings.build import build
from tests.link.test_recurrence import _recurrences, _report

PLANS = "The quality of child protection plans, so that each sets out clearly what has to change and by when."
EXPLOITED = "Ensure that children at risk of sexual exploitation are assessed promptly and have a plan that lowers the risk."


@pytest.mark.parametrize(
    "later",
    [
        "Assessments and plans for children at risk of exploitation, so that they are reviewed whenever the risk changes.",
        "The quality of plans for children at risk of exploitation, and their review whenever the risk changes.",
    ],
)
def test_plans_for_children_at_risk_of_exploitation_raise_the_exploitation_item_not_child_protection_plans(tmp_path, later):
    """The later item's plans are the tool of the exploitation concern: it raises the earlier item on sexually
    exploited children again (exploitation covers its kinds), not the earlier one on child protection plans."""
    assert _recurrences(tmp_path, [PLANS, EXPLOITED], [later]) == {("ofsted-2025", "1", "2")}


def test_plans_in_general_still_raise_child_protection_plans(tmp_path):
    """An item on plans with no group of children is still the quality of plans."""
    later = ["The quality of children's plans, so that they are specific and measurable."]
    assert _recurrences(tmp_path, [PLANS, EXPLOITED], later) == {("ofsted-2025", "1", "1")}


def test_two_asks_of_one_group_of_children_wait_for_review(tmp_path):
    """Child in need plans and assessments for disabled children share only the group: the pair waits for a person;
    the later item asking again for the group's assessments recurs."""
    earlier = ["Timely assessments of the needs of disabled children and their families."]
    later = [
        "The quality of child in need plans for disabled children.",
        "The timeliness of assessments for disabled children, with their wishes recorded.",
    ]
    (tmp_path / "riverton-2021.md").write_text(_report(2021, earlier), encoding="utf-8")
    (tmp_path / "riverton-2025.md").write_text(_report(2025, later), encoding="utf-8")
    links = [link for link in build([tmp_path]).extraction.links if link.kind == "recurs"]
    asserted = {(link.source.identifier, link.target.identifier) for link in links if link.asserted}
    waiting = {(link.source.identifier, link.target.identifier) for link in links if not link.asserted}
    assert asserted == {("2", "1")}
    assert ("1", "1") in waiting


def test_two_items_first_about_one_group_still_recur_whatever_each_asks_of_it(tmp_path):
    """Plans for sexually exploited children and a risk assessment for each of them are both first about the group:
    the later raises the earlier again, not the item on child protection plans."""
    assessed = "Ensure that every child at risk of sexual exploitation has an up-to-date risk assessment."
    later = ["The quality of plans for children at risk of sexual exploitation, so that their actions lower the risk."]
    assert _recurrences(tmp_path, [PLANS, assessed], later) == {("ofsted-2025", "1", "2")}
