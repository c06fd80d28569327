"""One recommendation, many sources: restatements of a recommendation become one node with a span in each.

Two statements are the same recommendation when they belong to the same assessment, carry the same number,
and their words overlap enough (so a renumbered list never merges different asks). The inspection report's
own wording is kept as the text; the other statements add their spans.
"""

from __future__ import annotations

import re

from findings.extract.visits import first_hand
from findings.link.themes import unhyphenated
from findings.model import Document, ProgressUpdate, Recommendation

_WORD = re.compile(r"[a-z0-9]+")
_STOP = {"the", "and", "that", "to", "of", "a", "in", "is", "are", "for", "on", "with", "so", "as", "be", "by", "this"}
THRESHOLD = 0.3


def words(text: str) -> set[str]:
    """The statement's words, less the commonest; a word with or without its hyphen is one."""
    return {w for w in _WORD.findall(unhyphenated(text.lower().replace("’", "'"))) if w not in _STOP}


def leading_words(said: str, statement: str) -> int:
    """How many of `statement`'s words, in order from its start, `said` gives word for word: the statement an item's
    text was taken from gives them all, a one-line summary of it only the first few."""
    theirs, mine = said.split(), statement.split()
    return next((n for n, (a, b) in enumerate(zip(theirs, mine, strict=False)) if a != b), min(len(theirs), len(mine)))


def similarity(a: str, b: str) -> float:
    """Share of the shorter statement's words found in the longer one (a summary is a subset of the full text)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _rank(rec: Recommendation, reports: set[str], pdfs: set[str]) -> tuple[bool, bool, bool, int]:
    """Whose wording a merged node keeps: the inspection report's own, then a published PDF's, then a full
    statement's, then the longest (a plan's restatement, however long, is not the report's wording)."""
    return any(s.doc in reports for s in rec.spans), any(s.doc in pdfs for s in rec.spans), not rec.restated, len(rec.text)


def merge_recommendations(recs: list[Recommendation], documents: list[Document]) -> list[Recommendation]:
    """Merge statements of one recommendation; the text is the best-ranked statement's (see `_rank`)."""
    pdfs = {d.sha256 for d in documents if d.media_type == "application/pdf"}
    reports = {d.sha256 for d in documents if first_hand(d.kinds)}
    merged: list[Recommendation] = []
    numbered: dict[tuple[str, str], list[Recommendation]] = {}  # the merged of each number, so a corpus is linear
    by_number = [rec for rec in recs if not rec.text]  # a plan that names it by its number only
    for rec in recs:
        if not rec.text:
            continue
        same_number = numbered.setdefault((rec.assessment, rec.identifier), [])
        twin = next((m for m in same_number if similarity(m.text, rec.text) >= THRESHOLD), None)
        if twin is None:
            merged.append(rec)
            same_number.append(rec)
            continue
        if _rank(rec, reports, pdfs) > _rank(twin, reports, pdfs):
            twin.text, twin.restated = rec.text, rec.restated
        twin.spans = sorted(set(twin.spans) | set(rec.spans), key=lambda s: (s.doc not in reports, s))  # the report's
        # own words first: what a link compares, and a status resting on the item quotes (not a plan restating it)
        twin.slips += [slip for slip in rec.slips if slip not in twin.slips]  # a logged action's re-plans
        for name in ("timescale", "due_by", "addressed_to", "scope", "due_span"):
            if getattr(twin, name) is None:
                setattr(twin, name, getattr(rec, name))
    known = {(m.assessment, m.identifier) for m in merged}
    for rec in by_number:  # named by number and nowhere in words: an item still (actions answer it), said so
        if (rec.assessment, rec.identifier) not in known:
            known.add((rec.assessment, rec.identifier))
            rec.text = f"Recommendation {rec.identifier} (only its number is in the documents read)"
            merged.append(rec)
    return merged


def merge_updates(updates: list[ProgressUpdate]) -> list[ProgressUpdate]:
    """One progress update however many documents carry it (a report filed alone and again in an agenda pack): the
    same item, date and words become one update with a span in each document; the first statement keeps its key."""
    merged: dict[tuple, ProgressUpdate] = {}
    for update in updates:
        key = (
            update.assessment,
            update.about_kind,
            update.about,
            update.as_at,
            update.score,
            " ".join(sorted(words(update.text))),
        )
        twin = merged.get(key)
        if twin is None:
            merged[key] = update
        else:
            twin.spans = sorted(set(twin.spans) | set(update.spans))
    return list(merged.values())


ALIGN = 0.8  # share of the shorter statement's words: a restatement numbered otherwise is this close to one item
MARGIN = 0.2  # and closer by this than to any other item of the report


def align_numbering(recs: list[Recommendation], actions: list, updates: list[ProgressUpdate], reports: set[str]) -> None:
    """A plan that numbers the report's recommendations its own way (a 2014 report numbers them by paragraph, 14–18;
    the council's plan 1–5): each of its statements takes the number of the report's item it restates word for
    word, and the plan's actions and updates follow it, so one recommendation is one node. Only a clear match
    moves a number; the report's own statements never move."""
    own: dict[str, list[Recommendation]] = {}
    for rec in recs:
        if rec.kind == "Recommendation" and any(s.doc in reports for s in rec.spans):
            own.setdefault(rec.assessment, []).append(rec)
    moved: dict[tuple[str, str, str], str] = {}  # (document, assessment, its number) → the report's number
    for rec in recs:
        mine = own.get(rec.assessment)
        if not mine or not rec.text or not rec.spans or any(s.doc in reports for s in rec.spans):
            continue
        scored = sorted(((similarity(m.text, rec.text), m.identifier) for m in mine), reverse=True)
        best, second = scored[0][0], scored[1][0] if len(scored) > 1 else 0.0
        if scored[0][1] == rec.identifier:
            continue  # the same number already names it; a number naming another item a little is no match
        if best >= ALIGN and best - second >= MARGIN:
            moved[(rec.spans[0].doc, rec.assessment, rec.identifier)] = scored[0][1]
    if not moved:
        return
    for rec in recs:
        if rec.spans and (key := (rec.spans[0].doc, rec.assessment, rec.identifier)) in moved:
            rec.identifier = moved[key]
    for action in actions:
        new = moved.get((action.spans[0].doc, action.assessment, action.responds_to)) if action.spans else None
        if new is not None:
            action.responds_to = new
    for update in updates:
        if update.about_kind == "recommendation" and update.spans:
            update.about = moved.get((update.spans[0].doc, update.assessment, update.about), update.about)
