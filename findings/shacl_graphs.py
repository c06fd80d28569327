"""A graph as findings.shacl reads it, wherever it is held: an Oxigraph store, an rdflib Graph or the build's own plain
triples; each read by predicate and class once, its nodes keyed as strings."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from findings.shacl_shapes import RDF_TYPE, Ontology


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _key(term) -> str:
    """A node as a string key (hashing strings is far cheaper than hashing Oxigraph terms): '<iri>' or '_:id'."""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else f"<{term.value}>"


class StoreGraph:
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

    def unproven(self, ps, focus: set) -> set:
        """The nodes of `focus` to check one by one against the property shape `ps`: here all of them."""
        return focus

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


class RdflibGraph(StoreGraph):
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


class TriplesGraph(StoreGraph):
    """The same reads on the build's own triples (findings.rdf.triples): IRIs are plain strings, so they are their
    own keys, and a literal is its N-Triples form, read apart (once) only when a constraint looks at its value."""

    def __init__(self, triples, ontology: Ontology) -> None:
        from findings.rdf.triples import parse_literal

        self.index, self.ontology, self._parse = triples.index(), ontology, parse_literal
        self._members, self._values, self._parsed = {}, {}, {}
        self.keys: dict[str, tuple | None] = {}  # a literal → how the bulk tests compare it (findings.shacl_bulk._keys)
        self.counts: dict[str, tuple[int, int]] = {}  # a path → the fewest and most values a subject has (shacl_bulk)
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

    def unproven(self, ps, focus: set) -> set:
        """Only the nodes the bulk tests cannot clear (findings.shacl_bulk): most meet every shape."""
        from findings.shacl_bulk import unproven

        return unproven(ps, focus, self)

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
