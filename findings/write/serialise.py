"""A graph → bytes: sorted N-Triples and Turtle, byte-identical for the same graph, fast at any size.

The build's graph (findings.rdf.triples.Triples) is N-Triples terms already: its lines are joined and sorted, and
Oxigraph reads them back to write the Turtle. An rdflib graph (notebooks, tests) goes through Oxigraph both ways; the
two give the same bytes for the same graph. Oxigraph escapes every control character, so a strict parser reads the
files back. N-Triples lines are sorted as bytes after splitting at b"\\n" only: N-Triples escapes LF and CR inside
literals, so no other character (form feed, NEL, U+2028…) can cut a line, whatever `str.splitlines()` would do.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from findings.rdf.triples import REPLACEMENT, Triples, clean_text
from findings.write.files import atomic_write

if TYPE_CHECKING:
    from rdflib import Graph

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
        from rdflib import BNode, Literal, URIRef  # only an rdflib graph (notebooks, tests) comes here

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
        both = _sorted_documents(graph, graph.prefixes)
        if both is not None:
            turtle, ntriples, prefixes = both
            return _header(prefixes) + turtle, ntriples
        return through_oxigraph(graph.ntriples(), used_prefixes(graph))
    terms = _Terms()
    return through_oxigraph(sorted_ntriples(oxigraph_triples(graph, terms)), _used_prefixes(graph, terms.iris))


def used_prefixes(triples: Triples) -> dict[str, str]:
    """The prefixes bound to `triples` whose namespace some IRI of it starts with, sorted by prefix."""
    return _starting_with(sorted({clean_text(iri) for iri in triples.iris()}), triples.prefixes)


def through_oxigraph(ntriples: bytes, prefixes: dict[str, str]) -> tuple[bytes, bytes]:
    """(Turtle, N-Triples) with Oxigraph writing the Turtle of the sorted N-Triples, in their order."""
    ordered = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)  # the sorted order makes the Turtle deterministic too
    body = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    while body.startswith(b"@prefix "):  # Oxigraph's own header, in an order of its choosing: ours is sorted
        body = body[body.index(b"\n") + 1 :]
    return _header(prefixes) + body, ntriples


def _header(prefixes: dict[str, str]) -> bytes:
    return "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in prefixes.items()).encode("utf-8")


XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")  # a local name Oxigraph writes as it is, nothing escaped
_BARE = {  # datatype → the lexical forms Oxigraph writes without quotes (of those it does, the ones met here)
    XSD + "integer": re.compile(r"-?[0-9]+"),
    XSD + "decimal": re.compile(r"-?[0-9]+\.[0-9]+"),
    XSD + "boolean": re.compile(r"true|false"),
}
_ABBREVIATED = {*_BARE, XSD + "double", XSD + "float"}  # some lexical forms of these are written bare


class _Unusual(Exception):
    """A term whose Turtle form Oxigraph might write otherwise than `_sorted_documents` would: let Oxigraph write."""


def _sorted_documents(triples: Triples, prefixes: dict[str, str]) -> tuple[bytes, bytes, dict[str, str]] | None:
    """(Turtle without its header, N-Triples, the prefixes of `prefixes` used) of the build's graph in one pass in
    sorted order, without Oxigraph reading it back: the bytes `serialise` makes through Oxigraph (tests hold the two
    to it). A prefix is used when some IRI, a literal's datatype too, is in its namespace, as `used_prefixes` says.

    N-Triples lines sort as strings; with `<s> <p> o .` that is by subject + '>', then predicate + '>', then the
    object's N-Triples form, so the lines come out sorted from sorting each level. Turtle follows the same order,
    a subject's triples grouped (' ;' between predicates, ' ,' between objects) as Oxigraph groups consecutive ones.
    None (write it through Oxigraph) for what this does not know: an IRI in a namespace whose local name is not
    plain letters, digits, '_' and '-', one in two namespaces, a number in an unusual form, a lone surrogate."""
    namespaces = sorted(prefixes.items(), key=lambda item: item[1])
    starts = re.compile("|".join(re.escape(ns) for _, ns in namespaces)) if namespaces else None
    names: dict[str, str] = {}
    used: set[str] = set()

    def name(iri: str) -> str:
        """An IRI in Turtle: prefixed when in a namespace, else in angle brackets."""
        done = names.get(iri)
        if done is None:
            if starts is None or not starts.match(iri):
                done = f"<{iri}>"
            else:
                found = [(prefix, ns) for prefix, ns in namespaces if iri.startswith(ns)]
                local = iri[len(found[0][1]) :]
                if len(found) != 1 or not _LOCAL.fullmatch(local):
                    raise _Unusual(iri)
                done = f"{found[0][0]}:{local}"
                used.add(found[0][0])
            names[iri] = done
        return done

    def literal(form: str) -> str:
        """A literal in Turtle from its N-Triples form: the same quoted text; a number or boolean bare."""
        if form[-1] != ">":
            return form  # a plain or language-tagged string: written the same
        quoted, _, datatype = form[:-1].rpartition("^^<")
        named = names.get(datatype) or name(datatype)  # its namespace is used, even when the number is bare
        if datatype in _ABBREVIATED:
            bare = _BARE.get(datatype)
            if bare is None or not bare.fullmatch(quoted[1:-1]):
                raise _Unusual(form)
            return quoted[1:-1]
        return f"{quoted}^^{named}"

    order = sorted(triples.by_predicate, key=_closed)
    by_subject: defaultdict[str, list[tuple[str, str, dict[str, None]]]] = defaultdict(list)  # each subject's
    # predicates in order, with their N-Triples and Turtle forms (made once a predicate, not looked up once a triple)
    lines, turtle = BytesIO(), BytesIO()  # each file's bytes, encoded a subject at a time (one string of the whole file
    line, said_of = lines.write, turtle.write  # would be held in two bytes a character for one curly quote anywhere, and
    # encoded from that slowly: a fifth of the time); each grown in place and handed over as it is (`getvalue` copies
    # nothing), not kept as a list of pieces and joined: a copy of both files (40 MB here) and its memory saved
    try:
        for p in order:
            form, named = f"<{p}> ", name(p) + " "  # each made once, with the space after it
            if p == RDF_TYPE:
                named = "a "  # its namespace is used all the same
            for s, objects in triples.by_predicate[p].items():
                by_subject[s].append((form, named, objects))
        for s in sorted(by_subject, key=_closed):
            said = []  # the subject's predicate-object lists in Turtle
            told = []  # its triples in N-Triples, less the subject: written as one block, the subject between them
            for head, named, objects in by_subject[s]:
                if len(objects) == 1:  # nearly always
                    (o,) = objects
                    if o and o[0] == '"':  # a literal (indexed, not sliced: no slice object made a triple)
                        told.append(head + o)
                        said.append(named + (o if o[-1] != ">" else literal(o)))
                    else:
                        told.append(f"{head}<{o}>")
                        said.append(named + (names.get(o) or name(o)))
                    continue
                forms = sorted(o if o[:1] == '"' else f"<{o}>" for o in objects)
                told.extend([head + form for form in forms])
                shown = [literal(form) if form[0] == '"' else name(form[1:-1]) for form in forms]
                said.append(named + " , ".join(shown))
            joint = f" .\n<{s}> "  # between its triples: the line's end, then the subject of the next
            line(f"<{s}> {joint.join(told)} .\n".encode())  # each subject's own (made in one copy): most are ASCII,
            said_of(f"{names.get(s) or name(s)} {_NEXT_PREDICATE.join(said)} .\n".encode())  # copied as they are
        return turtle.getvalue(), lines.getvalue(), {prefix: prefixes[prefix] for prefix in sorted(used)}
    except (_Unusual, UnicodeEncodeError):
        return None


_NEXT_PREDICATE = " ;\n\t"


def _closed(iri: str) -> str:
    return iri + ">"


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
