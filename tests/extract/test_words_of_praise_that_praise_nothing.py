"""'well' in 'as well as', 'as well' or 'well-being' praises nothing (polarity.json 'not_strength'): a sentence with no
other cue is description, not a Strength finding a later recommendation could be measured against (issue #9)."""

from __future__ import annotations

import pytest

from tests.conftest import polarity_of


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan covers education as well as health.",
        "Managers oversee care plans as well as reviews.",
        "Return home interviews are offered to children placed out of area as well.",
        "Social workers consider the well-being of children at each visit.",
        "The panel discussed the well being of care leavers.",
    ],
)
def test_a_connective_or_a_noun_is_no_praise(sentence):
    assert polarity_of(sentence) is None


@pytest.mark.parametrize(
    "sentence,polarity",
    [
        ("Leaders know their services well.", "Strength"),
        ("Children are well supported as well as safe.", "Strength"),
        ("Plans are clear as well as specific.", "Strength"),
        ("Plans are not reviewed as well as they should be.", "Weakness"),
        ("Children's well-being is not always considered.", "Weakness"),
        ("Assessments are late as well.", "Weakness"),
    ],
)
def test_other_cues_still_count(sentence, polarity):
    assert polarity_of(sentence) == polarity


@pytest.mark.parametrize(
    "sentence",
    [
        "Feedback from parents shows that early help makes a real difference for their children.",
        "Care leavers appreciate the contact they have with senior leaders.",
        "Children in care enjoy spending time with their social workers.",
        "The council places a high priority on finding local foster homes.",
        "Most children in care are thriving at school.",
    ],
)
def test_what_children_and_families_value_is_praise(sentence):
    assert polarity_of(sentence) == "Strength"


def test_an_outcome_named_is_no_praise():
    assert polarity_of("The impact of services to help looked after children enjoy and achieve is adequate.") is None
