"""A peer review needs two findings on a recommendation's concerns to say anything of it, but one clear word of
improvement on the very concern, in the recommendation's own words, confirms it (IndependentlyVerified, with a
confidence below a later report's several findings, so the call waits in `findings review`): black-box tester
helper-266, a review saying 'Return home interviews are now completed promptly and are of good quality.' of the
recommendation on their quality gave it no status. One word on the concern in passing, or a weakness, still settles
nothing: so does a strength on a like thing that is not what the recommendation is about ('Review health
assessments …' for '… initial health assessments …'; status.json later_findings.single_finding)."""

from __future__ import annotations

import pytest

from findings.build import build
from findings.extract.lexicons import load_json
from tests.link.test_recurrence import _report
from tests.status.test_later_findings import PEER_REVIEW

EARLIER = ["The timeliness of initial health assessments for children in care."]
REVIEW = PEER_REVIEW.format(kloe="How well are the health needs of children in care met?", body="3.1 {sentence}\n")


def _from_the_review(tmp_path, sentence: str) -> list:
    (tmp_path / "riverton-2021.md").write_text(_report(2021, EARLIER), encoding="utf-8")
    (tmp_path / "riverton peer review feedback.txt").write_text(REVIEW.format(sentence=sentence), encoding="utf-8")
    statuses = build([tmp_path]).extraction.statuses
    return [s for s in statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2023]


def test_one_clear_finding_of_improvement_confirms_the_recommendation_for_review(tmp_path):
    (status,) = _from_the_review(tmp_path, "Initial health assessments for children in care are now timely and thorough.")
    assert status.status == "IndependentlyVerified"
    assert status.confidence == load_json("lexicons/status.json")["later_findings"]["single_finding"]["confidence"]
    assert status.confidence < load_json("lexicons/status.json")["confidence"]["later_findings"]  # waits in review
    assert "one finding" in status.basis


@pytest.mark.parametrize(
    "sentence",
    [
        "Review health assessments for children in care are completed well and are of good quality.",  # not initial ones
        "Initial health assessments for children in care are still not completed on time.",
    ],
)
def test_a_word_in_passing_or_a_weakness_alone_settles_nothing(tmp_path, sentence):
    assert _from_the_review(tmp_path, sentence) == []
