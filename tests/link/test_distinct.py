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
