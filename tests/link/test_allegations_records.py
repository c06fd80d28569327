"""The recording system of allegations against professionals is the designated officer's record of them, not the
council's case management system (linking.json themes.for_the_group): it does not raise a call to improve the
electronic recording system again (the twenty-first blind reading of tests/gold/pairs), while it raises an earlier
item on allegations again."""

from __future__ import annotations

from tests.link.recurrences import link_between

LATER = "The recording system for allegations against staff, so that the reasons for outcomes are clear."


def test_the_record_of_allegations_is_not_the_case_management_system(tmp_path):
    earlier = "Ensure that the electronic recording system supports social workers to record their work efficiently."
    assert link_between(tmp_path, LATER, earlier) == ""


def test_the_record_of_allegations_raises_allegations_again(tmp_path):
    earlier = "Ensure that allegations against professionals are tracked and their outcomes recorded."
    assert link_between(tmp_path, LATER, earlier) == "recurs"
