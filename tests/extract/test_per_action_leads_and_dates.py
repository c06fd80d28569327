"""A prose plan's label that gives each action of an area its own lead or date ('Who is responsible: Head of
Safeguarding (1.1); Performance Manager (1.2)', 'By: 1.1 March 2023, 1.2 June 2023'): each action had the whole line
as its lead and timescale, and no due date, so it never fell overdue (issue #9)."""

from __future__ import annotations

from datetime import date

from findings.build import build

_TEXT = """Westmoor Borough Council
Improvement plan: our response to the Ofsted inspection of children's services, May 2022

Recommendation 1
Ofsted said: "Improve the timeliness of assessments for children in need."
Actions:
1.1 Add two social workers to the assessment team.
1.2 Report assessment timeliness to the leadership team each month.
Lead: Service Manager, Assessment for 1.1 and Head of Performance for 1.2
By: 1.1 March 2023, 1.2 June 2023
Success measures: 85% of assessments within 45 working days.

Recommendation 2
Ofsted said: "Strengthen management oversight of plans for children in care."
Actions:
2.1 Train team managers in recording oversight.
2.2 Audit oversight quarterly.
Lead: Head of Children in Care
By: 30 September 2023
Success measures: audits find oversight recorded on 90% of files.
"""

_HTML = """<html><body><h1>Eastfold City Council</h1>
<h2>Action plan after the Ofsted inspection of local authority children's services, 2022</h2>
<h3>Area for improvement 1</h3>
<p>The inspectors said: "The timeliness of initial child protection conferences."</p>
<p>What we will do:</p>
<ul><li>1.1 Recruit two more conference chairs.</li><li>1.2 Track conference timeliness weekly.</li></ul>
<p>Who is responsible: Head of Safeguarding (1.1); Performance Manager (1.2)</p>
<p>By when: 1.1 – 31 December 2022; 1.2 – 30 November 2022</p>
<p>How we will know we have made a difference: 90% of conferences within 15 working days.</p>
<h3>Area for improvement 2</h3>
<p>The inspectors said: "The quality of personal education plans."</p>
<p>What we will do:</p>
<ul><li>2.1 Revise the plan template.</li></ul>
<p>Who is responsible: Virtual School Headteacher</p>
<p>By when: 31 March 2023</p>
<p>How we will know we have made a difference: audits show 85% good.</p>
</body></html>
"""


def _actions(tmp_path, name: str, text: str) -> tuple[str, dict]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    x = build([tmp_path]).extraction
    return x.documents[0].text, {a.identifier: a for a in x.actions}


def test_each_action_has_its_own_lead_and_date_from_a_line_naming_them(tmp_path):
    text, actions = _actions(tmp_path, "plan.txt", _TEXT)
    got = {n: (a.lead, a.timescale, a.due_by) for n, a in actions.items()}
    assert got == {
        "1.1": ("Service Manager, Assessment", "March 2023", date(2023, 3, 31)),
        "1.2": ("Head of Performance", "June 2023", date(2023, 6, 30)),
        "2.1": ("Head of Children in Care", "30 September 2023", date(2023, 9, 30)),  # one lead and date for all
        "2.2": ("Head of Children in Care", "30 September 2023", date(2023, 9, 30)),
    }
    quoted = [text[s.start : s.end] for s in actions["1.2"].spans]
    assert "Head of Performance" in quoted and "June 2023" in quoted  # its own words, not the whole line
    assert not any("1.1" in q or "March" in q for q in quoted)
    assert actions["1.1"].outcome == "85% of assessments within 45 working days."


def test_an_html_plan_gives_each_action_its_own_lead_date_and_the_whole_outcome_label(tmp_path):
    text, actions = _actions(tmp_path, "plan.html", _HTML)
    got = {n: (a.text, a.lead, a.due_by) for n, a in actions.items()}
    assert got == {
        "1.1": ("Recruit two more conference chairs.", "Head of Safeguarding", date(2022, 12, 31)),
        "1.2": ("Track conference timeliness weekly.", "Performance Manager", date(2022, 11, 30)),
        "2.1": ("Revise the plan template.", "Virtual School Headteacher", date(2023, 3, 31)),
    }
    assert actions["1.1"].timescale == "31 December 2022"
    assert actions["1.2"].outcome == "90% of conferences within 15 working days."  # 'we have made a difference:' is label
    for action in actions.values():
        for span in action.spans:
            quoted = text[span.start : span.end]
            assert quoted == quoted.strip() and "(1." not in quoted and "–" not in quoted


_TABLE = """<html><body><h1>Northvale Council</h1>
<h2>Action plan in response to the Ofsted inspection of children's services, March 2023</h2>
<table>
<tr><th>Rec no</th><th>Recommendation</th><th>Action</th><th>Lead</th><th>Timescale</th></tr>
<tr><td>1</td><td>The timeliness of initial child protection conferences.</td><td><p>1.1 Recruit two more conference
chairs.</p><p>1.2 Track conference timeliness weekly.</p></td><td>Head of Safeguarding for 1.1 and Performance Manager for
1.2</td><td>1.1 March 2023, 1.2 June 2023</td></tr>
<tr><td>2</td><td>The quality of personal education plans.</td><td><p>2.1 Revise the plan template.</p><p>2.2 Train
designated teachers.</p></td><td>Virtual School Headteacher</td><td>September 2023</td></tr>
</table></body></html>
"""


def test_a_table_cell_naming_each_actions_lead_and_date_gives_each_its_own(tmp_path):
    text, actions = _actions(tmp_path, "plan.html", _TABLE)
    got = {n: (a.lead, a.timescale, a.due_by) for n, a in actions.items()}
    assert got == {
        "1.1": ("Head of Safeguarding", "March 2023", date(2023, 3, 31)),
        "1.2": ("Performance Manager", "June 2023", date(2023, 6, 30)),
        "2.1": ("Virtual School Headteacher", "September 2023", date(2023, 9, 30)),  # one cell for both: shared
        "2.2": ("Virtual School Headteacher", "September 2023", date(2023, 9, 30)),
    }
    quoted = [text[s.start : s.end] for s in actions["1.2"].spans]
    assert "Performance Manager" in quoted and "June 2023" in quoted and not any("March" in q for q in quoted)
