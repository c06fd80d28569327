"""A council that reports an action delayed, slipped or re-planned to a later date: the status of that day records the
slip (it rests on the action's fo:Replan and says 're-planned: action 4.1 to …'), the action keeps its first due date
beside the later one, and no new status term is needed. Before, the status of that day read 'ActionPlanned: progress
reported by the council' (the new date read as a plan) with nothing to show the work had slipped."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from findings.build import build
from findings.cli import cli
from findings.rdf._fo import FO
from findings.validate import validate_graph
from tests.status.test_slips import _report_and_plan

REC = "https://w3id.org/findings/id/telford-and-wrekin/ofsted-2013/recommendation/4"
ACTION = "https://w3id.org/findings/id/telford-and-wrekin/ofsted-2013/action/4.1"
DAY = date(2013, 9, 12)


def _progress(folder, paragraph: str) -> None:
    (folder / "progress.txt").write_text(
        "Telford and Wrekin Council\nReport to Cabinet\nDate: 12 September 2013\n\n1. This report updates Cabinet on the "
        "plan answering the inspection that took place between 4 March and 15 March 2013.\n\n2. Recommendation 4: "
        f"{paragraph}\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("paragraph", "to"),
    [
        (
            "The dashboard (action 4.1) has been delayed and is now scheduled for December 2013: the supplier was late.",
            "2013-12-31",
        ),
        ("Rebuilding the dashboard (action 4.1) has slipped to 30/11/2013; the supplier went bust.", "2013-11-30"),
        ("Action 4.1 has been re-planned for January 2014 while the data warehouse is moved.", "2014-01-31"),
    ],
)
def test_the_status_of_the_day_an_action_slipped_records_the_slip(tmp_path, paragraph, to):
    _report_and_plan(tmp_path)
    _progress(tmp_path, paragraph)
    result = build([tmp_path])
    (action,) = result.extraction.actions
    assert str(action.due_by) == "2013-06-30"  # the first due date stays
    (status,) = [s for s in result.extraction.statuses if s.item.kind == "recommendation" and s.as_of == DAY]
    assert status.status in ("ActionPlanned", "InProgress")  # the words decide how far it got: none says done
    assert [(item.identifier, str(when)) for item, when in status.replans] == [("4.1", to)]
    assert f"re-planned: action 4.1 to {to}" in status.basis
    graph = result.graph
    node = URIRef(f"{REC}/status/{DAY.isoformat()}-1")
    replan = URIRef(f"{ACTION}/replan/{to}")
    assert (node, PROV.wasDerivedFrom, replan) in graph
    assert (replan, RDF.type, FO.Replan) in graph and (replan, FO.replannedTo, Literal(to, datatype=XSD.date)) in graph
    assert validate_graph(graph).conforms


def test_a_day_without_a_slip_records_none(tmp_path):
    _report_and_plan(tmp_path)
    _progress(tmp_path, "The dashboard (action 4.1) is being rebuilt with the supplier and is on track.")
    result = build([tmp_path])
    (status,) = [s for s in result.extraction.statuses if s.item.kind == "recommendation" and s.as_of == DAY]
    assert status.replans == [] and "re-planned" not in status.basis


def test_a_logged_action_deferred_by_its_status_cell_records_the_slip_on_its_status(tmp_path):
    head = "Eastmoor Council\n\nCorporate Parenting Panel\n\nAction log for the meeting on {day}\n\n"
    (tmp_path / "log-may.txt").write_text(
        head.format(day="6 May 2025") + "Ref\tMeeting date\tAction\tOwner\tDue date\tStatus\tUpdate\n"
        "CP7\t06/05/2025\tReport on placement stability\tHead of Children in Care\t30 June 2025\tOpen\t\n",
        encoding="utf-8",
    )
    (tmp_path / "log-july.txt").write_text(
        head.format(day="8 July 2025") + "Ref\tMeeting date\tAction\tOwner\tDue date\tStatus\tUpdate\n"
        "CP7\t06/05/2025\tReport on placement stability\tHead of Children in Care\t30 June 2025\tPostponed to "
        "September 2025\tData not yet validated\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = CliRunner().invoke(cli, ["--silent", "build", str(tmp_path), "--out", str(out), "--no-pictures"])
    assert done.exit_code == 0, done.output
    graph = Graph().parse(out / "graph.nt")
    (row,) = {s for s in graph.subjects(FO.logReference, Literal("CP7"))}
    (status,) = [s for s in graph.subjects(FO.of, row) if str(s).endswith("/status/2025-07-08-1")]
    assert (status, PROV.wasDerivedFrom, URIRef(f"{row}/replan/2025-09-30")) in graph
