"""A meeting's request for a paper: open from the meeting until a later paper or meeting fulfils it."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from findings.extract.lexicons import load_json
from findings.model import Extraction, ItemRef, Link, StatusAssessment
from findings.status.updates import raised


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


def requests(out: Extraction, confidence: dict[str, float]) -> list[StatusAssessment]:
    """A meeting's request for a paper is open from the meeting until a later paper fulfils it (fo:fulfils): the
    first to come, where papers of several kinds answer it ('a progress report on the recommendations of the Ofsted
    inspection report' names its context as a kind too, so waiting for every kind named would wait for ever)."""
    from findings.link.fulfils import LEXICON as LINKING
    from findings.link.fulfils import is_request

    rules = load_json(LINKING)["fulfils"]
    fulfilled: dict[tuple[str, str], list] = {}
    for link in out.links:
        if link.kind == "fulfils":
            fulfilled.setdefault((link.target.assessment, link.target.identifier), []).append(link)
    docs = {d.sha256: d for d in out.documents}
    statuses = []
    for res in out.recommendations:
        meeting = out.assessments.get(res.assessment)
        if res.kind != "Resolution" or meeting is None or meeting.stands_from() is None or not is_request(rules, res):
            continue
        if res.log_reference:  # an action log says where it stands (logged)
            continue
        ref = ItemRef("resolution", res.assessment, res.identifier)
        mine = [raised(ref, meeting.stands_from(), res.spans[:1], "requested", "Accepted", confidence)]
        answers = [_Answer(*_answered(out, docs, link), link) for link in fulfilled.get((res.assessment, res.identifier), [])]
        if answers:
            first = min(answers, key=lambda a: (a.when or date.max, a.by))
            mine.append(
                StatusAssessment(
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
            )
        mine[-1].current = True
        statuses += mine
    return statuses


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
