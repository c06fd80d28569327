"""The one store interface every command queries through; backends differ only in where the triples live."""

from __future__ import annotations

from abc import ABC, abstractmethod

from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions, QueryTriples, RdfFormat, Triple, serialize

from findings.store.terms import to_python

PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "fo": "https://w3id.org/findings/ontology#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}

Result = QuerySolutions | QueryBoolean | QueryTriples | list[Triple]  # a list from a remote store


class StoreError(Exception):
    """A store could not be opened, reached or queried; the message is one line for the command line."""


class QuerySyntaxError(StoreError):
    """The query text is not SPARQL the store accepts."""


class Store(ABC):
    """SELECT, ASK and CONSTRUCT with parameters bound as RDF terms; results as plain Python values."""

    @abstractmethod
    def run(self, text: str, params: dict[str, object] | None = None) -> Result:
        """Evaluate `text` with `params` bound (declared types from its header, or guessed)."""

    def count(self, graph: str | None = None) -> int:
        """Triples in the default graph, or in the named graph `graph`."""
        if graph is None:
            return int(self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1][0][0])
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        return int(self.select(query, {"g": NamedNode(graph)})[1][0][0])

    def close(self) -> None:  # noqa: B027  (optional: a backend with nothing to release keeps this)
        """Release the store (files, connections); using it afterwards is an error."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def select(self, text: str, params: dict[str, object] | None = None) -> tuple[list[str], list[tuple]]:
        """(variable names, rows of plain values; None where unbound)."""
        result = self.run(text, params)
        if not isinstance(result, QuerySolutions):
            raise StoreError(f"expected a SELECT query, got {_kind(result)}")
        names = [v.value for v in result.variables]
        plain: dict[object, object] = {None: None}  # each term converted once: a status or a year recurs in every row

        def convert(term: object) -> object:
            value = plain.get(term, plain)
            if value is plain:
                value = plain[term] = to_python(term)
            return value

        return names, [tuple(map(convert, solution)) for solution in result]

    def ask(self, text: str, params: dict[str, object] | None = None) -> bool:
        result = self.run(text, params)
        if not isinstance(result, QueryBoolean):
            raise StoreError(f"expected an ASK query, got {_kind(result)}")
        return bool(result)

    def construct(self, text: str, params: dict[str, object] | None = None) -> bytes:
        """CONSTRUCT or DESCRIBE as Turtle bytes with the project's prefixes."""
        result = self.run(text, params)
        if isinstance(result, QuerySolutions | QueryBoolean):
            raise StoreError(f"expected a CONSTRUCT or DESCRIBE query, got {_kind(result)}")
        return serialize(list(result), format=RdfFormat.TURTLE, prefixes=PREFIXES)

    def construct_rows(self, text: str, params: dict[str, object] | None = None) -> list[tuple]:
        """CONSTRUCT or DESCRIBE as (subject, predicate, object) rows of plain values, sorted: an answer as a table."""
        result = self.run(text, params)
        if isinstance(result, QuerySolutions | QueryBoolean):
            raise StoreError(f"expected a CONSTRUCT or DESCRIBE query, got {_kind(result)}")
        rows = [(to_python(t.subject), to_python(t.predicate), to_python(t.object)) for t in result]
        return sorted(rows, key=lambda row: tuple(map(str, row)))


def _kind(result: Result) -> str:
    return {QuerySolutions: "a SELECT", QueryBoolean: "an ASK"}.get(type(result), "a CONSTRUCT/DESCRIBE") + " query"
