"""A peer review after a full inspection and a focused visit tests the inspection's recommendations as well as the
visit's: its lines of enquiry follow up (fo:followsUp) the inspection's recommendation on their concern (tester
helper-286: a review after a focused visit compared only the visit's, so two weaknesses on an inspection's
recommendation the council called complete left it complete; findings/link/compared.py earlier_inspections)."""

from __future__ import annotations

from findings.build import build
from tests.status.test_visit_letter_on_pathway_plans import LETTER, REPORT

REVIEW = """Children's Services Peer Review
Rutland County Council
6 – 8 March 2023
Feedback report
1. Introduction
Rutland County Council invited a peer review team to test the progress it has made since the Ofsted inspection of 2019.
2. Key lines of enquiry
KLOE 1: How timely are initial health assessments for children in care?
KLOE 2: How consistent is supervision for social workers?
3. KLOE 1: How timely are initial health assessments for children in care?
3.1 Initial health assessments for children in care are not completed on time. Too many children wait for their
initial health assessments.
4. KLOE 2: How consistent is supervision for social workers?
4.1 Supervision for social workers is regular and reflective.
"""


def test_a_peer_review_after_a_visit_follows_up_the_last_full_inspections_recommendations(tmp_path):
    """The review's line of enquiry on initial health assessments follows up the 2019 inspection's recommendation on
    them, and its two weaknesses on them say it persists; its line of enquiry on supervision the visit's."""
    (tmp_path / "rutland-2019.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "rutland focused visit 2021.txt").write_text(
        LETTER.format(headline="Children are safe.", main="Care leavers are well supported."), encoding="utf-8"
    )
    (tmp_path / "rutland peer review.txt").write_text(REVIEW, encoding="utf-8")
    x = build([tmp_path]).extraction
    follows = {
        (link.source.identifier, link.target.assessment.split("/")[1], link.target.identifier)
        for link in x.links
        if link.kind == "followsUp" and link.asserted and link.source.kind == "kloe"
    }
    assert ("1", "ofsted-2019", "2") in follows  # initial health assessments: the inspection's
    assert not {(kloe, n) for kloe, target, n in follows if target == "ofsted-2019"} - {("1", "2")}
    assert any(target.startswith("ofsted-focused-visit") for kloe, target, _ in follows if kloe == "2")  # the visit's
    later = {s.status for s in x.statuses if s.item.assessment.endswith("ofsted-2019") and s.item.identifier == "2"}
    assert "Recurred" in later  # the review's two weaknesses on it: it persists
