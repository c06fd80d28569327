"""'Managers have a clear understanding of the strengths and weaknesses of the service' praises what leaders know:
the weaknesses named as what is understood are no weakness found (polarity.json not_weakness; tester helper-270).
A weakness said of the service, or a poor grasp of them, still is one."""

from __future__ import annotations

import pytest

from findings.extract.polarity import sentence_polarities


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Managers have a clear understanding of the strengths and weaknesses of the service.", "Strength"),
        ("The council knows its strengths and weaknesses well.", "Strength"),
        ("Leaders have an accurate awareness of their strengths and weaknesses.", "Strength"),
        ("Leaders have a limited understanding of their strengths and weaknesses.", "Weakness"),
        ("There are weaknesses in the quality of care plans.", "Weakness"),
    ],
)
def test_knowing_strengths_and_weaknesses_is_no_weakness(sentence, polarity):
    assert [p for *_, p in sentence_polarities(sentence)] == [polarity]
