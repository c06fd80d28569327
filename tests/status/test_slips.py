"""A due date that slips is recorded beside the first one, never over it: a later version of a plan that restates an
action with a later date, and an update that re-plans one."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD, Namespace

from findings.build import build
from findings.rdf._fo import FO
from findings.validate import validate_graph
from tests.conftest import DATA

OA = Namespace("http://www.w3.org/ns/oa#")
PLAN = DATA / "other_councils" / "riverton_plan_table.txt"


def test_a_later_plan_and_an_update_slip_due_dates_without_overwriting(tmp_path):
    first = PLAN.read_text(encoding="utf-8")
    later = (
        first.replace("Progress as at 31 March 2026", "Progress as at 30 September 2026")
        .replace("December 2025", "June 2026")
        .replace(
            "Reported in July and October 2025: 81% within 20 working days.",
            "Reported quarterly. Revised timescale: December 2026, after the health review.",
        )
    )
    (tmp_path / "plan-2026-03.txt").write_text(first, encoding="utf-8")
    (tmp_path / "plan-2026-09.txt").write_text(later, encoding="utf-8")
    result = build([tmp_path])
    actions = {a.identifier: a for a in result.extraction.actions}
    assert sorted(actions) == ["1.1", "1.2", "2.1"]  # one action each, however many versions state it
    assert str(actions["2.1"].due_by) == "2025-12-31" and [str(d) for d, _ in actions["2.1"].slips] == ["2026-06-30"]
    assert [str(d) for d, _ in actions["1.2"].slips] == ["2026-12-31"]
    assert actions["1.1"].slips == []
    node = URIRef("https://w3id.org/findings/id/riverton/ofsted-2025/action/2.1")
    assert set(result.graph.objects(node, FO.dueBy)) == {Literal("2025-12-31", datatype=XSD.date)}
    assert set(result.graph.objects(node, FO.dueBySlipped)) == {Literal("2026-06-30", datatype=XSD.date)}
    for _, span in actions["2.1"].slips + actions["1.2"].slips:
        doc = next(d for d in result.extraction.documents if d.sha256 == span.doc)
        assert doc.path.endswith("plan-2026-09.txt") and doc.text[span.start : span.end].strip()


def test_two_plans_that_word_one_update_differently_keep_both_and_still_validate(tmp_path):
    """A draft and a final plan give action 1.1 different progress on the same date: two updates, two nodes, each with
    one text and one status it indicates (the shapes allow one), and the build conforms."""
    from tests.conftest import DATA as _DATA

    first = (_DATA / "plan_other_council.txt").read_text(encoding="utf-8")
    said = (
        "A single referral route was agreed at the partnership board in May and is now in use across every team in the borough."
    )
    assert said in first
    (tmp_path / "plan-a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "plan-b.txt").write_text(
        first.replace(said, "A single referral route is being piloted with two teams; roll-out is ongoing."), encoding="utf-8"
    )
    from click.testing import CliRunner
    from rdflib import Graph

    from findings.cli import cli

    out = tmp_path / "out"
    done = CliRunner().invoke(cli, ["--silent", "build", str(tmp_path), "--out", str(out), "--no-pictures"])
    assert done.exit_code == 0, done.output  # the shapes (and their one fo:indicates per update) hold
    g = Graph().parse(out / "graph.nt")
    updates = sorted(str(u) for u in g.subjects(FO.about, None) if str(u).split("/action/")[-1].startswith("1.1/update/"))
    assert len(updates) == 2 and updates[1] == updates[0] + "-2"
    assert all(len(list(g.objects(URIRef(u), FO.text))) == 1 for u in updates)
    assert sorted(str(o).rsplit("#", 1)[1] for u in updates for o in g.objects(URIRef(u), FO.indicates)) == [
        "InProgress",
        "ReportedComplete",
    ]


def test_an_update_on_a_recommendation_re_plans_the_action_it_names(tmp_path):
    """'Action 4.1 has been delayed to 30/09/2013' in a progress report's paragraph on recommendation 4: the action's
    slip (helper-67: lost, and the action listed as overdue)."""
    _report_and_plan(tmp_path)
    _progress(tmp_path, "Action 4.1 has been delayed to 30/09/2013 while the new system is tested.")
    (action,) = build([tmp_path]).extraction.actions
    assert (action.identifier, str(action.due_by), [str(day) for day, _ in action.slips]) == ("4.1", "2013-06-30", ["2013-09-30"])


def test_a_delay_in_another_sentence_is_no_slip_of_the_action_named_before(tmp_path):
    """'The dip sample (action 4.1) is complete. Recruitment … has been delayed to 30/09/2013.' (helper-69: a slip of
    action 4.1)."""
    _report_and_plan(tmp_path)
    _progress(tmp_path, "The dashboard (action 4.1) is complete. Recruitment of an analyst has been delayed to 30/09/2013.")
    (action,) = build([tmp_path]).extraction.actions
    assert action.slips == []


def test_an_action_named_after_the_delay_in_its_sentence_slips(tmp_path):
    """'… has been delayed to 30/09/2013 (action 4.1).' (helper-72: no slip)."""
    _report_and_plan(tmp_path)
    _progress(tmp_path, "The rebuild has been delayed to 30/09/2013 (action 4.1).")
    (action,) = build([tmp_path]).extraction.actions
    assert [str(day) for day, _ in action.slips] == ["2013-09-30"]


def _progress(folder, update: str) -> None:
    """A progress report to Cabinet on the Telford plan, its paragraph on recommendation 4 opening 'in progress.'
    and going on with `update`."""
    (folder / "progress.txt").write_text(
        "Telford and Wrekin Council\nReport to Cabinet\nDate: 12 September 2013\n\n1. This report updates Cabinet on the "
        "plan answering the inspection that took place between 4 March and 15 March 2013.\n\n2. Recommendation 4 – in "
        f"progress. {update}\n",
        encoding="utf-8",
    )


def _report_and_plan(folder, also: str | None = None) -> None:
    """The Telford report and a plan with one action, 4.1, due 30 June 2013 (and 4.2, `also`, due 31 August)."""
    report = (DATA / "other_councils" / "telford_child_protection_2013.txt").read_text(encoding="utf-8")
    (folder / "report.txt").write_text(report, encoding="utf-8")
    (folder / "plan.txt").write_text(
        "Telford and Wrekin Council\nImprovement plan\n\nThis plan answers the inspection that took place between 4 March "
        "and 15 March 2013.\n\nRef\tRecommendation\tActions\tLead officer\tTarget date\n4\tEnsure that the performance "
        "information available to managers is accurate and used to drive improvement.\tRebuild the dashboard.\tHead of "
        "Performance\t30 June 2013\n" + (f"\t\t{also}\tHead of Performance\t31 August 2013\n" if also else ""),
        encoding="utf-8",
    )


def test_a_delay_of_the_whole_recommendation_slips_its_last_actions(tmp_path):
    """'Completion of this recommendation has been delayed to December 2013' names no action: the recommendation's
    last action, due latest, slips; the one due before it does not (the Missing list: the slip was lost, the action
    listed as overdue)."""
    _report_and_plan(tmp_path, also="Train managers in the dashboard.")
    _progress(tmp_path, "Completion of this recommendation has been delayed to December 2013 while the new system is tested.")
    slips = {a.identifier: [str(day) for day, _ in a.slips] for a in build([tmp_path]).extraction.actions}
    assert slips == {"4.1": [], "4.2": ["2013-12-31"]}


def test_the_target_date_for_this_action_slips_the_action_the_paragraph_named(tmp_path):
    """'The dashboard (action 4.1) has been delayed. … The target date for this action has therefore been moved from
    30 June 2013 to 31 December 2013.': action 4.1 slips, not the recommendation's action due latest (helper-140: a
    slip of the action beside the one named)."""
    _report_and_plan(tmp_path, also="Train managers in the dashboard.")
    _progress(
        tmp_path,
        "The dashboard (action 4.1) has been delayed. The supplier was late. The target date for this action has "
        "therefore been moved from 30 June 2013 to 31 December 2013.",
    )
    slips = {a.identifier: [str(day) for day, _ in a.slips] for a in build([tmp_path]).extraction.actions}
    assert slips == {"4.1": ["2013-12-31"], "4.2": []}


def test_one_day_re_plans_an_action_once_to_the_latest_date_said(tmp_path):
    """A tracker row's revised target date (31/12/2013) beside its commentary on a step of the work ('the build is now
    scheduled for October 2013'): one re-plan, to the later date (helper-140: two re-plans on one day)."""
    _report_and_plan(tmp_path)
    (tmp_path / "tracker.txt").write_text(
        "Telford and Wrekin Council\nImprovement tracker\n\nThis tracker follows the plan answering the inspection that "
        "took place between 4 March and 15 March 2013.\nPosition as at 30 September 2013\n\nRef\tRecommendation\tAction"
        "\tTarget date\tRevised target date\tStatus\tCommentary\n4\tEnsure that the performance information available "
        "to managers is accurate and used to drive improvement.\tRebuild the dashboard.\t30/06/2013\t31/12/2013\tDelayed"
        "\tThe supplier was late. The build is now scheduled for October 2013 and the dashboard will go live in December."
        "\n",
        encoding="utf-8",
    )
    (action,) = build([tmp_path]).extraction.actions
    assert [str(day) for day, _ in action.slips] == ["2013-12-31"]


def test_revised_to_and_slipped_to_re_plan_the_action_they_name(tmp_path):
    """'The timescale for action 4.1 was revised to 30/09/2013' made no slip (helper-89)."""
    _report_and_plan(tmp_path)
    _progress(tmp_path, "The timescale for action 4.1 was revised to 30/09/2013 by the Board.")
    (action,) = build([tmp_path]).extraction.actions
    assert [str(day) for day, _ in action.slips] == ["2013-09-30"]


def test_each_slip_is_a_re_plan_with_the_words_that_moved_it_and_when_they_were_said(tmp_path):
    first = PLAN.read_text(encoding="utf-8")
    later = first.replace("Progress as at 31 March 2026", "Progress as at 30 September 2026").replace(
        "Reported in July and October 2025: 81% within 20 working days.",
        "Reported quarterly. Revised timescale: December 2026, after the health review.",
    )
    (tmp_path / "plan-2026-03.txt").write_text(first, encoding="utf-8")
    (tmp_path / "plan-2026-09.txt").write_text(later, encoding="utf-8")
    result = build([tmp_path])
    graph = result.graph
    action = URIRef("https://w3id.org/findings/id/riverton/ofsted-2025/action/1.2")
    (replan,) = graph.objects(action, FO.replanned)
    assert str(replan) == f"{action}/replan/2026-12-31"
    assert graph.value(replan, FO.replannedTo) == Literal("2026-12-31", datatype=XSD.date)
    assert graph.value(replan, DCTERMS.date) == Literal("2026-09-30", datatype=XSD.date)  # the update's as-at date
    (span,) = graph.objects(replan, PROV.wasDerivedFrom)
    selectors = list(graph.objects(span, OA.hasSelector))
    exact = next(str(graph.value(s, OA.exact)) for s in selectors if graph.value(s, OA.exact) is not None)
    start = next(int(graph.value(s, OA.start)) for s in selectors if graph.value(s, OA.start) is not None)
    end = next(int(graph.value(s, OA.end)) for s in selectors if graph.value(s, OA.end) is not None)
    doc = next(d for d in result.extraction.documents if d.path.endswith("plan-2026-09.txt"))
    assert doc.text[start:end] == exact and "Revised timescale: December 2026" in exact
    assert validate_graph(graph).conforms


def test_lineage_shows_each_re_plan_with_its_quote(tmp_path):
    from click.testing import CliRunner

    from findings.cli import cli

    first = PLAN.read_text(encoding="utf-8")
    later = first.replace("Progress as at 31 March 2026", "Progress as at 30 September 2026").replace(
        "Reported in July and October 2025: 81% within 20 working days.",
        "Reported quarterly. Revised timescale: December 2026, after the health review.",
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "plan-2026-03.txt").write_text(first, encoding="utf-8")
    (tmp_path / "docs" / "plan-2026-09.txt").write_text(later, encoding="utf-8")
    out = tmp_path / "graphs"
    assert CliRunner().invoke(cli, ["build", str(tmp_path / "docs"), "--out", str(out), "--no-pictures"]).exit_code == 0
    for item in ("ofsted-2025/action/1.2", "ofsted-2025/recommendation/1"):
        args = ["lineage", item, "--graph", str(out), "--evidence", "--format", "json"]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        (row,) = [r for r in __import__("json").loads(result.stdout) if r["relation"] == "re-planned"]
        assert row["date"] == "2026-09-30" and row["detail"] == "action 1.2 re-planned to 2026-12-31"
        assert "Revised timescale: December 2026" in row["quote"] and row["document"].endswith("plan-2026-09.txt")


def test_a_re_plan_is_dated_by_the_update_that_first_said_it_not_a_later_plan_restating_it(tmp_path):
    """September's update re-plans action 1.2 to December 2026; November's plan restates the action with that date.
    The re-plan was said in September (reviewer helper-93: it was dated November, and the action read as overdue in
    October)."""
    from click.testing import CliRunner

    from findings.cli import cli

    first = PLAN.read_text(encoding="utf-8")
    september = first.replace("Progress as at 31 March 2026", "Progress as at 30 September 2026").replace(
        "Reported in July and October 2025: 81% within 20 working days.",
        "Reported quarterly. Revised timescale: December 2026, after the health review.",
    )
    november = (
        first.replace("Progress as at 31 March 2026", "Progress as at 30 November 2026")
        .replace("<p>Sept 2025</p>", "<p>December 2026</p>")
        .replace("Reported in July and October 2025: 81% within 20 working days.", "Reported quarterly.")
    )
    assert november.count("December 2026") == 1
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("plan-2026-03.txt", first), ("plan-2026-09.txt", september), ("plan-2026-11.txt", november)):
        (docs / name).write_text(text, encoding="utf-8")
    out = tmp_path / "graphs"
    assert CliRunner().invoke(cli, ["build", str(docs), "--out", str(out), "--no-pictures"]).exit_code == 0
    args = ["lineage", "ofsted-2025/action/1.2", "--graph", str(out), "--evidence", "--format", "json"]
    rows = __import__("json").loads(CliRunner().invoke(cli, args).stdout)
    (replan,) = [r for r in rows if r["relation"] == "re-planned"]
    assert replan["date"] == "2026-09-30" and replan["document"].endswith("plan-2026-09.txt")
    assert "Revised timescale: December 2026" in replan["quote"]
    query = ["query", "overdue-actions", "--param", "asOf=2026-10-15", "--graph", str(out), "--format", "csv"]
    assert "/action/1.2," not in CliRunner().invoke(cli, query).stdout  # re-planned to December in September


def test_a_revised_timescale_labelled_in_an_update_on_a_recommendation_slips_its_last_actions(tmp_path):
    """'Revised timescale: December 2013' names no action and no 'this recommendation', but a label of the update's
    own speaks for the recommendation it is about (the Missing list: nothing was re-planned); the same words in a
    sentence about something else ('the analyst's revised timescale') are not a label."""
    _report_and_plan(tmp_path)
    _progress(tmp_path, "The dashboard is being rebuilt with the new system. Revised timescale: December 2013.")
    (action,) = build([tmp_path]).extraction.actions
    assert [str(day) for day, _ in action.slips] == ["2013-12-31"]
    _progress(tmp_path, "The analyst's contract has a revised timescale of December 2013 for the new system.")
    (action,) = build([tmp_path]).extraction.actions
    assert action.slips == []


def test_a_revised_deadline_inside_a_sentence_is_no_label(tmp_path):
    """'… the analyst's revised deadline: March 2014 for applications' is about the applications (review helper-100)."""
    _report_and_plan(tmp_path)
    _progress(tmp_path, "Recruitment continues, with the analyst's revised deadline: March 2014 for applications.")
    (action,) = build([tmp_path]).extraction.actions
    assert action.slips == []


def test_a_revised_timescale_label_re_plans_the_action_the_sentence_before_it_speaks_of(tmp_path):
    """'… the dashboard will now go to managers in November. Revised timescale: December 2013.': the dashboard's
    action slips, not the training due latest (tester helper-117 D4: the wrong action was moved, and the one that
    slipped listed as overdue); where the sentence tells none apart, the last actions slip as before."""
    _report_and_plan(tmp_path, also="Train managers in supervision.")
    _progress(tmp_path, "Testing of the rebuilt dashboard took longer than planned. Revised timescale: December 2013.")
    slipped = {a.identifier: [str(d) for d, _ in a.slips] for a in build([tmp_path]).extraction.actions}
    assert slipped == {"4.1": ["2013-12-31"], "4.2": []}
    _progress(tmp_path, "Work took longer than planned. Revised timescale: December 2013.")
    slipped = {a.identifier: [str(d) for d, _ in a.slips] for a in build([tmp_path]).extraction.actions}
    assert slipped == {"4.1": [], "4.2": ["2013-12-31"]}
    # the delay said two sentences before, a sentence between that tells the actions apart by nothing (tester
    # helper-192: the last action moved, not the commissioning the paragraph said was delayed)
    _progress(
        tmp_path,
        "Testing of the rebuilt dashboard took longer than planned. The contract will be signed in October. "
        "Revised timescale: December 2013.",
    )
    slipped = {a.identifier: [str(d) for d, _ in a.slips] for a in build([tmp_path]).extraction.actions}
    assert slipped == {"4.1": ["2013-12-31"], "4.2": []}
    # a sentence saying the dashboard is done names no delay of it (reviewer helper-119 #4)
    _progress(tmp_path, "The rebuilt dashboard went live in June and is used by every team. Revised timescale: December 2013.")
    slipped = {a.identifier: [str(d) for d, _ in a.slips] for a in build([tmp_path]).extraction.actions}
    assert slipped == {"4.1": [], "4.2": ["2013-12-31"]}


def test_a_revised_target_date_opening_a_sentence_without_a_colon_slips_the_last_actions(tmp_path):
    """'… not yet on track. Revised target date 31.03.14.': a label with its date right after it and no colon, the date
    written with dots (tester helper-179: the recommendation's revised date was recorded nowhere)."""
    _report_and_plan(tmp_path)
    _progress(tmp_path, "Agency use is 15% and not yet on track. Revised target date 31.03.14.")
    (action,) = build([tmp_path]).extraction.actions
    assert [str(day) for day, _ in action.slips] == ["2014-03-31"]
    _progress(tmp_path, "The revised target date 31.03.14 was agreed for the agency contract.")
    (action,) = build([tmp_path]).extraction.actions
    assert action.slips == []
