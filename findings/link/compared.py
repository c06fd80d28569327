"""Which items a recurrence compares (findings/link/recurs.py): the recommendations and key lines of enquiry of
inspections and peer reviews, and the recommendations of safeguarding boards' reviews, each later one against the
recommendations of the inspections (and board reviews) over before it, a board's only with the council's that name the
board; later findings (findings/link/later.py) look back the same way."""

from __future__ import annotations

import re
from collections.abc import Iterable

from findings.extract.lexicons import load_json
from findings.extract.succession import predecessors
from findings.extract.visits import visit_kind
from findings.model import BOARD_KEY, Assessment, Extraction, ItemRef, Span

LINKED_KINDS = {"Inspection": "recurs", "PeerReview": "followsUp", "BoardReview": "recurs"}  # what a later item does
Item = tuple[ItemRef, str, Span]  # (reference, text, first span) of an item compared
LEXICON = "lexicons/linking.json"


def board_kinds() -> set[str]:
    """The kinds of a safeguarding board's review whose items are compared too (linking.json recurrence.board_reviews)."""
    rule = load_json(LEXICON)["recurrence"]["board_reviews"]
    return set(rule["kinds"]) if rule["apply"] else set()


def of_a_board(a: Assessment) -> bool:
    """Is `a` a review of a council's safeguarding board (its body's key ends '-lscb'), whose items ask the board?"""
    return a.org.key.endswith(BOARD_KEY) and a.kind in board_kinds()


def names_the_board(text: str) -> bool:
    """Does a council's item name the safeguarding board or the partnership that took its work on (linking.json
    recurrence.board_reviews, names_the_board), so that a board's item may be compared with it?"""
    return re.search(load_json(LEXICON)["recurrence"]["board_reviews"]["names_the_board"], " ".join(text.split())) is not None


def _eligible(a: Assessment | None) -> bool:
    if a is None:
        return False
    return (a.kind in ("Inspection", "PeerReview") and not a.org.key.endswith(BOARD_KEY)) or of_a_board(a)


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
    """`items` by their council (blocking: only items of one council are compared; its board's with them), each list
    in the order given."""
    by_org: dict[str, list[Item]] = {}
    for item in items:
        by_org.setdefault(out.assessments[item[0].assessment].org.key.removesuffix(BOARD_KEY), []).append(item)
    return by_org


def predecessor_keys(out: Extraction, key: str) -> list[str]:
    """The keys of the councils the council `key` (of `by_council`) succeeded (authorities.json 'succeeds'): its later
    items are compared with their earlier ones as with its own; [] for a council that succeeded none."""
    org = next((a.org for a in out.assessments.values() if a.org.key == key), None)
    return [older.key for older in predecessors(org)] if org else []


def earlier_compared(later: Assessment, candidates: Iterable[Assessment]) -> list[Assessment]:
    """The assessments among `candidates` (one council's and its board's) whose recommendations an item of `later` may
    raise again: `earlier_inspections`; for an inspection or a board's review, the board's reviews over before it too
    (a peer review tests the council's last full inspection and the visits since only)."""
    candidates = list(candidates)
    boards = [a for a in candidates if of_a_board(a) and over_before(a, later)] if later.kind != "PeerReview" else []
    council = [a for a in candidates if not a.org.key.endswith(BOARD_KEY)]
    return earlier_inspections(later, council) + sorted(boards, key=lambda a: (a.ended or a.issued or a.date, a.key))


def apart_from_the_board(later: Assessment, earlier: Assessment, later_text: str, earlier_text: str) -> bool:
    """Are two items one a board's and the other the council's that names neither the board nor its successors? The
    board's asks are compared only with the council's items that ask or name the board (recurrence.board_reviews)."""
    if of_a_board(later) == of_a_board(earlier):
        return False
    return not names_the_board(earlier_text if of_a_board(later) else later_text)


def earlier_inspections(later: Assessment, candidates: Iterable[Assessment]) -> list[Assessment]:
    """The inspections among `candidates` whose items an item of `later` may raise again or speak of, oldest first:
    every one over before it for an inspection; for a peer review, the latest full inspection (whose action plan it
    was asked to test) and the visits since it (a focused visit's recommendations are the same plan's), the latest
    visit when no full inspection came before it."""
    before = sorted(
        (a for a in candidates if a.kind == "Inspection" and over_before(a, later)),
        key=lambda a: (a.ended or a.issued or a.date, a.key),
    )
    if later.kind != "PeerReview":
        return before
    full = [i for i, a in enumerate(before) if visit_kind(a.framework) is None]
    return before[full[-1] :] if full else before[-1:]


def over_before(earlier: Assessment, later: Assessment) -> bool:
    """Was the earlier assessment over before the later one began (fieldwork, else its date)?"""
    end = earlier.ended or earlier.issued or earlier.date
    start = later.started or later.date or later.ended or later.issued or later.earliest
    return end is not None and start is not None and end < start
