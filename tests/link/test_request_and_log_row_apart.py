"""A meeting's request that names when it wants its paper ('a further update … at its meeting in March 2024') and an
action log's row of the same meeting due months before it ('Circulate the monthly figures … to members', due
31/10/2023) are two asks, however many words they share (issue #9, helper-225 request-merged-with-log-row: the request
took the row's due date and owner, read overdue before the meeting it asked for, and the row was lost as an item).
Small documents in another council's wording."""

from __future__ import annotations

from datetime import date

MINUTES = """<html><body><p>Southvale Borough Council</p>
<p>Minutes of the meeting of the Children's Services Scrutiny Committee held on 12 September 2023</p>
<p>CS/23/14 OFSTED IMPROVEMENT PLAN - PROGRESS REPORT</p>
<p>The Director of Children's Services presented the report. Members were concerned that care leavers' pathway plans
were still late.</p>
<p>RESOLVED: That the Committee receive a further update on care leavers' pathway plans at its meeting in March 2024.</p>
<h2>Action log</h2>
<table><tr><th>Ref</th><th>Meeting date</th><th>Action</th><th>Owner</th><th>Due date</th><th>Status</th><th>Update</th></tr>
<tr><td>CSC-7</td><td>12/09/2023</td><td>Circulate the monthly figures on care leavers' pathway plans to members</td>
<td>Head of Leaving Care</td><td>DUE</td><td>Open</td><td>New action</td></tr>
</table></body></html>
"""


def _asks(tmp_path, due: str):
    from findings.build import build

    (tmp_path / "minutes.html").write_text(MINUTES.replace("DUE", due), encoding="utf-8")
    x = build([tmp_path]).extraction
    return sorted((r.identifier, r.log_reference, r.due_by, r.addressed_to) for r in x.recommendations if r.kind == "Resolution")


def test_a_request_for_a_later_meeting_is_not_the_log_row_due_months_before_it(tmp_path):
    assert _asks(tmp_path, "31/10/2023") == [
        ("1", None, None, None),
        ("log-CSC-7", "CSC-7", date(2023, 10, 31), "Head of Leaving Care"),
    ]


def test_the_row_due_when_the_request_wants_its_paper_is_the_same_ask(tmp_path):
    assert _asks(tmp_path, "19/03/2024") == [("1", "CSC-7", date(2024, 3, 19), "Head of Leaving Care")]
