"""A plan table whose recommendations head their actions in a row across the table ('Rec 1 – The consistency of …'),
which a PDF reader cuts into the columns below: that row is the recommendation, no action, and the actions keep the
numbers the plan prints ('1.1', '2b'), their owners and dates on their own rows (helper-266 pdf-plan-group-rows:
the row was read as action 1.1 and the plan's 1.1 keyed 1.2, so a later paper's 'action 1.2' reached the plan's
1.1). Small documents in another council's wording and columns."""

from __future__ import annotations

from datetime import date

import pytest

PLAN = """Northvale Borough Council
Improvement plan in response to the Ofsted inspection of children's services published on 2 June 2023
Ref\tWhat we will do\tOwner\tTarget date\tHow we will know
Rec 1 –\tThe consistency of\tpathway plans for\tcare leavers so that\tthey are specific.
1.1\tRewrite the pathway plan template with young people\tService Manager, Leaving Care\t31 August 2023\tNew template in use
1.2\tAudit twenty pathway plans each quarter\tPrincipal Social Worker\t30 November 2023\tAudits show improvement
Recommendation 2: take-up\tThe oversight of children\tmissing from education\tand their\tattendance.
2a\tAgree a joint tracking list with schools\tHead of Inclusion\t31 October 2023\tList in place
2b\tReport the list to the education board monthly\tVirtual School Head\t31 January 2024\tMonthly reports
3\tRecruit two advanced practitioners for the front door\tHead of MASH\t31 March 2024\tPosts filled
3.2\tReview the threshold document with partners\tSafeguarding Partnership Manager\t30 April 2024\tDocument agreed
"""

MINUTES = """Northvale Borough Council
Corporate Parenting Board
Minutes of the meeting held on 12 December 2023

4. Ofsted improvement plan

The Principal Social Worker reported on the plan agreed after the Ofsted inspection published on 2 June 2023.
Action 1.2 is complete: the first two quarterly audits of pathway plans have been carried out.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from findings.build import build

    folder = tmp_path_factory.mktemp("group-rows")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    return build([folder]).extraction


def test_a_row_restating_the_recommendation_is_no_action(built):
    actions = {a.identifier: a for a in built.actions}
    assert sorted(actions) == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    assert {key: (a.responds_to, a.lead, a.due_by) for key, a in actions.items()} == {
        "1.1": ("1", "Service Manager, Leaving Care", date(2023, 8, 31)),
        "1.2": ("1", "Principal Social Worker", date(2023, 11, 30)),
        "2.1": ("2", "Head of Inclusion", date(2023, 10, 31)),
        "2.2": ("2", "Virtual School Head", date(2024, 1, 31)),
        "3.1": ("3", "Head of MASH", date(2024, 3, 31)),
        "3.2": ("3", "Safeguarding Partnership Manager", date(2024, 4, 30)),
    }
    assert actions["1.1"].text == "Rewrite the pathway plan template with young people"
    assert actions["2.2"].reference == "2b"


def test_the_group_row_gives_the_recommendation_its_words_each_quoted_exactly(built):
    plan = next(d for d in built.documents if d.path.endswith("plan.txt"))
    recs = {r.identifier: r for r in built.recommendations}
    assert [plan.text[s.start : s.end] for s in recs["1"].spans] == [
        "The consistency of",
        "pathway plans for",
        "care leavers so that",
        "they are specific.",
    ]
    assert [plan.text[s.start : s.end] for s in recs["2"].spans][0] == "take-up"


def test_a_later_paper_naming_the_plans_number_reaches_that_action(built):
    from findings.status.cues import progress_of

    done = [u for u in built.updates if u.about_kind == "action" and u.as_at == date(2023, 12, 12)]
    assert [(u.about, progress_of(u.text)) for u in done] == [("1.2", "Done")]
    audit = next(a for a in built.actions if a.identifier == "1.2")
    assert audit.text == "Audit twenty pathway plans each quarter"  # the audit is done, not the template's rewrite
