"""'no longer than' and 'no more than' bound a time or a number ('Children wait no longer than 20 days, which is
good'); they are no weakness of their own, as 'no longer' is ('Children are no longer seen …'): polarity.json
'not_weakness' (reviewer helper-233)."""

from __future__ import annotations

import pytest

from tests.conftest import polarity_of


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Children wait no longer than 20 working days for their assessment, which is good.", "Strength"),
        ("Strategy meetings are held promptly, and in no more than two days of a referral.", "Strength"),
        ("Most assessments are completed in no more than 30 days.", None),
        # 'no longer' alone still says what stopped, and a weakness elsewhere still counts
        ("Children are no longer seen by the same social worker.", "Weakness"),
        ("Some children wait no longer than a week, but their plans are not reviewed.", "Weakness"),
    ],
)
def test_a_bound_is_no_weakness(sentence: str, polarity: str | None) -> None:
    assert polarity_of(sentence) == polarity
