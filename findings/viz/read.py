"""Read graph.nt into the plain records the views draw (pyoxigraph when installed: 10x faster than rdflib)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from findings.viz.model import ASSESSMENT_KINDS, INDEPENDENT_KINDS, Corpus, Item, Quote

FO = "https://w3id.org/findings/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_NOTATION = "http://www.w3.org/2004/02/skos/core#notation"
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
SKOS_BROADER = "http://www.w3.org/2004/02/skos/core#broader"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
ITEM_KINDS = ("Recommendation", "Resolution", "KeyLineOfEnquiry", "Finding", "Action", "ProgressUpdate")
LINKS = ("madeIn", "partOf", "underKLOE", "respondsTo", "about", "recurs", "followsUp", "fulfils")
DATE_KEYS = (DCT + "issued", PROV + "startedAtTime", DCT + "date", FO + "earliestDate", FO + "latestDate", FO + "asOf")
# subclass first: a Resolution is also a Recommendation, a Recommendation also a Finding
KIND_ORDER = ASSESSMENT_KINDS + ("Resolution", "Recommendation", "KeyLineOfEnquiry", "Action", "ProgressUpdate", "Finding")

Index = dict[str, dict[str, list[str]]]
AWAITING = "AwaitingReview"  # a status as the pictures show it: verified by the tool's own reading, not yet accepted
RECURRED_AWAITING = "RecurredAwaitingReview"  # raised again by the tool's own reading of later findings, not yet accepted
_AWAITING = {"IndependentlyVerified": AWAITING, "Recurred": RECURRED_AWAITING}  # each status the tool may call itself

if TYPE_CHECKING:
    from findings.rdf.triples import Triples


def load_index(path: Path) -> Index:
    """Subject → predicate → objects (lexical values), from N-Triples (or Turtle, for hand-written graphs)."""
    index: Index = defaultdict(lambda: defaultdict(list))
    turtle = path.suffix == ".ttl"
    try:
        import pyoxigraph as ox
    except ImportError:
        from rdflib import Graph

        for s, p, o in Graph().parse(path, format="turtle" if turtle else "nt"):
            index[str(s)][str(p)].append(str(o))
        return index
    with path.open("rb") as handle:
        for t in ox.parse(handle, format=ox.RdfFormat.TURTLE if turtle else ox.RdfFormat.N_TRIPLES):
            index[t.subject.value][t.predicate.value].append(t.object.value)
    return index


def index_of(triples: Triples) -> Index:
    """The index `load_index` reads from the graph.nt of `triples`, made from the build's triples in memory (the
    pictures of a build drawn without parsing the file it just wrote): terms as the file writes them (a lone
    surrogate replaced), subjects, predicates and objects in its sorted order, each triple once, literals as their
    lexical values. IRIs are minted ASCII; only a literal that is not can hold a surrogate."""
    from findings.rdf.triples import clean_text

    by_subject: dict[str, list[tuple[str, str]]] = defaultdict(list)
    cleaned = False
    for p, subjects in triples.index().items():
        for s, objects in subjects.items():
            pairs = by_subject[s]
            for o in objects:
                if o[:1] == '"' and not o.isascii() and (c := clean_text(o)) != o:
                    o, cleaned = c, True
                pairs.append((p, o))
    index: Index = defaultdict(lambda: defaultdict(list))
    for s in sorted(by_subject, key=lambda iri: iri + ">"):
        preds = index[s]
        pairs = by_subject[s]
        for p, o in sorted(dict.fromkeys(pairs) if cleaned else pairs, key=_line_order):
            preds[p].append(_value(o))
    return index


def _value(term: str) -> str:
    """A term's value as a parser gives it: an IRI itself, a literal its lexical form."""
    from findings.rdf.triples import clean_text, parse_literal

    return clean_text(parse_literal(term)[0]) if term[:1] == '"' else term


def _line_order(po: tuple[str, str]) -> tuple[str, str]:
    """Where (predicate, object) of one subject sorts in N-Triples: the predicate, then the object as written."""
    p, o = po
    return p + ">", o if o[:1] == '"' else f"<{o}>"


def _awaiting(index: Index, node: str, status: str) -> bool:
    """Is this status the tool's own verification, or its own reading that a matter recurred, below the review bar
    and accepted by no person yet (as the open-items query reads it: fo:unreviewedConfidence, written by the build,
    below extract/lexicons/status.json's review.below)?"""
    from findings.extract.lexicons import load_json

    if _local(status) not in _AWAITING:
        return False
    confidence = _first(index, node, FO + "unreviewedConfidence")
    return confidence is not None and float(confidence) < float(load_json("lexicons/status.json")["review"]["below"])


def _first(index: Index, s: str, *preds: str) -> str | None:
    for p in preds:
        values = index.get(s, {}).get(p)
        if values:
            return sorted(values)[0]
    return None


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _kind(types: list[str]) -> str | None:
    names = {_local(t) for t in types if t.startswith(FO)}
    return next((k for k in KIND_ORDER if k in names), None)


def _date(index: Index, s: str) -> str | None:
    found = _first(index, s, *DATE_KEYS)
    if found:
        return found[:10]
    year = re.search(r"\b(19|20)\d\d\b", (_first(index, s, RDFS_LABEL) or "") + " " + s.rsplit("/", 1)[-1])
    return f"{year.group(0)}-01-01" if year else None


def _quotes(index: Index, s: str) -> list[Quote]:
    quotes = []
    for span in sorted(index.get(s, {}).get(PROV + "wasDerivedFrom", [])):
        doc = _first(index, span, OA + "hasSource")
        exact = next(
            (e for sel in index.get(span, {}).get(OA + "hasSelector", []) if (e := _first(index, sel, OA + "exact"))), None
        )
        if doc and exact:
            quotes.append(Quote(_first(index, doc, FO + "sourcePath") or doc, _first(index, span, FO + "page"), exact))
    return quotes


def _label(index: Index, s: str, kind: str) -> str:
    label = _first(index, s, RDFS_LABEL, DCT + "title")
    if kind in ASSESSMENT_KINDS:
        short = (label or _local(s)).split(": ", 1)[-1]
        short = re.sub(r" \((?:fieldwork|published) [^)]*\)$", "", short)  # the dates are in the tooltip, not the box
        when = _first(index, s, DCT + "date", FO + "earliestDate")
        return f"{short} {when[:7]}" if kind == "Meeting" and when else short
    ident = _first(index, s, FO + "identifier")
    names = {"Recommendation": "Rec", "Resolution": "Resolved", "KeyLineOfEnquiry": "KLOE", "Action": "Action"}
    if kind in names:
        return f"{names[kind]} {ident or _local(s)}"
    if kind == "ProgressUpdate":
        return f"Update {(_first(index, s, DCT + 'date') or '')[:10]}".strip()
    return label or _local(s)


def read_corpus(graph: Path | Index) -> Corpus:
    """Every assessment and item of GRAPH (a graph file, or its index) with its dates, status history, themes, links
    and quotes."""
    index = load_index(graph) if isinstance(graph, Path) else graph
    items: dict[str, Item] = {}
    history: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s, preds in index.items():
        types = preds.get(RDF_TYPE, [])
        if FO + "StatusAssessment" in types:
            of, status, as_of = (_first(index, s, FO + k) for k in ("of", "status", "asOf"))
            if of and status and as_of:
                history[of].append((as_of[:10], _AWAITING[_local(status)] if _awaiting(index, s, status) else _local(status)))
            continue
        kind = _kind(types)
        if kind is None:
            continue
        item = Item(s, kind, _label(index, s, kind), text=_first(index, s, FO + "text", DCT + "title") or "")
        item.date = _date(index, s) if kind in ASSESSMENT_KINDS or kind == "ProgressUpdate" else None
        item.status = _local(st) if (st := _first(index, s, FO + "currentStatus")) else None
        item.themes = sorted(preds.get(FO + "theme", []))
        item.polarity = _local(p) if (p := _first(index, s, FO + "polarity")) else None
        if kind == "Finding":
            item.label = f"{item.polarity or 'Finding'} {_local(s)}"
        item.links = [(rel, o) for rel in LINKS for o in sorted(preds.get(FO + rel, []))]
        item.quotes = _quotes(index, s)
        org = _first(index, s, FO + "assesses")
        item.council = org or ""
        items[s] = item
    for iri, entries in history.items():
        if iri in items:
            item = items[iri]
            item.history = sorted(entries)
            for base, awaiting in _AWAITING.items():
                calls = [status for _, status in item.history if status in (base, awaiting)]
                if item.status == base and calls and calls[-1] == awaiting:
                    item.status = awaiting  # the tool's own call, not yet accepted: not shown as settled
    _one_lane_per_council(index, items)
    _inherit(items)
    _said_by(index, items)
    councils = {i.council for i in items.values() if i.council}
    council_labels = {c: _first(index, c, RDFS_LABEL) or _local(c) for c in councils}
    themes = {t for i in items.values() for t in i.themes}
    broader = {t: b for t in themes if (b := _first(index, t, SKOS_BROADER))}
    theme_labels = {t: _first(index, t, SKOS_PREF, RDFS_LABEL) or _local(t) for t in themes | set(broader.values())}
    return Corpus(items, theme_labels, council_labels, broader=broader)


def _one_lane_per_council(index: Index, items: dict[str, Item]) -> None:
    """A body reviewed only in another's reports (a safeguarding board in its council's inspection report) shares
    that council's lane: each of its assessments is described in a document that describes the other's, and only
    that other's."""
    docs = {i.iri: set(index.get(i.iri, {}).get(FO + "describedIn", [])) for i in items.values() if i.kind in ASSESSMENT_KINDS}
    by_org: dict[str, list[Item]] = defaultdict(list)
    for iri in docs:
        by_org[items[iri].council].append(items[iri])
    moves: dict[str, str] = {}
    for org, mine in sorted(by_org.items()):  # decided on the lanes as read, before any moves
        if _registered(index, org):
            continue  # a registered authority keeps its own lane, even in a joint report
        partners = [{items[o].council for o in docs if o != a.iri and docs[o] & docs[a.iri]} - {org} for a in mine]
        if partners and all(len(p) == 1 and p == partners[0] for p in partners):
            moves[org] = next(iter(partners[0]))
    for org, into in sorted(moves.items()):
        if moves.get(into) == org and org < into:
            continue  # two unregistered bodies each only in the other's report: one lane, the first's
        for a in by_org[org]:
            a.council = into


def _said_by(index: Index, items: dict[str, Item]) -> None:
    """Mark each progress update that a later independent assessment's report holds (a later inspection's finding on
    the last one, which the build writes as an update about it, linked with its score) with that assessment, and name
    it as its finding, so no picture passes an inspector's words off as the council's own report of progress."""
    by_doc: dict[str, list[Item]] = defaultdict(list)
    for item in items.values():
        if item.kind in INDEPENDENT_KINDS:
            for doc in index.get(item.iri, {}).get(FO + "describedIn", []):
                by_doc[doc].append(item)
    for item in items.values():
        if item.kind != "ProgressUpdate" or not index.get(item.iri, {}).get(FO + "qualifiedLink"):
            continue  # the council's own update: only a later report's finding is linked by score (findings/link/previous)
        docs = index.get(item.iri, {}).get(FO + "describedIn", [])
        found = sorted(
            {a.iri: a for d in docs for a in by_doc.get(d, []) if a.iri != item.assessment}.values(),
            key=lambda a: (a.kind != "Inspection", a.date != item.date, a.iri),
        )
        if found:
            item.said_by = found[0].iri
            item.label = f"{found[0].label} finding"


def _registered(index: Index, org: str) -> bool:
    """Is `org` a registered authority (an ONS code), not a board or partnership?"""
    return bool(index.get(org, {}).get(SKOS_NOTATION))


def _inherit(items: dict[str, Item]) -> None:
    """Give each item its assessment, council and (when undated) date, from what it hangs off."""

    def parent(item: Item) -> Item | None:
        for rel in ("madeIn", "partOf", "respondsTo", "about", "underKLOE"):
            for target in item.targets(rel):
                if target in items:
                    return items[target]
        return None

    def resolve(item: Item, depth: int = 0) -> None:
        if item.kind in ASSESSMENT_KINDS or depth > 8:
            item.assessment = item.assessment or (item.iri if item.kind in ASSESSMENT_KINDS else None)
            return
        up = parent(item)
        if up is None:
            return
        resolve(up, depth + 1)
        item.assessment = item.assessment or up.assessment
        item.council = item.council or up.council
        item.date = item.date or up.date

    for item in items.values():
        resolve(item)
    for item in items.values():
        if item.history and item.date and item.history[0][0] < item.date:
            item.date = item.history[0][0]
