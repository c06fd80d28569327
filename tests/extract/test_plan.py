"""The post-Ofsted action plan in the bundled agenda pack, checked against what a reader finds in the document."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from findings.model import Extraction
from tests.conftest import DATA

HOPS, HOFS, HORAI, HOCP = (
    "Head of Professional Standards",
    "Head of Family Support",
    "Head of Referral, Assessment and Intervention",
    "Head of Corporate Parenting",
)
# identifier: (timescale as written, due by, lead, first words of the action, first words of the progress update)
EXPECTED = {
    "1.1": (
        "September 18",
        date(2018, 9, 30),
        "Head of Learning and Development",
        "A first line leadership",
        "A Learning and Management programme",
    ),
    "1.2": ("July 18", date(2018, 7, 31), HOPS, "The procedural guidance", "The new procedures were uploaded"),
    "1.3": ("May 18", date(2018, 5, 31), HOPS, "Best practice in assessments", "The “best practice in assessments”"),
    "1.4": ("April 18", date(2018, 4, 30), HOPS, "Child Protection Chairs will ensure", "The Practice Manager for FS"),
    "1.5": ("February 18", date(2018, 2, 28), HOPS, "The Independent Reviewing Officer", "Thematic strengths"),
    "1.6": ("September 18", date(2018, 9, 30), HOCP, "Social Workers and managers", "A series of learning events"),
    "1.7": ("September 18", date(2018, 9, 30), HOPS, "Supervision practice standards", "The supervision survey"),
    "1.8": ("September 18", date(2018, 9, 30), HOCP, "Social Workers and managers", "A series of learning events"),
    "1.9": (
        "June 18",
        date(2018, 6, 30),
        HOPS,
        "The Conference and Review Quality",
        "The Conference and Review Quality Assurance meeting",
    ),
    "2.1": ("April 18", date(2018, 4, 30), HOFS, "Practitioners and managers will be provided", "Action Learning sets"),
    "2.2": (
        "March 18",
        date(2018, 3, 31),
        HOFS,
        "The Head of Service for Family Support will Chair",
        "This arrangement is now embedded.",
    ),
    "2.3": (
        "March 18",
        date(2018, 3, 31),
        HOFS,
        "The Head of Service for Family Support and the Senior",
        "Performance reports now include",
    ),
    "2.4": (
        "February 18",
        date(2018, 2, 28),
        "Senior Legal Representative",
        "The Senior Legal Representative will",
        "Monthly updates",
    ),
    "3.1": ("February 18", date(2018, 2, 28), HOPS, "Permanency planning meetings", "A highlight report"),
    "4.1": ("January 18", date(2018, 1, 31), HOPS, "An annual review of audit", "Thematic audits are being utilised"),
    "4.2": ("February 18", date(2018, 2, 28), HORAI, "The return home interview", "The RHI Service"),
    "4.3": ("March 18", date(2018, 3, 31), HORAI, "Compliance with the effective use", "CSE Co-ordinator"),
    "5.1": ("January 18", date(2018, 1, 31), HOCP, "The Corporate Parenting agenda", "To increase awareness"),
    "6.1": ("June 18", date(2018, 6, 30), "Team Leader Virtual School", "Every section B of the PEP", "April 2018 out of 204"),
    "6.2": (
        "June 18",
        date(2018, 6, 30),
        "Team Leader and Virtual School Head",
        "The Team Leader and the Virtual",
        "The Virtual School Manager",
    ),
    "6.3": ("Jan 18", date(2018, 1, 31), "Team Leader Virtual School", "Training was provided", "Full PEP analysis"),
    "6.4": (
        "March 18",
        date(2018, 3, 31),
        "Virtual School Team Leader",
        "Targeted support",
        "Members of the Corporate Parenting Panel",
    ),
    "7.1": ("March 18", date(2018, 3, 31), HOCP, "Service provision for looked after", "A tracker was produced"),
    "8.1": ("March 17", date(2017, 3, 31), HORAI, "Social work and Early Help staff", "Training has been provided"),
    "8.2": ("December 17", date(2017, 12, 31), HORAI, "Homeless interviews will be placed", "The new HAMS worker"),
    "8.3": ("March 18", date(2018, 3, 31), HORAI, "The process for accommodation", "Since January 2018"),
    "9.1": (
        "March 18",
        date(2018, 3, 31),
        "Assistant Director of Safeguarding and Early Help",
        "The agency decision maker will",
        "An explanation is recorded",
    ),
}

RECOMMENDATION_STARTS = {
    "1": "Improve the effectiveness of frontline managers, Independent Reviewing Officers",
    "2": "Ensure that preproceedings work is initiated promptly",
    "3": "Provide rigorous oversight and tracking of children’s plans",
    "4": "Ensure that the performance management and quality assurance framework",
    "5": "Ensure that the Corporate Parenting Panel is routinely informed",
    "6": "Improve the quality of personal education plans (PEPs)",
    "7": "Ensure that children’s physical and emotional health needs",
    "8": "Ensure that 16 and 17 year-old homeless children",
    "9": "Ensure the agency decision-maker provides a coherent rationale",
}


@pytest.fixture(scope="module")
def plan(corpus_build):
    """The items of the 2017 inspection's plan and updates (the corpus also holds the 2009 Laming plan)."""
    x = corpus_build.extraction
    mine = "central-bedfordshire/ofsted-2017"
    return Extraction(
        documents=x.documents,
        assessments={mine: x.assessments[mine]},
        recommendations=[r for r in x.recommendations if r.assessment == mine],
        actions=[a for a in x.actions if a.assessment == mine],
        updates=[u for u in x.updates if u.assessment == mine],
    )


def test_nine_recommendations_with_full_text(plan):
    recs = {r.identifier: r for r in plan.recommendations if r.assessment == "central-bedfordshire/ofsted-2017"}
    assert sorted(recs, key=int) == [str(n) for n in range(1, 10)]
    for number, start in RECOMMENDATION_STARTS.items():
        assert recs[number].text.startswith(start)
    # the recommendation that continues on the next page is joined, not cut
    assert recs["4"].text.endswith("the use of child sexual exploitation screening and risk assessment tools.")
    assert recs["8"].text.endswith("under Section 20 of the Children Act 1989.")


def test_all_27_actions_with_timescale_due_date_lead_and_recommendation(plan):
    actions = {a.identifier: a for a in plan.actions}
    assert sorted(actions) == sorted(EXPECTED)
    for identifier, (timescale, due, lead, text_start, _) in EXPECTED.items():
        action = actions[identifier]
        assert (action.timescale, action.due_by, action.lead) == (timescale, due, lead), identifier
        assert action.text.startswith(text_start), (identifier, action.text[:80])
        assert action.responds_to == identifier.split(".")[0]
        assert action.assessment == "central-bedfordshire/ofsted-2017"


def test_every_action_has_a_progress_update_dated_as_at_the_plan(plan):
    updates = {u.about: u for u in plan.updates}
    for identifier, (*_, update_start) in EXPECTED.items():
        assert updates[identifier].text.startswith(update_start), (identifier, updates[identifier].text[:80])
        assert updates[identifier].as_at == date(2018, 9, 30)


def test_columns_do_not_leak_into_each_other(plan):
    actions = {a.identifier: a for a in plan.actions}
    # a second action paragraph after a page break stays an action, not an outcome
    assert "Bi-monthly review meetings will take place" in actions["1.4"].text
    assert "Bi-monthly" not in (actions["1.4"].outcome or "")
    # the outcome that follows an empty 'Outcome' label on the next page is found
    assert actions["6.4"].outcome == "All PEPs will be judged good or better."
    # a lost-bullet list in the progress column stays progress
    assert "79% are good or better" not in actions["6.1"].text
    for action in plan.actions:
        assert "Progress Update" not in action.text and "Timescale and" not in (action.outcome or "")


def test_out_of_order_marker_and_combined_row(plan):
    actions = {a.identifier: a for a in plan.actions}
    # '4.3 Action' is printed after its own cells
    assert actions["4.3"].text.startswith("Compliance with the effective use")
    assert actions["4.3"].text.endswith("and enhanced performance management processes.")
    # 'The 1.6 and 1.8 Actions' row is two actions with the same cells
    assert actions["1.6"].text == actions["1.8"].text and actions["1.6"].spans == actions["1.8"].spans


def test_doubtful_due_date_is_kept_and_flagged(plan):
    actions = {a.identifier: a for a in plan.actions}
    assert actions["8.1"].due_by == date(2017, 3, 31)
    assert actions["8.1"].date_doubt and "before the plan began" in actions["8.1"].date_doubt
    assert all(a.date_doubt is None for a in plan.actions if a.identifier != "8.1")


def test_the_inspection_is_known_from_the_plan(plan):
    inspection = plan.assessments["central-bedfordshire/ofsted-2017"]
    assert inspection.org.name == "Central Bedfordshire"
    assert (inspection.started, inspection.ended, inspection.issued) == (date(2017, 6, 12), date(2017, 7, 6), date(2017, 8, 25))
    assert inspection.framework == "SIF"


def test_another_councils_plan_in_the_same_layout():
    result = build([DATA / "plan_other_council.txt"])
    x = result.extraction
    assert list(x.assessments) == ["anytown/ofsted-2019", "anytown/progress-review-2020-03-31"]  # the plan's progress column
    assert x.assessments["anytown/ofsted-2019"].org.name == "Anytown"
    assert [(a.identifier, a.responds_to, a.lead, a.due_by) for a in x.actions] == [
        ("1.1", "1", "Designated Nurse", date(2019, 6, 30)),
        ("1.2", "1", "Head of Children in Care", date(2019, 9, 30)),
        ("2.1", "2", "Principal Social Worker", date(2019, 12, 31)),
    ]
    assert [r.text for r in x.recommendations] == [
        "Improve the timeliness of initial health assessments for children entering care.",
        "Strengthen management oversight of supervision.",
    ]
    assert x.actions[0].outcome == "All initial health assessments will be completed within 20 working days."
    assert {u.about: u.text.split()[0] for u in x.updates} == {"1.1": "A", "1.2": "Monthly", "2.1": "Two"}
    assert all(u.as_at == date(2020, 3, 31) for u in x.updates)


def test_documents_without_a_plan_yield_no_actions(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes of the meeting\n\nRecommendation\n\nThe panel noted the report.\n", encoding="utf-8")
    assert build([path]).extraction.actions == []


def test_progress_report_paragraphs_update_the_recommendation_they_name(plan):
    updates = [u for u in plan.updates if u.about_kind == "recommendation"]
    by_doc: dict[str, list] = {}
    for u in updates:
        for doc in dict.fromkeys(s.doc for s in u.spans):
            by_doc.setdefault(doc, []).append(u)
    # the update report stands on its own and inside the agenda pack: both are read, each dated 11 February 2019;
    # a paragraph both copies word alike is one update with a span in each
    assert len(by_doc) == 2
    assert (
        sum(len({s.doc for s in u.spans}) == 2 for u in updates) == 14
    )  # rec 9's last paragraph ends at the pack's "Legal Implications" heading, as in the report; rec 2's paragraph on
    # 'preproceedings' (the pack) and 'pre-proceedings' (the report) is one (a word with or without its hyphen)
    for doc_updates in by_doc.values():
        assert sorted((u.about for u in doc_updates), key=int) == [
            "1",
            "2",
            "2",
            "3",
            "3",
            "4",
            "4",
            "4",
            "5",
            "5",
            "6",
            "7",
            "8",
            "9",
        ]
        assert {u.as_at for u in doc_updates} == {date(2019, 2, 11)}
        ordinal = [u for u in doc_updates if u.text.startswith("Recommendation Four also addresses")]
        assert len(ordinal) == 1 and ordinal[0].about == "4"
        assert all(u.assessment == "central-bedfordshire/ofsted-2017" for u in doc_updates)


def test_role_gazetteer_recognises_every_lead_in_the_plan(plan):
    from findings.extract.roles import roles_in

    assert plan.actions
    for action in plan.actions:
        assert roles_in(action.lead), action.lead
    assert roles_in("Actions are led by the Head of Corporate Parenting and the Principal Social Worker.") == [
        "Head of Corporate Parenting",
        "Principal Social Worker",
    ]


def test_a_plan_is_planned_on_its_first_issue_from_its_document_history(corpus_build):
    """helper-137: 'ActionPlanned' stood on the 2017 inspection's publication day for every recommendation, though the
    plan's own document history says version 1.0 was issued on 27/11/17 (the gold reader's date too). The earliest
    date under the plan's history heading is when its actions were planned; a plan without one keeps the old rule."""
    from findings.extract.plan import first_issue

    history = "Version control\nVersion  Date  Changes\n2.0  14 March 2016  Reviewed\n1.0  3rd February 2016  First issue\n"
    assert first_issue("Action plan\n...\n" + history + "\n" + "x" * 2000 + "\n1/1/2015") == date(2016, 2, 3)
    assert first_issue("Action plan with no history, issued 1/1/2015") is None
    assert first_issue("Document History\n27/11/17\n1.0\n28/11/17\n2.0") == date(2017, 11, 27)
    planned = {
        s.item.identifier: s.as_of
        for s in corpus_build.extraction.statuses
        if s.status == "ActionPlanned" and s.item.assessment.endswith("/ofsted-2017")
    }
    assert planned == {str(n): date(2017, 11, 27) for n in range(1, 10)}
