"""One item with the quotes it rests on and where they sit (file, offsets, page or cell).

Read from a build folder's Oxigraph store (`show_rows_store`: a large graph in a fraction of a second), or from a
graph file of its own, parsed with rdflib (`show_rows`); the same rows either way, a test holds them equal. Nothing
here imports rdflib or pyoxigraph until it is used."""

from __future__ import annotations

FO = "https://w3id.org/findings/ontology#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_NAMES = {"fo": FO, "dcterms": DCTERMS, "prov": PROV, "oa": OA}

_FIELDS = tuple(  # in the order a reader wants them; provenance follows
    FO + name if ":" not in name else _NAMES[name.split(":")[0]] + name.split(":")[1]
    for name in (
        "identifier",
        "dcterms:title",
        "text",
        "polarity",
        "grade",
        "scope",
        "paragraph",
        "lead",
        "priority",
        "timescale",
        "dueBy",
        "dateDoubt",
        "intendedOutcome",
        "addressedTo",
        "measure",
        "dcterms:date",
        "prov:startedAtTime",
        "prov:endedAtTime",
        "dcterms:issued",
        "earliestDate",
        "latestDate",
        "dateSource",
        "framework",
        "leadInspector",
        "team",
        "knownFrom",
        "respondsTo",
        "about",
        "underKLOE",
        "partOf",
        "underpins",
        "refersTo",
        "madeIn",
        "currentStatus",
        "theme",
        "recurs",
        "followsUp",
        "fulfils",
    )
)
_INCOMING = tuple(  # what points at an item: its actions, the progress on it, what raises it again
    FO + name
    for name in ("respondsTo", "about", "recurs", "followsUp", "fulfils", "underpins", "refersTo", "underKLOE", "partOf")
)
HEADERS = ["item", "type", "field", "value"]


def _qname(iri: str, prefixes: dict[str, str]) -> str:
    """'fo:Recommendation' for an IRI in a known namespace (the longest that fits), else the IRI."""
    best = max(((p, ns) for p, ns in prefixes.items() if iri.startswith(ns)), key=lambda pn: len(pn[1]), default=None)
    return f"{best[0]}:{iri[len(best[1]) :]}" if best else iri


def _shown(prop: str, value: str) -> str:
    return "fo:" + value.rsplit("#", 1)[-1] if prop == FO + "currentStatus" else value  # 'fo:InProgress'


def _where(path, start, end, page, location, exact) -> str:
    where = f"{path} [{start}:{end}]" + (f" p.{page}" if page is not None else "") + (f" {location}" if location else "")
    return f"{where} “{exact}”"


def show_rows(graph, item: str) -> tuple[list[str], list[list[object]]]:
    """The rows of every item of an rdflib Graph whose IRI is `item` or ends with '/' + item."""
    from rdflib import RDF, URIRef

    for prefix, namespace in _NAMES.items():
        graph.bind(prefix, namespace, override=True, replace=True)  # an N-Triples graph names none: 'fo:', not 'ns1:'
    item = item.strip().strip("<>")
    nodes = sorted(
        {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and (str(s) == item or str(s).endswith("/" + item))}
    )
    rows: list[list[object]] = []
    for node in nodes:
        kind = ", ".join(sorted(graph.qname(t) for t in graph.objects(node, RDF.type)))
        for prop in map(URIRef, _FIELDS):
            for value in sorted(graph.objects(node, prop)):
                rows.append([str(node), kind, graph.qname(prop), _shown(str(prop), str(value))])
        for prop in map(URIRef, _INCOMING):
            for source in sorted(graph.subjects(prop, node)):
                rows.append([str(node), kind, f"{graph.qname(prop)} (incoming)", str(source)])
        for span in sorted(graph.objects(node, URIRef(PROV + "wasDerivedFrom"))):
            source = graph.value(span, URIRef(OA + "hasSource"))
            path = graph.value(source, URIRef(FO + "sourcePath")) if source else None
            start = end = exact = None
            for selector in graph.objects(span, URIRef(OA + "hasSelector")):
                if (selector, RDF.type, URIRef(OA + "TextPositionSelector")) in graph:
                    start, end = graph.value(selector, URIRef(OA + "start")), graph.value(selector, URIRef(OA + "end"))
                else:
                    exact = graph.value(selector, URIRef(OA + "exact"))
            page, location = graph.value(span, URIRef(FO + "page")), graph.value(span, URIRef(FO + "location"))
            rows.append([str(node), kind, "source", _where(path, start, end, page, location, exact)])
    return HEADERS, rows


def _order(term) -> tuple:
    """The order rdflib sorts a node's values in, for the kinds a built graph holds: numbers by value, else text."""
    import pyoxigraph as ox

    if isinstance(term, ox.Literal) and term.datatype.value.endswith(("#integer", "#decimal", "#int", "#double")):
        try:
            return (0, float(term.value), term.value)
        except ValueError:
            pass
    return (1, 0.0, term.value)


def show_rows_store(store, item: str) -> tuple[list[str], list[list[object]]]:
    """`show_rows` read from an Oxigraph store (a build folder's) instead of a parsed graph."""
    import pyoxigraph as ox

    from findings.store.base import PREFIXES
    from findings.store.terms import sparql_term

    prefixes = {**PREFIXES, **_NAMES}
    item = item.strip().strip("<>")
    whole, tail = (sparql_term(ox.Literal(text)) for text in (item, "/" + item))
    match = f"isIRI(?s) && (STR(?s) = {whole} || STRENDS(STR(?s), {tail}))"
    nodes = sorted(solution["s"].value for solution in store.query(f"SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER({match}) }}"))

    def objects(s: str, p: str) -> list:
        return sorted((q.object for q in store.quads_for_pattern(ox.NamedNode(s), ox.NamedNode(p), None)), key=_order)

    def one(s: str, p: str):
        found = objects(s, p)
        return found[0].value if found else None

    rows: list[list[object]] = []
    for node in nodes:
        kind = ", ".join(sorted(_qname(t.value, prefixes) for t in objects(node, RDF_TYPE)))
        for prop in _FIELDS:
            rows += [[node, kind, _qname(prop, prefixes), _shown(prop, v.value)] for v in objects(node, prop)]
        for prop in _INCOMING:
            sources = sorted(q.subject.value for q in store.quads_for_pattern(None, ox.NamedNode(prop), ox.NamedNode(node)))
            rows += [[node, kind, f"{_qname(prop, prefixes)} (incoming)", source] for source in sources]
        for span in sorted(t.value for t in objects(node, PROV + "wasDerivedFrom")):
            source = one(span, OA + "hasSource")
            path = one(source, FO + "sourcePath") if source else None
            start = end = exact = None
            for selector in objects(span, OA + "hasSelector"):
                if OA + "TextPositionSelector" in {t.value for t in objects(selector.value, RDF_TYPE)}:
                    start, end = one(selector.value, OA + "start"), one(selector.value, OA + "end")
                else:
                    exact = one(selector.value, OA + "exact")
            page, location = one(span, FO + "page"), one(span, FO + "location")
            rows.append([node, kind, "source", _where(path, start, end, page, location, exact)])
    return HEADERS, rows
