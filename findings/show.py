"""One item with the quotes it rests on and where they sit (file, offsets, page or cell)."""

from __future__ import annotations

from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from findings.rdf._fo import FO

OA = Namespace("http://www.w3.org/ns/oa#")


_FIELDS = (  # in the order a reader wants them; provenance follows
    FO.identifier,
    DCTERMS.title,
    FO.text,
    FO.polarity,
    FO.grade,
    FO.scope,
    FO.paragraph,
    FO.lead,
    FO.priority,
    FO.timescale,
    FO.dueBy,
    FO.dateDoubt,
    FO.intendedOutcome,
    FO.addressedTo,
    FO.measure,
    DCTERMS.date,
    PROV.startedAtTime,
    PROV.endedAtTime,
    DCTERMS.issued,
    FO.earliestDate,
    FO.latestDate,
    FO.dateSource,
    FO.framework,
    FO.leadInspector,
    FO.team,
    FO.knownFrom,
    FO.respondsTo,
    FO.about,
    FO.underKLOE,
    FO.partOf,
    FO.underpins,
    FO.refersTo,
    FO.madeIn,
    FO.currentStatus,
    FO.theme,
    FO.recurs,
    FO.followsUp,
    FO.fulfils,
)


_INCOMING = (
    FO.respondsTo,
    FO.about,
    FO.recurs,
    FO.followsUp,
    FO.fulfils,
    FO.underpins,
    FO.refersTo,
    FO.underKLOE,
    FO.partOf,
)  # what points at an item: its actions, the progress on it, what raises it again


def find_items(graph: Graph, item: str) -> list[URIRef]:
    """Subjects whose IRI is `item` or ends with '/' + item."""
    item = item.strip().strip("<>")
    return sorted(
        {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and (str(s) == item or str(s).endswith("/" + item))}
    )


def show_rows(graph: Graph, item: str) -> tuple[list[str], list[list[object]]]:
    headers = ["item", "type", "field", "value"]
    for prefix, namespace in (("fo", FO), ("dcterms", DCTERMS), ("prov", PROV), ("oa", OA)):
        graph.bind(prefix, namespace, override=True, replace=True)  # an N-Triples graph names none: 'fo:', not 'ns1:'
    rows: list[list[object]] = []
    for node in find_items(graph, item):
        kind = ", ".join(sorted(graph.qname(t) for t in graph.objects(node, RDF.type)))
        for prop in _FIELDS:
            for value in sorted(graph.objects(node, prop)):
                shown = "fo:" + str(value).rsplit("#", 1)[-1] if prop == FO.currentStatus else str(value)  # fo:InProgress
                rows.append([str(node), kind, graph.qname(prop), shown])
        for prop in _INCOMING:
            for source in sorted(graph.subjects(prop, node)):
                rows.append([str(node), kind, f"{graph.qname(prop)} (incoming)", str(source)])
        for span in sorted(graph.objects(node, PROV.wasDerivedFrom)):
            source = graph.value(span, OA.hasSource)
            path = graph.value(source, FO.sourcePath) if source else None
            start = end = exact = None
            for selector in graph.objects(span, OA.hasSelector):
                if (selector, RDF.type, OA.TextPositionSelector) in graph:
                    start, end = graph.value(selector, OA.start), graph.value(selector, OA.end)
                else:
                    exact = graph.value(selector, OA.exact)
            page, location = graph.value(span, FO.page), graph.value(span, FO.location)
            where = f"{path} [{start}:{end}]" + (f" p.{page}" if page is not None else "") + (f" {location}" if location else "")
            rows.append([str(node), kind, "source", f"{where} “{exact}”"])
    return headers, rows
