"""An LGA feedback report whose lines of enquiry head no sections of their own: its cover's dates on a line of their
own below the council's name and a blank line ('4 – 7 February 2020'), its '2. Key recommendations' section of
numbered paragraphs ('2.1 Improve …') and its '3. Findings' section ('3.1 …') were not read: the review was undated,
with no recommendation and no finding (unseen tester helper-306)."""

from __future__ import annotations

from datetime import date

from findings.build import build

_REVIEW = """Children's Services Peer Challenge

Stockbridge Metropolitan Borough Council

11 – 13 March 2019

Feedback report

1. Background

1.1 Stockbridge Council invited the Local Government Association to carry out a peer challenge. The council asked the
team to explore the following key lines of enquiry:

1. How well does the front door respond to contacts about children at risk?
2. How effective is the council's support for young carers?

2. Key recommendations

The team's key recommendations are set out below:

2.1 Strengthen management oversight of contacts so that thresholds are applied consistently
across the front door.

2.2 Ensure that every young carer is offered an assessment of their needs.

3. What we found

3.1 Thresholds are not applied consistently at the front door. Too many contacts wait more than a day for a decision.

3.2 Young carers receive effective support from a dedicated team.

4. Next steps

4.1 The LGA will follow up with the council in six months.
"""


def test_a_feedback_reports_cover_dates_recommendations_and_findings_are_read(tmp_path):
    (tmp_path / "review.txt").write_text(_REVIEW, encoding="utf-8")
    x = build([tmp_path]).extraction
    (review,) = [a for a in x.assessments.values() if a.kind == "PeerReview"]
    assert review.key.endswith("peer-review-2019") and review.ended == date(2019, 3, 13)
    text = x.documents[0].text
    recs = [r for r in x.recommendations if r.assessment == review.key]
    assert [(r.identifier, r.text) for r in recs] == [
        ("1", "Strengthen management oversight of contacts so that thresholds are applied consistently across the front door."),
        ("2", "Ensure that every young carer is offered an assessment of their needs."),
    ]
    for r in recs:  # the team's words at their offsets, without the paragraph's number
        assert " ".join(text[s.start : s.end] for s in r.spans).split() == r.text.split()
    found = [(f.polarity, f.text) for f in x.findings if f.assessment == review.key]
    assert ("Weakness", "Thresholds are not applied consistently at the front door.") in found
    assert ("Strength", "Young carers receive effective support from a dedicated team.") in found
    assert not any("LGA will follow up" in t for _, t in found)  # the next section is none of the findings
    for f in x.findings:
        assert "".join(text[s.start : s.end] for s in f.spans) == f.text
