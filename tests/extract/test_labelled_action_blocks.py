"""A prose plan whose recommendation has two 'Action n.n:' blocks, each with its own 'Lead:' and 'Due by:' lines: both
actions got the two leads merged and no due date (unseen tester helper-306); each block's labels are its own action's."""

from __future__ import annotations

from datetime import date

from findings.build import build

_PLAN = """Harrowfield Metropolitan Borough Council

Our plan in response to the Ofsted inspection of children's services (March 2021)

Approved by Cabinet, 8 June 2021

Recommendation 1: The consistency of management oversight of children's plans in the assessment teams.

Action 1.1: Introduce a monthly case-file audit led by team managers.
Responsible officer: Principal Social Worker
Due date: 30 September 2021

Action 1.2 – Report audit findings to the Improvement Board each quarter.
Responsible officer: Head of Quality Assurance
Due date: 31 January 2022

How we will know: 80% of audited files show management direction.

Recommendation 2: The sufficiency of placements close to home for children in care.

Action 2.1: Recruit twenty new foster carers.
Responsible officer: Head of Fostering
Due date: 31 March 2022
"""


def test_each_action_block_keeps_its_own_lead_and_due_date(tmp_path):
    (tmp_path / "plan.txt").write_text(_PLAN, encoding="utf-8")
    x = build([tmp_path]).extraction
    doc = x.documents[0]
    got = [(a.identifier, a.lead, a.due_by, a.outcome) for a in x.actions]
    shared = "80% of audited files show management direction."
    assert got == [
        ("1.1", "Principal Social Worker", date(2021, 9, 30), shared),  # the section's outcome is every action's
        ("1.2", "Head of Quality Assurance", date(2022, 1, 31), shared),
        ("2.1", "Head of Fostering", date(2022, 3, 31), None),
    ]
    for action in x.actions:  # the action's words, then its own labelled parts, each at its place in the text
        assert doc.text[action.spans[0].start : action.spans[0].end] == action.text
        quoted = [doc.text[s.start : s.end] for s in action.spans[1:]]
        assert action.lead in quoted and action.timescale in quoted
