"""A quantifier of few ('few', 'very few', 'hardly any': polarity.json 'rarities') over what is wanting states a
strength, over what is good a weakness (issue #9, what a later report says: reviewer of helper-252)."""

from __future__ import annotations

import pytest

from tests.conftest import polarity_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Very few reviews are late.",
        "Very few visits are delayed.",
        "Few child protection conferences are late.",
        "Hardly any reviews are late.",
        "Very few children experience drift or delay in their plans.",
        "Very few children wait too long for their plans to be reviewed.",
        "Very few care leavers live in unsuitable accommodation.",
        "Very few assessments are late, and most are of good quality.",
        "Visits to children are rarely late and very few are delayed.",
        "Few plans are not clear.",  # few lack it: most have it
    ],
)
def test_few_of_what_is_wanting_is_a_strength(sentence):
    assert polarity_of(sentence) == "Strength"


@pytest.mark.parametrize(
    "sentence",
    [
        "Few plans are clear.",
        "Very few plans are clear.",
        "Few care plans are specific and measurable.",
        "Few assessments are of good quality.",
        "Hardly any plans are clear.",
        "Few plans are reviewed in a timely way.",
        # not a rarity: 'a few', 'too few', 'the few'; one dealt with by too few; a turn to another clause
        "A few reviews are late.",
        "Quite a few reviews are late.",
        "Too few reviews are timely.",
        "The timeliness of permanence planning for the few children for whom there is delay.",
        "The improvement in attainment over the past few years was not maintained in 2015.",  # a time, not a count
        "The last few months have not seen clear progress.",
        "Few managers challenge drift effectively.",
        "Few reviewing officers escalate delay promptly.",
        "Very few reviews are late, but plans are not clear.",
        "Very few reviews are late, but few plans are clear.",
        "The numbers of care leavers in education is well below the national average and very few successfully attend.",
    ],
)
def test_few_of_what_is_good_and_not_a_rarity_are_weaknesses(sentence):
    assert polarity_of(sentence) == "Weakness"


def test_few_after_what_is_good_is_no_shortfall_of_it():
    """'Successful matching … has led to very few disruptions': the few are of something else, the success stands."""
    sentence = "Successful matching of children with their adoptive homes has led to very few disruptions."
    assert polarity_of(sentence) == "Strength"
