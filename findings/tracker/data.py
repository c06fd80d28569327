"""What the tracker shows, asked of the store: each open item with its status on the three axes, the evidence
that decided it, leads, due dates, themes and recurrences; the lineage of each; the documents behind them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from findings.output import in_item_order, tail
from findings.store.named import find_named

# Between statuses of one date the stronger decides, as in ontology/queries/open-items.rq.
_RANK = {"Lapsed": 7, "Recurred": 6, "IndependentlyVerified": 5, "ReportedComplete": 4, "InProgress": 3, "ActionPlanned": 2}

_STATUSES = """
SELECT ?item ?sa ?asOf ?status ?acceptance ?progress ?assurance WHERE {
  ?sa a fo:StatusAssessment ; fo:of ?item ; fo:asOf ?asOf ; fo:status ?st .
  FILTER(?asOf <= ?day)
  OPTIONAL { ?sa fo:acceptance ?ac } OPTIONAL { ?sa fo:progress ?pr } OPTIONAL { ?sa fo:assurance ?as }
  BIND(STRAFTER(STR(?st), "#") AS ?status) BIND(STRAFTER(STR(?ac), "#") AS ?acceptance)
  BIND(STRAFTER(STR(?pr), "#") AS ?progress) BIND(STRAFTER(STR(?as), "#") AS ?assurance)
}"""
_EVIDENCE = """
SELECT ?sa ?path ?start ?end ?exact ?page ?location ?docDate WHERE {
  ?sa a fo:StatusAssessment ; prov:wasDerivedFrom ?span .
  ?span oa:hasSource ?doc ; oa:hasSelector ?p , ?q .
  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
  ?doc fo:sourcePath ?path .
  OPTIONAL { ?span fo:page ?page } OPTIONAL { ?span fo:location ?location } OPTIONAL { ?doc dcterms:date ?docDate }
}"""
_ACTIONS = """
SELECT ?item ?action ?lead ?due ?slipped ?said WHERE {
  { ?action a fo:Action ; fo:respondsTo ?item .
    OPTIONAL { ?action fo:lead ?lead } OPTIONAL { ?action fo:dueBy ?due } }
  UNION {  # a logged action: its own owner and re-plans
    ?item a fo:Resolution ; fo:logReference ?ref . BIND(?item AS ?action)
    OPTIONAL { ?item fo:addressedTo ?lead . FILTER(isLiteral(?lead)) }
  }
  OPTIONAL { ?action fo:replanned ?replan . ?replan fo:replannedTo ?slipped . OPTIONAL { ?replan dcterms:date ?said } }
}"""
_ITEMS = """
SELECT ?item ?due ?timescale ?theme WHERE {
  ?item a ?class . VALUES ?class { fo:Recommendation fo:Resolution }
  { ?item fo:dueBy ?due } UNION { ?item fo:timescale ?timescale }
  UNION { ?item fo:theme ?c . ?c skos:prefLabel ?theme }
}"""
_RESTS_ON = """SELECT DISTINCT ?sha WHERE {
  VALUES ?node { %s }
  ?node prov:wasDerivedFrom+ ?span . ?span oa:hasSource ?doc . ?doc fo:sha256 ?sha .
}"""
_SOURCES = """
SELECT ?path ?title ?date ?format ?holds ?sha WHERE {
  ?doc a fo:Document ; fo:sourcePath ?path ; fo:sha256 ?sha .
  OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc dcterms:format ?format }
  OPTIONAL { ?doc fo:holds ?holds }
}"""


@dataclass
class Evidence:
    quote: str
    path: str
    start: int
    end: int
    page: int | None = None
    location: str | None = None


@dataclass
class OpenItem:
    """One row of the tracker's first sheet."""

    iri: str
    reference: str
    assessment: str
    text: str
    raised: dt.date | None
    status: str
    status_date: dt.date | None
    acceptance: str | None = None
    progress: str | None = None
    assurance: str | None = None
    themes: list[str] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)
    due: dt.date | None = None
    timescale: str | None = None
    slipped: dt.date | None = None
    recurred: int = 0
    evidence: Evidence | None = None


@dataclass
class Tracker:
    as_of: dt.date
    items: list[OpenItem]
    lineage: list[tuple]  # (item reference, date, relation, node reference, kind, detail)
    sources: list[tuple]  # (path, title, date, format, holds, sha256)


def _named(name: str) -> str:
    query = find_named(name)
    if query is None:
        raise LookupError(f"the named query {name!r} is missing from ontology/queries")
    return query.text


def gather(store, as_of: dt.date, only: set[str] | None = None) -> Tracker:
    """Everything the workbook shows (about the items of `only`, when given), from a store (findings.store) holding
    a built graph."""
    day = as_of.isoformat()
    headers, rows = store.select(_named("open-items"), params={"asOf": day})
    rows = in_item_order(headers, rows)
    items = {}
    for row in rows:
        r = dict(zip(headers, row, strict=True))
        if only is not None and str(r["item"]) not in only:
            continue
        if r["item"] not in items:
            items[r["item"]] = OpenItem(
                r["item"], str(tail(r["item"])), r["assessment"], r["text"], r["raised"], r["status"], r["statusDate"]
            )
    deciding = _deciding(store, day, items)
    _evidence(store, deciding, items)
    _actions(store, items, as_of)
    _details(store, items)
    lineage = []
    nodes = {item.iri for item in items.values()}  # the items and every node of their lineage
    for item in items.values():
        names, rows = store.select(_named("lineage"), params={"item": item.iri, "asOf": day})  # what was known then
        later = set()
        for row in rows:
            r = dict(zip(names, row, strict=True))
            nodes.add(str(r["node"]))
            if _raised_again(str(r["relation"]), str(r["kind"])):
                later.add(str(r["node"]))
            lineage.append((item.reference, r["date"], r["relation"], str(tail(r["node"])), r["kind"], r["detail"]))
        item.recurred = len(later)  # how often it came back by then: counted from the lineage, as of the same date
    sources = _sources(store)
    if only is not None:  # one council's workbook: the documents its items and their lineage rest on
        _, shas = store.select(_RESTS_ON % " ".join(f"<{node}>" for node in sorted(nodes))) if nodes else ([], [])
        cited = {str(sha) for (sha,) in shas}
        sources = [source for source in sources if source[-1] in cited]
    return Tracker(as_of, list(items.values()), lineage, sources)


def _deciding(store, day: str, items: dict[str, OpenItem]) -> dict[str, str]:
    """The status assessment that decides each item's status on the day: latest date, then strongest, then IRI. Each
    axis is the latest word said on it by the day, in that order: an inspection that speaks to assurance alone
    ('Recurred', OutcomeNotMet) leaves the council's last acceptance and progress beside it."""
    names, rows = store.select(_STATUSES, params={"day": dt.date.fromisoformat(day)})
    best: dict[str, tuple] = {}
    axes: dict[tuple[str, str], tuple] = {}  # (item, axis) → (key, value) of the latest word on that axis
    for row in rows:
        r = dict(zip(names, row, strict=True))
        if r["item"] not in items:
            continue
        key = (r["asOf"], _RANK.get(r["status"], 1), r["sa"])
        if r["item"] not in best or key > best[r["item"]][0]:
            best[r["item"]] = (key, r)
        for axis in _AXES:
            if r[axis] and ((r["item"], axis) not in axes or key > axes[r["item"], axis][0]):
                axes[r["item"], axis] = (key, r[axis])
    for (iri, axis), (_, value) in axes.items():
        setattr(items[iri], axis, value)
    return {r["sa"]: iri for iri, (_, r) in best.items()}


_AXES = ("acceptance", "progress", "assurance")


def _evidence(store, deciding: dict[str, str], items: dict[str, OpenItem]) -> None:
    """The quote the deciding status rests on: the latest-dated document's first span."""
    names, rows = store.select(_EVIDENCE)
    found: dict[str, list] = defaultdict(list)
    for row in rows:
        r = dict(zip(names, row, strict=True))
        if r["sa"] in deciding:
            found[deciding[r["sa"]]].append(r)
    for iri, spans in found.items():
        r = min(spans, key=lambda s: (-(s["docDate"] or dt.date.min).toordinal(), s["path"], s["start"], s["end"]))
        items[iri].evidence = Evidence(r["exact"], r["path"], r["start"], r["end"], r["page"], r["location"])


def _actions(store, items: dict[str, OpenItem], as_of: dt.date) -> None:
    """Leads of the item's actions, the last date they are due by, and the last date any slipped to by `as_of` (a
    re-plan said later was not known then)."""
    names, rows = store.select(_ACTIONS)
    leads: dict[str, set] = defaultdict(set)
    for row in rows:
        r = dict(zip(names, row, strict=True))
        item = items.get(r["item"])
        if item is None:
            continue
        if r["lead"]:
            leads[r["item"]].add(r["lead"])
        if r["due"] and (item.due is None or r["due"] > item.due):
            item.due = r["due"]
        known = r["said"] is None or r["said"] <= as_of
        if r["slipped"] and known and (item.slipped is None or r["slipped"] > item.slipped):
            item.slipped = r["slipped"]
    for iri, names_ in leads.items():
        items[iri].leads = sorted(names_)


def _details(store, items: dict[str, OpenItem]) -> None:
    """The item's own due date (it wins over its actions'), timescale and themes."""
    names, rows = store.select(_ITEMS)
    themes: dict[str, set] = defaultdict(set)
    for row in rows:
        r = dict(zip(names, row, strict=True))
        item = items.get(r["item"])
        if item is None:
            continue
        if r["due"]:
            item.due = r["due"]
        if r["timescale"]:
            item.timescale = r["timescale"]
        if r["theme"]:
            themes[r["item"]].add(r["theme"])
    for iri, item in items.items():
        item.themes = sorted(themes[iri])


def _sources(store) -> list[tuple]:
    names, rows = store.select(_SOURCES)
    docs: dict[str, dict] = {}
    for row in rows:
        r = dict(zip(names, row, strict=True))
        doc = docs.setdefault(r["sha"], r | {"holds": set()})
        if r["holds"]:
            doc["holds"].add(r["holds"])
    return sorted((d["path"], d["title"], d["date"], d["format"], ", ".join(sorted(d["holds"])), d["sha"]) for d in docs.values())


def _raised_again(relation: str, kind: str) -> bool:
    """Is a lineage row a later item raising the item again, as the status rules count one (findings.status.rules):
    a later recommendation that recurs it, or a peer review's recommendation that follows it up (its lines of
    enquiry only test it)?"""
    return relation == "recurs it (later)" or (relation == "followsUp it (later)" and kind == "fo:Recommendation")
