"""Screening people who apply to foster or adopt is not the front door's screening of contacts and referrals: 'the
screening of applications to become foster carers' had raised 'all contacts and referrals are screened promptly' again
at 0.85 (ontology/themes.ttl th:carer-assessments; black-box tester bb314, its decoy in other words); screening at the
front door asked of again still recurs."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences

EARLIER = [
    "Make sure that every contact and referral is screened promptly by a qualified social worker so that children at risk"
    " of harm are protected.",
    "Improve the quality of personal education plans for children in care.",
    "Ensure that care leavers are helped to find suitable accommodation.",
]
LATER = [
    "The quality of personal education plans, so that they set specific targets.",
    "How quickly the screening of applicants who wish to foster is completed, so that approvals are not delayed.",
    "Suitable accommodation for care leavers.",
]


def test_screening_people_who_apply_to_foster_does_not_raise_screening_referrals_again(tmp_path):
    assert ("ofsted-2025", "2", "1") not in _recurrences(tmp_path, EARLIER, LATER)


def test_screening_contacts_asked_of_again_still_recurs(tmp_path):
    screening = "The screening of contacts and referrals in the multi-agency safeguarding hub, so that it is prompt."
    later = [LATER[0], screening, LATER[2]]
    assert ("ofsted-2025", "2", "1") in _recurrences(tmp_path, EARLIER, later)
