"""Action plans written as prose, a section a recommendation ('Area for priority action 1' / Ofsted's words / 'What
we will do' bullets / 'Who is responsible:' / 'By when:' / 'How we will know …:'): nothing was read of them, and their
sections were taken for progress (helper-89, a metropolitan borough's plan after an inadequate judgement)."""

from __future__ import annotations

from datetime import date

from findings.build import build
from tests.conftest import DATA

_REPORT = DATA / "other_councils" / "telford_child_protection_2013.txt"
_SUPERVISION = "ensure that supervision of social workers is regular, reflective and recorded on the child's file"
_PLAN = f"""Telford and Wrekin Council
Improvement Plan 2013 to 2014
Our response to the Ofsted inspection of arrangements for the protection of children
Version 1.1 – 30 April 2013

The inspection took place between 4 March and 15 March 2013. This plan sets out what we will do.

Telford and Wrekin Council – Improvement Plan                                OFFICIAL
Page 1 of 2

Area for priority action 3

Ofsted said: "{_SUPERVISION}."

What we will do
• Introduce a supervision policy with reflective supervision at least every four weeks.
• Audit supervision records monthly and report the
  findings to the Safeguarding Board.

Who is responsible: Principal Social Worker

By when: End of September 2013

How we will know it has made a difference: 90% of children will have supervision recorded within timescale.

Telford and Wrekin Council – Improvement Plan                                OFFICIAL
Page 2 of 2

Recommendation 4

Ofsted said: "ensure that the performance information available to managers is accurate and used to drive
improvement."

What we will do
• Rebuild the performance dashboard.

Who is responsible: Head of Performance

By when: Autumn 2013

How we will know it has made a difference: Managers use the dashboard monthly.
"""


def test_a_prose_plan_gives_the_recommendations_and_each_actions_lead_date_and_outcome(tmp_path):
    (tmp_path / "plan.txt").write_text(_PLAN, encoding="utf-8")
    x = build([tmp_path]).extraction
    doc = x.documents[0]
    assert doc.date == date(2013, 4, 30) and x.updates == []  # what it will do is no progress
    recs = {r.identifier: r for r in x.recommendations}
    assert sorted(recs) == ["3", "4"] and recs["3"].text == f"{_SUPERVISION}."
    assert recs["4"].text.endswith("used to drive improvement.")  # a quote over two lines
    got = [(a.identifier, a.responds_to, a.text, a.lead, a.due_by, a.outcome) for a in x.actions]
    supervision = (
        "Principal Social Worker",
        date(2013, 9, 30),
        "90% of children will have supervision recorded within timescale.",
    )
    assert got == [
        ("3.1", "3", "Introduce a supervision policy with reflective supervision at least every four weeks.", *supervision),
        ("3.2", "3", "Audit supervision records monthly and report the findings to the Safeguarding Board.", *supervision),
        (
            "4.1",
            "4",
            "Rebuild the performance dashboard.",
            "Head of Performance",
            date(2013, 11, 30),
            "Managers use the dashboard monthly.",
        ),
    ]
    for item in [*x.recommendations, *x.actions]:  # every quote the exact characters, no page furniture in any
        for span in item.spans:
            quoted = doc.text[span.start : span.end]
            assert quoted.strip() == quoted and "Page" not in quoted and "OFFICIAL" not in quoted
    assert " ".join(doc.text[s.start : s.end] for s in recs["4"].spans).split() == recs["4"].text.split()


def test_with_the_report_read_the_plans_sections_answer_its_recommendations(tmp_path):
    (tmp_path / "plan.txt").write_text(_PLAN, encoding="utf-8")
    (tmp_path / "report.txt").write_text(_REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    x = build([tmp_path]).extraction
    assert len(x.recommendations) == 4 and {a.responds_to for a in x.actions} == {"3", "4"}
    (supervision,) = [r for r in x.recommendations if r.identifier == "3"]
    assert supervision.text.casefold().startswith(_SUPERVISION) and len({s.doc for s in supervision.spans}) == 2


def test_a_progress_reports_actions_taken_under_each_recommendation_is_no_plan(tmp_path):
    """'Actions taken: …' under each recommendation of a progress report is progress, not a plan's 'Actions' label
    (a prose plan's reading must not swallow a report's sections)."""
    (tmp_path / "report.txt").write_text(_REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "progress.txt").write_text(
        "Telford and Wrekin Council\nReport to Cabinet\nDate: 12 September 2013\n\n1. This report updates Cabinet on the"
        " plan answering the inspection that took place between 4 March and 15 March 2013.\n\nRecommendation 3\n\nActions"
        " taken: • supervision audits are complete.\n\nRecommendation 4\n\nActions taken: • the dashboard is in use.\n",
        encoding="utf-8",
    )
    x = build([tmp_path]).extraction
    assert x.actions == [] and sorted(u.about for u in x.updates) == ["3", "4"]


_NUMBERED = """Northshire County Council
Post-inspection action plan: Ofsted inspection of children's services, March 2021
Version 2 - 14 May 2021

Recommendation 1
The inspectors said: "The quality of supervision for frontline social workers."
Actions:
1.1 Publish a supervision standard for all teams.
1.2 Audit supervision records every quarter.
Who is responsible: Principal Social Worker
By when: 30 September 2021

Recommendation 2
The inspectors said: "The timeliness of return home interviews."
Actions:
2.1 Bring the return home interview service in house.
2.3 Report timeliness to the board monthly.
Who is responsible: Head of Early Help
By when: 31 December 2021
"""


def test_a_prose_plans_numbered_actions_are_each_an_action_under_the_inspection_its_title_dates(tmp_path):
    """'Actions:' over '1.1 …', '1.2 …': each numbered line its own action, its number the plan's, its words without
    the number; the title's 'inspection of …, March 2021' keys the inspection by its year, not 'undated'."""
    (tmp_path / "plan.txt").write_text(_NUMBERED, encoding="utf-8")
    x = build([tmp_path]).extraction
    doc = x.documents[0]
    assert {a.assessment for a in x.actions} == {"northshire/ofsted-2021"}
    got = [(a.identifier, a.text, a.lead, a.due_by) for a in x.actions]
    assert got == [
        ("1.1", "Publish a supervision standard for all teams.", "Principal Social Worker", date(2021, 9, 30)),
        ("1.2", "Audit supervision records every quarter.", "Principal Social Worker", date(2021, 9, 30)),
        ("2.1", "Bring the return home interview service in house.", "Head of Early Help", date(2021, 12, 31)),
        ("2.3", "Report timeliness to the board monthly.", "Head of Early Help", date(2021, 12, 31)),
    ]
    for action in x.actions:  # the action's own words, without its number
        assert doc.text[action.spans[0].start : action.spans[0].end] == action.text
