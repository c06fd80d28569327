"""One recommendation, many sources: restatements of a recommendation become one node with a span in each.

Two statements are the same recommendation when they belong to the same assessment, carry the same number,
and their words overlap enough (so a renumbered list never merges different asks). The inspection report's
own wording is kept as the text; the other statements add their spans.
"""

from __future__ import annotations

import re

from findings.model import Document, ProgressUpdate, Recommendation

_WORD = re.compile(r"[a-z0-9]+")
_STOP = {"the", "and", "that", "to", "of", "a", "in", "is", "are", "for", "on", "with", "so", "as", "be", "by", "this"}
THRESHOLD = 0.3


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower().replace("’", "'")) if w not in _STOP}


def similarity(a: str, b: str) -> float:
    """Share of the shorter statement's words found in the longer one (a summary is a subset of the full text)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _rank(rec: Recommendation, pdfs: set[str]) -> tuple[bool, bool, int]:
    """Whose wording a merged node keeps: the published report's, then a full statement's, then the longest."""
    return any(s.doc in pdfs for s in rec.spans), not rec.restated, len(rec.text)


def merge_recommendations(recs: list[Recommendation], documents: list[Document]) -> list[Recommendation]:
    """Merge statements of one recommendation; the text is the best-ranked statement's (see `_rank`)."""
    pdfs = {d.sha256 for d in documents if d.media_type == "application/pdf"}
    merged: list[Recommendation] = []
    by_number = [rec for rec in recs if not rec.text]  # a plan that names it by its number only
    for rec in recs:
        if not rec.text:
            continue
        twin = next(
            (
                m
                for m in merged
                if m.assessment == rec.assessment and m.identifier == rec.identifier and similarity(m.text, rec.text) >= THRESHOLD
            ),
            None,
        )
        if twin is None:
            merged.append(rec)
            continue
        if _rank(rec, pdfs) > _rank(twin, pdfs):
            twin.text, twin.restated = rec.text, rec.restated
        twin.spans = sorted(set(twin.spans) | set(rec.spans))
        for name in ("timescale", "due_by", "addressed_to", "scope"):
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
