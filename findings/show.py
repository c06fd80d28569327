"""One item with the quotes it rests on and where they sit (file, offsets, page or cell).

Read from an Oxigraph store: a build folder's, or a graph file of its own loaded into memory (findings.store), so a
large graph answers in a fraction of a second and no rdflib is imported; names are shortened by the store's own
prefixes."""

from __future__ import annotations

import re

from findings.store.base import PREFIXES

FO, PROV, OA = PREFIXES["fo"], PREFIXES["prov"], PREFIXES["oa"]
RDF_TYPE = PREFIXES["rdf"] + "type"

_FIELDS = tuple(  # in the order a reader wants them; provenance follows
    FO + name if ":" not in name else PREFIXES[name.split(":")[0]] + name.split(":")[1]
    for name in (
        "identifier",
        "minute",  # the minute's number as printed ('45/24')
        "logReference",  # an action log's Ref ('A3')
        "reference",  # a plan's own label for an action keyed otherwise ('1b', action 1.2)
        "dcterms:title",
        "rdfs:label",
        "skos:notation",  # a council's ONS code
        "assesses",  # an assessment's council
        "owl:sameAs",
        "text",
        "polarity",
        "grade",
        "judgementArea",
        "scope",
        "paragraph",
        "lead",
        "priority",
        "timescale",
        "dueBy",
        "dueBySlipped",
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
        "of",
        "status",
        "asOf",
        "acceptance",
        "progress",
        "assurance",
        "closureReason",
        "confidence",
        "rdfs:comment",
        "supersededOn",
        "takenBackOn",
        "unreviewedConfidence",
        "prov:wasAttributedTo",
        "currentStatus",
        "theme",
        "recurs",
        "followsUp",
        "fulfils",
    )
)
_INCOMING = tuple(  # what points at an item: its actions, the progress on it, what raises it again
    FO + name
    for name in (
        "respondsTo",
        "about",
        "recurs",
        "followsUp",
        "fulfils",
        "underpins",
        "refersTo",
        "underKLOE",
        "partOf",
        "assesses",
    )
)
_LISTED = tuple(FO + name for name in ("Judgement", "Recommendation", "KeyLineOfEnquiry"))  # an assessment's, with words
HEADERS = ["item", "type", "field", "value"]


def _qname(iri: str, prefixes: dict[str, str]) -> str:
    """'fo:Recommendation' for an IRI in a known namespace (the longest that fits), else the IRI."""
    best = max(((p, ns) for p, ns in prefixes.items() if iri.startswith(ns)), key=lambda pn: len(pn[1]), default=None)
    return f"{best[0]}:{iri[len(best[1]) :]}" if best else iri


_TERMS = {FO + name for name in ("currentStatus", "status", "acceptance", "progress", "assurance", "closureReason")}


def _shown(prop: str, term) -> str:
    """'fo:InProgress' for a status term; an IRI marked as one (`Iri`), so a table for people can show it short."""
    import pyoxigraph as ox

    from findings.store.terms import Iri

    if prop in _TERMS:
        return "fo:" + term.value.rsplit("#", 1)[-1]
    return Iri(term.value) if isinstance(term, ox.NamedNode) else term.value


def _with(value: str, note: str) -> str:
    return value + note if note else value  # an IRI stays marked as one


def _awaiting(store, node: str, prop: str) -> str:
    """' (awaiting review)' after an item's current status when it is a verification or a recurrence read from a
    later report (not a later recommendation), below the review bar and accepted by no one yet, as `open`, `report`
    and the named queries say it."""
    if prop != FO + "currentStatus":
        return ""
    from findings.store.named import expand, lexicon_value

    below = lexicon_value("lexicon:status.json/review/below")
    ask = expand(f"""PREFIX fo: <{FO}> PREFIX prov: <{PROV}>
    ASK {{ <{node}> <{FO}currentStatus> ?st . ?sa <{FO}of> <{node}> ; <{FO}status> ?st .
      FILTER NOT EXISTS {{ ?sa <{FO}supersededOn> ?until }}
      BIND({below} AS ?reviewBelow) FILTER(%awaiting-review(?sa)%) }}""")
    return " (awaiting review)" if bool(store.query(ask)) else ""


def _where(path, start, end, page, location, exact) -> str:
    where = f"{path} [{start}:{end}]" + (f" p.{page}" if page is not None else "") + (f" {location}" if location else "")
    return f"{where} “{exact}”"


def _numbered(iri: str) -> tuple:
    """An item's IRI in its document's order: '…/recommendation/10' after '…/recommendation/9', '1.2' after '1.1'."""
    tail = iri.rsplit("/", 1)[-1]
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.-]", tail)), iri


def _order(term) -> tuple:
    """A node's values in order: numbers by value, else by text."""
    import pyoxigraph as ox

    if isinstance(term, ox.Literal) and term.datatype.value.endswith(("#integer", "#decimal", "#int", "#double")):
        try:
            return (0, float(term.value), term.value)
        except ValueError:
            pass
    return (1, 0.0, term.value)


def referenced(store, item: str) -> list[str]:
    """The actions a plan prints as `item`'s last part ('…/action/1b': fo:reference '1b', any case) in an Oxigraph
    store (findings.store.named.items_referenced)."""
    import pyoxigraph as ox

    from findings.store.named import REFERENCED, reference_parts, referenced_as
    from findings.store.terms import sparql_term

    head, label = reference_parts(item)
    if not label:
        return []
    query = REFERENCED.replace("?label", sparql_term(ox.Literal(label))).replace("fo:reference", f"<{FO}reference>")
    return referenced_as([solution["s"].value for solution in store.query(query)], head)


def show_rows(store, item: str) -> tuple[list[str], list[list[object]]]:
    """The rows of every item of an Oxigraph store whose IRI is `item` or ends with '/' + item: its fields in a
    reader's order, what points at it, and each quote with its file, offsets and page or cell."""
    import pyoxigraph as ox

    from findings.store.terms import Iri, sparql_term

    item = item.strip().strip("<>")
    whole, tail = (sparql_term(ox.Literal(text)) for text in (item, "/" + item))
    match = f"isIRI(?s) && (STR(?s) = {whole} || STRENDS(STR(?s), {tail}))"
    nodes = sorted(solution["s"].value for solution in store.query(f"SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER({match}) }}"))
    if not nodes:  # 'ofsted-2022/action/1b': the action the plan prints as '1b', keyed 1.2
        nodes = referenced(store, item)

    def objects(s: str, p: str) -> list:
        return sorted((q.object for q in store.quads_for_pattern(ox.NamedNode(s), ox.NamedNode(p), None)), key=_order)

    def one(s: str, p: str):
        found = objects(s, p)
        return found[0].value if found else None

    rows: list[list[object]] = []
    for node in nodes:
        kind = ", ".join(sorted(_qname(t.value, PREFIXES) for t in objects(node, RDF_TYPE)))
        for prop in _FIELDS:
            rows += [
                [node, kind, _qname(prop, PREFIXES), _with(_shown(prop, v), _awaiting(store, node, prop))]
                for v in objects(node, prop)
            ]
        for prop in _INCOMING:
            sources = sorted(q.subject.value for q in store.quads_for_pattern(None, ox.NamedNode(prop), ox.NamedNode(node)))
            rows += [[node, kind, f"{_qname(prop, PREFIXES)} (incoming)", Iri(source)] for source in sources]
        made = [q.subject.value for q in store.quads_for_pattern(None, ox.NamedNode(FO + "madeIn"), ox.NamedNode(node))]
        typed = {m: {t.value for t in objects(m, RDF_TYPE)} for m in made}
        for listed in _LISTED:  # an assessment's grades, as its report words each area, then what it asks, in order
            for part in sorted((m for m in made if listed in typed[m]), key=_numbered):
                if listed == FO + "Judgement":
                    grade = one(part, FO + "grade")
                    said = f"{one(part, PREFIXES['rdfs'] + 'label') or part}: {one(grade, PREFIXES['rdfs'] + 'label') or grade}"
                else:
                    said = " ".join((one(part, FO + "text") or "").split())
                rows.append([node, kind, f"{_qname(listed, PREFIXES)} (incoming)", f"{part} ({said})"])
        quotes: list[str] = []  # its own spans, then those of the findings it rests on, each once
        for span in sorted(t.value for t in objects(node, PROV + "wasDerivedFrom")):
            if one(span, OA + "hasSource") is not None:
                quotes += [span] if span not in quotes else []
                continue
            # not a quote but a node: a finding, an update, an earlier status; its own quote follows
            text, polarity = one(span, FO + "text"), one(span, FO + "polarity")
            said = (f" “{' '.join(text.split())}”" if text else "") + (
                f" ({'fo:' + polarity.rsplit('#', 1)[-1]})" if polarity else ""
            )
            rows.append([node, kind, "prov:wasDerivedFrom", span + said])
            if polarity:  # a later report's finding: where to read it
                own = [t.value for t in objects(span, PROV + "wasDerivedFrom") if one(t.value, OA + "hasSource") is not None]
                quotes += [q for q in own[:1] if q not in quotes]
        for span in quotes:
            source = one(span, OA + "hasSource")
            path = one(source, FO + "sourcePath")
            start = end = exact = None
            for selector in objects(span, OA + "hasSelector"):
                if OA + "TextPositionSelector" in {t.value for t in objects(selector.value, RDF_TYPE)}:
                    start, end = one(selector.value, OA + "start"), one(selector.value, OA + "end")
                else:
                    exact = one(selector.value, OA + "exact")
            page, location = one(span, FO + "page"), one(span, FO + "location")
            rows.append([node, kind, "source", _where(path, start, end, page, location, exact)])
    return HEADERS, rows


def for_people(rows: list[list[object]]) -> list[list[object]]:
    """Rows for a table or Markdown: the item and every IRI in a value by its readable tail, as `open` and `list` give
    an item (`show` and `lineage` take it back), a vocabulary IRI by its prefixed name; a value that opens with an
    item's IRI and says more ('… (fo:Strength)') has that IRI shortened. CSV and JSON keep IRIs whole."""
    from findings.cli_sparql import shortened
    from findings.output import tail

    out = []
    for item, kind, field, value in rows:
        if type(value) is not str or " " not in value:
            value = shortened([(value,)], PREFIXES)[0][0]
        elif re.match(r"https?://\S*/id/\S* ", value):  # a finding or a judgement with what it says
            first, rest = value.split(" ", 1)
            value = f"{tail(first)} {rest}"
        out.append([tail(item), kind, field, value])
    return out
