"""Model → RDF: every extracted node with a fo:TextSpan whose oa:exact is the text at its offsets.

The writer makes plain-string triples (findings.rdf.triples): IRIs as strings, literals in their N-Triples form.
The findings vocabulary is closed (a misspelt term raises AttributeError): its terms are read from
ontology/findings.ttl, as findings/rdf/_fo.py is generated, so the build does not import rdflib.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from findings import __version__
from findings.extract.context import slug
from findings.extract.lexicons import load_json
from findings.link.slips import said_on
from findings.link.themes import scheme
from findings.model import Document, Extraction, Span, StatusAssessment
from findings.rdf.iris import Iris
from findings.rdf.supersession import dated_marks
from findings.rdf.triples import XSD, Triples, from_oxigraph, literal, quoted
from findings.resources import ontology_file
from findings.status.cues import LEXICON

if TYPE_CHECKING:
    from rdflib import Graph

FO_NS = "https://w3id.org/findings/ontology#"
AUTHORITIES = "lexicons/authorities.json"
GRADES = "lexicons/grades.json"
XSD_DATE = XSD + "date"
XSD_DECIMAL = XSD + "decimal"


@cache
def _vocabulary_triples() -> tuple:
    """ontology/findings.ttl's triples, parsed once for the terms, individuals and class tree read from it."""
    import pyoxigraph as ox

    return tuple(ox.parse(path=str(ontology_file("findings.ttl")), format=ox.RdfFormat.TURTLE))


@cache
def _fo_terms() -> frozenset[str]:
    """Local names of every term ontology/findings.ttl declares (subjects in the fo: namespace)."""
    subjects = (t.subject.value for t in _vocabulary_triples() if _named(t.subject))
    return frozenset(s[len(FO_NS) :] for s in subjects if s.startswith(FO_NS))


def _named(term) -> bool:
    return type(term).__name__ == "NamedNode"  # no pyoxigraph import for an isinstance on the start-up path


@cache
def _individuals() -> dict[str, list[tuple[str, str]]]:
    """Each individual of ontology/findings.ttl (a term typed with one of its own classes: fo:Good a fo:Grade) with
    its (predicate, object as a graph term) pairs."""
    triples = _vocabulary_triples()
    typed = {
        t.subject.value
        for t in triples
        if t.predicate.value == RDF.type and _named(t.object) and t.object.value.startswith(FO_NS)
    }
    found: dict[str, list[tuple[str, str]]] = {}
    for t in triples:
        if t.subject.value in typed and _named(t.subject):
            found.setdefault(t.subject.value, []).append((t.predicate.value, from_oxigraph(t.object)))
    return found


@cache
def _superclasses() -> dict[str, list[str]]:
    """Each class ontology/findings.ttl places under others (fo:Inspection ⊑ fo:Assessment ⊑ prov:Activity)."""
    found: dict[str, list[str]] = {}
    for t in _vocabulary_triples():
        if t.predicate.value == RDFS.subClassOf and _named(t.object):
            found.setdefault(t.subject.value, []).append(t.object.value)
    return {k: sorted(v) for k, v in found.items()}


class _Terms:
    """A namespace's terms as plain strings (what the triples hold); closed when it knows its terms."""

    def __init__(self, base: str, closed: bool = False) -> None:
        self._base, self._closed = base, closed

    def __getattr__(self, name: str) -> str:
        if name.startswith("_") or (self._closed and name not in _fo_terms()):
            raise AttributeError(f"{self._base}{name} is not a term of the vocabulary")
        value = self._base + name
        setattr(self, name, value)
        return value


FO = _Terms(FO_NS, closed=True)
RDF = _Terms("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = _Terms("http://www.w3.org/2000/01/rdf-schema#")
OA = _Terms("http://www.w3.org/ns/oa#")
DCTERMS = _Terms("http://purl.org/dc/terms/")
OWL = _Terms("http://www.w3.org/2002/07/owl#")
PROV = _Terms("http://www.w3.org/ns/prov#")
SKOS = _Terms("http://www.w3.org/2004/02/skos/core#")


@cache
def _prefixes() -> dict[str, str]:
    """The prefixes graph.ttl may declare (ontology/prefixes.json)."""
    return json.loads(ontology_file("prefixes.json").read_text(encoding="utf-8"))["prefixes"]


def _date(value: date) -> str:
    return f"{quoted(value.isoformat())}^^<{XSD_DATE}>"


@cache
def _tool_calls() -> frozenset[str]:
    """The statuses the tool calls itself from later findings or sentences (extract/lexicons/status.json, review)."""
    return frozenset(load_json(LEXICON)["review"]["tool_calls"])


def _unreviewed(st: StatusAssessment) -> bool:
    """A status the tool called itself that no person has accepted and that rests on no link (a later recommendation
    raising it again, fo:recurs: that call is reviewed as its link), as the review queue reads it (findings.review)."""
    return st.status in _tool_calls() and not st.decided_by and not st.via_link


class GraphWriter:
    """Accumulates one graph; `spans` turns a Span into its TextSpan node and returns the IRI."""

    def __init__(self, extraction: Extraction, base: str | None = None) -> None:
        self.x = extraction
        self._said = said_on(extraction)  # when the words of a span were said
        self.iris = Iris(base) if base else Iris()
        self.g = Triples(_prefixes())
        self.add = self.g.add  # type: ignore[method-assign]  (the method below, without a call in between)
        self._statuses: list[tuple[str, str, str, str]] = []  # (assessment, item, as-of, status) for supersession
        self._held: list[tuple[str, str]] = []  # (assessment, as-of) of statuses held back (findings.review)
        self._update_of: dict[Span, str] = {}  # each span of a progress update → the update's node
        self.docs: dict[str, Document] = {d.sha256: d for d in extraction.documents}
        self._spans: dict[Span, str] = {}  # each span's node, once its triples are added
        self.run = self.iris.run(__version__)

    def add(self, s: str, p: str, o: str) -> None:
        """Add a triple: `o` an IRI or a literal's N-Triples form (findings.rdf.triples.literal)."""
        self.g.add(s, p, o)

    def span(self, span: Span) -> str:
        """The span's TextSpan node, its triples added the first time it is met (a sixth of spans are met again)."""
        node = self._spans.get(span)
        if node is None:
            node = self._spans[span] = self._new_span(span)
        return node

    def _new_span(self, span: Span) -> str:
        doc = self.docs[span.doc]
        node, pos, quote = self.iris.span_selectors(doc.sha256, span.start, span.end)
        self.add(node, RDF.type, FO.TextSpan)
        self.add(node, OA.hasSource, self.iris.document(doc.sha256))
        self.add(node, OA.hasSelector, pos)
        self.add(node, OA.hasSelector, quote)
        self.add(pos, RDF.type, OA.TextPositionSelector)
        self.add(pos, OA.start, literal(span.start))
        self.add(pos, OA.end, literal(span.end))
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, literal(doc.text[span.start : span.end]))
        if span.page is not None:
            self.add(node, FO.page, literal(span.page))
        if span.ref is not None:
            self.add(node, FO.location, literal(span.ref))
        return node

    def extracted(self, node: str, spans: list[Span], described: bool = False) -> None:
        """Provenance every extracted node carries: its spans and the run that made it (and its documents)."""
        for span in spans:
            self.add(node, PROV.wasDerivedFrom, self.span(span))
            if described:
                self.add(node, FO.describedIn, self.iris.document(span.doc))
        self.add(node, PROV.wasGeneratedBy, self.run)

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

    def _replan(self, action: str, when: date, span: Span) -> None:
        """One slip as a node with its quote and the date its words were said (an update's as-at date, else the
        date the document that holds them spoke), so a person can read what moved the action and when."""
        node = f"{action}/replan/{when.isoformat()}"
        self.add(action, FO.replanned, node)
        self.add(node, RDF.type, FO.Replan)
        self.add(node, FO.replannedTo, _date(when))
        said = self._said(span)
        if said is not None:
            self.add(node, DCTERMS.date, _date(said))
        self.extracted(node, [span])

    def optional(self, node: str, values: dict[str, object]) -> None:
        """Add each value that is present: dates as xsd:date, everything else as a plain literal."""
        for prop, value in values.items():
            if value:
                self.add(node, prop, _date(value) if isinstance(value, date) else literal(value))

    def build(self) -> Triples:
        self.add(self.run, RDF.type, FO.ExtractionRun)
        self.add(self.run, RDFS.label, literal(f"findings {__version__}"))
        for doc in self.x.documents:
            self._document(doc)
        for a in self.x.assessments.values():
            self._assessment(a)
        for r in self.x.recommendations:
            node = self.iris.recommendation(r.assessment, r.identifier, r.kind)
            self.add(node, RDF.type, getattr(FO, r.kind))
            self.add(node, FO.identifier, literal(r.identifier))
            self.add(node, FO.text, literal(r.text))
            if r.kloe:
                self.add(node, FO.underKLOE, self.iris.kloe(r.assessment, r.kloe))
            self.add(node, FO.madeIn, self.iris.assessment(r.assessment))
            self.optional(
                node,
                {
                    FO.timescale: r.timescale,
                    FO.dueBy: r.due_by,
                    FO.addressedTo: r.addressed_to,
                    FO.scope: r.scope,
                    FO.knownFrom: r.known_from,
                    FO.minute: r.minute,
                    FO.logReference: r.log_reference,
                },
            )
            for when, span in r.slips:  # a logged action re-planned: as an action's (findings.link.slips)
                self.add(node, FO.dueBySlipped, _date(when))
                self._replan(node, when, span)
            self.extracted(node, r.spans, described=True)
        by_paragraph: dict[tuple[str, str], list[str]] = {}
        asked = {(r.assessment, r.identifier): r for r in self.x.recommendations}
        for f in self.x.findings:
            node = self.iris.finding(f.assessment, f.identifier)
            by_paragraph.setdefault((f.assessment, f.paragraph or ""), []).append(node)
            self.add(node, RDF.type, FO.Finding)
            self.add(node, FO.identifier, literal(f.identifier))
            self.add(node, FO.text, literal(f.text))
            self.add(node, FO.polarity, getattr(FO, f.polarity))
            self.add(node, FO.madeIn, self.iris.assessment(f.assessment))
            self.optional(node, {FO.paragraph: f.paragraph, FO.scope: f.scope})
            if f.kloe:
                self.add(node, FO.underKLOE, self.iris.kloe(f.assessment, f.kloe))
            for assessment, identifier, score in f.underpins:
                target = self.iris.recommendation(assessment, identifier)
                self.add(node, FO.underpins, target)
                self.qualified(
                    f"{node}/link/underpins",
                    node,
                    target,
                    FO.underpins,
                    score,
                    "paragraph marked '(Recommendation)'; distinctive words shared",
                    f.spans[:1] + (asked[(assessment, identifier)].spans[:1] if (assessment, identifier) in asked else []),
                )
            self.extracted(node, f.spans, described=True)
        for f in self.x.findings:
            for cited in f.cites:
                for target in by_paragraph.get((f.assessment, cited), []):
                    self.add(self.iris.finding(f.assessment, f.identifier), FO.refersTo, target)
        for k in self.x.kloes:
            node = self.iris.kloe(k.assessment, k.identifier)
            self.add(node, RDF.type, FO.KeyLineOfEnquiry)
            self.add(node, FO.identifier, literal(k.identifier))
            self.add(node, DCTERMS.title, literal(k.title))
            self.add(node, FO.partOf, self.iris.assessment(k.assessment))
            self.extracted(node, k.spans, described=True)
        for j in self.x.judgements:
            label = slug(j.key or j.area)
            node = self.iris.judgement(j.assessment, label if j.scope == "Judgements" else f"{slug(j.scope)}-{label}")
            area = self.iris.concept("judgement-area", label)
            self.add(area, RDF.type, SKOS.Concept)
            self.add(area, SKOS.inScheme, FO.JudgementAreas)
            named = load_json(GRADES)["area_labels"].get(j.key or "")  # the key's name; each wording an altLabel
            self.add(area, SKOS.prefLabel, literal(named or (j.key.replace("_", " ") if j.key else j.area)))
            if named and " ".join(j.area.split()) != named:
                self.add(area, SKOS.altLabel, literal(" ".join(j.area.split())))
            self.add(node, RDF.type, FO.Judgement)
            self.add(node, FO.judgementArea, area)
            self.add(node, RDFS.label, literal(j.area))
            self.add(node, FO.scope, literal(j.scope))
            self.add(node, FO.madeIn, self.iris.assessment(j.assessment))
            if j.grade:
                self.add(node, FO.grade, getattr(FO, j.grade))
            if j.known_from:
                self.add(node, FO.knownFrom, literal(j.known_from))
            self.extracted(node, j.spans, described=True)
        for a in self.x.actions:
            node = self.iris.action(a.assessment, a.identifier)
            self.add(node, RDF.type, FO.Action)
            self.add(node, FO.identifier, literal(a.identifier))
            self.add(node, FO.respondsTo, self.iris.recommendation(a.assessment, a.responds_to))
            self.optional(
                node,
                {
                    FO.text: a.text,
                    FO.lead: a.lead,
                    FO.timescale: a.timescale,
                    FO.dueBy: a.due_by,
                    FO.dateDoubt: a.date_doubt,
                    FO.intendedOutcome: a.outcome,
                    FO.priority: a.priority,
                },
            )
            for when, span in a.slips:  # one span a date: the words that first said it (findings.link.slips)
                self.add(node, FO.dueBySlipped, _date(when))
                self._replan(node, when, span)
            self.extracted(node, a.spans, described=True)
        named: dict[str, int] = {}
        kinds = {(r.assessment, r.identifier): r.kind for r in self.x.recommendations}  # a request's is a Resolution
        for u in self.x.updates:
            stamp = u.as_at.isoformat() if u.as_at else "undated"
            if u.about_kind == "recommendation":
                target = self.iris.recommendation(u.assessment, u.about, kinds.get((u.assessment, u.about), "Recommendation"))
            else:
                target = self.iris.action(u.assessment, u.about)
            node = f"{target}/update/{u.source}-{stamp}"
            named[node] = n = named.get(node, 0) + 1
            if n > 1:  # two plans word one action's update on one date differently (a draft and the final): two nodes
                node = f"{node}-{n}"
            self.add(node, RDF.type, FO.ProgressUpdate)
            for span in u.spans:  # a status resting on these words rests on this update (findings.status)
                self._update_of.setdefault(span, node)
            self.add(node, FO.about, target)
            if u.score is not None:
                self.qualified(f"{node}/link", node, target, FO.about, u.score, u.method or "", u.spans)
            self.add(node, FO.text, literal(u.text))
            if u.indicates:  # what the council's words say of the item (status.json's cues)
                self.add(node, FO.indicates, getattr(FO, u.indicates))
            if u.as_at:
                self.add(node, DCTERMS.date, _date(u.as_at))
            for measure in u.measures:
                self.add(node, FO.measure, literal(measure))
            self.extracted(node, u.spans, described=True)  # the documents its progress review is described in
        self._lineage()
        for assessment, prop, day in dated_marks(self._statuses) + [(a, "supersededOn", day) for a, day in self._held]:
            self.add(assessment, getattr(FO, prop), literal(day, XSD_DATE))
        self._vocabulary()
        return self.g

    def _vocabulary(self) -> None:
        """The vocabulary's individuals the graph points at (a grade, a status, an axis value), with their type,
        label and values as ontology/findings.ttl gives them: `?j fo:grade/fo:gradeValue ?v` answers from the
        graph alone, as the themes' labels do."""
        individuals = _individuals()
        index = self.g.index()
        pointing = (FO.grade, FO.status, FO.currentStatus, FO.acceptance, FO.progress, FO.assurance, FO.closureReason)
        pointing += (FO.polarity, FO.indicates, FO.linkType)  # the predicates whose objects are the vocabulary's own
        used = {o for p in pointing for objects in index.get(p, {}).values() for o in objects} & individuals.keys()
        for iri in sorted(used):
            for p, o in individuals[iri]:
                self.add(iri, p, o)
        supers = _superclasses()  # and the class tree above the classes it uses: rdf:type/rdfs:subClassOf* answers
        todo = sorted({t for objects in self.g.index().get(RDF.type, {}).values() for t in objects if t in supers})
        seen = set(todo)
        while todo:
            cls = todo.pop()
            for parent in supers.get(cls, ()):
                self.add(cls, RDFS.subClassOf, parent)
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)

    def _lineage(self) -> None:
        """Themes, links across years (asserted ones only: candidates wait in the review queue) and statuses."""
        used: set[str] = set()
        for ref, concepts in sorted(self.x.themes.items()):
            for concept in concepts:
                self.add(self.iris.item(ref), FO.theme, concept)
                used.add(concept)
        if used:
            themes = scheme()
            for concept in sorted(used):
                for p, o in themes.predicate_objects(concept):
                    self.add(concept, p, o)
        for link in self.x.links:
            if not link.asserted:
                continue
            source, target = self.iris.item(link.source), self.iris.item(link.target)
            prop = getattr(FO, link.kind)
            self.add(source, prop, target)
            node = self.iris.link(link.kind, link.source, link.target)
            self.qualified(node, source, target, prop, link.score, link.method, link.spans)
            if link.decided_by:  # a person's call, not the threshold's: attributed, apart from extracted facts
                self._attributed(node, link.decided_by, link.decided_on)
        seen: dict[tuple, int] = {}
        for st in self.x.statuses:
            n = seen[(st.item, st.as_of)] = seen.get((st.item, st.as_of), 0) + 1
            node = self.iris.status(st.item, st.as_of.isoformat(), n)
            item = self.iris.item(st.item)
            self.add(node, RDF.type, FO.StatusAssessment)
            self.add(node, FO.of, item)
            self.add(node, FO.status, getattr(FO, st.status))
            if st.held_back:  # recorded, never the summary: it stops holding on its own date
                self._held.append((node, st.as_of.isoformat()))
            else:
                self._statuses.append((node, item, st.as_of.isoformat(), st.status))
            self.add(node, FO.asOf, _date(st.as_of))
            self.add(node, FO.confidence, literal(round(st.confidence, 3), XSD_DECIMAL))
            if _unreviewed(st):  # the tool's own call no person has vouched for: below the review bar it awaits review
                self.add(node, FO.unreviewedConfidence, literal(round(st.confidence, 3), XSD_DECIMAL))
            self.add(node, RDFS.comment, literal(st.basis))
            for axis, value in (
                (FO.acceptance, st.acceptance),
                (FO.progress, st.progress),
                (FO.assurance, st.assurance),
                (FO.closureReason, st.closure),
            ):
                if value:
                    self.add(node, axis, getattr(FO, value))
            # a later report's findings: the best-matched one's words the status's own (what an answer quotes for it;
            # the others rest on their findings, below); anything else rests on every span of its evidence
            for span in st.evidence[:1] if st.derived_from else st.evidence:
                self.add(node, PROV.wasDerivedFrom, self.span(span))
            for said in st.derived_from:  # the findings themselves, whose fo:madeIn says which assessment spoke
                self.add(node, PROV.wasDerivedFrom, self.iris.item(said))
            for moved, to in st.replans:  # the council re-planned an action that day: the slip (fo:Replan) it rests on
                self.add(node, PROV.wasDerivedFrom, f"{self.iris.item(moved)}/replan/{to.isoformat()}")
            for update in dict.fromkeys(self._update_of[s] for s in st.evidence if s in self._update_of):
                self.add(node, PROV.wasDerivedFrom, update)  # the council's updates it rests on, as ONTOLOGY.md says
            self.add(node, PROV.wasGeneratedBy, self.run)
            if st.decided_by:  # a status call a person accepted in review
                self._attributed(node, st.decided_by, st.decided_on)
            if st.current:
                self.add(item, FO.currentStatus, getattr(FO, st.status))

    def _attributed(self, node: str, who: str, on: date | None) -> None:
        """A reviewer's decision (curation.json): the node attributed to a prov:Person, dated by the decision."""
        person = self.iris.person(who)
        self.add(node, PROV.wasAttributedTo, person)
        self.add(person, RDF.type, PROV.Person)
        self.add(person, RDFS.label, literal(who))
        if on:
            self.add(node, DCTERMS.date, _date(on))

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
            self.add(node, DCTERMS.date, _date(dated))
        if doc.author:
            self.add(node, DCTERMS.creator, literal(doc.author))
        for kind in doc.kinds:
            self.add(node, FO.holds, literal(kind))

    def _assessment(self, a) -> None:
        node = self.iris.assessment(a.key)
        org = self.iris.organisation(a.org.key)
        self.add(org, RDF.type, FO.Organisation)
        self.add(org, RDFS.label, literal(a.org.name))
        if a.org.code:  # a registered authority: its ONS code and statistical-geography IRI
            self.add(org, SKOS.notation, literal(a.org.code))
            self.add(org, OWL.sameAs, load_json(AUTHORITIES)["register_uri"] + a.org.code)
        self.add(node, RDF.type, getattr(FO, a.kind))
        self.add(node, RDFS.label, literal(f"{a.org.name}: {a.label}{_dates(a)}"))
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


def to_triples(extraction: Extraction, base: str | None = None) -> Triples:
    """The RDF graph of an extraction, as the build holds and writes it."""
    return GraphWriter(extraction, base).build()


def to_graph(extraction: Extraction, base: str | None = None) -> Graph:
    """The RDF graph of an extraction as an rdflib Graph (for notebooks and tests; the build uses `to_triples`)."""
    return to_triples(extraction, base).rdflib()
