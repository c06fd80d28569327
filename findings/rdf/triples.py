"""The graph a build makes, held as N-Triples terms: a set of (subject, predicate, object) strings, no RDF library.

Subjects and predicates are IRIs as plain strings; an object is an IRI as a plain string or a literal in its N-Triples
form (`"text"`, `"3"^^<…#integer>`, `"text"@en`), which an IRI can never start with. Plain strings hash and compare in
C, so adding a triple costs a tuple and a set insertion (rdflib's store took about 8 µs a triple, and every term was
converted again to be written). The N-Triples text is these strings joined, escaped exactly as Oxigraph escapes
them, so graph.nt and graph.ttl stay the bytes they were; rdflib's Graph is made from them only when someone asks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

Triple = tuple[str, str, str]

# Oxigraph's N-Triples escapes (checked against it for every code point in tests/rdf/test_triples.py): the short
# escapes, \uXXXX for the other C0 controls, DEL and the two non-characters U+FFFE and U+FFFF; nothing else.
_SHORT = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_ESCAPES = {c: _SHORT.get(c, f"\\u{c:04X}") for c in (*range(0x20), 0x22, 0x5C, 0x7F, 0xFFFE, 0xFFFF)}
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')
_UNESCAPE = re.compile(r"\\(?:u([0-9A-F]{4})|U([0-9A-F]{8})|(.))", re.DOTALL)
_UNSHORT = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\", "'": "'"}


def quoted(text: str) -> str:
    """`text` as an N-Triples string: in double quotes, escaped as Oxigraph escapes it (only the characters that need
    it replaced: `str.translate` looks up every character, a tenth of the RDF stage on long quotes)."""
    return f'"{_NEEDS_ESCAPE.sub(_escaped, text)}"'


def _escaped(match: re.Match[str]) -> str:
    return _ESCAPES[ord(match.group())]


def integer_literal(value: int) -> str:
    """`literal(value)` of an int, without the type checks: a build writes two for each of its spans."""
    return f'"{value}"^^<{XSD}integer>' if type(value) is int else literal(value)


def literal(value: object, datatype: str | None = None) -> str:
    """The N-Triples form of rdflib's `Literal(value, datatype=datatype)`: the same lexical form and datatype.

    str, int and date (the values the writer makes) are formatted here; anything else goes through rdflib."""
    kind = type(value)
    if datatype is None:
        if kind is str:
            return quoted(value)  # type: ignore[arg-type]
        if kind is int:
            return f'"{value}"^^<{XSD}integer>'
        if kind is date:
            return f'"{value.isoformat()}"^^<{XSD}date>'  # type: ignore[attr-defined]
    elif kind is str or kind is int or kind is float:  # rdflib: str(value) as the lexical form of the datatype given
        return quoted(value if kind is str else str(value)) + ("" if datatype == XSD_STRING else f"^^<{datatype}>")  # type: ignore[arg-type]
    from rdflib import Literal, URIRef

    return from_rdflib(Literal(value, datatype=URIRef(datatype) if datatype else None))


def from_rdflib(term) -> str:
    """An rdflib IRI or literal as a term here: the IRI's string, or the literal's N-Triples form (as Oxigraph's)."""
    from rdflib import Literal, URIRef

    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        text = quoted(str(term))
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and str(term.datatype) != XSD_STRING:
            return f"{text}^^<{term.datatype}>"
        return text
    raise TypeError(f"not an IRI or a literal (a blank node would not be deterministic): {term!r}")


def from_oxigraph(term) -> str:
    """A pyoxigraph IRI or literal as a term here, as `from_rdflib` makes one."""
    if not hasattr(term, "datatype"):  # a NamedNode (a blank node would not be deterministic, as above)
        if type(term).__name__ != "NamedNode":
            raise TypeError(f"not an IRI or a literal: {term!r}")
        return term.value
    if term.language:
        return f"{quoted(term.value)}@{term.language}"
    if term.datatype.value == XSD_STRING:
        return quoted(term.value)
    return f"{quoted(term.value)}^^<{term.datatype.value}>"


REPLACEMENT = "\ufffd"


def clean_text(value: str) -> str:
    """`value` with each lone surrogate (from a broken PDF's UTF-16) replaced by U+FFFD: one code point for one.

    RDF literals are Unicode scalar values, so a lone surrogate cannot be written in any syntax. The replacement keeps
    every offset: the quote keeps its length and the characters around it.
    """
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return "".join(REPLACEMENT if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)


def is_literal(term: str) -> bool:
    return term[:1] == '"'


def nt(term: str) -> str:
    """A term in N-Triples: an IRI in angle brackets, a literal as it is."""
    return term if term[:1] == '"' else f"<{term}>"


def parse_literal(term: str) -> tuple[str, str | None, str | None]:
    """(lexical form, datatype IRI or None, language or None) of a literal's N-Triples form."""
    if term.endswith('"'):
        body, datatype, language = term[1:-1], None, None
    elif term.endswith(">"):
        body, _, datatype = term[1:-1].rpartition('"^^<')
        language = None
    else:
        body, _, language = term[1:].rpartition('"@')
        datatype = None
    if "\\" in body:
        body = _UNESCAPE.sub(_unescape, body)
    return body, datatype, language


def _unescape(match: re.Match[str]) -> str:
    short, long_, char = match.group(1), match.group(2), match.group(3)
    return chr(int(short or long_, 16)) if (short or long_) else _UNSHORT[char]


class Triples:
    """A graph: distinct triples of plain strings, held as predicate → subject → objects (a dict used as an ordered
    set), which is also the index the shapes read; the prefixes bound to it; the reads a build makes of it."""

    def __init__(self, prefixes: dict[str, str] | None = None) -> None:
        self.by_predicate: dict[str, dict[str, dict[str, None]]] = {}
        self.prefixes: dict[str, str] = dict(prefixes or {})  # prefix → namespace, as rdflib's Graph would bind them
        self._rdflib = None

    def add(self, s: str, p: str, o: str) -> None:
        by_subject = self.by_predicate.get(p)
        if by_subject is None:
            by_subject = self.by_predicate[p] = {}
        objects = by_subject.get(s)
        if objects is None:
            by_subject[s] = {o: None}
        else:
            objects[o] = None
        self._rdflib = None

    def update(self, triples) -> None:
        for s, p, o in triples:
            self.add(s, p, o)

    def __len__(self) -> int:
        return sum(len(objects) for by_subject in self.by_predicate.values() for objects in by_subject.values())

    def __iter__(self) -> Iterator[Triple]:
        for p, by_subject in self.by_predicate.items():
            for s, objects in by_subject.items():
                for o in objects:
                    yield s, p, o

    def __contains__(self, triple: Triple) -> bool:
        s, p, o = triple
        return o in self.by_predicate.get(p, {}).get(s, ())

    @property
    def triples(self) -> set[Triple]:
        return set(self)

    def lines(self, predicates: set[str] | None = None) -> list[str]:
        """Every triple (or those with one of `predicates`) as an N-Triples line without its newline, unsorted."""
        lines: list[str] = []
        add = lines.append
        for p, by_subject in self.by_predicate.items():
            if predicates is not None and p not in predicates:
                continue
            for s, objects in by_subject.items():
                head = f"<{s}> <{p}> "
                for o in objects:
                    add(f"{head}{o} ." if o[:1] == '"' else f"{head}<{o}> .")
        return lines

    def ntriples(self, predicates: set[str] | None = None, *, ordered: bool = True) -> bytes:
        """The graph (or the triples with one of `predicates`) as N-Triples: the bytes Oxigraph would write, one
        triple a line, sorted unless not `ordered`.

        Strings sort by code point, the order of their UTF-8 bytes. A lone surrogate (from a broken PDF's UTF-16)
        becomes U+FFFD (`clean_text`) before the lines are sorted and told apart, as when Oxigraph writes it."""
        lines = self.lines(predicates)
        if ordered:
            lines.sort()
        try:
            text = "\n".join(lines).encode("utf-8")
        except UnicodeEncodeError:
            lines = list({clean_text(line) for line in lines})
            if ordered:
                lines.sort()
            text = "\n".join(lines).encode("utf-8")
        return text + b"\n" if lines else b""

    def iris(self) -> set[str]:
        """Every IRI the graph uses: subjects, predicates, objects and the datatypes of literals."""
        found = set(self.by_predicate)
        objects: set[str] = set()
        for by_subject in self.by_predicate.values():
            found.update(by_subject)
            objects.update(*by_subject.values())
        for o in objects:
            if o[:1] != '"':
                found.add(o)
            elif o[-1] == ">":
                found.add(o[o.rindex('"^^<') + 4 : -1])
        return found

    def index(self) -> dict[str, dict[str, dict[str, None]]]:
        """predicate → subject → its objects (as the keys of a dict): the graph itself, to be read, not changed."""
        return self.by_predicate

    def subjects(self, predicate: str, obj: str) -> set[str]:
        """The subjects of (?, predicate, obj)."""
        return {s for s, objects in self.by_predicate.get(predicate, {}).items() if obj in objects}

    def object_counts(self, predicate: str) -> Counter[str]:
        """Each object of `predicate` → how many subjects have it (a class → its members, for rdf:type)."""
        return Counter(o for objects in self.by_predicate.get(predicate, {}).values() for o in objects)

    def objects(self, subject: str, predicate: str) -> list[str]:
        return list(self.by_predicate.get(predicate, {}).get(subject, ()))

    def rdflib(self):
        """The same graph as an rdflib Graph (made on first call, then kept): for code that reads rdflib's API."""
        if self._rdflib is None:
            from rdflib import Graph, Literal, URIRef

            graph = Graph()
            for prefix, namespace in self.prefixes.items():
                graph.bind(prefix, namespace)
            iris: dict[str, URIRef] = {}
            literals: dict[str, Literal] = {}

            def iri(value: str) -> URIRef:
                node = iris.get(value)
                if node is None:
                    node = iris[value] = URIRef(value)
                return node

            def term(value: str):
                if value[:1] != '"':
                    return iri(value)
                node = literals.get(value)
                if node is None:
                    lexical, datatype, language = parse_literal(value)
                    dt = iri(datatype) if datatype else None
                    node = literals[value] = Literal(lexical, lang=language, datatype=dt, normalize=False)
                return node

            store = graph.store
            for s, p, o in self:
                store.add((iri(s), iri(p), term(o)), graph, quoted=False)
            self._rdflib = graph
        return self._rdflib


def rdflib_prefixes(own: dict[str, str]) -> dict[str, str]:
    """The prefixes an rdflib Graph binds by default, with `own` bound over them (as `Graph().bind` would)."""
    from rdflib import Graph

    graph = Graph()
    for prefix, namespace in own.items():
        graph.bind(prefix, namespace)
    return {prefix: str(namespace) for prefix, namespace in graph.namespaces() if prefix}
