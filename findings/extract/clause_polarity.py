"""A finding's clauses where a contrastive conjunction splits it (linking.json later_findings.contrast), each with its
own polarity, read with the document: the linker weighs each clause for the concern it names (findings/link/
clauses.py) without loading the polarity pipeline itself."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from findings.extract.lexicons import load_json
from findings.extract.prefilter import may_hold, pieces
from findings.model import Finding

LEXICON = "lexicons/linking.json"


@cache
def contrast_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
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


@cache
def _conjunction_pieces() -> tuple[tuple[str, ...], ...]:
    """The pieces (extract/prefilter.py) every conjunction of the lexicon holds one of: a text holding none of them is
    not split, and most findings hold none (the patterns' lookaheads tell no piece of their own)."""
    rule = load_json(LEXICON)["later_findings"]["contrast"]
    words = {*rule["opening"], *rule["joining"], *rule["joining_after_a_pause"]}
    return pieces(re.compile("|".join(re.escape(w) for w in sorted(words)), re.IGNORECASE))


@lru_cache(maxsize=1 << 14)
def clauses(text: str) -> tuple[str, ...]:
    """The clauses of a sentence that a contrastive conjunction splits, the conjunction kept with the clause it opens
    ('…, although some …' → ['…', 'although some …']); the sentence alone where none splits it. Read once a text:
    the linker asks again for each recommendation a finding may speak of."""
    if not may_hold(text, _conjunction_pieces()):
        whole = text.strip(" ,;–—-")  # as the pieces below are cut where no conjunction is found
        return (whole,) if re.search(r"\w", whole) else (text,)
    opening, joining, own, back = contrast_patterns()
    cuts = [0]
    if (lead := opening.match(text)) is not None:
        cuts.append(lead.end())
    cuts += [m.end() for m in joining.finditer(text) if m.end() > cuts[-1]]
    pieces = [text[a:b].strip(" ,;–—-") for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    pieces = [p for p in pieces if re.search(r"\w", p)]
    for piece in pieces[1:]:  # '…, though evident on files, are not always effective': an aside, not a clause
        if any(back.match(rest.lstrip()) for rest in own.sub("", piece).split(",")[1:]):
            return (text,)
    return tuple(pieces) or (text,)


def clause_polarities(findings: list[Finding]) -> None:
    """Each finding that a conjunction splits gets the polarity of each of its clauses (`clauses`), in order: the
    clauses of all of them read in one batch of the polarity pipeline."""
    from findings.extract.polarity import texts_polarities

    split = [(finding, parts) for finding in findings if len(parts := clauses(finding.text)) > 1]
    texts = sorted({_as_sentence(part) for _, parts in split for part in parts})
    read = dict(zip(texts, texts_polarities(texts), strict=True))
    for finding, parts in split:
        finding.clause_polarities = tuple(_polarity(read[_as_sentence(part)]) for part in parts)


def _as_sentence(clause: str) -> str:
    """A clause read as a sentence of its own: with a full stop of its own."""
    return clause.rstrip(".") + "."


def _polarity(read: list[tuple[int, int, str | None]]) -> str | None:
    """A clause's own polarity from its sentences' (extract/lexicons/polarity.json): a weakness anywhere wins."""
    found = {p for _, _, p in read} - {None}
    return "Weakness" if "Weakness" in found else found.pop() if found else None
