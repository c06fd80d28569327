"""The fostering panel, where carers' assessments are presented for approval, is that approval (ontology/themes.ttl,
th:carer-assessments), as the adoption panel is the adoption decision: relatives' assessments presented to the
fostering panel on time are not raised again by the timeliness of foster carers' reviews (the twenty-third blind
reading of tests/gold/pairs), while a later call for timely assessments of connected carers raises them again."""

from __future__ import annotations

from tests.link.recurrences import link_between

EARLIER = "Ensure that when a child lives with relatives, their assessments are presented to the fostering panel on time."


def test_foster_carers_reviews_do_not_raise_relatives_assessments_for_the_fostering_panel_again(tmp_path):
    assert link_between(tmp_path, "The timeliness of foster carers' reviews.", EARLIER) == ""


def test_timely_assessments_of_connected_carers_still_raise_them_again(tmp_path):
    assert link_between(tmp_path, "The timeliness of assessments of connected carers.", EARLIER) == "recurs"
