"""Minutes that record progress on a plan's actions ('action 1.1 … has been completed', '(action 3.1) has been
re-planned from 30 September 2025 to 31 January 2026'): progress updates on those actions, dated at the meeting, that
the status rules and the slips read (helper-84, a London borough's scrutiny minutes were read for resolutions only)."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from findings.extract.document import extract_document
from findings.link.slips import slips_from_updates
from findings.model import Action, Extraction, ProgressUpdate, Span
from findings.read import read_document
from tests.conftest import DATA, build_copies, status_on

SALFORD = DATA / "other_councils"
PLAN, MINUTES = "salford_style_improvement_plan.txt", "salford_style_minutes_plan_progress.txt"
MEETING = date(2025, 6, 10)


def test_an_item_on_the_plan_gives_progress_on_each_action_it_names_dated_at_the_meeting():
    doc = read_document(SALFORD / MINUTES, MINUTES)
    part = extract_document(doc)
    updates = {u.about: u for u in part.updates if u.about_kind == "action"}
    # 'actions 3.1 and 3.2 were on track overall' is said of neither alone; item 7 is on no inspection's plan (its
    # 'action 3.2' is the fostering service's business plan's): a candidate only, that the link stage finds no plan's
    # action 3.2 in words for (findings/link/numbered.py; the build below gives 3.2 no update)
    assert sorted(updates) == ["1.1", "1.2", "2.1", "2.2", "3.1"]
    assert [u.about for u in part.updates if "3.2" in u.text and u.about_kind != "numbered"] == []
    assert {(u.assessment, u.about_kind, u.as_at) for u in updates.values()} == {("salford/ofsted-2025", "action", MEETING)}
    assert updates["1.2"].text == (
        "Officers said the audit programme (action 1.2) had started, but the findings are not yet embedded in practice. "
        "A further audit is planned for the autumn."
    )  # the sentences after it that name no other action are said of it too
    for update in part.updates:
        assert [" ".join(doc.text[s.start : s.end].split()) for s in update.spans] == [update.text]
        assert not doc.text[update.spans[0].start : update.spans[0].end].startswith("-")  # not the bullet


@pytest.fixture(scope="module")
def salford(tmp_path_factory):
    return build_copies(tmp_path_factory.mktemp("salford"), SALFORD, [PLAN, MINUTES])


def test_the_status_rules_and_the_slips_read_the_minutes(salford):
    said = {u.about: u.indicates for u in salford.extraction.updates if u.as_at == MEETING}
    done, underway = "ReportedComplete", "InProgress"
    # 3.1's bare re-plan ('re-planned from 30 September 2025 to 31 January 2026 …') says the work is still to come
    assert said == {"1.1": done, "1.2": underway, "2.1": done, "2.2": done, "3.1": "ActionPlanned"}
    # the plan called both of recommendation 2's actions Amber or Green; the minutes call both complete
    assert [status_on(salford, n, date(2025, 3, 28)) for n in "123"] == ["ActionPlanned"] * 3
    assert [status_on(salford, n, MEETING) for n in "123"] == ["InProgress", "ReportedComplete", "InProgress"]
    slips = {a.identifier: [str(d) for d, _ in a.slips] for a in salford.extraction.actions if a.slips}
    assert slips == {"3.1": ["2026-01-31"]}  # 're-planned from 30 September 2025 to 31 January 2026': the date it moved to


@pytest.mark.parametrize(
    "said",
    [
        "The refresh (action 4.2) has been re-planned from 31 March 2025 to 30 September 2025.",
        "It was moved from 31 March 2025 to 30 September 2025 to follow the review.",
    ],
)
def test_re_planned_from_one_date_to_another_slips_to_the_second(said):
    span = Span("d", 0, 1)
    action = Action("x/ofsted-2024", "4.2", "4", "Refresh the strategy.", [span], due_by=date(2025, 3, 31))
    out = Extraction(actions=[action], updates=[ProgressUpdate("x/ofsted-2024", "4.2", date(2025, 3, 20), said, [span])])
    slips_from_updates(out)
    assert [d for d, _ in action.slips] == [date(2025, 9, 30)]


def test_minutes_headed_by_a_bare_day_with_items_numbered_without_a_stop_give_progress_and_keep_every_slip(tmp_path):
    """'CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE' over '10 JUNE 2025' and 'PRESENT: …' made no meeting, and
    '48 OFSTED ILACS IMPROVEMENT PLAN – PROGRESS UPDATE' (no stop after the number) no item, so the actions it names
    had no progress; a slip said in the minutes was dropped when the plan's own revised date was later (helper-86,
    Word minutes)."""
    (tmp_path / "plan.txt").write_bytes((SALFORD / PLAN).read_bytes())
    (tmp_path / "tracker.txt").write_text(
        "Salford City Council\nImprovement tracker: response to the Ofsted inspection of February 2025\nStatus at 30 June 2025\n"
        "Action ref\tAction\tLead\tTimescale\tRevised date\n"
        "Recommendation 3: The sufficiency of local homes for children in care.\n"
        "SCC-3.1\tRefresh the Placement Sufficiency Strategy with the regional commissioning partnership.\tHead of"
        " Commissioning\t30 September 2025\t31 March 2026\n",
        encoding="utf-8",
    )
    (tmp_path / "minutes.txt").write_text(
        "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n10 JUNE 2025\nPRESENT: COUNCILLOR A SMITH (CHAIRMAN)\n"
        "48 OFSTED ILACS IMPROVEMENT PLAN – PROGRESS UPDATE\nConsideration was given to a report on the plan agreed after"
        " the Ofsted inspection of children's services published on 14 March 2025.\n"
        "• Members welcomed that action 2.1 had been completed.\n"
        "• Action 3.1 had been re-planned from 30 September 2025 to 31 January 2026.\n"
        "RESOLVED\n1. That the progress be noted.\n",
        encoding="utf-8",
    )
    x = build([tmp_path]).extraction
    assert [(a.key.split("/")[1], a.date) for a in x.assessments.values() if a.kind == "Meeting"] == [
        ("children-and-young-people-scrutiny-committee-2025-06-10", MEETING)
    ]
    said = sorted(u.about for u in x.updates if u.as_at == MEETING and u.about_kind == "action")
    assert said == ["2.1", "3.1"]
    (action,) = [a for a in x.actions if a.identifier == "3.1"]
    assert sorted(str(d) for d, _ in action.slips) == ["2026-01-31", "2026-03-31"]


def test_an_item_on_another_services_plan_or_naming_no_inspection_gives_no_progress_on_the_councils_plan(tmp_path):
    """'8. SEND improvement plan – progress update … action 1.1, the new EHCP quality assurance framework, has been
    completed' was read as progress on the children's services plan's action 1.1, through an undated inspection
    given the council's latest (helper-88's review); an item on 'the improvement plan' naming no inspection at all
    says nothing of the inspection's plan either. One on 'the improvement plan after the Ofsted inspection', undated,
    is on the council's latest before the meeting, as a progress report's (tester helper-188: 'which forms part of
    the Ofsted Improvement Plan … action 3.1 has been completed' had been lost)."""
    (tmp_path / "plan.txt").write_bytes((SALFORD / PLAN).read_bytes())
    head = (
        "Salford City Council\nMINUTES of a meeting of the Children's Scrutiny Panel held at the Civic Centre on Monday 2"
        " June 2025\nPresent: Councillor A Smith (Chair)\n"
    )
    items = (
        "8. SEND improvement plan – progress update\nThe Panel considered an update on the SEND improvement plan"
        " written after the joint Ofsted and CQC area SEND inspection of 14 March 2025.\n- Officers said that action 1.1,"
        " the new EHCP quality assurance framework, has been completed.\nRESOLVED: that the update be noted.\n"
        "9. Improvement plan\nThe Panel considered an update on the improvement plan.\n"
        "- Officers said that action 2.1 has been completed.\nRESOLVED: that the update be noted.\n"
    )
    (tmp_path / "minutes.txt").write_text(head + items, encoding="utf-8")
    x = build([tmp_path]).extraction
    assert [u for u in x.updates if u.as_at == date(2025, 6, 2)] == []

    said = items.replace("update on the improvement plan.", "update on the improvement plan after the Ofsted inspection.")
    (tmp_path / "minutes.txt").write_text(head + said, encoding="utf-8")
    x = build([tmp_path]).extraction
    planned = {a.assessment for a in x.actions}
    assert [(u.assessment in planned, u.about) for u in x.updates if u.as_at == date(2025, 6, 2)] == [(True, "2.1")]


BRACKWATER = DATA / "minute_progress"
BY_YEAR = "brackwater_panel_minutes_numbered_by_year.txt"


@pytest.mark.parametrize(
    "numbers",
    [
        ("40/25", "41/25", "42/25"),
        ("CSP/25/40", "CSP/25/41", "CSP/25/42"),
        ("Minute 40 –", "Minute 41 –", "Minute 42 –"),
        ("Item 40 –", "Item 41 –", "Item 42 –"),
        ("SP.40", "SP.41", "SP.42"),
        ("40.", "41.", "42."),
    ],
)
def test_an_item_on_the_plan_gives_progress_however_the_minutes_number_their_items(tmp_path, numbers):
    """Minutes numbering their items '41/25' (or 'Minute 41', 'Item 41', 'SP.41') recorded no progress on the actions
    an item names, though the same minutes numbered '41.' did: only 'item_number' and 'minute_reference' opened an
    item (helper-140, a city council's minutes)."""
    text = (BRACKWATER / BY_YEAR).read_text(encoding="utf-8")
    for printed, wanted in zip(("40/25", "41/25", "42/25"), numbers, strict=True):
        text = text.replace(f"\n{printed} ", f"\n{wanted} ")
    paper = tmp_path / BY_YEAR
    paper.write_text(text, encoding="utf-8")
    doc = read_document(paper, BY_YEAR)
    updates = [u for u in extract_document(doc).updates if u.about_kind == "action"]
    assert [(u.assessment, u.about, u.as_at) for u in updates] == [
        ("brackwater/ofsted-2025", "1.1", date(2025, 11, 12)),
        ("brackwater/ofsted-2025", "1.2", date(2025, 11, 12)),
    ]
    assert updates[1].text.startswith("The life-story work tracker (action 1.2) has been re-planned")
    for update in updates:
        assert [" ".join(doc.text[s.start : s.end].split()) for s in update.spans] == [update.text]


def test_a_slip_said_in_minutes_numbered_by_year_moves_the_plans_action():
    """'(action 1.2) has been re-planned from 31 October 2025 to 31 March 2026' under '41/25 …' slips action 1.2."""
    x = build([BRACKWATER]).extraction
    slips = {a.identifier: [str(d) for d, _ in a.slips] for a in x.actions if a.slips}
    assert slips == {"1.2": ["2026-03-31"]}
    said = {u.about: u.indicates for u in x.updates if u.as_at == date(2025, 11, 12)}
    assert said == {"1.1": "ReportedComplete", "1.2": "ActionPlanned"}  # a bare re-plan: still to come (bb235)


FENMOOR_PLAN = (
    "Fenmoor District Council\nImprovement Plan: our response to the Ofsted inspection of local authority children's"
    " services\nAgreed 12 May 2023\n\nOfsted inspected children's services in Fenmoor from 6 March to 17 March 2023. The"
    " report was published on 21 April 2023.\n\nAction ref\tAction\tLead\tTimescale\tRAG\n"
    "Recommendation 5: Help for homeless 16- and 17-year-olds.\n"
    "FDC-5.1\tAgree a joint housing protocol for homeless 16- and 17-year-olds.\tHead of Service\t30 June 2023\tAmber\n"
    "Recommendation 6: Support for kinship carers.\n"
    "FDC-6.1\tPublish a revised kinship care policy.\tHead of Fostering\t31 August 2023\tAmber\n"
    "Recommendation 7: Children placed with parents under care orders.\n"
    "FDC-7.1\tReview every care order with placement with parents.\tHead of Children in Care\t31 March 2024\tAmber\n"
)
FENMOOR_MINUTES = (
    "FENMOOR DISTRICT COUNCIL\n\nMINUTES of a meeting of the Corporate Parenting Panel held at Fenmoor House on"
    " Tuesday 3 October 2023\n\nPresent: Councillor R Lane (Chair), Councillors Okafor and Price\n\n"
    "14. Improvement plan – progress update\n"
    "The Panel received an update on the improvement plan agreed after the Ofsted inspection of March 2023.\n\n"
    "{said}\n\n"
    "The review of care orders with placement with parents (action 7.1) continues: 25 of 40 have been reviewed.\n\n"
    "RESOLVED: that the progress be noted.\n"
)


@pytest.mark.parametrize(
    ("said", "on_6", "on_5"),
    [
        (
            "- Members noted that the kinship care policy (action 6.1) had been published in August 2023 and that the"
            " housing protocol for homeless 16- and 17-year-olds (action 5.1) had been agreed and is in use.",
            "Members noted that the kinship care policy (action 6.1) had been published in August 2023",
            "the housing protocol for homeless 16- and 17-year-olds (action 5.1) had been agreed and is in use.",
        ),
        (
            "Action 6.1, the kinship care policy, was published in August 2023; action 5.1, the housing protocol, has"
            " been agreed.",
            "Action 6.1, the kinship care policy, was published in August 2023",
            "action 5.1, the housing protocol, has been agreed.",
        ),
        (
            "The kinship care policy (action 6.1) is complete and the housing protocol for care and support (action 5.1)"
            " remains in draft.",
            "The kinship care policy (action 6.1) is complete",
            "the housing protocol for care and support (action 5.1) remains in draft.",
        ),
        ("The kinship care policy (action 6.1) and the housing protocol (action 5.1) have both been agreed.", None, None),
        ("Actions 6.1 and 5.1 have both been agreed.", None, None),
    ],
)
def test_one_sentence_naming_two_actions_clause_by_clause_is_progress_on_each(tmp_path, said, on_6, on_5):
    """'… the kinship care policy (action 6.1) had been published … and that the protocol … (action 5.1) had been
    agreed …' recorded progress on neither action: a sentence naming several was said of none (helper-148's review
    of a city council's scrutiny minutes). Each clause is the statement on the action it names, quoted exactly; a
    sentence naming them together is still of neither."""
    (tmp_path / "plan.txt").write_text(FENMOOR_PLAN, encoding="utf-8")
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(FENMOOR_MINUTES.format(said=said), encoding="utf-8")
    result = build([tmp_path])
    meeting = date(2023, 10, 3)
    updates = {u.about: u for u in result.extraction.updates if u.as_at == meeting and u.about_kind == "action"}
    assert {a.identifier for a in result.extraction.actions} == {"5.1", "6.1", "7.1"}
    assert {u.assessment for u in updates.values()} == {"fenmoor/ofsted-2023"}  # the plan's actions' inspection
    assert (updates["6.1"].text if "6.1" in updates else None, updates["5.1"].text if "5.1" in updates else None) == (
        on_6,
        on_5,
    )
    assert updates["7.1"].text.startswith("The review of care orders")  # a sentence naming one action, as before
    text = minutes.read_text(encoding="utf-8")
    for update in updates.values():
        assert [" ".join(text[s.start : s.end].split()) for s in update.spans] == [update.text]


ONE_A_LINE = (
    "The review of care orders with placement with parents (action 7.1) continues; officers advised that 25 of the 40"
    " orders had been reviewed and the rest would be by March 2024.",
    "A member asked how the council compared with its statistical neighbours on the timeliness of adoption.",
)


@pytest.mark.parametrize("wrapped", [False, True])
def test_minutes_a_paragraph_a_line_end_a_statement_with_its_line(tmp_path, wrapped):
    """Minutes from a Word or web page print a paragraph a line, with no blank line between: the next line's question
    on another matter was quoted as part of the statement on action 7.1 (the last session's known gap). Printed
    wrapped (a PDF's lines, a blank line between paragraphs), the question on another matter in the same paragraph
    ends the statement too (black-box tester bb235): a sentence after one naming an action carries on its statement
    only when it goes on about it."""
    import textwrap

    lines = list(ONE_A_LINE)
    if wrapped:
        lines = textwrap.wrap(" ".join(lines), 90)
    (tmp_path / "plan.txt").write_text(FENMOOR_PLAN, encoding="utf-8")
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(
        FENMOOR_MINUTES.replace("\n\n{said}\n\n", "\n\n" if wrapped else "\n").replace(
            "The review of care orders with placement with parents (action 7.1) continues: 25 of 40 have been reviewed.\n\n",
            "\n".join(lines) + "\n",
        ),
        encoding="utf-8",
    )
    result = build([tmp_path])
    (update,) = [u for u in result.extraction.updates if u.as_at == date(2023, 10, 3) and u.about == "7.1"]
    assert " ".join(update.text.split()) == ONE_A_LINE[0]
    text = minutes.read_text(encoding="utf-8")
    assert [" ".join(text[s.start : s.end].split()) for s in update.spans] == [" ".join(update.text.split())]


def test_a_sentence_before_one_naming_an_action_is_on_it_only_when_that_one_refers_back():
    """'The Corporate Director advised that an overseas recruitment campaign was being prepared. Members were advised
    that action 2.2 (the themed audit …) has been re-planned …' quoted the campaign as progress on the audit (tester
    helper-188); 'The policy was relaunched in May. This was action 1.1.' is one statement on action 1.1."""
    from findings.extract.action_mentions import action_statements
    from findings.segment.lines import split_lines

    for text, first in (
        (
            "The Director advised that an overseas recruitment campaign was being prepared. Members were advised that "
            "action 2.2 (the themed audit of plans) has been re-planned to 30 June 2017.\n",
            "Members were advised",
        ),
        ("The supervision policy was relaunched in May. This was action 1.1 of the plan.\n", "The supervision policy"),
    ):
        ((action, pieces),) = action_statements(text, split_lines(text, 0, len(text)))
        assert text[pieces[0][0] :].startswith(first), action
