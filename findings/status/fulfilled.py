"""The day a request was fulfilled (fo:fulfils): a minuted request's and a logged one's alike, so both close then."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from findings.model import Extraction, ItemRef, Link, StatusAssessment


def fulfilling(out: Extraction) -> dict[tuple[str, str], list[Link]]:
    """The fo:fulfils links of the build, by the request (assessment, identifier) each fulfils."""
    found: dict[tuple[str, str], list[Link]] = {}
    for link in out.links:
        if link.kind == "fulfils":
            found.setdefault((link.target.assessment, link.target.identifier), []).append(link)
    return found


def fulfilled(
    out: Extraction, docs: dict, ref: ItemRef, links: list[Link], confidence: dict[str, float]
) -> StatusAssessment | None:
    """A request reported complete on the day the first paper or later meeting that fulfils it came, where papers of
    several kinds answer it ('a progress report on the recommendations of the Ofsted inspection report' names its
    context as a kind too, so waiting for every kind named would wait for ever); None where nothing fulfils it."""
    answers = [_Answer(*_answered(out, docs, link), link) for link in links]
    if not answers:
        return None
    first = min(answers, key=lambda a: (a.when or date.max, a.by))
    return StatusAssessment(
        ref,
        first.when,
        "ReportedComplete",
        confidence["reported"],
        first.link.spans[:1],
        first.by,
        acceptance="Accepted",
        progress="Done",
        assurance="SelfReported",
        closure="Implemented",
        via_link=True,
    )


def _paper_date(out: Extraction, paper) -> date:
    """When a paper came to the panel: its own date, else the latest date of what it holds (its progress updates,
    the assessments it reports)."""
    if paper.date:
        return paper.date
    held = [u.as_at for u in out.updates if u.as_at and any(s.doc == paper.sha256 for s in u.spans)]
    held += [
        a.stands_from()
        for a in out.assessments.values()
        if paper.sha256 in a.documents and a.kind != "Meeting" and a.stands_from()
    ]
    return max(held, default=date.min)


class _Answer(NamedTuple):
    """A paper or a later meeting that fulfilled a request: when, in words, and the link."""

    when: date | None
    by: str
    link: Link


def _answered(out: Extraction, docs: dict, link: Link) -> tuple[date | None, str]:
    """(when, what) of a paper or a later meeting that fulfilled a request."""
    if link.source.kind == "resolution":  # a later meeting resolved on the matter asked about
        later = out.assessments[link.source.assessment]
        return later.stands_from(), f"fulfilled at {later.label}"
    paper = docs[link.source.identifier]
    return _paper_date(out, paper), f"fulfilled by {paper.path}"
