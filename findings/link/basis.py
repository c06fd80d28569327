"""SIF reports mark the findings paragraphs a recommendation rests on with '(Recommendation)': link each weakness
in such a paragraph to the recommendation of the same report (or its board review) whose distinctive words the
paragraph shares most, with the score, so the graph shows what each recommendation was based on."""

from __future__ import annotations

from findings.link.previous import content_words, match_score
from findings.model import BOARD_KEY, Extraction, Recommendation


def link_basis(out: Extraction) -> int:
    """Set `underpins` on marked findings; returns how many links were made."""
    recs: dict[str, list[tuple[Recommendation, frozenset[str]]]] = {}  # by assessment: a finding reads its own report's
    for rec in out.recommendations:
        if rec.kind == "Recommendation":
            recs.setdefault(rec.assessment, []).append((rec, content_words(rec.text)))
    added = 0
    for finding in out.findings:
        if not finding.basis:
            continue
        words = content_words(finding.basis)
        scored = [
            (score, rec.assessment, rec.identifier)
            for key in (finding.assessment, f"{finding.assessment}{BOARD_KEY}")
            for rec, theirs in recs.get(key, ())
            if (score := match_score(words, theirs)) is not None
        ]
        if scored:
            score, assessment, identifier = max(scored)
            finding.underpins = [(assessment, identifier, round(score, 3))]
            added += 1
    return added
