"""The SHACL shapes (ontology/shapes.ttl) checked on an Oxigraph store: the same contract, at a build's pace.

pySHACL takes tens of seconds on a graph of 100k triples; this takes a fraction of a second. It knows the core
constraints the shapes use (sh:targetClass; on a one-IRI sh:path: minCount, maxCount, class, datatype, minInclusive,
minLength, pattern, lessThan, lessThanOrEquals, a qualifiedValueShape of one sh:class); a shape using anything
else raises `Unsupported` and the caller runs pySHACL instead. A node is of a class as pySHACL's `inference="rdfs"`
makes it: typed with it or a subclass, or the subject of a property whose rdfs:domain is, or the object of one whose
rdfs:range is. The store is only read, so the build checks the store it has just loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache

import pyoxigraph as ox

from findings.resources import ontology_file

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_NODE_KEYS = {"targetClass", "property"}
_PROPERTY_KEYS = {
    "path",
    "minCount",
    "maxCount",
    "class",
    "datatype",
    "minInclusive",
    "minLength",
    "pattern",
    "flags",
    "lessThan",
    "lessThanOrEquals",
    "qualifiedValueShape",
    "qualifiedMinCount",
    "qualifiedMaxCount",
    "message",
    "name",
}
_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}


class Unsupported(Exception):
    """The shapes use a SHACL feature this checker does not know."""


@dataclass
class PropertyShape:
    """One sh:property of a node shape, its constraints as plain values."""

    shape: str
    targets: tuple[str, ...]
    path: str
    message: str | None = None
    min_count: int | None = None
    max_count: int | None = None
    cls: str | None = None
    datatype: str | None = None
    min_inclusive: Decimal | None = None
    min_length: int | None = None
    pattern: re.Pattern[str] | None = None
    less_than: str | None = None
    less_or_equal: str | None = None
    qualified: tuple[str, int | None, int | None] | None = None  # (class, min, max)


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


class Ontology:
    """The ontology's RDFS axioms: subclasses, and the properties whose domain or range makes a node of a class."""

    def __init__(self, ontology_ttl: bytes) -> None:
        self.sub: dict[str, set[str]] = {}
        self.domain: dict[str, set[str]] = {}
        self.range: dict[str, set[str]] = {}
        for q in ox.parse(ontology_ttl, format=ox.RdfFormat.TURTLE):
            if isinstance(q.object, ox.NamedNode) and q.predicate.value == RDFS + "subClassOf":
                self.sub.setdefault(q.object.value, set()).add(q.subject.value)
            elif isinstance(q.object, ox.NamedNode) and q.predicate.value in (RDFS + "domain", RDFS + "range"):
                index = self.domain if q.predicate.value == RDFS + "domain" else self.range
                index.setdefault(q.object.value, set()).add(q.subject.value)

    def subclasses(self, cls: str) -> set[str]:
        found, todo = {cls}, [cls]
        while todo:
            for sub in self.sub.get(todo.pop(), ()):
                if sub not in found:
                    found.add(sub)
                    todo.append(sub)
        return found

    def members_query(self, cls: str) -> str:
        """SPARQL for every node RDFS inference makes a `cls`."""
        subs = sorted(self.subclasses(cls))
        domain = sorted({p for c in subs for p in self.domain.get(c, ())})
        range_ = sorted({p for c in subs for p in self.range.get(c, ())})
        parts = [f"{{ VALUES ?t {{ {_iris(subs)} }} ?x a ?t }}"]
        if domain:
            parts.append(f"{{ VALUES ?d {{ {_iris(domain)} }} ?x ?d ?o }}")
        if range_:
            parts.append(f"{{ VALUES ?r {{ {_iris(range_)} }} ?s ?r ?x FILTER(!isLiteral(?x)) }}")
        return f"SELECT DISTINCT ?x WHERE {{ {' UNION '.join(parts)} }}"


def _iris(values: list[str]) -> str:
    return " ".join(f"<{v}>" for v in values)


def _by_subject(quads) -> dict:
    found: dict = {}
    for q in quads:
        found.setdefault(q.subject, {}).setdefault(q.predicate.value, []).append(q.object)
    return found


def _one(props: dict[str, list], key: str):
    values = props.get(SH + key, [])
    if len(values) > 1:
        raise Unsupported(f"more than one sh:{key} on one shape")
    return values[0] if values else None


def _unknown(props: dict[str, list], known: set[str]) -> list[str]:
    return sorted(p[len(SH) :] for p in props if p.startswith(SH) and p[len(SH) :] not in known)


def compile_shapes(shapes_ttl: bytes) -> list[PropertyShape]:
    """Every property shape of every node shape, in a stable order."""
    by_subject = _by_subject(ox.parse(shapes_ttl, format=ox.RdfFormat.TURTLE))
    out: list[PropertyShape] = []
    for node, props in sorted(by_subject.items(), key=lambda item: str(item[0])):
        if not any(o.value == SH + "NodeShape" for o in props.get(RDF_TYPE, [])):
            continue
        if unknown := _unknown(props, _NODE_KEYS):
            raise Unsupported(f"{node}: sh:{unknown[0]} on a node shape")
        targets = tuple(sorted(c.value for c in props.get(SH + "targetClass", [])))
        for prop in props.get(SH + "property", []):
            out.append(_property(node.value, targets, by_subject.get(prop, {}), by_subject))
    return sorted(out, key=lambda s: (s.shape, s.path, repr(s)))


def _property(shape: str, targets: tuple[str, ...], props: dict[str, list], by_subject: dict) -> PropertyShape:
    if unknown := _unknown(props, _PROPERTY_KEYS):
        raise Unsupported(f"{shape}: sh:{unknown[0]} on a property shape")
    path = _one(props, "path")
    if not isinstance(path, ox.NamedNode):
        raise Unsupported(f"{shape}: a property path other than one IRI")
    ps = PropertyShape(shape, targets, path.value)
    value = {key: _one(props, key) for key in _PROPERTY_KEYS - {"path"}}
    ps.message = value["message"].value if value["message"] else None
    ps.min_count = int(value["minCount"].value) if value["minCount"] else None
    ps.max_count = int(value["maxCount"].value) if value["maxCount"] else None
    ps.cls = value["class"].value if value["class"] else None
    ps.datatype = value["datatype"].value if value["datatype"] else None
    ps.min_inclusive = Decimal(value["minInclusive"].value) if value["minInclusive"] else None
    ps.min_length = int(value["minLength"].value) if value["minLength"] else None
    if value["pattern"]:
        flags = sum(_FLAGS[f] for f in (value["flags"].value if value["flags"] else ""))
        ps.pattern = re.compile(value["pattern"].value, flags)
    ps.less_than = value["lessThan"].value if value["lessThan"] else None
    ps.less_or_equal = value["lessThanOrEquals"].value if value["lessThanOrEquals"] else None
    if value["qualifiedValueShape"] is not None:
        inner = by_subject.get(value["qualifiedValueShape"], {})
        if _unknown(inner, {"class"}) or _one(inner, "class") is None:
            raise Unsupported(f"{shape}: a qualified value shape other than one sh:class")
        low, high = value["qualifiedMinCount"], value["qualifiedMaxCount"]
        ps.qualified = (_one(inner, "class").value, int(low.value) if low else None, int(high.value) if high else None)
    return ps


@cache
def contract() -> tuple[list[PropertyShape], Ontology]:
    """The shapes and the ontology's axioms, read once."""
    return compile_shapes(ontology_file("shapes.ttl").read_bytes()), Ontology(ontology_file("findings.ttl").read_bytes())


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _key(term) -> str:
    """A node as a string key (hashing strings is far cheaper than hashing Oxigraph terms): '<iri>' or '_:id'."""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else f"<{term.value}>"


class _Graph:
    """An Oxigraph store, read by predicate and class, each read once; nodes keyed as strings."""

    def __init__(self, store: ox.Store, ontology: Ontology) -> None:
        self.store, self.ontology = store, ontology
        self._members: dict[str, set[str]] = {}
        self._values: dict[str, dict[str, list]] = {}

    def members(self, cls: str) -> set[str]:
        if cls not in self._members:
            self._members[cls] = {_key(row["x"]) for row in self.store.query(self.ontology.members_query(cls))}
        return self._members[cls]

    def values(self, path: str) -> dict[str, list]:
        """subject → its values of `path` (a graph holds each triple once, so the values are distinct)."""
        if path not in self._values:
            found: dict[str, list] = {}
            for q in self.store.quads_for_pattern(None, ox.NamedNode(path), None, ox.DefaultGraph()):
                found.setdefault(_key(q.subject), []).append(q.object)
            self._values[path] = found
        return self._values[path]

    def is_a(self, value, cls: str) -> bool:
        return not self.is_literal(value) and _key(value) in self.members(cls)

    @staticmethod
    def is_literal(term) -> bool:
        return isinstance(term, ox.Literal)

    @staticmethod
    def is_blank(term) -> bool:
        return isinstance(term, ox.BlankNode)

    @staticmethod
    def lexical(term) -> str:
        return term.value

    @staticmethod
    def datatype(term) -> str:
        return term.datatype.value

    @staticmethod
    def show(term) -> str:
        return str(term)

    @staticmethod
    def node(key) -> str:
        """A node key as the report names it: '<iri>' or '_:id'."""
        return key

    def number(self, term) -> Decimal | None:
        return _decimal(self.lexical(term)) if self.is_literal(term) else None


class _RdflibGraph(_Graph):
    """The same reads on an rdflib graph, through its own indexes: the build checks the graph it holds, loading nothing.

    rdflib's terms are strings already, so they are their own keys."""

    def __init__(self, graph, ontology: Ontology) -> None:
        from rdflib import RDF, BNode, Literal, URIRef

        self.graph, self.ontology = graph, ontology
        self._literal, self._blank, self._iri, self._type = Literal, BNode, URIRef, RDF.type
        self._members, self._values = {}, {}

    def members(self, cls: str) -> set:
        if cls not in self._members:
            subs = self.ontology.subclasses(cls)
            found = {s for c in subs for s in self.graph.subjects(self._type, self._iri(c))}
            for c in subs:
                for p in self.ontology.domain.get(c, ()):
                    found.update(s for s, _ in self.graph.subject_objects(self._iri(p)))
                for p in self.ontology.range.get(c, ()):
                    found.update(o for _, o in self.graph.subject_objects(self._iri(p)) if not isinstance(o, self._literal))
            self._members[cls] = found
        return self._members[cls]

    def values(self, path: str) -> dict:
        if path not in self._values:
            found: dict = {}
            for s, o in self.graph.subject_objects(self._iri(path)):
                found.setdefault(s, []).append(o)
            self._values[path] = found
        return self._values[path]

    def is_a(self, value, cls: str) -> bool:
        return not isinstance(value, self._literal) and value in self.members(cls)

    def is_literal(self, term) -> bool:
        return isinstance(term, self._literal)

    def is_blank(self, term) -> bool:
        return isinstance(term, self._blank)

    @staticmethod
    def lexical(term) -> str:
        return str(term)

    @staticmethod
    def datatype(term) -> str:
        if term.datatype is not None:
            return str(term.datatype)
        return "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" if term.language else XSD_STRING

    @staticmethod
    def show(term) -> str:
        return term.n3()

    @staticmethod
    def node(key) -> str:
        return key.n3()


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class _TriplesGraph(_Graph):
    """The same reads on the build's own triples (findings.rdf.triples): IRIs are plain strings, so they are their
    own keys, and a literal is its N-Triples form, read apart (once) only when a constraint looks at its value."""

    def __init__(self, triples, ontology: Ontology) -> None:
        from findings.rdf.triples import parse_literal

        self.index, self.ontology, self._parse = triples.index(), ontology, parse_literal
        self._members, self._values, self._parsed = {}, {}, {}
        self._typed: dict[str, set[str]] = {}  # class → the subjects typed with it
        for s, types in self.index.get(RDF_TYPE, {}).items():
            for t in types:
                self._typed.setdefault(t, set()).add(s)

    def members(self, cls: str) -> set:
        if cls not in self._members:
            subs = self.ontology.subclasses(cls)
            found = set().union(*(self._typed.get(c, ()) for c in subs))
            for c in subs:
                for p in self.ontology.domain.get(c, ()):
                    found.update(self.index.get(p, ()))
                for p in self.ontology.range.get(c, ()):
                    found.update(o for values in self.index.get(p, {}).values() for o in values if o[:1] != '"')
            self._members[cls] = found
        return self._members[cls]

    def values(self, path: str) -> dict:
        return self.index.get(path, {})

    def is_a(self, value, cls: str) -> bool:
        return value[:1] != '"' and value in self.members(cls)

    @staticmethod
    def is_literal(term) -> bool:
        return term[:1] == '"'

    @staticmethod
    def is_blank(term) -> bool:
        return False  # the writer makes none

    def _literal(self, term) -> tuple[str, str | None, str | None]:
        parsed = self._parsed.get(term)
        if parsed is None:
            parsed = self._parsed[term] = self._parse(term)
        return parsed

    def lexical(self, term) -> str:
        return self._literal(term)[0] if term[:1] == '"' else term

    def datatype(self, term) -> str:
        _, datatype, language = self._literal(term)
        return datatype or ("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" if language else XSD_STRING)

    @staticmethod
    def show(term) -> str:
        return term if term[:1] == '"' else f"<{term}>"

    @staticmethod
    def node(key) -> str:
        return f"<{key}>"


def check_triples(triples) -> Report:
    """Check the build's own graph (findings.rdf.triples.Triples) where it is: nothing converted or loaded."""
    return _check(_TriplesGraph(triples, contract()[1]))


def check_store(store: ox.Store) -> Report:
    """Check every shape against the default graph of `store`, which is only read."""
    return _check(_Graph(store, contract()[1]))


def check_rdflib(graph) -> Report:
    """Check an rdflib graph where it is, through its indexes (the build's graph: nothing to convert or load)."""
    return _check(_RdflibGraph(graph, contract()[1]))


def _check(graph: _Graph) -> Report:
    found: set[tuple[str, str, str, str, str, str]] = set()
    for ps in contract()[0]:
        focus = set().union(*(graph.members(c) for c in ps.targets))
        values = graph.values(ps.path)
        low, high = ps.min_count or 0, ps.max_count if ps.max_count is not None else float("inf")
        per_value = _per_value(ps)
        by_node = ps.less_than is not None or ps.less_or_equal is not None or ps.qualified is not None
        passes: dict = {}  # value → whether it meets the shape's constraints on one value (they look at nothing else)
        for node in focus:
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


def _passes(ps: PropertyShape, value, graph: _Graph, known: dict) -> bool:
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


def _order(graph: _Graph, a, b) -> int | None:
    """-1, 0 or 1 comparing two values as SHACL's sh:lessThan does: numbers by value, dates (of one datatype, ISO
    lexical form) by their text; None when they cannot be compared (a violation)."""
    x, y = graph.number(a), graph.number(b)
    if x is not None and y is not None:
        return (x > y) - (x < y)
    if graph.is_literal(a) and graph.is_literal(b) and graph.datatype(a) == graph.datatype(b) in _ORDERED_BY_TEXT:
        p, q = graph.lexical(a), graph.lexical(b)
        return (p > q) - (p < q)
    return None


def _violations(ps: PropertyShape, node, values, graph: _Graph):
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


def _value_violations(ps: PropertyShape, value, graph: _Graph):
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
