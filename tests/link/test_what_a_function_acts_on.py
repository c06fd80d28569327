"""A list ends at an element that speaks of one before it by a pronoun (issue #9, black-box tester): in 'the quality
of supervision, and the extent to which it challenges and progresses plans for children' plans are what supervision
acts on, named in passing, not a concern of the list; read as a part of their own they raised earlier items on the
quality of plans again (0.842). A list of concerns is still read part by part."""

from __future__ import annotations

import pytest

from findings.extract.lexicons import load_json
from findings.link.parts import parts_of
from tests.link.recurrences import link_between


def _recurs(tmp_path, later: str, earlier: str) -> bool:
    return link_between(tmp_path, later, earlier) == "recurs"


PARTS = load_json("lexicons/linking.json")["recurrence"]["parts"]


@pytest.mark.parametrize(
    "text",
    [
        "The quality of management oversight, and the extent to which it drives forward and reviews children's plans.",
        "The effectiveness of supervision, and how well it challenges drift and progresses plans for children in need.",
        "The quality of assessments, and whether they identify risk and inform plans for children.",
    ],
)
def test_what_a_function_acts_on_is_no_part_of_the_list(text):
    assert not any("plans" in part and "oversight" not in part and "supervision" not in part for part in parts_of(text, PARTS))


def test_a_list_of_concerns_is_still_read_part_by_part():
    assert "the quality of plans" in parts_of("The quality of assessments, plans and pre-proceedings work.", PARTS)


@pytest.mark.parametrize(
    ("later", "earlier", "recurs"),
    [
        (
            "The quality of management oversight, and the extent to which it drives forward and reviews children's plans.",
            "Ensure that child in need plans set out clear, measurable outcomes and what will happen if progress is not made.",
            False,
        ),
        (
            "The effectiveness of supervision, and how well it challenges drift and progresses plans for children.",
            "Ensure that children's plans are specific, with clear timescales and contingency arrangements.",
            False,
        ),
        (  # the function it names first is still raised again
            "The effectiveness of supervision, and how well it challenges drift and progresses plans for children.",
            "Improve the quality of supervision so that it is regular, reflective and recorded on children's files.",
            True,
        ),
    ],
)
def test_plans_a_function_acts_on_do_not_raise_the_quality_of_plans_again(tmp_path, later, earlier, recurs):
    assert _recurs(tmp_path, later, earlier) is recurs
