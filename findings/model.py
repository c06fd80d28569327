"""Plain dataclasses between extraction and RDF: extractors fill them, only findings.rdf knows IRIs."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice

UNDATED = "(undated)"  # an inspection's label in place of its year, when no document dates it
BOARD_KEY = "-lscb"  # what a council's key, or an inspection's, takes for its safeguarding board and the board's review
MINUTES_SOURCE = "minutes-"  # the start of the source of an update read from a meeting's minutes (extract/minute_progress.py)


@dataclass(frozen=True, order=True)
class Span:
    """Characters [start, end) of one document's text, as read; `page` is 1-based where the source is paged.

    `ref` is where a person finds those characters in a document that is not plain text: the cell or paragraph
    of a spreadsheet or Word file ('Sheet1!C14', 'table 2 row 5 cell 3', 'paragraph 12').
    """

    doc: str  # Document.sha256
    start: int
    end: int
    page: int | None = None
    ref: str | None = None


@dataclass
class Document:
    """One source file as read: the decoded text every offset counts into."""

    path: str
    text: str
    sha256: str
    normalisation: str
    media_type: str
    page_starts: list[int] = field(default_factory=list)
    title: str | None = None
    date: date | None = None
    created: date | None = None  # the file's own creation date (PDF metadata), not a date the text states
    modified: date | None = None  # the file's own last-saved date (Word and Excel properties)
    author: str | None = None  # who last saved it, as the file's properties name them (Word and Excel)
    kinds: list[str] = field(default_factory=list)  # what it holds: 'minutes', 'action plan', 'peer review' …
    refs: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, cell or paragraph), in text order
    offset: int = 0  # a part of a file (a report inside an agenda pack): where its text starts in the file's text
    pages_before: int = 0  # and how many of the file's pages come before the part's first

    def span(self, start: int, end: int) -> Span:
        """A span of this document, with its page when the document is paged and its cell or paragraph if it has them;
        a part's offsets are counted into the whole file's text, as every other span of the file is."""
        page = None
        if self.page_starts:
            page = (bisect_right(self.page_starts, start) or 1) + self.pages_before  # page_starts ascend
        start, end = start + self.offset, end + self.offset
        return Span(self.sha256, start, end, page, self.ref_at(start, end))

    def part(self, start: int, end: int) -> Document:
        """The pages [start, end) of the text (each a page's start) as a document of their own, for an extractor that
        reads a paper from its opening (an inspection report inside an agenda pack); its spans point into this file."""
        pages = [p - start for p in self.page_starts if start <= p < end]
        before = sum(1 for p in self.page_starts if p < start)
        return replace(
            self, text=self.text[start:end], page_starts=pages, offset=self.offset + start, pages_before=before, created=None
        )

    def ref_at(self, start: int, end: int) -> str | None:
        """The cell or paragraph holding [start, end): 'A to B' when the characters run over several."""
        index = bisect_right(self.refs, (start, float("inf"), "")) - 1
        if index < 0 or self.refs[index][1] < start:
            return None
        first = last = self.refs[index][2]
        for s, _, ref in islice(self.refs, index + 1, None):
            if s >= end:
                break
            last = ref
        return first if last == first else f"{first} to {last}"


@dataclass
class Organisation:
    key: str
    name: str
    code: str | None = None  # ONS code of a registered local authority ('E06000056')


_FILLED = ("framework", "started", "ended", "issued", "date", "lead_inspector", "earliest", "latest", "date_source", "team")


@dataclass
class Assessment:
    """An occasion on which findings were made; `kind` is the fo: class name (Inspection, Meeting …)."""

    key: str
    kind: str
    org: Organisation
    label: str
    framework: str | None = None
    started: date | None = None
    ended: date | None = None
    issued: date | None = None
    date: date | None = None
    lead_inspector: str | None = None
    earliest: date | None = None  # bounds of a date the text does not print
    latest: date | None = None
    date_source: str | None = None  # how a date not printed in the text was obtained or bounded
    team: str | None = None  # who carried out a peer review, as written; who reported a progress review not the council
    published_month: date | None = None  # a paper's only date for it: the month its report was published
    named_year: int | None = None  # a paper's only date for it: the year it names it by ('the 2022 inspection')
    documents: set[str] = field(default_factory=set)
    spans: list[Span] = field(default_factory=list)

    def take_missing(self, other: Assessment) -> None:
        """The same occasion read from another document: its documents and spans added, its dates and facts filling
        what this one lacks."""
        self.documents |= other.documents
        self.spans += [span for span in other.spans if span not in self.spans]
        for name in _FILLED:
            if getattr(self, name) is None:
                setattr(self, name, getattr(other, name))

    def stands_from(self) -> date | None:
        """The date its findings stand from: publication; else the end of fieldwork, or the earliest the report can
        have been published (its PDF made after the fieldwork) when that is later; else its date or earliest bound."""
        if self.issued is None and self.ended is not None and self.earliest is not None and self.earliest > self.ended:
            return self.earliest  # not published before the file was made: raised no earlier than that
        return self.issued or self.ended or self.date or self.earliest


@dataclass
class Recommendation:
    assessment: str
    identifier: str
    text: str
    spans: list[Span]
    timescale: str | None = None
    due_by: date | None = None
    addressed_to: str | None = None
    scope: str | None = None
    restated: bool = False  # a later summary's wording: never preferred over a full statement
    kind: str = "Recommendation"  # the fo: class: Recommendation, or Resolution for what a meeting resolved
    kloe: str | None = None  # identifier of the peer review's key line of enquiry it sits under
    known_from: str | None = None  # set when none of its statements is the assessment's own report
    minute: str | None = None  # the number the minutes print for the item it stands under ('45/24', 'CPP/19/12')
    log_reference: str | None = None  # an action log's Ref for it ('A3', 'CP45'): its identity in every later log
    due_span: Span | None = None  # the words its due date is read from, where apart from its text (a log's cell)
    slips: list[tuple[date, Span]] = field(default_factory=list)  # later due dates it was re-planned to, and where


@dataclass
class Finding:
    """A sentence of a report that states a weakness or a strength, in its numbered paragraph."""

    assessment: str
    identifier: str  # 'p25-2': the second sentence of paragraph 25
    text: str
    polarity: str  # fo: local name, 'Weakness' or 'Strength'; '' for a sentence that states neither (Extraction.plain)
    spans: list[Span]
    paragraph: str | None = None
    scope: str | None = None  # the section heading above the paragraph
    kloe: str | None = None
    cites: list[str] = field(default_factory=list)  # paragraphs it refers the reader to: '(paragraph 45)'
    basis: str | None = None  # its paragraph's text, when the report marks the paragraph '(Recommendation)'
    underpins: list[tuple[str, str, float]] = field(default_factory=list)  # (assessment, recommendation, score)
    measures: list[str] = field(default_factory=list)  # the figures it gives, when it speaks of the last inspection
    about_last: bool | None = None  # does it speak of the last inspection (read with its document); None: not read yet
    as_asked: list[tuple[str, str]] = field(default_factory=list)  # (assessment, recommendation) whose asked-for state
    # it finds in the recommendation's words, a sentence that states neither otherwise (findings/link/as_asked.py)
    clause_polarities: tuple[str | None, ...] = ()  # each clause's, where a contrastive conjunction splits it
    # (findings/extract/clause_polarity.py)


@dataclass
class KLOE:
    """A peer review's key line of enquiry: its number and title as the review lists them."""

    assessment: str
    identifier: str
    title: str
    spans: list[Span]


@dataclass
class Judgement:
    """A graded judgement: the area as written, the grade (fo:Grade local name, None if not judged)."""

    assessment: str
    area: str
    grade: str | None
    scope: str
    spans: list[Span]
    key: str | None = None  # comparable area key, e.g. 'help_and_protection'
    known_from: str | None = None  # set when only another document reports it (not the assessment's own report)


@dataclass
class Action:
    assessment: str
    identifier: str
    responds_to: str  # Recommendation.identifier within the same assessment
    text: str
    spans: list[Span]
    lead: str | None = None
    timescale: str | None = None
    due_by: date | None = None
    date_doubt: str | None = None
    outcome: str | None = None
    priority: str | None = None  # as written ('High Priority')
    slips: list[tuple[date, Span]] = field(default_factory=list)  # later due dates it was re-planned to, and where
    planned_on: date | None = None  # the plan's first issue, from its document history (extract/plan_layout.json)
    reference: str | None = None  # what the plan prints for it where that is not its key ('1b' for 1.2)


@dataclass
class ProgressUpdate:
    assessment: str
    about: str  # Action.identifier
    as_at: date | None
    text: str
    spans: list[Span]
    source: str = "plan"  # key of the report the update comes from
    about_kind: str = "action"  # or "recommendation"
    score: float | None = None  # for an update linked by similarity: how sure, 0–1
    method: str | None = None  # and how it was linked
    measures: list[str] = field(default_factory=list)  # percentages, amounts, counts it gives ('59%')
    by: str | None = None  # for a later inspection's word on this one: that later assessment
    indicates: str | None = None  # fo:Status local name a council's update indicates (the status stage reads it)
    means: str | None = None  # for a bare RAG colour: what the paper's key says it means (read in its place)
    within: str | None = None  # for an update about an action: the recommendation whose section it stood in
    joint: bool = False  # one statement about several recommendations at once ('Recommendations 1, 2 and 4 are on track')
    echo: bool = False  # an action's words within its recommendation's update: no word of its own where no plan holds it
    reporter: str | None = None  # who reports it when not the council ('the improvement adviser'; lexicons/reporters.json)
    titled: str | None = None  # the subject a paper names its item by, no number given: the link stage finds the item
    polarity: str | None = None  # for a later inspection's word: its finding's ('Strength', 'Weakness'), read there
    credited: bool = False  # an action's work told in its own words within its recommendation's update (link.in_words)
    unquoted: str | None = None  # its text without the item's own words it quotes (status.json ask_quoted): read for status


@dataclass
class StatusAssessment:
    """One dated status of one item, resting on the evidence named (ONTOLOGY.md: three axes and a summary)."""

    item: ItemRef
    as_of: date
    status: str  # fo:Status local name
    confidence: float
    evidence: list[Span]
    basis: str  # what the evidence was, in a few words ('raised by the inspection', 'progress update')
    acceptance: str | None = None
    progress: str | None = None
    assurance: str | None = None
    closure: str | None = None
    current: bool = False
    via_link: bool = False  # rests on a link (fo:recurs, fo:fulfils): the link's review decides it, not its own
    decided_by: str | None = None  # the person who accepted it in review (curation.json)
    decided_on: date | None = None
    derived_from: list[ItemRef] = field(default_factory=list)  # the statements it rests on (another assessment's findings)
    held_back: bool = False  # the council's own word after a verification a person accepted: recorded, never the summary
    replans: list[tuple[ItemRef, date]] = field(default_factory=list)  # actions re-planned that day, and to when


@dataclass(frozen=True, order=True)
class ItemRef:
    """An item by what identifies it in the model: its kind, its assessment and its identifier there."""

    kind: str  # 'recommendation', 'kloe', 'finding', 'action'
    assessment: str
    identifier: str


@dataclass
class Link:
    """A link between items made by comparing them (recurs, followsUp, fulfils), with how sure and how."""

    kind: str  # fo: property local name
    source: ItemRef
    target: ItemRef
    score: float
    method: str
    spans: list[Span] = field(default_factory=list)  # the two statements compared
    asserted: bool = True  # False: a candidate below the threshold, kept for the review queue
    decided_by: str | None = None  # the person who accepted it in review (curation.json), when not the threshold
    decided_on: date | None = None
    why: str = ""  # of a candidate: why it waits for a person (below which threshold, or which rule holds it)


@dataclass
class Mention:
    """The findings of a later inspection that speak of an earlier recommendation's concerns (the link stage finds
    them; the status rules weigh their strengths against their weaknesses)."""

    item: ItemRef  # the earlier recommendation
    assessment: str  # the later inspection
    findings: list[tuple[float, Finding]]  # (how much of the recommendation's concerns it names, the finding), best first


@dataclass
class Extraction:
    """Everything extracted from a set of documents."""

    documents: list[Document] = field(default_factory=list)
    assessments: dict[str, Assessment] = field(default_factory=dict)
    recommendations: list[Recommendation] = field(default_factory=list)
    judgements: list[Judgement] = field(default_factory=list)
    kloes: list[KLOE] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    plain: list[Finding] = field(default_factory=list)  # the sentences of findings' paragraphs that state neither
    actions: list[Action] = field(default_factory=list)
    updates: list[ProgressUpdate] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    themes: dict[ItemRef, list[str]] = field(default_factory=dict)  # theme concept IRIs of each item
    statuses: list[StatusAssessment] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # later inspections' findings on earlier recommendations
    notes: list[str] = field(default_factory=list)  # what the corpus stage left out of the graph, and why
    lists_named: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)  # a visit's key → the number a
    # paper gave an item → (the letter's list it named, its number in that list), for the link stage to check against
    # the letter (findings.link.distinct.visit_lists)
