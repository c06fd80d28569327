"""Plain records the pictures are drawn from, so no view touches RDF."""

from __future__ import annotations

from dataclasses import dataclass, field

from findings.output import natural_key  # noqa: F401  (the views sort labels by it)

ASSESSMENT_KINDS = ("Inspection", "BoardReview", "PeerReview", "Meeting", "ExternalReview", "ProgressReview")
TRACKED_KINDS = ("Recommendation", "Resolution", "KeyLineOfEnquiry")
INDEPENDENT_KINDS = ("Inspection", "BoardReview", "PeerReview", "ExternalReview")  # not the council's own word
LATER_FINDING = "LaterFinding"  # how a later independent assessment's words on an item are drawn: not a council update


@dataclass(frozen=True)
class Quote:
    """One source span behind a node: the document path, its page when paged, and the exact text."""

    path: str
    page: str | None
    exact: str

    def cite(self) -> str:
        """The quote as a reader checks it: “text” — file, p. N."""
        where = f"{self.path}, p. {self.page}" if self.page else self.path
        return f"“{self.exact}” — {where}"


@dataclass
class Item:
    """One node of the graph as the pictures need it: kind, dates, status over time, links and sources."""

    iri: str
    kind: str
    label: str
    text: str = ""
    date: str | None = None
    assessment: str | None = None
    council: str = ""
    status: str | None = None
    history: list[tuple[str, str]] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    polarity: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    said_by: str | None = None  # a progress update that is a later independent assessment's finding: that assessment

    @property
    def drawn_kind(self) -> str:
        """The kind a picture draws: a later assessment's finding apart from the council's own progress updates."""
        return LATER_FINDING if self.said_by else self.kind

    @property
    def year(self) -> int | None:
        """The year raised, for time axes and the year filter."""
        return int(self.date[:4]) if self.date else None

    def status_on(self, day: str) -> str | None:
        """The latest dated status on or before DAY; the current status when the graph has no dated ones."""
        if not self.history:
            return self.status
        known = [status for as_of, status in self.history if as_of <= day]
        return known[-1] if known else None

    def targets(self, *relations: str) -> list[str]:
        """IRIs this item points to by any of RELATIONS (local names such as 'respondsTo')."""
        return [target for rel, target in self.links if rel in relations]


@dataclass
class Corpus:
    """Every drawable item by IRI, with the theme and council labels."""

    items: dict[str, Item]
    theme_labels: dict[str, str]
    council_labels: dict[str, str]
    incoming: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    broader: dict[str, str] = field(default_factory=dict)  # a narrow theme → its broad theme (ontology/themes.ttl)

    def __post_init__(self) -> None:
        if not self.incoming:
            for item in self.items.values():
                for rel, target in item.links:
                    self.incoming.setdefault(target, []).append((rel, item.iri))

    def broad(self, theme: str) -> str:
        """The broad theme a theme belongs to (itself when it is one): the sections a panel's report reads by."""
        return self.broader.get(theme, theme)

    def sources(self, iri: str, *relations: str) -> list[str]:
        """IRIs of items that point to IRI by any of RELATIONS."""
        return [src for rel, src in self.incoming.get(iri, []) if rel in relations and src in self.items]

    def of_kind(self, *kinds: str) -> list[Item]:
        """Items of the given kinds, in IRI order (deterministic output)."""
        return sorted((i for i in self.items.values() if i.kind in kinds), key=lambda i: i.iri)

    def find(self, ref: str) -> Item | None:
        """An item by IRI or by the tail of its IRI (e.g. 'ofsted-2017/recommendation/3')."""
        if ref in self.items:
            return self.items[ref]
        tails = [i for iri, i in sorted(self.items.items()) if iri.endswith("/" + ref.strip("/"))]
        if len(tails) > 1:  # two councils' 'ofsted-2017/recommendation/7': never draw one of them unasked
            raise KeyError(f"{ref!r} matches {len(tails)} items: {', '.join(i.iri for i in tails[:4])}; give more of the IRI")
        return tails[0] if tails else None
