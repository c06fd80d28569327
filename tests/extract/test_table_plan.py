"""Plans kept as tab-separated tables: recommendations, actions and who owns what — never guessed."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import CORPUS, DATA


def _part(path):
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def test_the_laming_response_table():
    doc, part = _part(next(CORPUS.rglob("004_*.txt")))
    review = part.assessments["central-bedfordshire/laming-2009"]
    assert review.kind == "ExternalReview"
    recs = [r for r in part.recommendations if r.kind == "Recommendation"]
    assert [r.identifier for r in recs] == [
        "4",
        "6",
        "7",
        "8",
        "9",
        "11",
        "13",
        "14",
        "15",
        "17",
        "19",
        "21",
        "22",
        "23",
        "24",
        "29",
        "30",
    ]
    actions = {a.identifier: a for a in part.actions}
    assert len(actions) == 69
    # a continuation row carries the values of the row above's second action
    assert (actions["6.2"].timescale, actions["6.2"].lead) == ("August 2009", "Sue Ioannou / Rachel Deakin")
    # one cell over two actions
    assert actions["11.1"].timescale == actions["11.2"].timescale == "June 2009"
    # six actions and five leads: nobody's lead is guessed
    assert all(actions[f"4.{n}"].lead is None for n in range(1, 7)) and actions["4.1"].timescale
    assert actions["22.1"].due_by == date(2009, 12, 31)  # 'By December 2009'
    updates = [u for u in part.updates if u.assessment == review.key]
    assert updates and all(u.as_at == date(2009, 10, 1) for u in updates)  # 'Progress as at 1.10.09'
    for item in recs + list(actions.values()) + updates:
        for span in item.spans:
            quote = doc.text[span.start : span.end]
            assert quote == quote.strip() and not quote.startswith("<") and not quote.endswith(">")


def test_another_column_order():
    _, part = _part(DATA / "other_councils" / "riverton_plan_table.txt")
    assert [(r.assessment, r.identifier) for r in part.recommendations] == [
        ("riverton/ofsted-2025", "1"),
        ("riverton/ofsted-2025", "2"),
    ]
    got = [(a.identifier, a.lead, a.due_by, a.priority) for a in part.actions]
    assert got == [
        ("1.1", "Designated Nurse", date(2025, 6, 30), "High"),
        ("1.2", "Head of Children in Care", date(2025, 9, 30), "High"),
        ("2.1", "Service Manager, Leaving Care", date(2025, 12, 31), "Medium"),
    ]
    assert [(u.about, u.as_at) for u in part.updates] == [
        ("1.1", date(2026, 3, 31)),
        ("1.2", date(2026, 3, 31)),
        ("2.1", date(2026, 3, 31)),
    ]


_BY_NUMBER = (
    "Sefton Council\nImprovement plan: response to the Ofsted inspection of children's services\n\n"
    "The inspection took place between 26 November and 7 December 2018.\n\n"
    "Ref\tActions\tLead officer\tTarget date\tProgress as at 31 March 2019\n"
    "1\tAgree a single referral route for initial health assessments.\tDesignated Nurse\tJune 2019\tRoute agreed.\n"
    "2\tRefresh the pathway plan template with young people.\tService Manager\tDecember 2019\tTemplate drafted.\n"
)
_REPORT = (
    "Inspection of Sefton local authority children's services\n\nInspection dates: 26 November to 7 December 2018\n\n"
    "Judgement Grade\nOverall effectiveness Requires improvement to be good\n\nWhat needs to improve?\n\n"
    "- The timeliness of initial health assessments for children who come into care.\n"
    "- The quality and consistency of pathway plans for care leavers.\n\n"
    "The experiences and progress of children who need help and protection: good\n\n"
    "1. Children and families receive timely help from a well-established early help offer.\n"
)


def test_a_plan_that_names_recommendations_by_number_only_builds(tmp_path):
    """A plan whose table has no column for the recommendation's words (Ref | Actions | Lead | Date | Progress):
    its recommendations are items known by number, each pointing at the number it was named by, and the build
    goes on (it stopped every council's build); the report, read too, gives them their words."""
    from findings.build import build

    (tmp_path / "plan.txt").write_text(_BY_NUMBER, encoding="utf-8")
    alone = build([tmp_path]).extraction
    recs = sorted(alone.recommendations, key=lambda r: r.identifier)
    assert [(r.assessment, r.identifier, r.text) for r in recs] == [
        ("sefton/ofsted-2018", "1", "Recommendation 1 (only its number is in the documents read)"),
        ("sefton/ofsted-2018", "2", "Recommendation 2 (only its number is in the documents read)"),
    ]
    doc = alone.documents[0]
    assert [doc.text[s.start : s.end] for r in recs for s in r.spans] == ["1", "2"]
    assert sorted(a.responds_to for a in alone.actions) == ["1", "2"]
    (tmp_path / "report.txt").write_text(_REPORT, encoding="utf-8")
    both = build([tmp_path]).extraction
    report = next(d for d in both.documents if d.path.endswith("report.txt"))
    recs = sorted(both.recommendations, key=lambda r: r.identifier)
    assert [(r.identifier, r.text) for r in recs] == [
        ("1", "The timeliness of initial health assessments for children who come into care."),
        ("2", "The quality and consistency of pathway plans for care leavers."),
    ]
    assert {s.doc for r in recs for s in r.spans} == {report.sha256}
    assert sorted(a.responds_to for a in both.actions) == ["1", "2"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ofsted inspected Sefton children's services from 26th November to 7th December 2018.",
        "The inspection took place between 26 November and 7 December 2018.",
        "The inspection of children's services was carried out between 26 November and 7 December, 2018.",
        "Inspectors visited from 26 November to 7 December 2018.",
        "The fieldwork ran from 26 to 30 November 2018 and the report",
        "Ofsted carried out an inspection of children's services between 26 November and 7 December 2018.",
        "The inspection was carried out by Ofsted from 26 November to 7 December 2018.",
        "The Ofsted inspection, which took place from 26 November to 7 December 2018, found",
        "Children's services were inspected by Ofsted between 26 November and 7 December 2018.",
        "During the inspection from 26 November to 7 December 2018, inspectors",
        "Our response to the Ofsted inspection of local authority children's services (ILACS), 26 November to 7 December"
        " 2018",  # helper-65
    ],
)
def test_a_plan_dates_the_inspection_it_answers_by_its_fieldwork_however_worded(sentence):
    """The plan's inspection is keyed by the year its fieldwork ended, not the year the report was published (a
    plan saying 'Ofsted inspected … from 26th November to 7th December 2018. The report was published on 25 January
    2019.' made a second inspection, ofsted-2019, holding copies of the recommendations)."""
    from findings.extract.context import inspection_mention

    found = inspection_mention(sentence + " The report was published on 25 January 2019.")
    assert (str(found["started"]), found["ended"].year, str(found["issued"])) == ("2018-11-26", 2018, "2019-01-25")


_TELFORD = DATA / "other_councils" / "telford_child_protection_2013.txt"
_PLAN_HEAD = (
    "Telford and Wrekin Council\nAction plan: response to the Ofsted inspection of arrangements for the protection"
    " of children\n\nThe inspection took place between 4 March and 15 March 2013.\n\n"
)
_PERFORMANCE = "Ensure that the performance information available to managers is accurate and used to drive improvement."


def _telford_with_plan(folder, rows: str, head: str = _PLAN_HEAD):
    """The Telford report and a plan of `rows` (tab-separated, under their header line) built together."""
    from findings.build import build

    (folder / "report.txt").write_text(_TELFORD.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "plan.txt").write_text(head + rows, encoding="utf-8")
    return build([folder]).extraction


def test_a_plan_that_numbers_the_reports_recommendations_its_own_way_answers_the_reports_items(tmp_path):
    """The council's plan numbers the report's recommendations 1, 2 in its own order (a 2014 report numbers them
    by paragraph): each of its statements restating one word for word takes the report's number, with its actions
    and progress, so `open` lists each recommendation once, with what was done about it (it listed the plan's
    copies as new items, done, and the report's as Open with no actions)."""
    out = _telford_with_plan(
        tmp_path,
        "Ref\tRecommendation\tActions\tLead officer\tTarget date\tProgress as at 30 September 2013\n"
        f"1\t{_PERFORMANCE}\tRebuild the performance dashboard.\tHead of Performance\tJune 2013\tDashboard in use.\n"
        "2\tEnsure that supervision of social workers is regular, reflective and recorded on the child's file."
        "\tAudit supervision records monthly.\tPrincipal Social Worker\tMay 2013\tAudits under way.\n",
    )
    assert sorted(r.identifier for r in out.recommendations) == ["1", "2", "3", "4"]
    assert sorted((a.identifier, a.responds_to) for a in out.actions) == [("1.1", "4"), ("2.1", "3")]
    texts = {r.identifier: r.text.casefold() for r in out.recommendations}
    assert texts["4"].startswith("ensure that the performance information") and texts["1"].startswith("ensure that all children")


def test_a_plan_for_the_second_inspection_of_a_year_answers_that_inspection(tmp_path):
    """Two inspections of one council in one year: the plan that dates its inspection by the later fieldwork answers
    the later one ('…/ofsted-2013-06-28'), not the first of the year (its actions landed on the March report's
    recommendations, and one recommendation carried two texts)."""
    from findings.build import build

    march = (DATA / "other_councils" / "telford_child_protection_2013.txt").read_text(encoding="utf-8")
    june = march.replace("4 – 15 March 2013", "17 – 28 June 2013").replace("19 April 2013", "2 August 2013")
    june = june.replace("supervision of social workers is regular", "supervision of foster carers is regular")
    (tmp_path / "march.txt").write_text(march, encoding="utf-8")
    (tmp_path / "june.txt").write_text(june, encoding="utf-8")
    plan = (
        "Telford and Wrekin Council\nAction plan\n\nThe inspection took place between 17 June and 28 June 2013.\n\n"
        "Ref\tRecommendation\tActions\tLead officer\tTarget date\n"
        "3\tEnsure that supervision of foster carers is regular, reflective and recorded on the child's file."
        "\tAudit foster carers' supervision monthly.\tFostering manager\tOctober 2013\n"
    )
    (tmp_path / "plan.txt").write_text(plan, encoding="utf-8")
    out = build([tmp_path]).extraction
    assert sorted(k for k, a in out.assessments.items() if a.kind == "Inspection") == [
        "telford-and-wrekin/ofsted-2013",
        "telford-and-wrekin/ofsted-2013-06-28",
    ]
    assert [(a.assessment, a.responds_to) for a in out.actions] == [("telford-and-wrekin/ofsted-2013-06-28", "3")]
    march_three = next(r for r in out.recommendations if (r.assessment, r.identifier) == ("telford-and-wrekin/ofsted-2013", "3"))
    assert "social workers" in march_three.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Following the inspection, weekly case audits ran from 5 January to 30 January 2026.",
        "Since the inspection, the improvement board has met from 3 to 24 March 2020.",
        "The inspection action plan will be reviewed between 1 May and 30 May 2019.",
        "Ofsted visited the front door again from 5 January to 30 January 2026 as a monitoring visit.",
        "Since the inspection, staff have received training between 5 January and 30 January 2026.",
        "Following the inspection, two monitoring visits took place from 5 January to 30 January 2026.",
        "The inspection found that caseloads rose from 5 January to 30 January 2026.",
    ],
)
def test_dates_of_later_work_are_no_fieldwork(sentence):
    """Only a verb of inspecting governs the fieldwork's dates: work after the inspection is not its fieldwork (the
    plan was filed under an inspection of 2026 that never was)."""
    from findings.extract.context import inspection_mention

    assert "ended" not in inspection_mention("The Ofsted inspection report was published on 25 April 2025. " + sentence)


def test_two_plan_rows_restating_one_report_item_both_answer_it(tmp_path):
    """Two rows of the plan restate the report's 4 (one word for word, one with words added): both join it, with
    their actions, and the report's recommendation 4 keeps the report's words."""
    out = _telford_with_plan(
        tmp_path,
        "Ref\tRecommendation\tActions\tLead officer\tTarget date\n"
        f"1\t{_PERFORMANCE}\tRebuild the performance dashboard.\tHead of Performance\tJune 2013\n"
        f"2\t{_PERFORMANCE[:-1]} in teams.\tTrain team managers.\tHead of Performance\tJuly 2013\n",
    )
    assert sorted((a.identifier, a.responds_to) for a in out.actions) == [("1.1", "4"), ("2.1", "4")]
    assert sorted(r.identifier for r in out.recommendations) == ["1", "2", "3", "4"]


def test_the_inspection_a_plan_answers_is_not_the_previous_one_it_mentions():
    from findings.extract.context import inspection_mention

    found = inspection_mention(
        "The previous inspection, from 4 to 15 March 2013, found services adequate. Ofsted inspected the service"
        " again between 17 June and 28 June 2013."
    )
    assert (str(found["started"]), str(found["ended"])) == ("2013-06-17", "2013-06-28")


_REC3 = "Ensure that supervision of social workers is regular, reflective and recorded on the child's file."


def test_a_plan_with_each_recommendation_above_its_own_table_answers_the_reports_items(tmp_path):
    """'What needs to improve', the recommendation, then a table of its actions ('Action no', 'What we will do'): each
    table's actions answer the recommendation above it, and the later tables, which name no inspection of their own,
    answer the same inspection (helper-65: no actions, and two undated inspections beside the dated one)."""
    head = _PLAN_HEAD.replace(
        "The inspection took place between 4 March and 15 March 2013.", "(ILACS), 4 March to 15 March 2013"
    ).replace("children\n\n(ILACS)", "children (ILACS)")
    out = _telford_with_plan(
        tmp_path,
        "What needs to improve\n"
        f"{_REC3}\n"
        "Action no\tWhat we will do\tLead officer\tBy when\n"
        "3.1\tAudit supervision records monthly.\tPrincipal Social Worker\tMay 2013\n"
        "3.2\tTrain managers in reflective supervision.\tHead of Service\tJune 2013\n\n"
        "What needs to improve\n"
        f"{_PERFORMANCE}\n"
        "Action no\tWhat we will do\tLead officer\tBy when\n"
        "4.1\tRebuild the performance dashboard.\tHead of Performance\tJune 2013\n",
        head=head,
    )
    assert sorted(k for k, a in out.assessments.items() if a.kind == "Inspection") == ["telford-and-wrekin/ofsted-2013"]
    assert sorted((a.identifier, a.responds_to) for a in out.actions) == [("3.1", "3"), ("3.2", "3"), ("4.1", "4")]
    assert sorted(r.identifier for r in out.recommendations) == ["1", "2", "3", "4"]


def test_a_tracker_that_never_names_the_inspection_answers_the_report_whose_items_it_quotes(tmp_path):
    """A tracker quoting the report's recommendations beside its actions ('R3 / 3.2') but never naming the inspection
    answers the report it quotes, action 3.2 as numbered (helper-65: an undated inspection of its own, holding
    copies of the recommendations, and the action numbered 3.1)."""
    out = _telford_with_plan(
        tmp_path,
        "Ref\tArea for improvement\tAction\tOwner\tDue date\tRAG\n"
        f"R3 / 3.2\t{_REC3}\tTrain managers in reflective supervision.\tHead of Service\t2013-06-30\tGreen\n",
        head="Telford and Wrekin Council\nImprovement tracker as at 30 September 2013\n\n",
    )
    assert sorted(k for k, a in out.assessments.items() if a.kind == "Inspection") == ["telford-and-wrekin/ofsted-2013"]
    assert [(a.assessment, a.identifier, a.responds_to) for a in out.actions] == [("telford-and-wrekin/ofsted-2013", "3.2", "3")]
    assert sorted(r.identifier for r in out.recommendations) == ["1", "2", "3", "4"]


def test_a_plan_lettering_the_reports_recommendations_in_order_answers_them_by_number(tmp_path):
    """'Recommendation (c): …' rows over 'C1' actions, and a tracker's '(d)' beside 'D2', dated 'as at' and naming
    no inspection: the report's third and fourth recommendations, actions 3.1 and 4.2, and one inspection (helper-65:
    no actions from the plan; the tracker's on an undated inspection of their own)."""
    _telford_with_plan(
        tmp_path,
        "Ref\tAction\tLead\tTarget date\n"
        f"Recommendation (c): {_REC3}\n"
        "C1\tAudit supervision records monthly.\tPrincipal Social Worker\tMay 2013\n",
    )
    out = _with_tracker(
        tmp_path,
        "Telford and Wrekin Council\nImprovement tracker – position as at 31 January 2014\n\n"
        "Rec\tAction ref\tAction\tLead\tTarget date\tRAG\n"
        "(d)\tD2\tTrain managers to read the dashboard\tHead of Performance\t2013-12-31\tGreen\n",
    )
    assert sorted(k for k, a in out.assessments.items() if a.kind == "Inspection") == ["telford-and-wrekin/ofsted-2013"]
    assert sorted((a.identifier, a.responds_to) for a in out.actions) == [("3.1", "3"), ("4.2", "4")]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Improvement plan\nVersion 2 — 14th May 2013\n\n", date(2013, 5, 14)),
        ("Improvement plan\nMay 2013\n\n", date(2013, 5, 31)),
        ("Improvement plan\nagreed by the Improvement Board on 14th May 2013\n\n", date(2013, 5, 14)),
        # a web page's plan dated 'Published …' (tester helper-266: its actions stood planned from the report's day)
        ("Improvement plan\nPublished 14 May 2013\n\n", date(2013, 5, 14)),
        ("Improvement plan\nFirst published: 14th May 2013\n\n", date(2013, 5, 14)),
        ("Improvement plan\nDate of publication: 14 May 2013\n\n", date(2013, 5, 14)),
    ],
)
def test_a_plan_is_dated_by_its_opening_not_its_file_and_its_actions_stand_planned_from_then(tmp_path, opening, day):
    """A Word plan's 'created' property may be its template's (2012, before the inspection it answers): the date its
    opening gives is the paper's, and its actions are planned as of that date, not as of the report (helper-65)."""
    out = _telford_with_plan(
        tmp_path,
        "Ref\tRecommendation\tActions\tLead officer\tTarget date\n"
        f"1\t{_PERFORMANCE}\tRebuild the performance dashboard.\tHead of Performance\tJune 2013\n",
        head="Telford and Wrekin Council\n" + opening + "This plan answers the inspection that took place between 4 March"
        " and 15 March 2013.\n\n",
    )
    plan = next(d for d in out.documents if d.path.endswith("plan.txt"))
    assert plan.date == day
    (planned,) = [s for s in out.statuses if s.status == "ActionPlanned" and s.item.identifier == "4"]
    assert planned.as_of == day


def test_a_trackers_revised_date_is_a_slip_of_the_plans_action_and_the_plans_rag_is_dated_by_the_plan(tmp_path):
    """The plan (dated in its opening) rates its action Amber; a tracker restating the action gives a revised date:
    the action is one, its slip kept (helper-65: lost when the tracker's action joined the plan's), and the plan's
    rating is dated by the plan, not undated (its 'as at' is the paper's own, above an earlier table)."""
    from findings.build import build

    _telford_with_plan(
        tmp_path,
        "Ref\tRecommendation\tActions\tLead officer\tTarget date\tRAG\n"
        f"4\t{_PERFORMANCE}\tRebuild the performance dashboard.\tHead of Performance\t30 June 2013\tAmber\n",
        head="Telford and Wrekin Council\nImprovement plan\nVersion 2 — 14th May 2013\n\nThis plan answers the inspection "
        "that took place between 4 March and 15 March 2013.\n" + "The plan is owned by the Director.\n" * 40 + "\n",
    )
    (tmp_path / "tracker.txt").write_text(
        "Telford and Wrekin Council\nImprovement tracker – position as at 30 September 2013\n\n"
        "Ref\tArea for improvement\tAction\tOwner\tDue date\tRevised date\tRAG\n"
        f"R4 / 4.1\t{_PERFORMANCE}\tRebuild the performance dashboard.\tHead of Performance\t2013-06-30\t2013-12-31\tRed\n",
        encoding="utf-8",
    )
    out = build([tmp_path]).extraction
    (action,) = out.actions
    assert (action.identifier, action.due_by, [day for day, _ in action.slips]) == (
        "4.1",
        date(2013, 6, 30),
        [date(2013, 12, 31)],
    )
    assert sorted(u.as_at for u in out.updates if u.about == "4.1") == [date(2013, 5, 14), date(2013, 9, 30)]
    from click.testing import CliRunner

    from findings.cli import cli

    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(tmp_path), "--out", str(tmp_path / "g"), "--no-pictures"]).exit_code == 0
    shown = runner.invoke(cli, ["show", "--graph", str(tmp_path / "g"), "telford-and-wrekin/ofsted-2013/action/4.1"])
    assert "fo:dueBySlipped" in shown.output and "2013-12-31" in shown.output  # show printed the due date only


def test_action_ids_numbered_anew_under_each_recommendation_stay_apart(tmp_path):
    """'A1', 'A2' under recommendation 3 and again under 4: the letter names no recommendation here, so they are
    3.1, 3.2, 4.1, 4.2 (helper-66: the second recommendation's actions merged into the first's)."""
    out = _telford_with_plan(
        tmp_path,
        "Ref\tRecommendation\tAction ID\tAction\tLead officer\tTarget date\n"
        f"3\t{_REC3}\tA1\tAudit supervision records monthly.\tPSW\tMay 2013\n"
        "\t\tA2\tTrain managers in reflective supervision.\tHead of Service\tJune 2013\n"
        f"4\t{_PERFORMANCE}\tA1\tRebuild the performance dashboard.\tHead of Performance\tJune 2013\n"
        "\t\tA2\tReport timeliness quarterly.\tHead of Performance\tJuly 2013\n",
    )
    assert sorted((a.identifier, a.responds_to) for a in out.actions) == [("3.1", "3"), ("3.2", "3"), ("4.1", "4"), ("4.2", "4")]


def test_a_plan_whose_rows_name_their_recommendations_has_no_recommendation_above_its_table(tmp_path):
    """A table without a recommendation column whose rows 'Recommendation 1: …' name them: the paragraph above the
    table is the plan's introduction, not a recommendation (helper-66)."""
    out = _telford_with_plan(
        tmp_path,
        "This plan sets out what we will do in response to each area Ofsted identified, and who leads it.\n"
        "Ref\tAction\tLead\tTarget date\n"
        f"Recommendation 3: {_REC3}\n"
        "3.1\tAudit supervision records monthly.\tPrincipal Social Worker\tMay 2013\n",
    )
    texts = {r.identifier: r.text for r in out.recommendations}
    assert "This plan sets out" not in " ".join(texts.values())
    assert sorted((a.identifier, a.responds_to) for a in out.actions) == [("3.1", "3")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our readiness work included a peer-led mock inspection in November 2022.",
        "We are preparing for the next inspection in May 2024.",
        "The plan of March 2019 inspection readiness work was agreed.",
        "A JTAI inspection in May 2023 looked at neglect.",
        "The annual report published in March 2023 sets this out.",
    ],
)
def test_a_month_about_another_inspection_dates_none(sentence):
    """A month keys the inspection a paper answers only when it is that inspection's (helper-66: a mock inspection
    registered a phantom Ofsted 2022 inspection and its updates were lost)."""
    from findings.extract.context import inspection_mention

    assert "month" not in inspection_mention(sentence)


def test_a_plans_period_is_not_its_date():
    from findings.extract.dates import heading_date

    assert heading_date("Improvement plan\nApril 2019 – March 2020\nThis plan answers …") is None  # helper-66
    assert heading_date("Improvement plan\nVersion 2 — 14th May 2013\n") == date(2013, 5, 14)


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Improvement plan\nDate agreed: 27th June 2022 Owner: Strategic Director\n", date(2022, 6, 27)),
        ("Improvement plan\nDate approved: 3 March 2021\n", date(2021, 3, 3)),
        ("Improvement plan\nUpdated 4 May 2020 Lead officer: Head of Service\n", date(2020, 5, 4)),
        ("Improvement plan\nMeeting held on 4 May 2020 Venue: Town Hall\n", None),  # no label of the paper's own day
    ],
)
def test_a_plan_dated_by_a_labelled_line_that_goes_on_to_another_field_is_dated_so(opening, day):
    """'Date agreed: 27th June 2022 Owner: …' on one line of a Word plan: the plan was dated by its file's creation
    (2013, before the inspection it answers) and its statuses by the report (helper-140)."""
    from findings.extract.dates import heading_date

    assert heading_date(opening) == day


def test_a_day_another_paper_was_published_on_is_not_the_plans():
    """'Published' dates the plan only opening its line: the report it answers was published on another day."""
    from findings.extract.dates import heading_date

    assert heading_date("Improvement plan\nOur response to the Ofsted report published 19 April 2013\n") is None
    assert heading_date(
        "Improvement plan\nOur response to the Ofsted report published 19 April 2013\nPublished 14 May 2013\n"
    ) == date(2013, 5, 14)


def test_a_plan_and_a_tracker_dated_in_figures_are_dated_so():
    from findings.extract.dates import heading_date

    assert heading_date("LBL Improvement Plan\nVersion 3 - 08/07/2015\n") == date(2015, 7, 8)  # helper-67
    assert heading_date("[Tracker]\nOfsted tracker as at 15/01/2016\nRef\tAction\n") == date(2016, 1, 15)


def test_a_tracker_numbering_its_areas_in_their_own_column_and_a_plan_saying_who_are_read(tmp_path):
    """'Area for improvement' holding '4' beside 'Action ref' 4.1, 'Commentary' for progress; a plan's 'No. | What we
    will do | Who | By when' (helper-67: 'found no actions', and an undated inspection beside the report's)."""
    _telford_with_plan(
        tmp_path,
        "No.\tWhat we will do\tWho\tBy when\tHow we will know\n"
        "4.1\tRebuild the performance dashboard.\tHead of Performance\t30 Jun 13\tThe dashboard is used in every team\n",
        head="Telford and Wrekin Council\nPost-inspection action plan\nIssued 14 May 13.\nThis plan answers the inspection "
        "that took place between 4 March and 15 March 2013.\n\n",
    )
    out = _with_tracker(
        tmp_path,
        "[Action log]\nTelford and Wrekin Council post-inspection action plan – tracker\nUpdated: 30 September 2013\n"
        "Action ref\tArea for improvement\tAction\tOwner\tTarget date\tRevised target\tStatus\tCommentary\n"
        "4.1\t4\tRebuild the performance dashboard.\tHead of Performance\t2013-06-30\t2013-11-30\tDelayed\tTesting.\n",
    )
    assert sorted(k for k, a in out.assessments.items() if a.kind == "Inspection") == ["telford-and-wrekin/ofsted-2013"]
    (action,) = out.actions
    assert (action.identifier, action.responds_to, action.lead, str(action.due_by)) == (
        "4.1",
        "4",
        "Head of Performance",
        "2013-06-30",
    )
    assert [str(day) for day, _ in action.slips] == ["2013-11-30"]
    plan = next(d for d in out.documents if d.path.endswith("plan.txt"))
    assert str(plan.date) == "2013-05-14"


def _with_tracker(folder, text: str):
    """The extraction of `folder` (a report and a plan, _telford_with_plan) with a tracker of `text` added."""
    from findings.build import build

    (folder / "tracker.txt").write_text(text, encoding="utf-8")
    return build([folder]).extraction


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the last meeting of the Board, the Ofsted inspection in April 2018 has reported.",
        "The findings of the Ofsted inspection in April 2018 and next steps are set out below.",
        "The annual report covers the Ofsted inspection in April 2018.",
    ],
)
def test_a_month_of_this_inspection_is_read_though_other_words_stand_near(sentence):
    """helper-69: 'last', 'next' and 'annual' a few words off dropped a real month."""
    from findings.extract.context import inspection_mention

    assert str(inspection_mention(sentence)["month"]) == "2018-04-30"


def test_a_period_in_figures_is_no_date():
    from findings.extract.dates import heading_date

    assert heading_date("Improvement plan\nPlan period: 01/04/2019 - 31/03/2020\n") is None  # helper-69


def test_a_plans_own_rag_key_and_financial_quarters_are_read(tmp_path):
    """'Blue: not yet due to start' in the plan's key, and due dates 'end of Q3 2022/23': a Blue row was in progress
    and 7 of 17 actions had no due date (helper-75, Leeds style)."""
    from findings.build import build
    from tests.conftest import OFSTED, need_shared

    need_shared()
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Wigan Council\nOur response to the Ofsted inspection of local authority children’s services\n"
        "Version 1.0 – 30 September 2022\n"
        "Ofsted inspected our children’s services between 9 and 20 May 2022 and published its report on 5 July 2022.\n"
        "Key: RAG – Green: complete or on track; Amber: some slippage, within tolerance; Red: off track; Blue: not yet"
        " due to start.\n"
        "Ref\tArea for improvement\tWhat we will do\tLead\tBy when\tRAG\n"
        "1a\tThe level of management oversight regarding screening decisions at the front door.\tAppoint a permanent"
        " Team Manager to each screening team.\tHead of Service\tend of Q3 2022/23\tGreen\n"
        "1b\t\tMonthly dip sample of screening decisions.\tPrincipal Social Worker\tend of Q1 2023/24\tBlue\n",
        encoding="utf-8",
    )
    out = build([plan, OFSTED / "wigan"]).extraction
    due = {a.identifier: a.due_by for a in out.actions if a.assessment == "wigan/ofsted-2022"}
    assert due == {"1.1": date(2022, 12, 31), "1.2": date(2023, 6, 30)}
    read = {u.about: (u.text, u.means, u.indicates) for u in out.updates if u.about_kind == "action"}
    assert read == {
        "1.1": ("Green", "complete or on track", "InProgress"),  # not known complete
        "1.2": ("Blue", "not yet due to start", "ActionPlanned"),
    }
    doc = next(d for d in out.documents if d.path.endswith("plan.txt"))
    blue = next(u for u in out.updates if u.about == "1.2")
    assert [doc.text[s.start : s.end] for s in blue.spans] == ["Blue", "Blue: not yet due to start"]
    # the plan's own references: '1b' is the second action of recommendation 1, and quoted (helpers 75 and 76)
    refs = {a.identifier: [doc.text[s.start : s.end] for s in a.spans if s.end - s.start == 2] for a in out.actions}
    assert refs == {"1.1": ["1a"], "1.2": ["1b"]}


def test_a_report_saying_action_3b_is_delayed_slips_the_plans_action_3b(tmp_path):
    """'The dip sample (action 1b) has been delayed to September 2024' in a report on the recommendation: the slip
    was lost, the plan lettering its actions '1a', '1b' (helper-76)."""
    from findings.build import build
    from tests.conftest import OFSTED, need_shared

    need_shared()
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Wigan Council\nOur response to the Ofsted inspection of local authority children’s services published on 5 July"
        " 2022\nRef\tArea for improvement\tWhat we will do\tLead\tBy when\n"
        "1a\tThe level of management oversight regarding screening decisions at the front door.\tAppoint team managers."
        "\tHead of Service\tDec 22\n1b\t\tMonthly dip sample of screening decisions.\tPrincipal Social Worker\tMarch 2024\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.txt"
    report.write_text(
        "Wigan Council\nReport to the Scrutiny Committee\nDate: 12 March 2024\nOfsted published its report on 5 July"
        " 2022.\n\n1. Recommendation 1: on track. The dip sample (action 1b) has been delayed to September 2024.\n",
        encoding="utf-8",
    )
    out = build([plan, report, OFSTED / "wigan"]).extraction
    slipped = {a.identifier: [d for d, _ in a.slips] for a in out.actions if a.assessment == "wigan/ofsted-2022"}
    assert slipped == {"1.1": [], "1.2": [date(2024, 9, 30)]}


def test_a_recommendation_keeps_the_reports_words_not_a_plans_longer_labelled_restatement(tmp_path):
    """A plan's cell 'AFI 1: The pace of change … experiences.' (longer, with its label) replaced the report's wording
    when the report was a text copy (helper-76, Hampshire style): the report's words stand, the plan's cell quotes
    only the recommendation's words, not its label."""
    from findings.build import build
    from tests.conftest import OFSTED, need_shared

    need_shared()
    name = "children's services inspection - 17 march 2023.pdf"
    report = tmp_path / name.replace(".pdf", ".txt")
    report.write_text(read_document(OFSTED / "rochdale" / name).text, encoding="utf-8")
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Rochdale Borough Council\nOur plan after the Ofsted inspection of local authority children’s services published"
        " on 17 March 2023\n"
        "Area for improvement\tRef\tWhat we will do\tLead\tBy when\n"
        "AFI 1: The pace of change by senior leaders and partners to ensure that strategic plans improve children’s"
        " experiences, refreshed with partners.\t1a\tRefresh the improvement plan.\tDirector\tSept 23\n",
        encoding="utf-8",
    )
    out = build([report, plan]).extraction
    (rec,) = [r for r in out.recommendations if r.assessment == "rochdale/ofsted-2023" and r.identifier == "1"]
    assert (
        rec.text
        == "The pace of change by senior leaders and partners to ensure that strategic plans improve children’s experiences."
    )
    plan_doc = next(d for d in out.documents if d.path.endswith("plan.txt"))
    quoted = [plan_doc.text[s.start : s.end] for s in rec.spans if s.doc == plan_doc.sha256]
    assert quoted and all(not q.startswith("AFI") for q in quoted)


def test_a_workbook_plan_with_deliverables_dated_in_figures_and_weeks_and_its_status_column_dated(tmp_path):
    """A sheet headed 'Action ID | Deliverable | Responsible officer | Target date | Success measure | Status at
    20.05.24', dates 'w/c 3 June 2024' and '31.07.24', and 'Grey – not yet due to start' in the key: the whole plan
    was dropped (helper-77, Kent style)."""
    import openpyxl

    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["Kent County Council"])
    cover.append(["Ofsted Inspection of Local Authority Children's Services (ILACS) — Improvement Plan 2024–2025"])
    cover.append(["Inspection fieldwork:", "12 to 23 February 2024"])
    cover.append(["Key: Green – complete; Amber – on track; Red – off track; Grey – not yet due to start"])
    sheet = book.create_sheet("AFI1")
    sheet.append(["Area for improvement 1"])
    sheet.append(["Ofsted said: “The timeliness of actions when decisions have been made to escalate to pre-proceedings.”"])
    sheet.append(["Action ID", "Deliverable", "Responsible officer", "Target date", "Success measure", "Status at 20.05.24"])
    sheet.append(
        ["PLO-01", "Establish a fortnightly PLO tracking panel.", "Assistant Director", "w/c 3 June 2024", "100%", "Grey"]
    )
    sheet.append(["PLO-02", "Revise the legal gateway guidance.", "Head of Service", "31.07.24", "All", "Amber"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    _, part = _part(path)
    assert [(a.responds_to, a.due_by) for a in part.actions] == [("1", date(2024, 6, 9)), ("1", date(2024, 7, 31))]
    assert [(u.as_at, u.text, u.means) for u in part.updates] == [
        (date(2024, 5, 20), "Grey", "not yet due to start"),
        (date(2024, 5, 20), "Amber", "on track"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Green: 14 of the 20 actions are complete; Amber: 4 are delayed.\n",  # a summary of counts
        "Cllr Green: welcomed that the audit had been completed.\n",  # a person
    ],
)
def test_a_colour_named_in_prose_is_no_key(text):
    """Only a key's line or a legend's entry says what a colour means (helper-79's review)."""
    from findings.extract.rag import rag_key

    assert rag_key("Status of the plan\n" + text) == {}


def test_a_plans_due_dates_are_read_however_the_council_words_them(tmp_path):
    """'By end of March 2014', 'Autumn 2013', 'Dec-13', '31 October 2013', 'Spring term 2014': seasons, lead-in words
    and months written with a dash had no due date (the Missing list since helper-77; timescales.json holds the
    words, the seasons' and terms' last months)."""
    sup = "Ensure that supervision of social workers is regular, reflective and recorded on the child's file."
    rows = [
        ("Rebuild the performance dashboard.", "By end of March 2014", date(2014, 3, 31)),
        ("Train managers in reading the dashboard.", "Autumn 2013", date(2013, 11, 30)),
        ("Report the dashboard to the board.", "Dec-13", date(2013, 12, 31)),
        ("Audit supervision records monthly.", "no later than 31 October 2013", date(2013, 10, 31)),
        ("Refresh the supervision policy.", "Spring term 2014", date(2014, 4, 30)),
        ("Keep auditing.", "Ongoing", None),
    ]
    table = "Ref\tRecommendation\tActions\tLead officer\tTarget date\n"
    for n, (action, due, _) in enumerate(rows):
        rec = 1 if n < 3 else 2
        first = n in (0, 3)
        named = (_PERFORMANCE if rec == 1 else sup) if first else ""
        table += f"{rec if first else ''}\t{named}\t{action}\tHead of Service\t{due}\n"
    out = _telford_with_plan(tmp_path, table)
    got = {a.text: (a.timescale, a.due_by) for a in out.actions}
    assert got == {action: (due, expected) for action, due, expected in rows}


def test_a_plans_how_we_will_know_column_is_each_actions_intended_outcome_and_later_figures_are_held_to_it(tmp_path):
    """A 'How we will know (success measure)' column was dropped, so 'All supervision … within timescales' was never
    held against the tracker's '72% of supervisions were within timescales' (the Missing list; helper-77, Kent)."""
    from findings.build import build

    out = _telford_with_plan(
        tmp_path,
        "Ref\tRecommendation\tKey actions\tResponsible officer\tTarget date\tHow we will know (success measure)"
        "\tProgress as at 30 September 2013\n"
        "1\tEnsure that supervision of social workers is regular, reflective and recorded on the child's file."
        "\tAudit supervision records monthly.\tPrincipal Social Worker\tMay 2013"
        "\tAll supervision is recorded within timescales.\tDone: 72% of supervisions were recorded within timescales.\n",
    )
    action = next(a for a in out.actions)
    assert action.outcome == "All supervision is recorded within timescales."
    doc = next(d for d in out.documents if d.path.endswith("plan.txt"))
    assert action.outcome in [doc.text[s.start : s.end] for s in action.spans]
    rec = next(s for s in out.statuses if s.item.identifier == action.responds_to and s.current)
    assert (rec.status, rec.assurance) == ("InProgress", "OutcomeNotMet")
    graph = build([tmp_path]).graph
    assert any(str(o) == action.outcome for o in graph.objects(None, None))


def test_a_plan_published_as_an_html_table_is_read_as_a_word_plan_is(tmp_path):
    """An HTML <table> plan, its recommendation a cell spanning its actions' rows and numbered '1.': every cell was
    read as a line of its own, so nothing was found (helper-81, a London borough's plan)."""
    sup = "Ensure that supervision of social workers is regular, reflective and recorded on the child's file."
    (tmp_path / "report.txt").write_text(_TELFORD.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "plan.html").write_text(
        "<html><body><h1>Telford and Wrekin Council</h1><p>Improvement plan answering the inspection that took place"
        " between 4 March and 15 March 2013.</p><table><thead><tr><th>Ref</th><th>Recommendation</th><th>Key actions"
        "</th><th>Responsible officer</th><th>Target date</th><th>How we will know</th><th>Status</th></tr></thead>"
        f"<tbody><tr><td>1.1</td><td rowspan='2'><p>1. {sup}</p></td><td><p>Audit supervision records monthly.</p>"
        "<p>Report the audit to the board.</p></td><td>Principal Social Worker</td><td>End of Q3 2013/14</td>"
        "<td>All supervision recorded within timescales</td><td>On track</td></tr>"
        "<tr><td>1.2</td><td>Refresh the supervision policy.</td><td>Head of Service</td><td>Autumn 2013</td>"
        "<td>Policy agreed</td><td>Complete</td></tr></tbody></table></body></html>",
        encoding="utf-8",
    )
    from findings.build import build

    out = build([tmp_path]).extraction
    (rec,) = [r for r in out.recommendations if r.text.casefold() == sup.casefold().rstrip(".")]
    assert rec.identifier == "3"  # the report's number for it, not the plan's '1.' (which the report gives another)
    got = sorted((a.identifier, a.responds_to, a.text, a.lead, a.due_by, a.outcome) for a in out.actions)
    audit = ("Principal Social Worker", date(2013, 12, 31), "All supervision recorded within timescales")
    assert got == [
        ("1.1", "3", "Audit supervision records monthly.", *audit),  # a cell's two paragraphs: two actions
        ("1.2", "3", "Report the audit to the board.", *audit),
        ("1.3", "3", "Refresh the supervision policy.", "Head of Service", date(2013, 11, 30), "Policy agreed"),
    ]
    doc = next(d for d in out.documents if d.path.endswith("plan.html"))
    plan_rec = [s for s in rec.spans if s.doc == doc.sha256]
    assert plan_rec and all(doc.text[s.start : s.end] == sup for s in plan_rec)  # without its '1. '
    for action in out.actions:
        assert action.text in [doc.text[s.start : s.end] for s in action.spans]


def test_a_workbook_tracker_is_dated_and_titled_by_its_opening_its_rows_no_prose_and_its_labels_no_words(tmp_path):
    """A tracker workbook: 'Position at 31 March 2025' above its table, recommendations labelled 'R1 The timeliness
    …': the paper was dated by the file's creation and titled '[Tracker]', each row was read again as prose (an
    undated update on the recommendation quoting the whole row) and the label stayed in the words (helper-86)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(["Telford and Wrekin Council"])
    sheet.append(["Improvement tracker – Ofsted inspection of 4 to 15 March 2013"])
    sheet.append(["Position at 30 September 2013"])
    sheet.append(["Ref", "Recommendation", "Action", "Owner", "Due date", "Status", "Update at 30/09/2013"])
    sup = "Ensure that supervision of social workers is regular, reflective and recorded on the child's file."
    sheet.append(
        ["1.1", f"R1 {sup}", "Audit supervision records monthly.", "Principal Social Worker", "31/07/2013", "Complete", "Done."]
    )
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    doc, part = _part(path)
    assert (doc.date, doc.title) == (date(2013, 9, 30), "Telford and Wrekin Council")
    assert [r.text for r in part.recommendations] == [sup]
    (update,) = part.updates  # the row's status and its words are one update, not two
    assert (update.about_kind, update.about, update.text) == ("action", "1.1", "Complete Done.")
    assert [doc.text[s.start : s.end] for s in update.spans] == ["Complete", "Done."]


@pytest.mark.parametrize("label", ["Area for improvement 4", "AFI 4", "area for development 4"])
def test_a_plans_first_column_naming_the_area_by_its_label_and_number_is_that_recommendation(tmp_path, label):
    """'Area for improvement 1 | Deliver multi-agency neglect training | …' found no actions (tester helper-101): a
    cell that is only a label and a number names the recommendation, as '4' or 'Rec 4' does."""
    out = _telford_with_plan(
        tmp_path,
        f"Area for improvement\tAction\tLead\tBy when\n{label}\tRebuild the performance dashboard.\tHead of Performance\t"
        "30 June 2013\n",
    )
    (action,) = out.actions
    assert (action.responds_to, action.text, action.lead) == ("4", "Rebuild the performance dashboard.", "Head of Performance")


@pytest.mark.parametrize("heading", ["Action ref", "Action no", "Action number"])
def test_a_tracker_numbering_only_its_actions_answers_the_recommendation_its_label_names(tmp_path, heading):
    """A tracker whose first column numbers the actions ('Action ref': 1.1, 2.1) and whose recommendation cells open
    'R1 …': no recommendation was opened, so not one of its actions or statuses was read (helper-140)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ofsted inspection action plan tracker"])
    sheet.append(["Position as at 30 September 2013"])
    sheet.append([heading, "Ofsted recommendation", "Action", "Lead officer", "Target date", "Status", "Commentary"])
    first = "The timeliness of assessments for disabled children."
    second = "The quality of return home interviews."
    sheet.append(["1.1", f"R1 {first}", "Audit assessments monthly.", "Head of Service", "30/09/2013", "Complete", "Done."])
    sheet.append(["1.2", f"R1 {first}", "Train the team.", "Principal Social Worker", "31/12/2013", "On track", "Begun."])
    sheet.append(["2.1", f"R2 {second}", "Commission a new service.", "Head of Commissioning", "31/03/2014", "Delayed", "Late."])
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    doc, part = _part(path)
    assert [(r.identifier, r.text) for r in part.recommendations] == [("1", first), ("2", second)]
    assert [(a.responds_to, a.identifier, a.lead) for a in part.actions] == [
        ("1", "1.1", "Head of Service"),
        ("1", "1.2", "Principal Social Worker"),
        ("2", "2.1", "Head of Commissioning"),
    ]
    assert {u.about for u in part.updates} == {"1.1", "1.2", "2.1"}
    for rec in part.recommendations:
        assert [doc.text[s.start : s.end] for s in rec.spans] == [rec.text]


def test_a_plan_that_numbers_nothing_answers_the_reports_items_it_quotes(tmp_path):
    """'Recommendation | Action | Lead | Target date' with the recommendation's words on its first action's row only
    (a merged cell) and no number anywhere: each recommendation the plan quotes is the report's, with its actions
    (no recommendation or action was read at all: a plan's rows opened a recommendation only by its number)."""
    out = _telford_with_plan(
        tmp_path,
        "Recommendation\tAction\tLead officer\tTarget date\n"
        f"{_PERFORMANCE}\tRebuild the performance dashboard.\tHead of Performance\tJune 2013\n"
        "\tReport performance to the board monthly.\tHead of Performance\tJuly 2013\n"
        f"{_REC3}\tAudit supervision records monthly.\tPrincipal Social Worker\tMay 2013\n",
    )
    assert sorted(r.identifier for r in out.recommendations) == ["1", "2", "3", "4"]
    answered = sorted((a.responds_to, a.text) for a in out.actions)
    assert answered == [
        ("3", "Audit supervision records monthly."),
        ("4", "Rebuild the performance dashboard."),
        ("4", "Report performance to the board monthly."),
    ]
