"""A later report's sentence on screening people who apply to foster says nothing of screening contacts and referrals
at the front door: 'Fostering applications wait too long at the screening stage' had read as a weakness of 'all
contacts and referrals are screened promptly', which it found to persist (linking.json themes.for_the_group, beside
ontology/themes.ttl th:carer-assessments; black-box tester bb314, decoy-screening-foster-carers); a sentence on
screening referrals still speaks of it."""

from __future__ import annotations

import pytest

from findings.build import build
from tests.link.test_recurrence import _report
from tests.status.test_later_findings import _later

_EARLIER = ["Ensure that all contacts and referrals are screened promptly by qualified social workers."]
_HEAD = "The experiences and progress of children in care: requires improvement to be good\n\n"


@pytest.mark.parametrize(
    ("sentence", "statuses"),
    [
        ("1. Too many people who apply to become foster carers wait weeks at the screening stage of their assessments.\n", set()),
        ("1. Screening of foster carer enquiries is slow, and prospective foster carers lose interest.\n", set()),
        ("1. Too many contacts and referrals wait weeks at the screening stage before a worker sees them.\n", {"Recurred"}),
    ],
)
def test_a_sentence_on_screening_would_be_foster_carers_is_no_word_on_the_front_door(tmp_path, sentence, statuses):
    (tmp_path / "riverton-2021.md").write_text(_report(2021, _EARLIER), encoding="utf-8")
    _later(tmp_path, _HEAD + sentence)
    found = build([tmp_path]).extraction.statuses
    assert {s.status for s in found if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025} == statuses
