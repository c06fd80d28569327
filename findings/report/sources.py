"""What a panel's report rests on, in a panel's words: the assessments the graph was built from, by date, and each
document a quote comes from by its title and date (dcterms:title, dcterms:date of the fo:Document) rather than the
file it was read from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from findings.extract.visits import FIRST_HAND
from findings.store.base import Store

_ASSESSMENTS = """SELECT DISTINCT ?a ?label ?date WHERE {
  ?a fo:assesses ?org ; rdfs:label ?label .
  OPTIONAL { ?a dcterms:issued ?issued } OPTIONAL { ?a prov:endedAtTime ?ended } OPTIONAL { ?a dcterms:date ?dated }
  BIND(COALESCE(?issued, ?ended, ?dated) AS ?date)
}"""

# a document's own date, else the earliest of the assessments it describes (a report that prints only 'Published:')
_DOCUMENTS = """SELECT ?path (MIN(?title) AS ?name) (MIN(?dated) AS ?own) (MIN(?described) AS ?of)
  (GROUP_CONCAT(DISTINCT ?kind; separator=", ") AS ?kinds) WHERE {
  ?doc a fo:Document ; fo:sourcePath ?path .
  OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?dated } OPTIONAL { ?doc fo:holds ?kind }
  OPTIONAL { ?a fo:describedIn ?doc ; fo:assesses ?org . OPTIONAL { ?a dcterms:issued ?issued }
             OPTIONAL { ?a prov:endedAtTime ?ended } BIND(COALESCE(?issued, ?ended) AS ?described) }
} GROUP BY ?path"""

_MONTHS = "January February March April May June July August September October November December".split()


@dataclass(frozen=True)
class Assessment:
    iri: str
    label: str
    date: str | None


@dataclass(frozen=True)
class Document:
    path: str
    title: str
    date: str | None
    kinds: str


def assessments(store: Store, only: set[str] | None = None) -> list[Assessment]:
    """The assessments (inspections, reviews, meetings, progress reviews) of the graph, or of `only`, by date: what a
    panel reads as 'what this report was built from'."""
    _, rows = store.select(_ASSESSMENTS)
    found = {Assessment(str(a), " ".join(str(label).split()), _iso(date)) for a, label, date in rows}
    kept = [a for a in found if only is None or a.iri in only]
    return sorted(kept, key=lambda a: (a.date is None, a.date or "", a.label, a.iri))


def documents(store: Store) -> dict[str, Document]:
    """Each document of the graph by the path quotes give (findings.quotes), with the title and date a reader finds
    it by."""
    _, rows = store.select(_DOCUMENTS)
    found = {}
    for path, title, own, of, kinds in rows:
        name = " ".join(str(title).split()) if title else str(path).rsplit("/", 1)[-1]
        held = ", ".join(sorted(set(str(kinds or "").split(", ")) - {""}))  # GROUP_CONCAT keeps no order
        # a report alone is known by the day it was published, not the day its PDF was made; any other paper by its own
        report = held in FIRST_HAND and of is not None
        found[str(path)] = Document(str(path), name, _iso(of) if report else _iso(own) or _iso(of), held)
    return found


def _iso(value: object) -> str | None:
    """A date value of the store as YYYY-MM-DD (None stays None)."""
    return None if value is None else str(value)[:10]


def in_words(day: str | None) -> str:
    """'2017-08-25' as a panel reads it, '25 August 2017' (month names written out, whatever the machine's locale)."""
    if not day:
        return "undated"
    d = dt.date.fromisoformat(day)
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def cited(document: Document | None, path: str, page: int | None) -> str:
    """Where a quote is, as a reader finds it: the document's title, its date, and the page where the graph knows it
    (a PDF's; a text file has none)."""
    name = f"*{document.title.replace('*', '')}*, {in_words(document.date)}" if document else path
    return name + (f", page {page}" if page is not None else "")
