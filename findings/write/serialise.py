"""A graph → bytes: sorted N-Triples and Turtle, byte-identical for the same graph, fast at any size.

The build's graph (findings.rdf.triples.Triples) is N-Triples terms already: its lines are joined and sorted, and
Oxigraph reads them back to write the Turtle. An rdflib graph (notebooks, tests) goes through Oxigraph both ways; the
two give the same bytes for the same graph. Oxigraph escapes every control character, so a strict parser reads the
files back. N-Triples lines are sorted as bytes after splitting at b"\\n" only: N-Triples escapes LF and CR inside
literals, so no other character (form feed, NEL, U+2028…) can cut a line, whatever `str.splitlines()` would do.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from findings.rdf.triples import REPLACEMENT, Triples, clean_text
from findings.write.files import atomic_write

GRAPH_FILES = ("graph.ttl", "graph.nt")
__all__ = ["GRAPH_FILES", "REPLACEMENT", "clean_text", "serialise", "sorted_ntriples", "write_files", "write_graph"]


class _Terms:
    """rdflib terms → Oxigraph terms, each distinct IRI converted once (a graph repeats its IRIs many times)."""

    def __init__(self) -> None:
        self.iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self.iris.get(value)
        if node is None:
            node = self.iris[value] = ox.NamedNode(clean_text(value))
        return node

    def term(self, term):
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, Literal):
            text = clean_text(str(term))
            if term.language:
                return ox.Literal(text, language=term.language)
            if term.datatype is not None:
                return ox.Literal(text, datatype=self.iri(str(term.datatype)))
            return ox.Literal(text)
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        raise TypeError(f"not an RDF term: {term!r}")


def oxigraph_triples(graph: Graph, terms: _Terms | None = None) -> list[ox.Triple]:
    """Every triple of `graph` as an Oxigraph triple."""
    terms = terms or _Terms()
    return [ox.Triple(terms.term(s), terms.term(p), terms.term(o)) for s, p, o in graph]


def sorted_ntriples(triples: Iterable[ox.Triple]) -> bytes:
    """Canonical N-Triples, one triple a line, lines sorted as bytes (the same order as by code point), no duplicates."""
    text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    lines = sorted(set(text.split(b"\n")) - {b""})
    return b"\n".join(lines) + b"\n" if lines else b""


def _starting_with(iris: list[str], namespaces: dict[str, str]) -> dict[str, str]:
    """The prefixes (sorted) whose namespace some IRI of the sorted list `iris` starts with."""
    used = {}
    for prefix, ns in sorted(namespaces.items()):
        i = bisect_left(iris, ns)
        if i < len(iris) and iris[i].startswith(ns):
            used[prefix] = ns
    return used


def serialise(graph: Graph | Triples) -> tuple[bytes, bytes]:
    """(Turtle, sorted N-Triples): both byte-identical for the same graph, whatever order its triples were added in."""
    if isinstance(graph, Triples):
        ntriples = graph.ntriples()
        prefixes = _starting_with(sorted({clean_text(iri) for iri in graph.iris()}), graph.prefixes)
    else:
        terms = _Terms()
        ntriples = sorted_ntriples(oxigraph_triples(graph, terms))
        prefixes = _used_prefixes(graph, terms.iris)
    ordered = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)  # the sorted order makes the Turtle deterministic too
    body = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    while body.startswith(b"@prefix "):  # Oxigraph's own header, in an order of its choosing: ours is sorted
        body = body[body.index(b"\n") + 1 :]
    header = "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in prefixes.items())
    return header.encode("utf-8") + body, ntriples


def _used_prefixes(graph: Graph, iris: dict[str, ox.NamedNode]) -> dict[str, str]:
    """The graph's bound prefixes that some IRI of it starts with, sorted by prefix."""
    bound = sorted((prefix, str(ns)) for prefix, ns in graph.namespaces() if prefix)
    return {prefix: ns for prefix, ns in bound if any(iri.startswith(ns) for iri in iris)}


def write_graph(graph: Graph | Triples, out_dir: Path) -> list[Path]:
    """Write graph.ttl and graph.nt into `out_dir` atomically; a file whose bytes would not change is not rewritten.

    Returns the files written (an unchanged rebuild returns none).
    """
    return write_files(out_dir, *serialise(graph))


def write_files(out_dir: Path, turtle: bytes, ntriples: bytes) -> list[Path]:
    """Write serialised graph files into `out_dir`, each atomically and only when its bytes change."""
    return [
        out_dir / name
        for name, data in zip(GRAPH_FILES, (turtle, ntriples), strict=True)
        if atomic_write(out_dir / name, data, only_if_changed=True)
    ]
