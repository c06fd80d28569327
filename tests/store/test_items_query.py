"""The items query places each item under its assessment by the link its kind has, whatever else the graph says."""

from __future__ import annotations

from pathlib import Path

from findings.store.embedded import EmbeddedStore
from findings.store.named import named_queries

GRAPH = """@prefix fo: <https://w3id.org/findings/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <https://w3id.org/findings/id/x/> .
ex:A1 rdfs:label "A1" . ex:A2 rdfs:label "A2" .
ex:r1 a fo:Recommendation ; fo:madeIn ex:A1 ; fo:text "r1" .
ex:r2 a fo:Recommendation ; fo:madeIn ex:A2 ; fo:text "r2" .
ex:x a fo:Action ; fo:respondsTo ex:r2 ; fo:text "x" .
ex:u a fo:ProgressUpdate ; fo:about ex:r1, ex:x ; fo:text "u" .
ex:y a fo:Action ; fo:respondsTo ex:r1, ex:r2 ; fo:text "y" .
ex:j a fo:Judgement ; rdfs:label "Leadership" .
ex:k a fo:KeyLineOfEnquiry, fo:Recommendation ; fo:partOf ex:A2 ; fo:madeIn ex:A1 ; fo:text "k" .
"""


def _rows(tmp_path: Path, **params: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "graph.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    query = next(q for q in named_queries() if q.name == "items")
    _, rows = EmbeddedStore.in_memory(path).select(query.text, params=params)
    short = "https://w3id.org/findings/id/x/"
    return {(str(r[0]).removeprefix(short), r[1], str(r[2]).removeprefix(short)) for r in rows}


def test_each_kind_reaches_its_assessment_by_its_own_link(tmp_path):
    assert _rows(tmp_path, kind="any") == {
        ("r1", "Recommendation", "A1"),
        ("r2", "Recommendation", "A2"),
        ("k", "Recommendation", "A1"),  # made in A1 as a recommendation …
        ("k", "KeyLineOfEnquiry", "A2"),  # … part of A2 as a key line of enquiry
        ("x", "Action", "A2"),
        ("y", "Action", "A1"),  # an action answering two recommendations: under each
        ("y", "Action", "A2"),
        ("u", "ProgressUpdate", "A1"),  # an update about a recommendation and an action: under each one's assessment
        ("u", "ProgressUpdate", "A2"),
    }  # the judgement belongs to no assessment here: no row


def test_the_kind_asked_for_only(tmp_path):
    assert _rows(tmp_path) == {("r1", "Recommendation", "A1"), ("r2", "Recommendation", "A2"), ("k", "Recommendation", "A1")}
    assert _rows(tmp_path, kind="keylineofenquiry", within="A2") == {("k", "KeyLineOfEnquiry", "A2")}
