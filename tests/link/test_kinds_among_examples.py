"""A kind of a general concern named only among an item's examples does not narrow the concern it asks of (issue #9,
black-box tester): 'strategic oversight of children at risk of exploitation, including criminal exploitation and county
lines' asks of exploitation in general, which covers the sexual kind an earlier item asked of (linking.json
recurrence.covers, examples_narrow_nothing); an item on one kind still never raises the other again."""

from __future__ import annotations

import pytest

from tests.link.recurrences import link_between


def _link(tmp_path, later: str, earlier: str) -> str:
    """'recurs' (asserted), 'review' (a candidate waiting for a person) or '' between the two items."""
    return link_between(tmp_path, later, earlier)


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (
            "The multi-agency response to children at risk of exploitation, such as those drawn into county lines.",
            "Ensure that every child at risk of sexual exploitation has a risk assessment and a plan to reduce the risk.",
        ),
        (
            "Leaders' oversight of the exploitation of children, in particular criminal exploitation and gang activity.",
            "Develop a strategy to identify and protect children at risk of child sexual exploitation.",
        ),
        (
            "The response to children at risk of exploitation, including child sexual exploitation.",
            "Improve the multi-agency response to children drawn into criminal exploitation and county lines.",
        ),
    ],
)
def test_exploitation_in_general_with_one_kind_as_an_example_raises_the_other_kind_again(tmp_path, later, earlier):
    assert _link(tmp_path, later, earlier) in {"recurs", "review"}


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (
            "The response to children at risk of criminal exploitation, including county lines.",
            "Ensure that every child at risk of sexual exploitation has a risk assessment and a plan to reduce the risk.",
        ),
        (
            "Improve the multi-agency response to children at risk of child sexual exploitation.",
            "Improve the multi-agency response to children drawn into criminal exploitation and county lines.",
        ),
    ],
)
def test_an_item_on_one_kind_still_does_not_raise_the_other(tmp_path, later, earlier):
    assert _link(tmp_path, later, earlier) != "recurs"
