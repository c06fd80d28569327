"""Homeless 16- and 17-year-olds named by their age ('children aged 16 and 17 who present as homeless',
'16- and 17-year-old homeless children') are th:homeless named near the head of what is asked, as '16 and 17 year
olds' was: a list's part on them raises an earlier item on homeless young people again (the blind readings' p150 in
other words, where 'homeless' alone, the last word of the part, left the shared concern under the review floor)."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences, _themes


def test_sixteen_and_seventeen_year_olds_named_by_age_are_the_homeless_concern():
    assert "homeless" in _themes("The response to children aged 16 and 17 who present as homeless.")
    assert "homeless" in _themes("Ensure that 16- and 17-year-old homeless children are given advice.")


def test_an_age_alone_names_no_homelessness():
    """Children 'aged 16 and 17' in care are not homeless young people (reviewer helper-391: such an item had raised
    an earlier one on homeless 16- and 17-year-olds again)."""
    assert "homeless" not in _themes("Ensure that all children aged 16 and 17 who are in care have a pathway plan.")


def test_a_part_on_homeless_sixteen_and_seventeen_year_olds_raises_the_earlier_item_again(tmp_path):
    earlier = [
        "Ensure that homeless young people are given clear information about their entitlement to accommodation and support.",
        "Ensure that care leavers live in suitable accommodation.",
        "Increase the number of foster carers recruited locally.",
    ]
    later = [
        "The response to children at risk, including young carers, children who are privately fostered and children aged "
        "16 and 17 who present as homeless."
    ]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "1")}
