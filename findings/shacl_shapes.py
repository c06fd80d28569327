"""The SHACL shapes (ontology/shapes.ttl) compiled to plain values, and the ontology's RDFS axioms that decide which
nodes a shape targets; a shape using a feature findings.shacl does not check raises `Unsupported`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
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
