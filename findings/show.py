"""One item with the quotes it rests on and where they sit (file, offsets, page)."""

from __future__ import annotations

from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.namespace import PROV

from findings.rdf._fo import FO

OA = Namespace("http://www.w3.org/ns/oa#")


def find_items(graph: Graph, item: str) -> list[URIRef]:
    """Subjects whose IRI is `item` or ends with '/' + item."""
    item = item.strip().strip("<>")
    return sorted(
        {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and (str(s) == item or str(s).endswith("/" + item))}
    )


def show_rows(graph: Graph, item: str) -> tuple[list[str], list[list[object]]]:
    headers = ["item", "type", "field", "value"]
    rows: list[list[object]] = []
    for node in find_items(graph, item):
        kind = ", ".join(sorted(graph.qname(t) for t in graph.objects(node, RDF.type)))
        for prop in (FO.identifier, FO.text, FO.lead, FO.timescale, FO.dueBy, FO.dateDoubt, FO.intendedOutcome,
                     FO.respondsTo, FO.about, FO.madeIn):
            for value in sorted(graph.objects(node, prop)):
                rows.append([str(node), kind, graph.qname(prop), str(value)])
        for span in sorted(graph.objects(node, PROV.wasDerivedFrom)):
            source = graph.value(span, OA.hasSource)
            path = graph.value(source, FO.sourcePath) if source else None
            start = end = exact = None
            for selector in graph.objects(span, OA.hasSelector):
                if (selector, RDF.type, OA.TextPositionSelector) in graph:
                    start, end = graph.value(selector, OA.start), graph.value(selector, OA.end)
                else:
                    exact = graph.value(selector, OA.exact)
            page = graph.value(span, FO.page)
            where = f"{path} [{start}:{end}]" + (f" p.{page}" if page is not None else "")
            rows.append([str(node), kind, "source", f"{where} “{exact}”"])
    return headers, rows
