"""Concerns raised again across inspection frameworks whose wordings differ (black-box tester, issue #9): a partner's
staff asked of their work after the partner is named ('The trust should ensure that school nurses …') is not raised
again by the council's own timeliness (linking.json recurrence.asked_of_a_body); a chronology on the case record is
a chronology again (ontology/themes.ttl, chronologies under recording); decisions to take no further action are a
concern of their own, apart from how soon contacts are screened (themes.ttl no-further-action; senses_apart)."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences

NURSES = (
    "The clinical commissioning group should ensure that school nurses contribute reports to all review child protection "
    "conferences."
)


def test_a_partners_staff_asked_after_the_partner_is_not_raised_again_by_the_councils_timeliness(tmp_path):
    later = ["The timeliness of review child protection conferences for children on child protection plans."]
    assert _recurrences(tmp_path, [NURSES], later) == set()


def test_the_same_staff_asked_again_still_recurs(tmp_path):
    later = ["Reports from school nurses to review child protection conferences, so that conferences hear from health."]
    assert _recurrences(tmp_path, [NURSES], later) == {("ofsted-2025", "1", "1")}


def test_a_chronology_on_the_case_file_is_raised_again_by_chronologies(tmp_path):
    earlier = ["Ensure that case records contain a clear chronology of key events in the child's life."]
    later = ["Ensure that chronologies are completed on all child in need cases and are used to inform assessment of risk."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "1")}


def test_no_further_action_decisions_recur_and_do_not_raise_screening_timeliness(tmp_path):
    earlier = [
        "Ensure that every contact and referral is screened by a qualified social worker within 48 hours.",
        "Ensure that the reasons for closing cases with no further action are recorded on the child's file.",
    ]
    later = ["Managers' oversight of decisions at the front door, including when cases are closed with no further action."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "2")}


def test_screening_timeliness_in_other_words_still_recurs(tmp_path):
    earlier = ["Ensure that every contact and referral is screened by a qualified social worker within 48 hours."]
    later = ["The timeliness of screening of contacts at the front door, so that children at risk are seen quickly."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "1")}
