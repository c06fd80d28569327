"""A later finding split by 'although', 'but', 'while' … is weighed clause by clause (issue #9, black-box tester
helper-281): the clause that names an earlier recommendation's concern says what the finding says of it; a clause on
another matter says nothing of it, so praise of the plans beside a word on late meetings confirms the plans' item."""

from __future__ import annotations

from tests.status.test_later_findings_read_right import _later_calls

PLANS = ["Ensure that care plans for children in care are clear and measurable, with timescales for each action."]


def test_praise_of_the_plans_beside_another_matter_is_no_sign_the_item_persists(tmp_path):
    body = "1. Care plans are now clear and measurable, although some reviews are held late.\n"
    assert _later_calls(tmp_path, PLANS, body) == {"1": ["IndependentlyVerified"]}


def test_the_clause_after_a_leading_while_speaks_of_the_item(tmp_path):
    earlier = ["Ensure that return home interviews are offered to every child who goes missing."]
    body = "1. While some strategy meetings are held late, return home interviews are now offered to every child.\n"
    assert _later_calls(tmp_path, earlier, body) == {"1": ["IndependentlyVerified"]}


def test_a_clause_that_goes_on_about_the_plans_still_counts_against_them(tmp_path):
    """'but they …', 'but do not …': the second clause's subject is the plans, so the whole finding stays a weakness."""
    for body in (
        "1. Care plans are clearer, but they do not always set out timescales.\n",
        "1. Care plans are now written promptly but do not always say who will act.\n",
    ):
        assert _later_calls(tmp_path, PLANS, body) == {"1": ["Recurred"]}, body
