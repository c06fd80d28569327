"""A peer review's item and an inspection's recommendation read as the areas they touch that share only whom they are
about (care leavers) do not follow it up when the recommendation asks of another area too: a review's accommodation
pathway for care leavers tests nothing of care leavers' health histories, and a link there read the recommendation as
raised again (tester helper-235; linking.json recurrence.whom_only). The link waits for review instead."""

from __future__ import annotations

REPORT = """Hertfordshire County Council
Inspection of services for children in need of help and protection, children looked after and care leavers
Inspection date: 3 October 2016 – 27 October 2016
Report published: 9 December 2016

Recommendations
1. Make sure that every young person leaving care is given a full record of their health history.
2. Increase the supply of suitable homes for care leavers aged 18 to 21 so that none are placed in bed and breakfast.

© Crown copyright 2016
"""

REVIEW = """Children's Services Peer Review
Hertfordshire County Council
4 – 7 March 2018

2. Key lines of enquiry
KLOE 1: How effectively are care leavers helped to find and keep suitable housing?

3. KLOE 1: How effectively are care leavers helped to find and keep suitable housing?
3.1 The supply of supported lodgings for care leavers has not kept pace with demand.

4. Areas to consider
- Agree a shared housing pathway for care leavers with the district and borough councils.
"""


def test_a_review_sharing_only_whom_follows_up_only_what_it_asks(tmp_path):
    from findings.build import build

    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "review.txt").write_text(REVIEW, encoding="utf-8")
    x = build([tmp_path]).extraction
    follows = {(link.source.kind, link.target.identifier, link.asserted) for link in x.links if link.kind == "followsUp"}
    assert ("kloe", "2", True) in follows and ("recommendation", "2", True) in follows  # housing: followed up
    assert not {f for f in follows if f[1] == "1" and f[2]}  # health histories: at most waiting for review
    (first,) = [r for r in x.recommendations if r.identifier == "1" and "health history" in r.text]
    assert first.assessment.endswith("ofsted-2016")
