"""Two inspections of one council in one year stay two assessments, each with its own recommendations."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import RDFS

from findings.build import build
from tests.conftest import DATA

IRI = "https://w3id.org/findings/id/"
REPORT = DATA / "other_councils" / "stockton_first_ilacs_subpoints.txt"


def test_two_reports_of_one_year_are_two_inspections(tmp_path):
    text = REPORT.read_text(encoding="utf-8")
    later = text.replace("Inspection dates: 4 June to 15 June 2018", "Inspection dates: 12 November to 23 November 2018").replace(
        "the timeliness of return home interviews", "the timeliness of strategy discussions"
    )
    assert later != text
    (tmp_path / "june.txt").write_text(text, encoding="utf-8")
    (tmp_path / "november.txt").write_text(later, encoding="utf-8")
    result = build([tmp_path])
    x = result.extraction
    inspections = {k: a for k, a in x.assessments.items() if a.kind == "Inspection"}
    assert sorted(inspections) == ["stockton-on-tees/ofsted-2018", "stockton-on-tees/ofsted-2018-11-23"]
    assert str(inspections["stockton-on-tees/ofsted-2018"].ended) == "2018-06-15"
    labels = {str(result.graph.value(URIRef(IRI + key), RDFS.label)) for key in inspections}
    assert labels == {
        "Stockton-on-Tees: Ofsted 2018 (fieldwork 4 June 2018–15 June 2018)",
        "Stockton-on-Tees: Ofsted 2018 (fieldwork 12 November 2018–23 November 2018)",
    }
    recs = {(r.assessment, r.identifier): r.text for r in x.recommendations}
    assert len(recs) == 6
    assert "return home interviews" in recs[("stockton-on-tees/ofsted-2018", "1")]
    assert "strategy discussions" in recs[("stockton-on-tees/ofsted-2018-11-23", "1")]
    assert {j.assessment for j in x.judgements} == set(inspections)


def test_an_inspection_a_paper_never_dated_takes_the_dated_label_when_it_is_known(tmp_path):
    """A paper that never dates the inspection it answers ('Ofsted's report on our children's services') keys it
    undated; another paper dates it, so the first follows (findings.link.distinct.undated_by_date). Its label said
    'Torbay: Ofsted (undated) (fieldwork 4 March 2024–15 March 2024; published 26 April 2024)' (helper-80)."""
    undated = (
        "DUDLEY METROPOLITAN BOROUGH COUNCIL\nMeeting: Corporate Parenting Board\nDate: 3 November 2025\n"
        "Report Title: Ofsted recommendations – update\n\n1. Purpose\n1.1 This report updates the Board on the "
        "recommendations in Ofsted's report on our children's services.\n\n2. Progress against each recommendation\n"
        "2.1 Recommendation 1 – complete. Conferences have been held within timescale since June.\n"
        "2.2 Recommendation 2 – on track. The audit programme continues.\n"
    )
    (tmp_path / "a_update.txt").write_text(undated, encoding="utf-8")  # read first: its assessment is the one kept
    (tmp_path / "b_report.txt").write_text((DATA / "other_councils" / "dudley_progress_report.txt").read_text("utf-8"), "utf-8")
    result = build([tmp_path])
    label = str(result.graph.value(URIRef(IRI + "dudley/ofsted-2025"), RDFS.label))
    assert label == "Dudley: Ofsted 2025 (fieldwork 10 February 2025–21 February 2025)"
    assert len([u for u in result.extraction.updates if u.as_at and u.as_at.month == 11]) == 2
    assert not [note for note in result.extraction.notes if "undated" in note]
