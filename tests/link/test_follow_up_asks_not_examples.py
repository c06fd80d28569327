"""A peer review's recommendation tests what it asks, not the examples it gives ('… in forums such as supervision and
management oversight meetings'): read with them, an item on permanence for children in long-term foster care shared
only half its areas with the inspection's permanence recommendation and followed nothing up, and came nearest the
one on management oversight (linking.json recurrence.examples_left_out)."""

from __future__ import annotations

import pytest

from tests.conftest import DATA, OFSTED, need_shared

LETTER = DATA / "other_councils" / "hampshire_style_peer_challenge.txt"
ASKED = "Set a target date for each outstanding match and report it to the Improvement Board monthly"


@pytest.mark.parametrize(
    "item",
    [
        "Plan permanence earlier for children in long-term foster care, in forums such as supervision and management "
        "oversight meetings",
        "Secure permanence sooner for children in long-term foster care, drawing on insights from processes such as "
        "pre-proceedings and the legal tracker",
    ],
)
def test_a_peer_reviews_item_follows_up_what_it_asks_not_its_examples(tmp_path, item):
    need_shared()
    from findings.build import build

    (tmp_path / "peer.txt").write_text(LETTER.read_text(encoding="utf-8").replace(ASKED, item), encoding="utf-8")
    x = build([tmp_path, OFSTED / "rochdale"]).extraction
    (review,) = [a for a in x.assessments.values() if a.kind == "PeerReview"]
    (mine,) = [r for r in x.recommendations if r.assessment == review.key and r.identifier == "3.1"]
    assert mine.text == item
    follows = {
        link.target.identifier
        for link in x.links
        if link.kind == "followsUp" and link.asserted and link.source.kind == "recommendation" and link.source.identifier == "3.1"
    }
    assert follows == {"7"}  # 'Permanence planning for children in long-term foster care …', not management oversight
    earlier = next(r for r in x.recommendations if r.assessment == "rochdale/ofsted-2023" and r.identifier == "7")
    assert earlier.text.startswith("Permanence planning for children in long-term foster care")
