"""The fast SHACL checker agrees with pySHACL, the reference engine, on a built graph and on every kind of break."""

from __future__ import annotations

import pytest
from pyshacl import validate
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from findings.build import build
from findings.rdf._fo import FO
from findings.rdf.triples import Triples, from_rdflib
from findings.resources import ontology_file
from findings.shacl import Unsupported, check_store, check_triples, compile_shapes
from findings.validate import validate_graph
from tests.conftest import DATA

OA = Namespace("http://www.w3.org/ns/oa#")
SH = Namespace("http://www.w3.org/ns/shacl#")


@pytest.fixture(scope="module")
def small() -> Graph:
    graph = build([DATA / "plan_other_council.txt"]).graph
    assert 100 < len(graph) < 5000
    return graph


def reference(graph: Graph) -> set[tuple[str, str, str]]:
    """pySHACL's results as (focus node, path, constraint)."""
    shapes = Graph().parse(ontology_file("shapes.ttl"))
    ontology = Graph().parse(ontology_file("findings.ttl"))
    _, results, _ = validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True)
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        component = str(results.value(result, SH.sourceConstraintComponent)).rsplit("#", 1)[1]
        name = component.removesuffix("ConstraintComponent").lower()
        name = "qualified" if name.startswith("qualified") else name
        found.add((str(results.value(result, SH.focusNode)), str(results.value(result, SH.resultPath)), name))
    return found


def fast(graph: Graph) -> set[tuple[str, str, str]]:
    report = validate_graph(graph).report
    found = set()
    for line in report.splitlines():
        if line.startswith("Violation: "):
            focus, path, constraint = line.split(" ")[1:4]
            constraint = constraint.rstrip(":").removeprefix("sh:").lower().replace("qualifiedvalueshape", "qualified")
            found.add((focus.strip("<>"), path.strip("<>"), constraint))
    return found


def first(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def test_both_engines_pass_the_built_graph(small):
    assert fast(small) == reference(small) == set()
    assert validate_graph(small).conforms


BREAKS = {
    "an action without its recommendation": lambda g: g.remove((first(g, FO.Action), FO.respondsTo, None)),
    "an action with two identifiers": lambda g: g.add((first(g, FO.Action), FO.identifier, Literal("zz"))),
    "an action responding to nothing in the graph": lambda g: g.set(
        (first(g, FO.Action), FO.respondsTo, URIRef("https://example.org/missing"))
    ),
    "a text span on page 0": lambda g: g.add((first(g, FO.TextSpan), FO.page, Literal(0))),
    "a page that is not a number": lambda g: g.add((first(g, FO.TextSpan), FO.page, Literal("two"))),
    "a malformed sha256": lambda g: g.set((first(g, FO.Document), FO.sha256, Literal("ABC"))),
    "an empty quote": lambda g: g.set((first(g, OA.TextQuoteSelector), OA.exact, Literal(""))),
    "a span that ends before it starts": lambda g: g.set((first(g, OA.TextPositionSelector), OA.start, Literal(10**9))),
    "a span with two position selectors": lambda g: g.add(
        (sorted(g.subjects(RDF.type, FO.TextSpan))[-1], OA.hasSelector, first(g, OA.TextPositionSelector))
    ),
    "a due date that is not a date": lambda g: g.add((first(g, FO.Recommendation), FO.dueBy, Literal("soon"))),
    "a status given as text": lambda g: g.set((first(g, FO.StatusAssessment), FO.status, Literal("Maybe"))),
    "a status superseded before its own date": lambda g: g.add(
        (
            first(g, FO.StatusAssessment),
            FO.supersededOn,
            Literal("1999-01-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")),
        )
    ),
    "a date typed as a string": lambda g: g.set(
        (
            first(g, FO.StatusAssessment),
            FO.asOf,
            Literal("2019-01-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#string")),
        )
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_both_engines_find_the_same_violations(small, name):
    graph = Graph()
    for triple in small:
        graph.add(triple)
    BREAKS[name](graph)
    found = fast(graph)
    assert found, name
    assert found == reference(graph)
    on_oxigraph = check_store(_store(graph))
    assert {(v[0].strip("<>"), v[1].strip("<>")) for v in on_oxigraph.violations} == {f[:2] for f in found}
    triples = Triples()  # the build's own graph, as the build checks it
    triples.update((str(s), str(p), from_rdflib(o)) for s, p, o in graph)
    assert check_triples(triples).violations == on_oxigraph.violations


def _store(graph: Graph):
    import pyoxigraph as ox

    from findings.write import serialise

    store = ox.Store()
    store.bulk_load(serialise(graph)[1], format=ox.RdfFormat.N_TRIPLES)
    return store


def test_a_shape_the_checker_does_not_know_is_refused_not_skipped():
    shapes = b"""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
    ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:hasValue ex:v ] ."""
    with pytest.raises(Unsupported, match="hasValue"):
        compile_shapes(shapes)


XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = str(RDF.type)


def _typed(value: str, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def _nodes(triples: Triples, cls: URIRef) -> list[str]:
    return sorted(triples.subjects(TYPE, str(cls)))


# Values the bulk tests (findings.shacl_bulk) read from their N-Triples form: each in a form they must leave to the
# node-by-node check, or must clear only when the shape holds. (subject class, path, the object set in its place, or
# a function of the graph and the node that makes it.)
ODD_VALUES = {
    "a page written with a plus sign": (FO.TextSpan, FO.page, _typed("+2", "integer")),
    "a page of 0": (FO.TextSpan, FO.page, _typed("0", "integer")),
    "a page of -1": (FO.TextSpan, FO.page, _typed("-1", "integer")),
    "a page as a decimal": (FO.TextSpan, FO.page, _typed("2.5", "decimal")),
    "a page in other digits": (FO.TextSpan, FO.page, _typed("\u0663", "integer")),
    "a page as text": (FO.TextSpan, FO.page, '"2"'),
    "a start after its end by number, not text": (OA.TextPositionSelector, OA.start, _typed("100000000", "integer")),
    "a start equal to its end": (OA.TextPositionSelector, OA.start, lambda t, n: _one(t, n, OA.end)),
    "a start with a leading zero": (OA.TextPositionSelector, OA.start, _typed("00", "integer")),
    "a start as text": (OA.TextPositionSelector, OA.start, '"0"'),
    "a quote of one escaped character": (OA.TextQuoteSelector, OA.exact, '"\\n"'),
    "a quote of one escaped quote mark": (OA.TextQuoteSelector, OA.exact, '"\\""'),
    "an empty quote": (OA.TextQuoteSelector, OA.exact, '""'),
    "a quote with a language": (OA.TextQuoteSelector, OA.exact, '"quoted"@en'),
    "a quote typed as a string": (OA.TextQuoteSelector, OA.exact, f'"quoted"^^<{XSD}string>'),
    "a quote typed as a date": (OA.TextQuoteSelector, OA.exact, _typed("2019-01-01", "date")),
    "a sha256 with an escape": (FO.Document, FO.sha256, '"' + "a" * 63 + '\\u0061"'),
    "a sha256 in capitals": (FO.Document, FO.sha256, '"' + "A" * 64 + '"'),
    "a status date in a short form": (FO.StatusAssessment, FO.asOf, _typed("2019-1-01", "date")),
    "a status date as a dateTime": (FO.StatusAssessment, FO.asOf, _typed("2019-01-01T00:00:00", "dateTime")),
    "a status dated after it was superseded": (FO.StatusAssessment, FO.asOf, _typed("2999-01-01", "date")),
    "a status dated as a number": (FO.StatusAssessment, FO.asOf, _typed("2019", "integer")),
    "a status dated a character after it was superseded": (
        FO.StatusAssessment,
        FO.asOf,
        lambda t, n: _one(t, n, FO.supersededOn).replace('"^^', '1"^^'),
    ),
    "a page as a date": (FO.TextSpan, FO.page, _typed("2019-01-01", "date")),
    "a source that is text": (FO.TextSpan, OA.hasSource, '"a document"'),
    "a span's selector that is text": (FO.TextSpan, OA.hasSelector, '"a selector"'),
}


@pytest.mark.parametrize("name", sorted(ODD_VALUES))
def test_the_bulk_tests_find_what_the_checks_one_node_at_a_time_find(small, name):
    """The build's triples are checked with most nodes cleared in bulk: on a value in any form, the violations are
    the store's, where every node is checked on its own."""
    cls, path, value = ODD_VALUES[name]
    triples = Triples()
    triples.update((str(s), str(p), from_rdflib(o)) for s, p, o in small)
    superseded = triples.by_predicate.get(str(FO.supersededOn), {})
    nodes = [n for n in _nodes(triples, cls) if cls != FO.StatusAssessment or n in superseded]
    node = nodes[0]
    if callable(value):
        value = value(triples, node)
    if str(path) != str(OA.hasSelector):
        triples.by_predicate.get(str(path), {}).pop(node, None)
    triples.add(node, str(path), value)
    on_oxigraph = check_store(_store_of(triples))
    assert check_triples(triples).violations == on_oxigraph.violations


def _one(triples: Triples, node: str, path: URIRef) -> str:
    (value,) = triples.objects(node, str(path))
    return value


def _store_of(triples: Triples):
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(triples.ntriples(), format=ox.RdfFormat.N_TRIPLES)
    return store


def test_a_built_graph_is_cleared_in_bulk(small):
    """On a graph that meets the shapes, no node of the many a shape targets is left to be checked on its own."""
    from findings.shacl_graphs import TriplesGraph
    from findings.shacl_shapes import contract

    triples = Triples()
    triples.update((str(s), str(p), from_rdflib(o)) for s, p, o in small)
    graph = TriplesGraph(triples, contract()[1])
    for ps in contract()[0]:
        focus = set().union(*(graph.members(c) for c in ps.targets))
        assert graph.unproven(ps, focus) <= {n for n in focus if "\\" in "".join(triples.objects(n, ps.path))}, ps


def test_counts_the_bulk_tests_bound_per_path_still_find_the_node_out_of_bounds(small):
    """The bulk tests clear a path's counts, a qualified shape's counts and single values' order at once, looking at
    nodes one by one only when some node may break them: a second start, a second position selector and a start
    after its end, each on one node of many, are found as the store finds them."""
    triples = Triples()
    triples.update((str(s), str(p), from_rdflib(o)) for s, p, o in small)
    selectors = _nodes(triples, OA.TextPositionSelector)
    spans = [n for n in _nodes(triples, FO.TextSpan) if triples.objects(n, str(OA.hasSelector))]
    assert len(selectors) > 3 and len(spans) > 1
    triples.add(selectors[0], str(OA.start), _typed("0", "integer"))  # a second start
    triples.add(
        spans[0], str(OA.hasSelector), next(s for s in selectors if s not in triples.objects(spans[0], str(OA.hasSelector)))
    )
    end = int(_one(triples, selectors[1], OA.end).split('"')[1])
    triples.by_predicate[str(OA.start)][selectors[1]] = {_typed(str(end + 1), "integer"): None}  # after its end
    found = check_triples(triples).violations
    assert {v[2] for v in found} >= {"sh:maxCount", "sh:qualifiedValueShape", "sh:lessThan"}
    assert found == check_store(_store_of(triples)).violations
