"""Model → RDF: every extracted node with a fo:TextSpan whose oa:exact is the text at its offsets.

The writer makes plain-string triples (findings.rdf.triples): IRIs as strings, literals in their N-Triples form, in
the vocabularies of findings.rdf.vocabulary. It writes the documents and assessments itself, each kind of item with
findings.rdf.items and the lineage (themes, links, statuses) with findings.rdf.lineage.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from findings import __version__
from findings.extract.lexicons import load_json
from findings.extract.succession import predecessors
from findings.link.slips import said_on
from findings.model import Document, Extraction, Organisation, Span
from findings.rdf import items
from findings.rdf.iris import Iris
from findings.rdf.lineage import write_lineage
from findings.rdf.supersession import dated_marks
from findings.rdf.triples import Triples, integer_literal, literal
from findings.rdf.vocabulary import (
    DCTERMS,
    FO,
    OA,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    XSD_DATE,
    XSD_DECIMAL,
    add_vocabulary,
    date_literal,
    prefixes,
)

if TYPE_CHECKING:
    from rdflib import Graph

AUTHORITIES = "lexicons/authorities.json"


class GraphWriter:
    """Accumulates one graph; `spans` turns a Span into its TextSpan node and returns the IRI."""

    def __init__(self, extraction: Extraction, base: str | None = None, begun: GraphWriter | None = None) -> None:
        """`begun`: a writer of the same extraction that already wrote some kinds of item (`write`): its triples and
        spans are carried on, and `build` writes the rest."""
        self.x = extraction
        self.said = said_on(extraction)  # when the words of a span were said
        self.iris = Iris(base) if base else Iris()
        self.g = Triples(prefixes())
        self.add = self.g.add  # type: ignore[method-assign]  (the method below, without a call in between)
        self.statuses: list[tuple[str, str, str, str]] = []  # (assessment, item, as-of, status) for supersession
        self.held: list[tuple[str, str]] = []  # (assessment, as-of) of statuses held back (findings.review)
        self.update_of: dict[Span, str] = {}  # each span of a progress update → the update's node
        self.docs: dict[str, Document] = {d.sha256: d for d in extraction.documents}
        self._spans: dict[tuple, str] = {}  # each span's node (by its fields), once its triples are added
        self.run = self.iris.run(__version__)
        self.written: set[Callable[[GraphWriter], None]] = set()  # the kinds of item already written (`write`)
        self.councils = {a.org.key for a in extraction.assessments.values()}  # the organisations the build read
        if begun is not None:
            self.g, self._spans, self.written = begun.g, begun._spans, set(begun.written)
            self.add = self.g.add  # type: ignore[method-assign]

    def write(self, kind: Callable[[GraphWriter], None]) -> None:
        """Write one kind of item now (one of findings.rdf.items' writers); `build` leaves it out."""
        kind(self)
        self.written.add(kind)

    def add(self, s: str, p: str, o: str) -> None:
        """Add a triple: `o` an IRI or a literal's N-Triples form (findings.rdf.triples.literal)."""
        self.g.add(s, p, o)

    def span(self, span: Span) -> str:
        """The span's TextSpan node, its triples added the first time it is met (a sixth of spans are met again)."""
        key = (span.doc, span.start, span.end, span.page, span.ref)  # a Span's fields: hashed and compared in C
        node = self._spans.get(key)
        if node is None:
            node = self._spans[key] = self._new_span(span)
        return node

    def _new_span(self, span: Span) -> str:
        doc = self.docs[span.doc]
        start, end = span.start, span.end
        node, pos, quote = self.iris.span_selectors(doc.sha256, start, end)
        add = self.add
        add(node, RDF.type, FO.TextSpan)
        add(node, OA.hasSource, self.iris.document(doc.sha256))
        add(node, OA.hasSelector, pos)
        add(node, OA.hasSelector, quote)
        add(pos, RDF.type, OA.TextPositionSelector)
        add(pos, OA.start, integer_literal(start))
        add(pos, OA.end, integer_literal(end))
        add(quote, RDF.type, OA.TextQuoteSelector)
        add(quote, OA.exact, literal(doc.text[start:end]))
        if span.page is not None:
            add(node, FO.page, literal(span.page))
        if span.ref is not None:
            add(node, FO.location, literal(span.ref))
        return node

    def extracted(self, node: str, spans: list[Span], described: bool = False) -> None:
        """Provenance every extracted node carries: its spans and the run that made it (and its documents)."""
        add, span_node = self.add, self.span
        for span in spans:
            add(node, PROV.wasDerivedFrom, span_node(span))
            if described:
                add(node, FO.describedIn, self.iris.document(span.doc))
        add(node, PROV.wasGeneratedBy, self.run)

    def qualified(
        self,
        link: str,
        source: str,
        target: str,
        link_type: str,
        score: float,
        method: str,
        spans: list[Span] | tuple = (),
    ) -> None:
        """A qualified link (PROV's pattern): the direct triple's score, method and the spans compared."""
        self.add(source, FO.qualifiedLink, link)
        self.add(link, RDF.type, FO.Link)
        self.add(link, FO.target, target)
        self.add(link, FO.linkType, link_type)
        self.add(link, FO.score, literal(score, XSD_DECIMAL))
        self.add(link, FO.method, literal(method))
        for span in spans:
            self.add(link, PROV.wasDerivedFrom, self.span(span))

    def replan(self, action: str, when: date, span: Span) -> None:
        """One slip as a node with its quote and the date its words were said (an update's as-at date, else the
        date the document that holds them spoke), so a person can read what moved the action and when."""
        node = f"{action}/replan/{when.isoformat()}"
        self.add(action, FO.replanned, node)
        self.add(node, RDF.type, FO.Replan)
        self.add(node, FO.replannedTo, date_literal(when))
        said = self.said(span)
        if said is not None:
            self.add(node, DCTERMS.date, date_literal(said))
        self.extracted(node, [span])

    def optional(self, node: str, values: dict[str, object]) -> None:
        """Add each value that is present: dates as xsd:date, everything else as a plain literal."""
        for prop, value in values.items():
            if value:
                self.add(node, prop, date_literal(value) if isinstance(value, date) else literal(value))

    def build(self) -> Triples:
        self.add(self.run, RDF.type, FO.ExtractionRun)
        self.add(self.run, RDFS.label, literal(f"findings {__version__}"))
        for doc in self.x.documents:
            self._document(doc)
        for a in self.x.assessments.values():
            self._assessment(a)
        for write in (items.recommendations, items.findings, items.kloes, items.judgements, items.actions, items.updates):
            if write not in self.written:
                write(self)
        write_lineage(self)
        for assessment, prop, day in dated_marks(self.statuses) + [(a, "supersededOn", day) for a, day in self.held]:
            self.add(assessment, getattr(FO, prop), literal(day, XSD_DATE))
        add_vocabulary(self.g)
        return self.g

    def _document(self, doc: Document) -> None:
        node = self.iris.document(doc.sha256)
        self.add(node, RDF.type, FO.Document)
        self.add(node, FO.sha256, literal(doc.sha256))
        self.add(node, FO.sourcePath, literal(doc.path))
        self.add(node, FO.normalisation, literal(doc.normalisation))
        self.add(node, DCTERMS.format, literal(doc.media_type))
        if doc.title:
            self.add(node, DCTERMS.title, literal(doc.title))
        dated = doc.date or doc.created or doc.modified  # a date its text states, else the file's own (PDF, Word, Excel)
        if dated:
            self.add(node, DCTERMS.date, date_literal(dated))
        if doc.author:
            self.add(node, DCTERMS.creator, literal(doc.author))
        for kind in doc.kinds:
            self.add(node, FO.holds, literal(kind))

    def _organisation(self, org: Organisation) -> str:
        """The organisation's node, typed and named: a registered authority with its ONS code and register IRI."""
        node = self.iris.organisation(org.key)
        self.add(node, RDF.type, FO.Organisation)
        self.add(node, RDFS.label, literal(org.name))
        if org.code:
            self.add(node, SKOS.notation, literal(org.code))
            self.add(node, OWL.sameAs, load_json(AUTHORITIES)["register_uri"] + org.code)
        return node

    def _assessment(self, a) -> None:
        node = self.iris.assessment(a.key)
        org = self._organisation(a.org)
        for older in predecessors(a.org):  # a council made from others (authorities.json 'succeeds') replaces them,
            if older.key in self.councils:  # where the build holds the older council's papers: no council unread
                self.add(org, DCTERMS.replaces, self._organisation(older))
        self.add(node, RDF.type, getattr(FO, a.kind))
        self.add(node, RDFS.label, literal(f"{_named(a.org.name, a.label)}{_dates(a)}"))
        self.add(node, FO.assesses, org)
        for sha in sorted(a.documents):
            self.add(node, FO.describedIn, self.iris.document(sha))
        self.optional(
            node,
            {
                FO.framework: a.framework,
                FO.leadInspector: a.lead_inspector,
                PROV.startedAtTime: a.started,
                PROV.endedAtTime: a.ended,
                DCTERMS.issued: a.issued,
                DCTERMS.date: a.date,
                FO.earliestDate: a.earliest,
                FO.latestDate: a.latest,
                FO.dateSource: a.date_source,
                FO.team: a.team,
            },
        )
        for span in a.spans:
            self.add(node, PROV.wasDerivedFrom, self.span(span))


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def _named(council: str, label: str) -> str:
    """'Anyshire: Ofsted inspection …', but a title that names the council first is not prefixed with it again
    ('Anyshire children's safeguarding peer review')."""
    after = label[len(council) : len(council) + 1]
    if label.casefold().startswith(council.casefold()) and after in ("", " ", ":", ",", "'", "’"):
        return label
    return f"{council}: {label}"


def _dates(a) -> str:
    """' (fieldwork 12 June–6 July 2017; published 25 August 2017)': an inspection is its fieldwork, and its
    publication a separate fact, so a label tells two inspections of one year apart."""
    if a.kind not in ("Inspection", "BoardReview") or not (a.started or a.ended or a.issued):
        return ""
    parts = []
    if a.started and a.ended:
        parts.append(f"fieldwork {_day(a.started)}–{_day(a.ended)}")
    elif a.ended:
        parts.append(f"fieldwork ended {_day(a.ended)}")
    if a.issued:
        parts.append(f"published {_day(a.issued)}")
    return f" ({'; '.join(parts)})" if parts else ""


def to_triples(extraction: Extraction, base: str | None = None, begun: GraphWriter | None = None) -> Triples:
    """The RDF graph of an extraction, as the build holds and writes it (`begun`: see GraphWriter)."""
    return GraphWriter(extraction, base, begun).build()


def to_graph(extraction: Extraction, base: str | None = None) -> Graph:
    """The RDF graph of an extraction as an rdflib Graph (for notebooks and tests; the build uses `to_triples`)."""
    return to_triples(extraction, base).rdflib()
