"""What children now receive is a strength found ('Care leavers now receive their health histories when they leave
care'): a later inspection's plain good news confirms the recommendation that asked for it (tester helper-235;
polarity.json 'strength'). A weakness in the sentence still wins."""

from __future__ import annotations

import pytest

from findings.extract.polarity import sentence_polarities


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Young people leaving care now receive a written record of their health history.", "Strength"),
        ("Most care leavers now get a health passport at their final review.", "Strength"),
        ("Children now receive their statutory visits too late.", "Weakness"),
        ("Not every young person now receives a copy of their pathway plan.", "Weakness"),
    ],
)
def test_what_children_now_receive(sentence: str, polarity: str) -> None:
    ((_, _, found),) = sentence_polarities(sentence)
    assert found == polarity
