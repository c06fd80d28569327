"""A later report's sentence that the council has more foster carers and that children live in homes that meet their
needs is a strength on an earlier recommendation about the sufficiency of foster placements (issue #9, tester
helper-258: 'The local authority has increased the number of foster carers, and most children live in homes that
meet their needs.' was read as no finding, so no call waited for review): 'meets their needs' is a strength
(polarity.json), 'does not meet their needs' a weakness, and 'the number of foster carers' names their sufficiency
(ontology/themes.ttl). Wording of another council."""

from __future__ import annotations

import pytest

from findings.extract.polarity import texts_polarities
from tests.status.test_later_findings_read_right import _later_calls


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Most children in care live with carers who meet their needs.", "Strength"),
        ("Care leavers live in accommodation that meets their needs.", "Strength"),
        ("Some children live in homes that do not meet their needs.", "Weakness"),
    ],
)
def test_homes_that_meet_their_needs_are_a_strength(sentence, polarity):
    [[(_, _, said)]] = texts_polarities([sentence])
    assert said == polarity


def test_more_foster_carers_and_homes_that_meet_their_needs_confirm_the_item_on_foster_placements(tmp_path):
    earlier = ["The sufficiency of foster placements, so that children in care live in homes that meet their needs."]
    better = "1. The council has increased the number of foster carers, and most children live in homes that meet their needs.\n"
    assert _later_calls(tmp_path, earlier, better) == {"1": ["IndependentlyVerified"]}
