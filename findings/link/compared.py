"""Which items a recurrence compares (findings/link/recurs.py): the recommendations and key lines of enquiry of
inspections and peer reviews, each later one against the recommendations of the inspections over before it; later
findings (findings/link/later.py) look back the same way."""

from __future__ import annotations

from collections.abc import Iterable

from findings.model import BOARD_KEY, Assessment, Extraction, ItemRef, Span

LINKED_KINDS = {"Inspection": "recurs", "PeerReview": "followsUp"}  # what a later assessment's item does to an earlier one
Item = tuple[ItemRef, str, Span]  # (reference, text, first span) of an item compared


def _eligible(a: Assessment | None) -> bool:
    return a is not None and a.kind in ("Inspection", "PeerReview") and not a.org.key.endswith(BOARD_KEY)


def items_of(out: Extraction) -> list[Item]:
    """(reference, text, first span) of every recommendation of an inspection or peer review, and of every key line
    of enquiry of a peer review (a KLOE tests an earlier recommendation as a recommendation does)."""
    items = [
        (ItemRef("recommendation", r.assessment, r.identifier), r.text, r.spans[0])
        for r in out.recommendations
        if r.kind == "Recommendation" and r.spans and _eligible(out.assessments.get(r.assessment))
    ]
    items += [
        (ItemRef("kloe", k.assessment, k.identifier), k.title, k.spans[0])
        for k in out.kloes
        if _eligible(out.assessments.get(k.assessment)) and k.spans
    ]
    return items


def by_council(out: Extraction, items: list[Item]) -> dict[str, list[Item]]:
    """`items` by their council (blocking: only items of one council are compared), each list in the order given."""
    by_org: dict[str, list[Item]] = {}
    for item in items:
        by_org.setdefault(out.assessments[item[0].assessment].org.key, []).append(item)
    return by_org


def earlier_inspections(later: Assessment, candidates: Iterable[Assessment]) -> list[Assessment]:
    """The inspections among `candidates` whose items an item of `later` may raise again or speak of, oldest first:
    every one over before it for an inspection; for a peer review, the latest (whose action plan it was asked to
    test)."""
    before = sorted(
        (a for a in candidates if a.kind == "Inspection" and over_before(a, later)),
        key=lambda a: (a.ended or a.issued or a.date, a.key),
    )
    return before[-1:] if later.kind == "PeerReview" else before


def over_before(earlier: Assessment, later: Assessment) -> bool:
    """Was the earlier assessment over before the later one began (fieldwork, else its date)?"""
    end = earlier.ended or earlier.issued or earlier.date
    start = later.started or later.date or later.ended or later.issued or later.earliest
    return end is not None and start is not None and end < start
