"""The SHACL shapes (ontology/shapes.ttl) checked on an Oxigraph store: the same contract, at a build's pace.

pySHACL takes tens of seconds on a graph of 100k triples; this takes a fraction of a second. It knows the core
constraints the shapes use (sh:targetClass; on a one-IRI sh:path: minCount, maxCount, class, datatype, minInclusive,
minLength, pattern, lessThan, lessThanOrEquals, a qualifiedValueShape of one sh:class); a shape using anything
else raises `Unsupported` and the caller runs pySHACL instead. A node is of a class as pySHACL's `inference="rdfs"`
makes it: typed with it or a subclass, or the subject of a property whose rdfs:domain is, or the object of one whose
rdfs:range is. The store is only read, so the build checks the store it has just loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from findings.shacl_graphs import RdflibGraph, StoreGraph, TriplesGraph
from findings.shacl_shapes import PropertyShape, Unsupported, compile_shapes, contract

__all__ = ["Report", "Unsupported", "check_ntriples", "check_rdflib", "check_store", "check_triples", "compile_shapes"]


@dataclass
class Report:
    conforms: bool
    violations: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)
    # (focus node, path, constraint, value or "", message, shape), sorted

    def text(self) -> str:
        """pySHACL's headline ('Conforms: True/False') and one line per violation naming the item and what is wrong."""
        lines = [f"Validation Report\nConforms: {self.conforms}\nResults ({len(self.violations)}):"]
        for focus, path, constraint, value, message, shape in self.violations:
            shown = f" value {value}" if value else ""
            lines.append(f"Violation: {focus} {path} {constraint}{shown}: {message} ({shape})")
        return "\n".join(lines) + "\n"


def check_triples(triples) -> Report:
    """Check the build's own graph (findings.rdf.triples.Triples) where it is: nothing converted or loaded."""
    return _check(TriplesGraph(triples, contract()[1]))


def check_store(store: ox.Store) -> Report:
    """Check every shape against the default graph of `store`, which is only read."""
    return _check(StoreGraph(store, contract()[1]))


def check_rdflib(graph) -> Report:
    """Check an rdflib graph where it is, through its indexes (the build's graph: nothing to convert or load)."""
    return _check(RdflibGraph(graph, contract()[1]))


def _check(graph: StoreGraph) -> Report:
    found: set[tuple[str, str, str, str, str, str]] = set()
    for ps in contract()[0]:
        focus = set().union(*(graph.members(c) for c in ps.targets))
        values = graph.values(ps.path)
        low, high = ps.min_count or 0, ps.max_count if ps.max_count is not None else float("inf")
        per_value = _per_value(ps)
        by_node = ps.less_than is not None or ps.less_or_equal is not None or ps.qualified is not None
        passes: dict = {}  # value → whether it meets the shape's constraints on one value (they look at nothing else)
        for node in graph.unproven(ps, focus):  # the nodes not cleared in bulk (on the build's triples: the few)
            these = values.get(node, ())
            if low <= len(these) <= high:
                if not per_value:
                    continue  # the common case, decided without a call
                if not by_node and all(_passes(ps, value, graph, passes) for value in these):
                    continue  # each value checked once, however many nodes share it
            for constraint, value in _violations(ps, node, these, graph):
                found.add(
                    (
                        graph.node(node),
                        f"<{ps.path}>",
                        constraint,
                        graph.show(value) if value is not None else "",
                        ps.message or _DEFAULT[constraint],
                        f"<{ps.shape}>",
                    )
                )
    violations = sorted(found)
    return Report(not violations, violations)


_DEFAULT = {
    "sh:minCount": "too few values",
    "sh:maxCount": "too many values",
    "sh:class": "a value is not of the class",
    "sh:datatype": "a value has the wrong datatype",
    "sh:minInclusive": "a value is too small",
    "sh:minLength": "a value is too short",
    "sh:pattern": "a value does not match the pattern",
    "sh:lessThan": "a value is not less than the other property's",
    "sh:lessThanOrEquals": "a value is greater than the other property's",
    "sh:qualifiedValueShape": "wrong number of values of the class",
}


def _passes(ps: PropertyShape, value, graph: StoreGraph, known: dict) -> bool:
    """Whether `value` meets the constraints of `ps` that look at one value alone (remembered in `known`)."""
    ok = known.get(value)
    if ok is None:
        ok = known[value] = next(_value_violations(ps, value, graph), None) is None
    return ok


def _per_value(ps: PropertyShape) -> bool:
    """Whether `ps` constrains each value, not only how many there are."""
    return any(
        x is not None
        for x in (ps.cls, ps.datatype, ps.min_inclusive, ps.min_length, ps.pattern, ps.less_than, ps.less_or_equal, ps.qualified)
    )


_ORDERED_BY_TEXT = {"http://www.w3.org/2001/XMLSchema#date", "http://www.w3.org/2001/XMLSchema#dateTime"}


def _order(graph: StoreGraph, a, b) -> int | None:
    """-1, 0 or 1 comparing two values as SHACL's sh:lessThan does: numbers by value, dates (of one datatype, ISO
    lexical form) by their text; None when they cannot be compared (a violation)."""
    x, y = graph.number(a), graph.number(b)
    if x is not None and y is not None:
        return (x > y) - (x < y)
    if graph.is_literal(a) and graph.is_literal(b) and graph.datatype(a) == graph.datatype(b) in _ORDERED_BY_TEXT:
        p, q = graph.lexical(a), graph.lexical(b)
        return (p > q) - (p < q)
    return None


def _violations(ps: PropertyShape, node, values, graph: StoreGraph):
    """(constraint, offending value or None) for each way `node` breaks `ps`."""
    if ps.min_count is not None and len(values) < ps.min_count:
        yield "sh:minCount", None
    if ps.max_count is not None and len(values) > ps.max_count:
        yield "sh:maxCount", None
    for value in values:  # the report is sorted once at the end
        yield from _value_violations(ps, value, graph)
        if ps.less_than is not None:
            for other in graph.values(ps.less_than).get(node, ()):
                order = _order(graph, value, other)
                if order is None or not order < 0:
                    yield "sh:lessThan", value
        if ps.less_or_equal is not None:
            for other in graph.values(ps.less_or_equal).get(node, ()):
                order = _order(graph, value, other)
                if order is None or not order <= 0:
                    yield "sh:lessThanOrEquals", value
    if ps.qualified is not None:
        cls, low, high = ps.qualified
        n = sum(1 for value in values if graph.is_a(value, cls))
        if (low is not None and n < low) or (high is not None and n > high):
            yield "sh:qualifiedValueShape", None


def _value_violations(ps: PropertyShape, value, graph: StoreGraph):
    """(constraint, value) for each constraint of `ps` on one value alone that `value` breaks."""
    if ps.cls is not None and not graph.is_a(value, ps.cls):
        yield "sh:class", value
    if ps.datatype is not None and not (graph.is_literal(value) and graph.datatype(value) == ps.datatype):
        yield "sh:datatype", value
    if ps.min_inclusive is not None and not ((n := graph.number(value)) is not None and n >= ps.min_inclusive):
        yield "sh:minInclusive", value
    if ps.min_length is not None and (graph.is_blank(value) or len(graph.lexical(value)) < ps.min_length):
        yield "sh:minLength", value
    if ps.pattern is not None and (graph.is_blank(value) or not ps.pattern.search(graph.lexical(value))):
        yield "sh:pattern", value


def check_ntriples(ntriples: bytes) -> Report:
    """Check a graph given as N-Triples (as the build writes it), loaded into memory."""
    store = ox.Store()
    store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    return check_store(store)
