"""A safeguarding board's review (its own assessment, '…-lscb', kind BoardReview) raises again what an earlier
inspection asked of the same board, and is never linked to what the inspection asked of the council alone
(linking.json recurrence.board_reviews; black-box tester, issue #9: a board review's ask on early help had never been
compared with the 2012 inspection's ask of the board on early help)."""

from __future__ import annotations

from findings.build import build

EARLIER = """Inspection of local authority arrangements for the protection of children

Northbridge City Council

Inspection dates: 3 – 14 June 2013
Report published: 19 July 2013

Overall effectiveness: Adequate

Areas for improvement
In order to improve the help and protection provided to children in Northbridge, the local authority and its partners should:

Within six months:
 {asks}
"""

LATER = """Northbridge City Council

Inspection of services for children in need of help and protection, children looked after and care leavers
and
Review of the effectiveness of the Local Safeguarding Children Board

Inspection date: 7 March 2016 – 31 March 2016
Report published: 20 May 2016

Children's services in Northbridge require improvement to be good

Recommendations
1. Ensure that pathway plans for care leavers are reviewed when their circumstances change.

Review of the effectiveness of the Local Safeguarding Children Board

The Local Safeguarding Children Board requires improvement

Recommendations
1. Ensure that the board scrutinises how well partner agencies use early help assessments for families.
"""


def _links(folder, asks: list[str]) -> list[tuple[str, str, str, bool]]:
    """(later assessment, later item, earlier item, asserted) of every recurrence candidate of the two reports."""
    (folder / "northbridge-2013.txt").write_text(EARLIER.format(asks="\n ".join(asks)), encoding="utf-8")
    (folder / "northbridge-2016.txt").write_text(LATER, encoding="utf-8")
    links = build([folder]).extraction.links
    return sorted(
        (k.source.assessment, k.source.identifier, k.target.identifier, k.asserted) for k in links if k.kind == "recurs"
    )


def test_the_boards_ask_raises_the_inspections_ask_of_the_board_again(tmp_path):
    asks = ["ensure that the local safeguarding children board evaluates the use of early help assessments by partners"]
    assert _links(tmp_path, asks) == [("northbridge/ofsted-2016-lscb", "1", "1", True)]


def test_the_board_by_its_initials(tmp_path):
    asks = ["the LSCB should monitor whether partner agencies make good use of early help assessments for families"]
    assert _links(tmp_path, asks) == [("northbridge/ofsted-2016-lscb", "1", "1", True)]


def test_the_boards_ask_is_not_compared_with_the_councils_own(tmp_path):
    asks = ["improve the quality of early help assessments so that families receive help promptly"]
    assert _links(tmp_path, asks) == []
