"""Query results in the format the client asked for (Accept, or ?format=), cut at the server's result limit."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyoxigraph as ox

from findings.store.base import PREFIXES

JSON_RESULTS = "application/sparql-results+json"
SOLUTION_TYPES = {
    JSON_RESULTS: ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
}
FORMAT_NAMES = {  # ?format= for links and downloads, where a browser cannot set Accept
    "json": JSON_RESULTS,
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str
    body: bytes
    truncated: bool = False


class NotAcceptable(ValueError):
    """None of the client's Accept types is one this kind of result can be written as."""


def negotiate(accept: str, offered: dict[str, object], default: str) -> str:
    """The offered media type the Accept header prefers; `default` for */* or no header; NotAcceptable otherwise."""
    if not accept.strip():
        return default
    choices = []
    for position, item in enumerate(accept.split(",")):
        media, *options = (part.strip() for part in item.split(";"))
        quality = 1.0
        for option in options:
            key, _, value = option.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            choices.append((-quality, position, media.lower()))
    for _, _, media in sorted(choices):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*") and (media == "*/*" or default.startswith(media[:-1])):
            return default
    raise NotAcceptable(f"results can be sent as {', '.join(sorted(offered))}; Accept asked for {accept}")


def _term(term: object) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        parts = {"subject": term.subject, "predicate": term.predicate, "object": term.object}
        return {"type": "triple", "value": {k: _term(v) for k, v in parts.items()}}
    return {"type": "literal", "value": str(term)}


def answer(result: object, accept: str, limit: int) -> Answer:
    """Serialise `result` for `accept`; SELECT rows and CONSTRUCT triples past `limit` are dropped and flagged."""
    if isinstance(result, ox.QuerySolutions):
        media = negotiate(accept, SOLUTION_TYPES, JSON_RESULTS)
        names = [v.value for v in result.variables]
        bindings = []
        for solution in result:
            if len(bindings) == limit:
                return _solutions(names, bindings, media, True)
            bindings.append({n: _term(solution[n]) for n in names if solution[n] is not None})
        return _solutions(names, bindings, media, False)
    if isinstance(result, ox.QueryBoolean):
        media = negotiate(accept, SOLUTION_TYPES, JSON_RESULTS)
        return Answer(200, media, result.serialize(format=SOLUTION_TYPES[media]))
    media = negotiate(accept, GRAPH_TYPES, "text/turtle")
    triples, truncated = [], False
    for triple in result:
        if len(triples) == limit:
            truncated = True
            break
        triples.append(triple)
    fmt = GRAPH_TYPES[media]
    body = ox.serialize(triples, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None)
    return Answer(200, media, body, truncated)


def _solutions(names: list[str], bindings: list[dict], media: str, truncated: bool) -> Answer:
    data = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode("utf-8")
    fmt = SOLUTION_TYPES[media]
    if fmt != ox.QueryResultsFormat.JSON:
        data = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=fmt)
    return Answer(200, media, data, truncated)
