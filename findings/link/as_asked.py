"""A later report's plain sentence that finds what an earlier recommendation asked for: a strength.

Reports state good practice plainly ('Care leavers receive their health histories when they leave care.'): no cue
word makes such a sentence a strength (polarity.py), and a cue such as 'now receive' would praise 'Children now
receive a late response' too. Keyed to the recommendation's own words instead: a sentence of a later inspection's (or
a peer review's) findings paragraphs that states neither a strength nor a weakness (Extraction.plain) is a strength
when it says, in the recommendation's words, that what it asked for is so — it names every concern the
recommendation names (ontology/themes.ttl), it repeats most of the recommendation's distinctive words, most of its own
words are the recommendation's, and nothing in it hedges, counts, denies, defers or attributes ('Some …', 'late',
'will', 'so that', 'leaders say') unless the recommendation holds the word too (linking.json, found_as_asked). It
becomes a finding like any other; the later findings on the recommendation's concerns weigh it
(findings/link/later.py, findings/status/later.py), a call that waits in review. Never across councils; never
forward in time.
"""

from __future__ import annotations

import re
from functools import cache

from findings.extract.lexicons import load_json
from findings.link.later import later_and_earlier
from findings.link.previous import content_words
from findings.link.themes import named_themes
from findings.model import Extraction, Finding

LEXICON = "lexicons/linking.json"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def find_as_asked(out: Extraction) -> None:
    """Make a finding (a strength) of each plain sentence of a later assessment that finds what a recommendation of
    an earlier one of the same council asked for (module docstring); the sentence leaves `out.plain`."""
    rule = _rule()
    if not out.plain:
        return
    plain: dict[str, list[Finding]] = {}
    for sentence in out.plain:
        plain.setdefault(sentence.assessment, []).append(sentence)
    asked: dict[str, list[tuple[frozenset[str], set[str], frozenset[str]]]] = {}
    for rec in out.recommendations:
        if rec.kind == "Recommendation":
            read = (content_words(_asked(rec.text, rule)), named_themes(rec.text), _hedges(rec.text, rule))
            asked.setdefault(rec.assessment, []).append(read)
    found: set[int] = set()
    for later, earliers in later_and_earlier(out):
        recs = [r for earlier in earliers for r in asked.get(earlier.key, [])]
        for sentence in plain.get(later.key, []) if recs else []:
            if id(sentence) in found or not _statement(sentence.text):
                continue
            words, themes, hedges = content_words(sentence.text), named_themes(sentence.text), _hedges(sentence.text, rule)
            if any(
                hedges <= rec_hedges and _restates(words, themes, rec_words, rec_themes, rule)
                for rec_words, rec_themes, rec_hedges in recs
            ):
                found.add(id(sentence))
    if not found:
        return
    for sentence in out.plain:
        if id(sentence) in found:
            sentence.polarity = "Strength"
            out.findings.append(sentence)
    out.plain = [s for s in out.plain if id(s) not in found]


def _restates(words: frozenset[str], themes: set[str], rec_words: frozenset[str], rec_themes: set[str], rule: dict) -> bool:
    """Does a sentence of these words and concerns say what a recommendation of those asked for: every concern it
    names, at least 'minimum_shared' of its words and 'recommendation_share' of them, those 'sentence_share' of the
    sentence's own?"""
    if not rec_themes or not rec_themes <= themes or not words:
        return False
    shared = len(words & rec_words)
    return (
        shared >= rule["minimum_shared"]
        and shared / max(1, len(rec_words)) >= rule["recommendation_share"]
        and shared / len(words) >= rule["sentence_share"]
    )


def _asked(text: str, rule: dict) -> str:
    """What a recommendation asks for, without the imperative it opens with ('Make sure that', 'Further develop':
    imperatives.json's adverbs and verbs, then any of found_as_asked's 'opening_followers'), which no finding repeats."""
    return _opening(tuple(rule["opening_followers"])).sub("", " ".join(text.split()), count=1)


@cache
def _opening(followers: tuple[str, ...]) -> re.Pattern[str]:
    words = load_json("lexicons/imperatives.json")
    alternatives = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    after = rf"(?:\s+(?:{alternatives(followers)})\b)*" if followers else ""
    return re.compile(rf"^(?:(?:{alternatives(words['adverbs'])})\s+)?(?:{alternatives(words['verbs'])})\b{after}", re.I)


def _statement(text: str) -> bool:
    """Is `text` a statement of fact: a sentence that opens with a capital, ends with a full stop, gives no figure?"""
    text = text.strip()
    return text.endswith(".") and text[:1].isupper() and re.search(r"\d", text) is None


def _hedges(text: str, rule: dict) -> frozenset[str]:
    """The words and phrases of `text` that hedge, count, deny, defer or attribute what it says (linking.json,
    found_as_asked: 'not_with', 'not_with_phrases'); a sentence that finds what a recommendation asked for holds
    none the recommendation does not ('without delay' where it asked for that)."""
    folded = " ".join(text.split()).casefold().replace("’", "'")
    said = set(_WORD.findall(folded)) & _not_with(rule)
    return frozenset(said | {m.group() for m in _not_with_phrases(rule).finditer(folded)})


def _rule() -> dict:
    return load_json(LEXICON)["found_as_asked"]


@cache
def _words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word.casefold() for word in words)


def _not_with(rule: dict) -> frozenset[str]:
    return _words(tuple(rule["not_with"]))


@cache
def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b{re.escape(p.casefold())}\b" for p in phrases) or r"(?!)")


def _not_with_phrases(rule: dict) -> re.Pattern[str]:
    return _phrases(tuple(rule["not_with_phrases"]))
