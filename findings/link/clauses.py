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

import re
from functools import cache

from findings.extract.lexicons import load_json
from findings.extract.polarity import sentence_polarities
from findings.link.previous import content_words
from findings.link.themes import named_themes, within

LEXICON = "lexicons/linking.json"
_OPPOSITE = {"Strength": "Weakness", "Weakness": "Strength"}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a clause opening the sentence, a clause joined on, a clause's own conjunction, a clause's opening that refers
    back or leaves its subject unsaid), read once from the lexicon."""
    rule = load_json(LEXICON)["later_findings"]["contrast"]
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    unless = rf"(?!\s+(?:{alt(rule['not_followed_by'])})\b)" if rule["not_followed_by"] else ""
    opening = re.compile(rf"^\W*(?:{alt(rule['opening'])})\b(?!\s*,)[^,;]*[,;]", re.IGNORECASE)
    joining = re.compile(
        rf"(?:[,;–—]\s*|\s-\s|\s)(?=(?:{alt(rule['joining'])})\b{unless})"
        rf"|(?:[,;–—]\s*|\s-\s)(?=(?:{alt(rule['joining_after_a_pause'])})\b{unless})",
        re.IGNORECASE,
    )
    own = re.compile(rf"^\W*(?:{alt({*rule['opening'], *rule['joining'], *rule['joining_after_a_pause']})})\b[\s,]*", re.I)
    back = re.compile(rf"^(?:{alt(rule['refers_back'])})\b", re.IGNORECASE)
    return opening, joining, own, back


def clauses(text: str) -> list[str]:
    """The clauses of a sentence that a contrastive conjunction splits, the conjunction kept with the clause it opens
    ('…, although some …' → ['…', 'although some …']); the sentence alone where none splits it."""
    opening, joining, own, back = _patterns()
    cuts = [0]
    if (lead := opening.match(text)) is not None:
        cuts.append(lead.end())
    cuts += [m.end() for m in joining.finditer(text) if m.end() > cuts[-1]]
    pieces = [text[a:b].strip(" ,;–—-") for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    pieces = [p for p in pieces if re.search(r"\w", p)]
    for piece in pieces[1:]:  # '…, though evident on files, are not always effective': an aside, not a clause
        if any(back.match(rest.lstrip()) for rest in own.sub("", piece).split(",")[1:]):
            return [text]
    return pieces or [text]


def said_of(text: str, polarity: str, concerns: set[str], words: frozenset[str]) -> str:
    """What a finding of `polarity` says of a recommendation whose `concerns` it shares and whose distinctive `words`
    are given: the polarity of the clauses that speak of it (module docstring); its own where no conjunction splits it,
    every clause or none speaks of it, or those clauses say both or neither (and are not set against one that says
    one: a concession's background asserts nothing, and the sentence's word stands)."""
    parts = clauses(text)
    if len(parts) < 2:
        return polarity
    speaks = [_speaks_of(part, concerns, words) for part in parts]
    if all(speaks) or not any(speaks):
        return polarity
    mine = {_polarity(p) for p, s in zip(parts, speaks, strict=True) if s} - {None}
    others = {_polarity(p) for p, s in zip(parts, speaks, strict=True) if not s} - {None}
    if len(mine) == 1:
        return mine.pop()
    _, _, own, _ = _patterns()
    asserted = all(not own.match(p) for p, s in zip(parts, speaks, strict=True) if s)  # not a concession's background
    if not mine and len(others) == 1 and asserted:
        return _OPPOSITE[others.pop()]  # 'Plans are now specific, although conferences are late': the plans' praise
    return polarity  # both ways, or nothing its own: the sentence's word, as before


def _speaks_of(clause: str, concerns: set[str], words: frozenset[str]) -> bool:
    """Does a clause speak of the recommendation: it names one of the `concerns`, or names none and repeats one of its
    `words` or opens (after its conjunction) with a word that refers back or leaves its subject unsaid, the other
    clause's ('but they are not always reviewed', 'but do not ensure …', 'the majority did not …')?"""
    _, _, own, back = _patterns()
    if back.match(own.sub("", clause)) is not None:
        return True  # its subject is the other clause's, whatever else it names ('but not specific about entitlements')
    named = named_themes(clause)
    if named:  # a concern of its, or one above or under one of its ('plans' of child protection plans)
        return any(within(n, concerns) or any(within(c, {n}) for c in concerns) for n in named)
    return bool(content_words(clause) & words)


@cache
def _polarity(clause: str) -> str | None:
    """A clause's own polarity, read as a sentence (extract/lexicons/polarity.json)."""
    read = sentence_polarities(clause.rstrip(".") + ".")
    found = {p for _, _, p in read} - {None}
    return "Weakness" if "Weakness" in found else found.pop() if found else None
