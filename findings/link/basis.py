"""SIF reports mark the findings paragraphs a recommendation rests on with '(Recommendation)': link each weakness
in such a paragraph to the recommendation of the same report (or its board review) whose distinctive words the
paragraph shares most, with the score, so the graph shows what each recommendation was based on."""

from __future__ import annotations

from findings.extract.lexicons import load_json
from findings.link.previous import LEXICON, content_words
from findings.model import Extraction


def link_basis(out: Extraction) -> int:
    """Set `underpins` on marked findings; returns how many links were made."""
    lexicon = load_json(LEXICON)
    added = 0
    for finding in out.findings:
        if not finding.basis:
            continue
        words = content_words(finding.basis)
        scored = []
        for rec in out.recommendations:
            if rec.kind != "Recommendation" or rec.assessment not in (finding.assessment, f"{finding.assessment}-lscb"):
                continue
            theirs = content_words(rec.text)
            shared = words & theirs
            score = len(shared) / max(1, len(theirs))
            if len(shared) >= lexicon["minimum_shared"] and score >= lexicon["minimum_score"]:
                scored.append((score, rec.assessment, rec.identifier))
        if scored:
            score, assessment, identifier = max(scored, key=lambda s: (s[0], s[1], s[2]))
            finding.underpins = [(assessment, identifier, round(score, 3))]
            added += 1
    return added
