"""The closure rules SHACL core cannot state (ontology/rules/): a verified status that rests on the raising
assessment's own papers or predates it, a slip to an earlier date, a closing status with no reason — each named by
`findings validate` with the item; the built graph keeps none of them."""

from __future__ import annotations

from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from findings.cli import cli
from findings.rdf._fo import FO
from tests.conftest import ROOT

ID = "https://w3id.org/findings/id/central-bedfordshire/"


def _validate(graph: Graph, tmp_path) -> tuple[int, str]:
    path = tmp_path / "graph.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    return result.exit_code, result.output


def test_the_built_graph_keeps_every_rule(tmp_path):
    graph = Graph().parse(ROOT / "graphs" / "graph.nt")
    assert _validate(graph, tmp_path)[0] == 0


def test_each_broken_rule_is_named_with_its_item(tmp_path):
    graph = Graph().parse(ROOT / "graphs" / "graph.nt")
    status = URIRef(ID + "ofsted-2017/recommendation/6/status/2019-02-11-1")
    assert (status, FO.status, FO.ReportedComplete) in graph
    graph.set((status, FO.status, FO.IndependentlyVerified))  # the council's own word, called verification
    action = URIRef(ID + "ofsted-2017/action/1.1")
    due = graph.value(action, FO.dueBy)
    graph.add((action, FO.dueBySlipped, Literal("2000-01-01", datatype=XSD.date)))
    assert due is not None and list(graph.objects(status, PROV.wasDerivedFrom))
    code, output = _validate(graph, tmp_path)
    assert code == 1
    assert f"<{status}>" in output and "rules/verified-after-raised" in output and "rules/closed-has-reason" in output
    assert f"<{action}>" in output and "rules/slipped-later" in output


def test_the_build_finds_the_same_breaks_on_the_triples_the_rules_can_match(tmp_path):
    """The build loads only the triples whose predicates some rule names: the answers are the whole graph's."""
    import pyoxigraph as ox

    from findings.rdf.triples import Triples, from_rdflib
    from findings.rules import _predicates, rule_predicates, rule_store, rule_violations

    graph = Graph().parse(ROOT / "graphs" / "graph.nt")
    status = URIRef(ID + "ofsted-2017/recommendation/3/status/2019-02-11-1")
    graph.set((status, FO.status, FO.IndependentlyVerified))
    graph.add((URIRef(ID + "ofsted-2017/action/1.1"), FO.dueBySlipped, Literal("2000-01-01", datatype=XSD.date)))
    triples = Triples()
    triples.update((str(s), str(p), from_rdflib(o)) for s, p, o in graph)
    whole = ox.Store()
    whole.bulk_load(triples.ntriples(), format=ox.RdfFormat.N_TRIPLES)
    assert rule_predicates() is not None and len(rule_store(triples)) < len(triples) / 2
    assert rule_violations(rule_store(triples)) == rule_violations(whole) != []
    for query in ("SELECT ?s WHERE { ?s ?p ?o }", "ASK { ?s !fo:of ?o }", "SELECT * { ?s fo:x ?o ; ?p ?v }"):
        assert _predicates(query) is None, query  # could match any predicate: the whole graph is loaded
    assert _predicates("SELECT ?s WHERE { ?s a fo:Action ; fo:dueBy ?d }") >= {str(RDF.type), str(FO.dueBy)}


def test_independent_verification_case_by_case():
    """Each case of tests/data/rules/verified_cases.ttl (its comments say which and why): evidence only in the raising
    assessment's own papers, dated too early, or said by an earlier assessment breaks the rule; a peer review's
    finding in the council's pack that also carries the action plan does not; an item made in two assessments is
    judged for each."""
    import pyoxigraph as ox

    from findings.rules import rules
    from tests.conftest import DATA

    store = ox.Store()
    store.load(path=str(DATA / "rules" / "verified_cases.ttl"), format=ox.RdfFormat.TURTLE)
    (query,) = [q for name, _, q in rules() if name == "verified-after-raised"]
    flagged = sorted({row["focus"].value.rsplit("/", 1)[-1] for row in store.query(query)})
    assert flagged == ["A", "B", "C", "F", "G", "H", "I", "K"]  # not D, E (good), J (no fo:madeIn), L (not verified)
