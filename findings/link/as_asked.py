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
from dataclasses import dataclass
from functools import cache

from findings.extract.lexicons import load_json
from findings.link.later import later_and_earlier
from findings.link.previous import content_words
from findings.link.themes import named_themes
from findings.model import Extraction, Finding

LEXICON = "lexicons/linking.json"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class _Asked:
    """What a recommendation asks, read once: its item, the distinctive words of what it asks, the concerns it
    names, its own hedging words, and the qualities it asks a thing to have ('set specific targets': (speci, targe))."""

    ref: tuple[str, str]
    words: frozenset[str]
    themes: frozenset[str]
    hedges: frozenset[str]
    qualities: frozenset[tuple[str, str]]


def find_as_asked(out: Extraction) -> None:
    """Make a finding (a strength) of each plain sentence of a later assessment that finds what a recommendation of
    an earlier one of the same council asked for (module docstring), noting which (Finding.as_asked); the sentence
    leaves `out.plain`."""
    rule = _rule()
    if not out.plain:
        return
    plain: dict[str, list[Finding]] = {}
    for sentence in out.plain:
        plain.setdefault(sentence.assessment, []).append(sentence)
    asked: dict[str, list[_Asked]] = {}
    for rec in out.recommendations:
        if rec.kind == "Recommendation":
            what = _asked(rec.text, rule)
            read = _Asked(
                (rec.assessment, rec.identifier),
                content_words(what),
                frozenset(named_themes(rec.text)),
                _hedges(rec.text, rule),
                _qualities(what, rule),
            )
            asked.setdefault(rec.assessment, []).append(read)
    texts = {(f.assessment, f.identifier): f.text for f in (*out.findings, *out.plain)}  # the sentence before one
    found: dict[int, list[tuple[str, str]]] = {}
    for later, earliers in later_and_earlier(out):
        recs = [r for earlier in earliers for r in asked.get(earlier.key, [])]
        for sentence in plain.get(later.key, []) if recs else []:
            if not _statement(sentence.text):
                continue
            words, themes, hedges = content_words(sentence.text), named_themes(sentence.text), _hedges(sentence.text, rule)
            before: set[str] | None = None
            for rec in recs:
                if not hedges <= rec.hedges or rec.ref in found.get(id(sentence), []):
                    continue
                if _restates(words, themes, rec, rule):
                    found.setdefault(id(sentence), []).append(rec.ref)
                elif rec.qualities and _says_quality(sentence.text, rec.qualities, rule):
                    if before is None:
                        before = named_themes(texts.get((sentence.assessment, _before(sentence.identifier)), ""))
                    if rec.themes & (themes | before):
                        found.setdefault(id(sentence), []).append(rec.ref)
    if not found:
        return
    for sentence in out.plain:
        if id(sentence) in found:
            sentence.polarity, sentence.as_asked = "Strength", found[id(sentence)]
            out.findings.append(sentence)
    out.plain = [s for s in out.plain if id(s) not in found]


def _before(identifier: str) -> str:
    """The identifier of the sentence before one in its paragraph ('p3-2' → 'p3-1'; '' for a paragraph's first)."""
    name, _, n = identifier.rpartition("-")
    return f"{name}-{int(n) - 1}" if n.isdigit() and int(n) > 1 else ""


def _qualities(asked: str, rule: dict) -> frozenset[tuple[str, str]]:
    """The qualities a recommendation asks a thing to have: a distinctive word and the distinctive word after it,
    right after one of found_as_asked's 'asking_verbs' (and any of its 'determiners'): 'so that they set specific
    targets' → (speci, targe); not 'at risk of significant harm' (no asking verb), nor 'have missing children' (a
    group: 'children' is a generic word), nor after one of 'not_asking_after' ('children who have complex needs')."""
    words = _WORD.findall(" ".join(asked.split()).casefold().replace("’", "'"))
    verbs, skip = _words(tuple(rule["asking_verbs"])), _words(tuple(rule["determiners"]))
    out = set()
    describing = _words(tuple(rule["not_asking_after"]))
    for i, word in enumerate(words):
        if word not in verbs or (i and words[i - 1] in describing):
            continue  # 'children who have complex needs': whom it is about, not what it asks
        j = i + 1
        while j < len(words) and words[j] in skip:
            j += 1
        if j + 1 < len(words):
            quality, thing = content_words(words[j]), content_words(words[j + 1])
            if quality and thing:
                out.add((next(iter(quality)), next(iter(thing))))
    return frozenset(out)


def _says_quality(text: str, qualities: frozenset[tuple[str, str]], rule: dict) -> bool:
    """Does the sentence open by saying a thing has the quality a recommendation asked of it, and no more of that
    quality ('Targets are specific and reviewed each term.' for 'set specific targets'; not 'Targets are specific to
    each school')? Its first word (after any of 'determiners') is the thing, then a verb of being, any of
    'quality_adverbs', and the quality, ending the sentence or a clause ('and', ',', ';')."""
    words = _WORD.findall(" ".join(text.split()).casefold().replace("’", "'"))
    skip = _words(tuple(rule["determiners"]))
    i = 0
    while i < len(words) and words[i] in skip:
        i += 1
    if i + 2 >= len(words) or words[i + 1] not in ("is", "are"):
        return False
    j = i + 2
    while j < len(words) and words[j] in _words(tuple(rule["quality_adverbs"])):
        j += 1
    if j >= len(words):
        return False
    thing, quality = content_words(words[i]), content_words(words[j])
    if not thing or not quality or (next(iter(quality)), next(iter(thing))) not in qualities:
        return False
    folded = " ".join(text.split()).casefold().replace("’", "'")
    at = re.search(rf"\b{re.escape(words[j])}\b", folded)
    rest = folded[at.end() :].lstrip() if at else ""
    return rest[:1] in (".", ",", ";") or rest.startswith("and ")


def _restates(words: frozenset[str], themes: set[str], rec: _Asked, rule: dict) -> bool:
    """Does a sentence of these words and concerns say what the recommendation asked for: every concern it names, at
    least 'minimum_shared' of its words and 'recommendation_share' of them, those 'sentence_share' of the sentence's
    own?"""
    rec_words = rec.words
    if not rec.themes or not rec.themes <= themes or not words:
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
