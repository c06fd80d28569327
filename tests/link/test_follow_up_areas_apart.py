"""A peer review's item and an inspection's recommendation read as the areas they touch share nothing by the front
door when each names a different one of its procedures (linking.json recurrence.areas_apart): a review's ask on the
tasks agreed at strategy meetings tests nothing of how decisions to take no further action are recorded, and a link
there read that recommendation as raised again (black-box tester bb316, peer-followsup-praised)."""

from __future__ import annotations

REPORT = """Anyshire County Council
Inspection of services for children in need of help and protection, children looked after and care leavers
Inspection date: 3 October 2016 – 27 October 2016
Report published: 9 December 2016

Recommendations
1. Make sure that the minutes of every strategy meeting set out the tasks agreed and who will carry out each of them.
2. Make sure that managers record why they decide to take no further action on a referral.
3. Increase the number of foster carers able to look after brothers and sisters together.

© Crown copyright 2016
"""

REVIEW = """Children's Services Peer Review
Anyshire County Council
4 – 7 March 2018

2. Key lines of enquiry
KLOE 1: How well does the council respond to children at risk of significant harm?

3. KLOE 1: How well does the council respond to children at risk of significant harm?
3.1 Managers now record clear reasons when no further action is taken, and audits confirm it.
3.2 Tasks agreed at strategy meetings are not always recorded with a named worker.

4. Areas to consider
- Record a named worker against every task agreed at a strategy meeting.
"""


def test_a_review_on_one_front_door_procedure_follows_up_only_that_one(tmp_path):
    from findings.build import build

    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "review.txt").write_text(REVIEW, encoding="utf-8")
    x = build([tmp_path]).extraction
    follows = {(link.source.kind, link.target.identifier) for link in x.links if link.kind == "followsUp" and link.asserted}
    assert ("recommendation", "1") in follows  # strategy meetings: followed up
    assert not {f for f in follows if f[1] == "2"}  # no further action: the review praises it, asks nothing of it
