"""A council reorganised into new ones (authorities.json 'until', 'succeeds'): its recommendations still open the day it
ended lapse the next day, naming its successors; one a successor raised again shows Recurred instead, and a successor's
later paper on one outranks the lapse; a council that was not reorganised keeps its items open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from findings.build import build
from findings.extract.authorities import resolve
from findings.extract.lexicons import load_json
from findings.model import Assessment, Extraction, ItemRef, Recommendation, Span, StatusAssessment
from findings.status.reorganised import council_lapsed

REPORT = """Inspection of {council} local authority children's services

Inspection dates: {dates}

Lead inspector: Anna Brook, His Majesty's Inspector

Judgement\tGrade
Overall effectiveness\tRequires improvement to be good

What needs to improve

{items}
"""
EARLIER = [
    "Tracking of plans for permanence so that permanence is achieved without delay.",  # raised again by Cumberland
    "The timeliness and quality of return home interviews for children who go missing.",  # never heard of again
    "The quality and impact of supervision for social workers in the assessment teams.",  # Cumberland reports on it
]
LATER = [
    "The timeliness of permanence decisions for children in care.",
    "The analysis of risk for care leavers who misuse drugs or alcohol.",  # a decoy: no concern of Cumbria's
]
PAPER = """Cumberland Council

Report to: Children's Services Scrutiny Committee
Date: 12 September 2023

Subject: Improvement Plan progress update

1. To update Members on the plan adopted in response to the Ofsted inspection of Cumbria's children's services that
took place between 7 March and 18 March 2022.

2. Recommendation 3 – on track. Supervision standards were published on 3 July 2023 and audits show most supervision
is now reflective.
"""
ENDED = date(2023, 4, 1)  # the first day without Cumbria


def _report(folder: Path, name: str, council: str, dates: str, items: list[str]) -> None:
    bullets = "\n".join(f"• {item}" for item in items)
    (folder / f"{name}.txt").write_text(REPORT.format(council=council, dates=dates, items=bullets), encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("succession")
    _report(folder, "cumbria-2022", "Cumbria", "7 March 2022 to 18 March 2022", EARLIER)
    _report(folder, "lancashire-2022", "Lancashire", "7 March 2022 to 18 March 2022", EARLIER)  # not reorganised
    _report(folder, "cumberland-2024", "Cumberland", "4 March 2024 to 15 March 2024", LATER)
    (folder / "cumberland-progress-2023.txt").write_text(PAPER, encoding="utf-8")
    return build([folder])


def _statuses(built, assessment: str, identifier: str) -> list[tuple[date, str]]:
    ref = ItemRef("recommendation", assessment, identifier)
    return sorted((s.as_of, s.status) for s in built.extraction.statuses if s.item == ref)


def test_an_item_open_when_its_council_ended_lapses_the_next_day_naming_its_successors(built):
    assert _statuses(built, "cumbria/ofsted-2022", "2") == [(date(2022, 3, 18), "Open"), (ENDED, "Lapsed")]
    (lapsed,) = [s for s in built.extraction.statuses if s.status == "Lapsed" and s.item.identifier == "2"]
    assert lapsed.current and lapsed.closure == "NoLongerApplicable"
    assert "Cumbria" in lapsed.basis and "Cumberland and Westmorland and Furness" in lapsed.basis


def test_an_item_a_successor_raised_again_shows_recurred_and_never_lapses(built):
    assert _statuses(built, "cumbria/ofsted-2022", "1") == [(date(2022, 3, 18), "Open"), (date(2024, 3, 15), "Recurred")]


def test_a_successors_later_paper_on_an_item_outranks_the_lapse(built):
    assert _statuses(built, "cumbria/ofsted-2022", "3") == [
        (date(2022, 3, 18), "Open"),
        (ENDED, "Lapsed"),
        (date(2023, 9, 12), "InProgress"),  # filed under Cumbria's inspection, as before
    ]
    current = [s for s in built.extraction.statuses if s.current and s.item.assessment == "cumbria/ofsted-2022"]
    assert sorted((s.item.identifier, s.status) for s in current) == [("1", "Recurred"), ("2", "Lapsed"), ("3", "InProgress")]


def test_a_council_not_reorganised_keeps_its_items_open(built):
    for identifier in ("1", "2", "3"):
        assert _statuses(built, "lancashire/ofsted-2022", identifier) == [(date(2022, 3, 18), "Open")]
    assert not [s for s in built.extraction.statuses if s.status == "Lapsed" and not s.item.assessment.startswith("cumbria/")]


def test_the_graph_says_the_successor_replaces_its_predecessor(built):
    replaces = built.triples.by_predicate.get("http://purl.org/dc/terms/replaces", {})
    found = {(s, o) for s, objects in replaces.items() for o in objects}
    assert found == {("https://w3id.org/findings/id/cumberland", "https://w3id.org/findings/id/cumbria")}


def test_an_item_done_by_the_day_or_lapsed_already_does_not_lapse_again():
    cumbria = resolve("Cumbria County Council")
    assert cumbria is not None
    ref = ItemRef("recommendation", "cumbria/ofsted-2022", "1")
    rec = Recommendation(assessment=ref.assessment, identifier="1", text="…", spans=[Span("d", 0, 1)])
    out = Extraction()
    out.assessments[ref.assessment] = Assessment(ref.assessment, "Inspection", cumbria, "Cumbria", issued=date(2022, 5, 1))
    rule, order = load_json("lexicons/status.json")["lapsed"], load_json("lexicons/status.json")["precedence"]

    def said(status: str, day: date) -> StatusAssessment:
        return StatusAssessment(ref, day, status, 0.8, [], "")

    assert council_lapsed(ref, rec, out, rule, [said("InProgress", date(2023, 3, 31))], order, {})
    for done in ("ReportedComplete", "IndependentlyVerified", "Lapsed"):
        assert not council_lapsed(ref, rec, out, rule, [said(done, date(2023, 3, 31))], order, {}), done
    assert not council_lapsed(ref, rec, out, {**rule, "councils": {**rule["councils"], "apply": False}}, [], order, {})


def test_a_successor_read_alone_names_no_council_the_build_never_read(tmp_path):
    """A build of a successor's report alone holds one council: its predecessors are not written as nodes."""
    _report(tmp_path, "cumberland-2024", "Cumberland", "4 March 2024 to 15 March 2024", LATER)
    alone = build([tmp_path])
    assert not alone.triples.by_predicate.get("http://purl.org/dc/terms/replaces")
    organisations = alone.triples.by_predicate["http://www.w3.org/1999/02/22-rdf-syntax-ns#type"]
    kinds = {s for s, objects in organisations.items() if "https://w3id.org/findings/ontology#Organisation" in objects}
    assert kinds == {"https://w3id.org/findings/id/cumberland"}
