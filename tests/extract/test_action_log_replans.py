"""A logged action re-planned is recorded, never overwritten, as a planned action is: a later log's later due date, a
'Revised date' cell, a status cell that defers it. Each is a re-plan with the words that moved it and the day they
were said, so `overdue-actions` on any date judges the action by the date it had then."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from findings.build import build
from findings.cli import cli
from findings.rdf._fo import FO

HEAD = "Northfold Council\n\nChildren's Services Improvement Board\n\nAction log for the meeting on {day}\n\n"
JANUARY = (
    "Ref\tMeeting date\tAction\tOwner\tDue date\tStatus\tUpdate\n"
    "A1\t14/01/2025\tReport on the use of agency social workers\tDirector of Children's Services\t28 February 2025\tOpen\t\n"
    "A2\t14/01/2025\tAudit return home interviews\tHead of Service\t31 March 2025\tOpen\t\n"
    "A3\t14/01/2025\tReview the care leavers' local offer\tLeaving Care Manager\t31 January 2025\tOpen\t\n"
)
APRIL = (
    "Ref\tMeeting date\tAction\tOwner\tDue date\tRevised date\tStatus\tUpdate\n"
    "A1\t14/01/2025\tReport on the use of agency social workers\tDirector of Children's Services\t30 June 2025\t\t"
    "In progress\tData being collated\n"
    "A2\t14/01/2025\tAudit return home interviews\tHead of Service\t31 March 2025\t\tDeferred to July 2025\t"
    "Audit team redeployed\n"
    "A3\t14/01/2025\tReview the care leavers' local offer\tLeaving Care Manager\t31 January 2025\t31 May 2025\tOpen\t"
    "Consultation with young people first\n"
)
ROW = "https://w3id.org/findings/id/northfold/children-s-services-improvement-board-2025-01-14/resolution/log-"


@pytest.fixture(scope="module")
def logs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("logs")
    (folder / "log-january.txt").write_text(HEAD.format(day="14 January 2025") + JANUARY, encoding="utf-8")
    (folder / "log-april.txt").write_text(HEAD.format(day="15 April 2025") + APRIL, encoding="utf-8")
    out = folder / "out"
    done = CliRunner().invoke(cli, ["--silent", "build", str(folder), "--out", str(out), "--no-pictures"])
    assert done.exit_code == 0, done.output
    return folder, out


def test_each_way_a_log_moves_an_action_is_a_slip_and_the_first_date_stays(logs):
    folder, _ = logs
    result = build([folder])
    rows = {r.log_reference: r for r in result.extraction.recommendations if r.log_reference}
    texts = {d.sha256: d.text for d in result.extraction.documents}
    got = {
        ref: (str(r.due_by), [(str(day), " ".join(texts[s.doc][s.start : s.end].split())) for day, s in r.slips])
        for ref, r in rows.items()
    }
    assert got == {
        "A1": ("2025-02-28", [("2025-06-30", "30 June 2025")]),  # the later log's due date: its cell is the quote
        "A2": ("2025-03-31", [("2025-07-31", "Deferred to July 2025 Audit team redeployed")]),  # the status cell
        "A3": ("2025-01-31", [("2025-05-31", "31 May 2025")]),  # the 'Revised date' cell
    }
    assert rows["A1"].timescale == "28 February 2025"  # as written where first said, beside its due date
    graph = result.graph
    a1 = URIRef(ROW + "A1")
    assert set(graph.objects(a1, FO.dueBy)) == {Literal("2025-02-28", datatype=XSD.date)}
    assert set(graph.objects(a1, FO.timescale)) == {Literal("28 February 2025")}
    assert set(graph.objects(a1, FO.dueBySlipped)) == {Literal("2025-06-30", datatype=XSD.date)}
    (replan,) = graph.objects(a1, FO.replanned)
    assert set(graph.objects(replan, DCTERMS.date)) == {Literal("2025-04-15", datatype=XSD.date)}  # said in April


def _overdue(out, day: str) -> list[str]:
    done = CliRunner().invoke(cli, ["query", "overdue-actions", "--graph", str(out), "--param", f"asOf={day}", "--format", "csv"])
    assert done.exit_code == 0, done.output
    return [line.split(",")[0].rsplit("-", 1)[-1] for line in done.output.splitlines()[1:]]


def test_overdue_actions_judge_a_logged_action_by_the_date_it_had_then(logs):
    _, out = logs
    assert _overdue(out, "2025-03-15") == ["A3", "A1"]  # in March no one had said April's dates yet
    assert _overdue(out, "2025-04-20") == []  # April's log moved all three
    assert _overdue(out, "2025-06-05") == ["A3"]  # its revised date passed too
    done = CliRunner().invoke(
        cli, ["query", "overdue-actions", "--graph", str(out), "--param", "asOf=2025-06-05", "--format", "json"]
    )
    (row,) = json.loads(done.output)
    assert (row["dueBy"], row["slippedTo"]) == ("2025-01-31", "2025-05-31")  # overdue against the date it had then


def test_the_graph_with_re_planned_logged_actions_conforms(logs):
    _, out = logs
    done = CliRunner().invoke(cli, ["validate", str(out)])
    assert done.exit_code == 0, done.output
    graph = Graph().parse(out / "graph.nt")
    assert len(set(graph.subjects(FO.dueBySlipped, None))) == 3


def test_the_workbook_shows_a_logged_actions_slip_once_said(logs, tmp_path):
    import openpyxl

    _, out = logs
    shown = {}
    for day in ("2025-03-15", "2025-05-01"):
        book = tmp_path / f"tracker-{day}.xlsx"
        args = ["open", "--as-of", day, "--graph", str(out), "--format", "xlsx", "--out", str(book)]
        done = CliRunner().invoke(cli, args)
        assert done.exit_code == 0, done.output
        sheet = openpyxl.load_workbook(book)["Open items"]
        head = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2, values_only=True):
            r = dict(zip(head, row, strict=False))
            slipped = r["Slipped to"]
            ref = r["Reference"].rsplit("-", 1)[-1]
            shown[(day, ref)] = (r["Due by"].date().isoformat(), slipped.date().isoformat() if slipped else None, r["Lead"])
    director, head, manager = "Director of Children's Services", "Head of Service", "Leaving Care Manager"
    assert shown == {
        ("2025-03-15", "A1"): ("2025-02-28", None, director),  # April's re-plans were not said yet
        ("2025-03-15", "A2"): ("2025-03-31", None, head),
        ("2025-03-15", "A3"): ("2025-01-31", None, manager),
        ("2025-05-01", "A1"): ("2025-02-28", "2025-06-30", director),  # the first date kept beside the slip
        ("2025-05-01", "A2"): ("2025-03-31", "2025-07-31", head),
        ("2025-05-01", "A3"): ("2025-01-31", "2025-05-31", manager),
    }


def test_a_closed_rows_update_moving_something_else_is_no_re_plan(tmp_path):
    """'Complete' with 'Agency protocol revised to take effect from 1 September 2025': the row is done, and the date is
    the protocol's (review helper-100: a slip to September hid nothing, but on an open row it would)."""
    april = APRIL.replace(
        "In progress\tData being collated", "Complete\tAgency protocol revised to take effect from 1 September 2025"
    )
    (tmp_path / "log-january.txt").write_text(HEAD.format(day="14 January 2025") + JANUARY, encoding="utf-8")
    (tmp_path / "log-april.txt").write_text(HEAD.format(day="15 April 2025") + april, encoding="utf-8")
    rows = {r.log_reference: r for r in build([tmp_path]).extraction.recommendations if r.log_reference}
    assert [str(day) for day, _ in rows["A1"].slips] == ["2025-06-30"]  # the later log's due date still moved it


def test_a_month_an_update_gives_is_the_day_the_log_gives_in_it_not_a_second_re_plan(tmp_path):
    """'30/06/2025 … Now due June 2025' is one re-plan, to 30 June, not a second to the month's end (tester
    helper-101: 18/12/2025 and 'Now due December 2025' made two, the later one the log never gives)."""
    april = APRIL.replace("30 June 2025\t\tIn progress\tData being collated", "18/06/2025\t\tIn progress\tNow due June 2025")
    (tmp_path / "log-january.txt").write_text(HEAD.format(day="14 January 2025") + JANUARY, encoding="utf-8")
    (tmp_path / "log-april.txt").write_text(HEAD.format(day="15 April 2025") + april, encoding="utf-8")
    rows = {r.log_reference: r for r in build([tmp_path]).extraction.recommendations if r.log_reference}
    assert [str(day) for day, _ in rows["A1"].slips] == ["2025-06-18"]


def test_lineage_names_a_logged_action_by_its_ref_when_it_was_re_planned(logs):
    """'action 1 re-planned' read as a plan's action (tester helper-101); a logged action goes by its Ref."""
    _, out = logs
    done = CliRunner().invoke(cli, ["lineage", "log-A2", "--graph", str(out), "--format", "json"])
    assert done.exit_code == 0, done.output
    rows = [r for r in json.loads(done.output) if r["relation"] == "re-planned"]
    assert [(r["date"], r["detail"]) for r in rows] == [("2025-04-15", "logged action A2 re-planned to 2025-07-31")]
