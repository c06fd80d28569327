"""Prose plans as councils publish them as text or on the web (issue #9): 'Recommendation 1: <the report's words>' over
'Action 1.1: …' / 'Lead: …' / 'Due by: …' gave no actions, its sections read as undated progress; the plan is dated
by 'Agreed by …, 26 September 2018'."""

from __future__ import annotations

from datetime import date

from findings.build import build

_PLAN = """Westmoor Borough Council

Children's Services: Post-Inspection Action Plan

Agreed by the Director of Children's Services, 12 October 2019

This plan responds to the areas for improvement in the Ofsted inspection report published on 2 September 2019.

Recommendation 1: The regularity of supervision for social workers in the child protection teams.
Action 1.1: Set up a monthly supervision audit and report it to the leadership team.
Action 1.2 – Train team managers in reflective supervision.
Lead: Head of Child Protection
Due by: 31 March 2020

Area for improvement 2 – The timeliness of assessments for disabled children,
and the recording of their wishes.
Action 2.1: Add two social workers to the disabled children's team.
Lead: Head of Disability Services
Due date: 30 June 2020

Recommendation 3: The sufficiency of local foster placements for teenagers.
Action 3.1: Launch a recruitment campaign for foster carers of teenagers.
Lead: Head of Fostering
Target: December 2020
"""

_HTML = """<html><head><meta charset="utf-8"><title>Action plan</title></head><body>
<h1>Eastvale Council: post-inspection action plan</h1>
<p>Agreed by the Corporate Parenting Board, 5 March 2021</p>
<p>Our response to the recommendations of the Ofsted inspection of children's services.</p>
<h2>Recommendation 1: The quality of plans for children in need of help and protection.</h2>
<p>Action 1.1: Introduce a plan template with clear, measurable outcomes.</p>
<p>Lead: Head of Safeguarding</p>
<p>Due by: 30 September 2021</p>
<h2>Recommendation 2: The stability of the social work workforce in the front door service.</h2>
<p>Action 2.1 – Offer a retention payment to experienced social workers.</p>
<p>Lead: Director of Children's Services</p>
<p>Due date: 31 July 2021</p>
</body></html>
"""


def _built(tmp_path, name: str, content: str):
    (tmp_path / name).write_text(content, encoding="utf-8")
    return build([tmp_path]).extraction


def test_a_text_plans_titled_headings_and_labelled_action_lines_give_actions_leads_and_due_dates(tmp_path):
    x = _built(tmp_path, "plan.txt", _PLAN)
    doc = x.documents[0]
    assert doc.date == date(2019, 10, 12) and x.updates == []  # 'Agreed by …, 12 October 2019'; no progress
    recs = {r.identifier: r.text for r in x.recommendations}
    assert recs == {
        "1": "The regularity of supervision for social workers in the child protection teams.",
        "2": "The timeliness of assessments for disabled children, and the recording of their wishes.",  # over two lines
        "3": "The sufficiency of local foster placements for teenagers.",
    }
    got = [(a.identifier, a.responds_to, a.text, a.lead, a.due_by) for a in x.actions]
    assert got == [
        (
            "1.1",
            "1",
            "Set up a monthly supervision audit and report it to the leadership team.",
            "Head of Child Protection",
            date(2020, 3, 31),
        ),
        ("1.2", "1", "Train team managers in reflective supervision.", "Head of Child Protection", date(2020, 3, 31)),
        ("2.1", "2", "Add two social workers to the disabled children's team.", "Head of Disability Services", date(2020, 6, 30)),
        ("3.1", "3", "Launch a recruitment campaign for foster carers of teenagers.", "Head of Fostering", date(2020, 12, 31)),
    ]
    for action in x.actions:  # the action's own words, without its label or number
        assert doc.text[action.spans[0].start : action.spans[0].end] == action.text
    for rec in x.recommendations:  # the report's words, without the heading's label
        quoted = " ".join(doc.text[s.start : s.end] for s in rec.spans)
        assert quoted.split() == recs[rec.identifier].split()


def test_an_html_plans_titled_headings_and_labelled_action_lines_give_actions_leads_and_due_dates(tmp_path):
    x = _built(tmp_path, "plan.html", _HTML)
    doc = x.documents[0]
    assert doc.date == date(2021, 3, 5) and x.updates == []
    assert [r.text for r in x.recommendations] == [
        "The quality of plans for children in need of help and protection.",
        "The stability of the social work workforce in the front door service.",
    ]
    got = [(a.identifier, a.text, a.lead, a.due_by) for a in x.actions]
    assert got == [
        ("1.1", "Introduce a plan template with clear, measurable outcomes.", "Head of Safeguarding", date(2021, 9, 30)),
        ("2.1", "Offer a retention payment to experienced social workers.", "Director of Children's Services", date(2021, 7, 31)),
    ]
    for action in x.actions:
        assert doc.text[action.spans[0].start : action.spans[0].end] == action.text
