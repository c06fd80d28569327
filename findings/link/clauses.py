"""A finding read clause by clause where a contrastive conjunction splits it, so that each clause's praise or criticism
counts only for the concern it names.

'Child protection plans are now specific, although some initial conferences are held late.' is a weakness as a
sentence (its one weakness cue wins), yet it praises the plans and criticises the conferences' timing. Where a
conjunction of linking.json later_findings.contrast splits a finding, the clauses that speak of a recommendation
(they name one of its concerns it shares with the finding, or, naming no concern, repeat one of its distinctive
words, or open by referring back or with no subject of their own: 'but they …', 'but do not …') decide what the
finding says of it; a clause naming only another concern says nothing of it. A clause with no cue of its own takes
the opposite of the clauses it is set against, unless a conjunction opens it (a concession's background, 'Although
the pace of improvement has been affected by the pandemic, …', asserts nothing: the sentence's word stands).
Issue #9 (black-box tester helper-281: such a praise of plans marked the plans' recommendation 'Recurred').
"""

from __future__ import annotations

from findings.extract.clause_polarity import clauses, contrast_patterns
from findings.link.previous import content_words
from findings.link.themes import named_themes, within

_OPPOSITE = {"Strength": "Weakness", "Weakness": "Strength"}


def said_of(text: str, polarity: str, concerns: set[str], words: frozenset[str], polarities: tuple[str | None, ...] = ()) -> str:
    """What a finding of `polarity` says of a recommendation whose `concerns` it shares and whose distinctive `words`
    are given: the polarity of the clauses that speak of it (module docstring); its own where no conjunction splits it,
    every clause or none speaks of it, or those clauses say both or neither (and are not set against one that says
    one: a concession's background asserts nothing, and the sentence's word stands)."""
    parts = clauses(text)
    if len(parts) < 2 or len(polarities) != len(parts):  # read with the document (findings/extract/clause_polarity.py)
        return polarity
    speaks = [_speaks_of(part, concerns, words) for part in parts]
    if all(speaks) or not any(speaks):
        return polarity
    mine = {p for p, s in zip(polarities, speaks, strict=True) if s} - {None}
    others = {p for p, s in zip(polarities, speaks, strict=True) if not s} - {None}
    if len(mine) == 1:
        return mine.pop()
    _, _, own, _ = contrast_patterns()
    asserted = all(not own.match(p) for p, s in zip(parts, speaks, strict=True) if s)  # not a concession's background
    if not mine and len(others) == 1 and asserted:
        return _OPPOSITE[others.pop()]  # 'Plans are now specific, although conferences are late': the plans' praise
    return polarity  # both ways, or nothing its own: the sentence's word, as before


def _speaks_of(clause: str, concerns: set[str], words: frozenset[str]) -> bool:
    """Does a clause speak of the recommendation: it names one of the `concerns`, or names none and repeats one of its
    `words` or opens (after its conjunction) with a word that refers back or leaves its subject unsaid, the other
    clause's ('but they are not always reviewed', 'but do not ensure …', 'the majority did not …')?"""
    _, _, own, back = contrast_patterns()
    if back.match(own.sub("", clause)) is not None:
        return True  # its subject is the other clause's, whatever else it names ('but not specific about entitlements')
    named = named_themes(clause)
    if named:  # a concern of its, or one above or under one of its ('plans' of child protection plans)
        return any(within(n, concerns) or any(within(c, {n}) for c in concerns) for n in named)
    return bool(content_words(clause) & words)
