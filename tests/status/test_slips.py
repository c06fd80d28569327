"""A due date that slips is recorded beside the first one, never over it: a later version of a plan that restates an
action with a later date, and an update that re-plans one."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from findings.build import build
from findings.rdf._fo import FO
from tests.conftest import DATA

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
