"""Findings whose polarity was read backwards (issue #9): 'no' or 'without' before a strength word denies it
('Children have no stable placements'), and a child going without the plan, visit or support it is due is a weakness
('discharged without a pathway plan'); polarity.json 'strength_deniers', 'lacking' and 'due'."""

from __future__ import annotations

import pytest

from tests.conftest import polarity_of


@pytest.mark.parametrize(
    "sentence",
    [
        # 'no' right before a strength word denies it, as 'there are no' and 'do not have' already did
        "Children have no stable placements.",
        "Young people have no stable accommodation.",
        "Plans have no clear outcomes.",
        "Managers have no effective oversight of children's plans.",
        "Children and young people have no timely assessments.",
        "Children have no plan in place.",
        "Young people with no stable accommodation are discharged from the service without a pathway plan.",
        # 'without' before a strength word: found in the corpus read as strengths
        "This results in repeat cycles of support from different parts of the service without their circumstances improving.",
        # a 'no' opening a subject denies the strength right after its verb, and is spent on it: no double negation
        # with the 'without' of the next clause
        "No management oversight is evident and children wait without a plan.",
        "No progress is evident.",
        # what a child is due and goes without
        "Children are discharged without a pathway plan.",
        "Children with no allocated social worker are left without a visit.",
        "In some cases, the police hold evidential interviews with children without a social worker's involvement.",
        "Some children are stepped down without an assessment of their needs.",
        "There is no clear plan and children are left without support.",
    ],
)
def test_a_denied_strength_or_what_a_child_goes_without_is_a_weakness(sentence):
    assert polarity_of(sentence) == "Weakness"


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        # two negations that cancel, a denied weakness, 'without delay': no weakness
        ("No child is left without a plan.", "Strength"),
        ("No child is left without a clear plan.", "Strength"),
        ("No children and young people are left without a plan.", "Strength"),
        ("Decisions are made without delay.", "Strength"),
        ("Children are seen without delay and no child waits without a visit.", "Strength"),
        ("No delays are evident.", "Strength"),  # 'No' denies the delay, not 'evident'
        ("No concerns are evident.", "Strength"),
        ("Children have no worries and are well supported.", "Strength"),  # 'and' ends the subject 'no' opens
        ("Children are not without good support.", "Strength"),
        ("When children are discharged without a plan, managers act quickly.", "Strength"),  # a circumstance
        # what is neither: a wish, a need for more done without, a denied weakness with no strength word
        ("No child should be left without a plan.", None),
        ("Families can access support without the need for a statutory assessment.", None),
        ("Children stay at home without a break in support.", None),
        ("Children do not leave care without a plan.", None),
        ("No children were placed in bed and breakfast.", None),
        ("No concerns were raised.", None),
        ("There is no drift.", None),
        ("Children do not experience drift or delay.", None),
        ("The council looks after 400 children.", None),  # no cue at all
        # 'with no …' says whom a sentence is about; going without is outweighed by praise (reviewer helper-233)
        ("Young people with no stable home are supported well.", "Strength"),
        ("Care leavers with no stable accommodation receive good support from personal advisers.", "Strength"),
        ("Young people with no suitable accommodation are quickly helped to find a safe place to live.", None),
        ("Children can self-refer to the service without an assessment, which is a real strength.", "Strength"),
        ("Families can access early help without a social worker, and this works well.", "Strength"),
        ("Children step down to early help without a drop in support.", None),
        ("Children step down to early help without a reduction in support.", None),
    ],
)
def test_what_is_no_weakness_stays_so(sentence, polarity):
    assert polarity_of(sentence) == polarity
