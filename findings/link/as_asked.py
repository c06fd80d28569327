"""A later report's plain sentence that finds what an earlier recommendation asked for: a strength.

Reports state good practice plainly ('Care leavers receive their health histories when they leave care.'): no cue
word makes such a sentence a strength (polarity.py), and a cue such as 'now receive' would praise 'Children now
receive a late response' too. Keyed to the recommendation's own words instead: a sentence of a later inspection's (or
a peer review's) findings paragraphs that states neither a strength nor a weakness (Extraction.plain) is a strength
when it says, in the recommendation's words, that what it asked for is so — it names every concern the
recommendation names (ontology/themes.ttl), it repeats most of the recommendation's distinctive words, most of its own
words are the recommendation's, and nothing in it hedges, counts, denies, defers or attributes ('Some …', 'late',
'will', 'so that', 'leaders say') unless the recommendation holds the word too (linking.json, found_as_asked). So is
one that opens by saying a thing has the quality the recommendation asked it to have ('Targets are specific and
reviewed each term.' for '… so that they set specific targets …'), hedge-free, where it or the sentence before it
names a concern of the recommendation: naming none itself, it weighs as the finding right before it does. Either
becomes a finding like any other; the later findings on the recommendation's concerns weigh it
(findings/link/later.py, findings/status/later.py), a call that waits in review. Never across councils; never
forward in time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from findings.extract.lexicons import load_json
from findings.link.later import later_and_earlier
from findings.link.previous import content_words
from findings.link.themes import named_themes, within
from findings.model import Extraction, Finding

LEXICON = "lexicons/linking.json"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass
class _Asked:
    """What a recommendation asks, read once: its item and text, the distinctive words of what it asks, its own
    hedging words, the qualities it asks a thing to have ('set specific targets': (speci, targe)), and the concerns it
    names (read only for a sentence that repeats it: `concerns`)."""

    ref: tuple[str, str]
    text: str
    words: frozenset[str]
    hedges: frozenset[str]
    qualities: frozenset[tuple[str, str]]
    said: frozenset[str] = frozenset()
    themes: set[str] | None = None

    def concerns(self) -> set[str]:
        if self.themes is None:
            self.themes = named_themes(self.text)
        return self.themes


def find_as_asked(out: Extraction) -> None:
    """Make a finding (a strength) of each plain sentence of a later assessment that finds what a recommendation of
    an earlier one of the same council asked for (module docstring), noting which (Finding.as_asked); the sentence
    leaves `out.plain`."""
    if not out.plain:
        return
    lex = lexicon()
    plain: dict[str, list[Finding]] = {}
    for sentence in out.plain:
        plain.setdefault(sentence.assessment, []).append(sentence)
    pairs = [(later, earliers) for later, earliers in later_and_earlier(out) if later.key in plain]
    wanted = {earlier.key for _, earliers in pairs for earlier in earliers}
    reads: dict[str, list[_Asked]] = {}
    for rec in out.recommendations:
        if rec.kind == "Recommendation" and rec.assessment in wanted:
            what = asked(rec.text, lex)
            read = _Asked(
                (rec.assessment, rec.identifier),
                rec.text,
                content_words(what),
                _hedges(rec.text, lex),
                qualities(what, lex),
                frozenset(_folded_words(what)[1]),
            )
            reads.setdefault(rec.assessment, []).append(read)
    texts: dict[tuple[str, str], str] = {}  # each sentence by its item, for the one before a sentence: made when needed
    found: dict[int, list[tuple[str, str]]] = {}
    for later, earliers in pairs:
        recs = [r for earlier in earliers for r in reads.get(earlier.key, [])]
        anywhere = frozenset().union(*(r.words for r in recs))  # a sentence sharing fewer with them all repeats none
        for sentence in plain[later.key] if recs else []:
            if not _statement(sentence.text):
                continue
            words, stated = content_words(sentence.text), _stated_quality(sentence.text, lex)
            if stated is None and len(words & anywhere) < lex.minimum_shared:
                continue
            hedges = _hedges(sentence.text, lex)
            readings = [(sentence.text, words, hedges)]  # the sentence whole, then without its asides, if it has any
            if (bare := _without_asides(sentence.text, lex)) is not None:
                readings.append((bare, content_words(bare), _hedges(bare, lex)))
            themes: set[str] | None = None  # the concerns it and the sentence before it name: read only when needed
            before: set[str] | None = None
            for rec in recs:
                if rec.ref in found.get(id(sentence), []):
                    continue
                if _names_asked(sentence.text, rec) and any(
                    h <= rec.hedges and _restates(w, rec, lex) and _framed_as_asked(t, rec, lex) for t, w, h in readings
                ):
                    themes = named_themes(sentence.text) if themes is None else themes  # the whole sentence's, asides too
                    if rec.concerns() and rec.concerns() <= themes and not _apart(themes, rec.concerns()):
                        found.setdefault(id(sentence), []).append(rec.ref)
                elif hedges <= rec.hedges and stated is not None and stated in rec.qualities:
                    themes = named_themes(sentence.text) if themes is None else themes
                    if before is None:
                        texts = texts or {(f.assessment, f.identifier): f.text for f in (*out.findings, *out.plain)}
                        before = named_themes(texts.get((sentence.assessment, _before(sentence.identifier)), ""))
                    if rec.concerns() & (themes | before) and not _apart(themes | before, rec.concerns()):
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


@dataclass(frozen=True)
class _Lexicon:
    """linking.json's found_as_asked, read once per build: its thresholds and its word lists as sets; the imperative a
    recommendation opens with and the hedging phrases as patterns."""

    minimum_shared: int
    recommendation_share: float
    sentence_share: float
    not_with: frozenset[str]
    not_with_phrases: re.Pattern[str]
    opening: re.Pattern[str]
    asking_verbs: frozenset[str]
    not_asking_after: frozenset[str]
    determiners: frozenset[str]
    quality_adverbs: frozenset[str]
    subject_skips: frozenset[str]
    not_subjects: frozenset[str]
    being_verbs: frozenset[str]
    quality_ends: tuple[str, ...]
    asides: re.Pattern[str]
    aside_not_with: frozenset[str]


def lexicon() -> _Lexicon:
    rule = load_json(LEXICON)["found_as_asked"]
    words = lambda key: frozenset(w.casefold() for w in rule[key])  # noqa: E731
    phrases = "|".join(rf"\b{re.escape(p.casefold())}\b" for p in rule["not_with_phrases"]) or r"(?!)"
    return _Lexicon(
        int(rule["minimum_shared"]),
        float(rule["recommendation_share"]),
        float(rule["sentence_share"]),
        words("not_with"),
        re.compile(phrases),
        _opening(rule["opening_followers"]),
        words("asking_verbs"),
        words("not_asking_after"),
        words("determiners"),
        words("quality_adverbs"),
        words("subject_skips"),
        words("not_subjects"),
        words("being_verbs"),
        tuple(rule["quality_ends"]),
        _asides(rule["asides"]),
        words("aside_not_with"),
    )


def _asides(phrases: list[str]) -> re.Pattern[str]:
    """An aside: one of found_as_asked's 'asides' ('without exception', 'so they can', 'as well as'), any comma before
    it, and its words up to the next comma (taken with it) or the sentence's end."""
    alternatives = "|".join(rf"{re.escape(p)}" for p in sorted(phrases, key=len, reverse=True)) or r"(?!)"
    return re.compile(rf",?\s*\b(?:{alternatives})\b[^,.;:]*,?", re.I)


def _without_asides(text: str, lex: _Lexicon) -> str | None:
    """The sentence without its asides ('Care leavers receive … when they leave care, without exception.' → '… when
    they leave care.'), or None where it has none, or one holds a word of 'aside_not_with' ('…, as well as their
    passports, but only when they ask')."""
    asides = list(lex.asides.finditer(text))
    if not asides or any(lex.aside_not_with.intersection(_folded_words(a.group())[1]) for a in asides):
        return None
    bare = lex.asides.sub(" ", text)
    return re.sub(r"\s+([.;:])", r"\1", " ".join(bare.split()))


def _opening(followers: list[str]) -> re.Pattern[str]:
    """The imperative a recommendation opens with: imperatives.json's adverbs and verbs, then any of `followers`."""
    words = load_json("lexicons/imperatives.json")
    alternatives = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    after = rf"(?:\s+(?:{alternatives(followers)})\b)*" if followers else ""
    return re.compile(rf"^(?:(?:{alternatives(words['adverbs'])})\s+)?(?:{alternatives(words['verbs'])})\b{after}", re.I)


@lru_cache(maxsize=1 << 12)
def _folded_words(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` folded and its words (read once per sentence: each is asked of every recommendation it may restate)."""
    folded = " ".join(text.split()).casefold().replace("’", "'")
    return folded, tuple(_WORD.findall(folded))


def qualities(asked: str, lex: _Lexicon) -> frozenset[tuple[str, str]]:
    """The qualities a recommendation asks a thing to have: a distinctive word and the distinctive word after it,
    right after one of found_as_asked's 'asking_verbs' (and any of its 'determiners'): 'so that they set specific
    targets' → (speci, targe); not 'at risk of significant harm' (no asking verb), nor 'have missing children' (a
    group: 'children' is a generic word), nor after one of 'not_asking_after' ('children who have complex needs')."""
    _, words = _folded_words(asked)
    out = set()
    for i, word in enumerate(words):
        if word not in lex.asking_verbs or (i and words[i - 1] in lex.not_asking_after):
            continue  # 'children who have complex needs': whom it is about, not what it asks
        j = i + 1
        while j < len(words) and words[j] in lex.determiners:
            j += 1
        if j + 1 < len(words):
            quality, thing = content_words(words[j]), content_words(words[j + 1])
            if quality and thing:
                out.add((next(iter(quality)), next(iter(thing))))
    return frozenset(out)


def _stated_quality(text: str, lex: _Lexicon) -> tuple[str, str] | None:
    """The quality a sentence opens by saying a thing has, and no more of that quality, as (quality, thing) in a
    recommendation's `qualities` ('Targets are specific and reviewed each term.': (speci, targe), which 'set specific
    targets' asks; not 'Targets are specific to each school'), or None. Its first word (after any of 'determiners') is
    the thing, then a verb of being, any of 'quality_adverbs', and the quality, ending the sentence or a clause ('and',
    ',', ';')."""
    folded, words = _folded_words(text)
    i = 0
    while i < len(words) and words[i] in lex.determiners:
        i += 1
    if i + 2 >= len(words) or words[i + 1] not in lex.being_verbs:
        return None
    j = i + 2
    while j < len(words) and words[j] in lex.quality_adverbs:
        j += 1
    if j >= len(words):
        return None
    thing, quality = content_words(words[i]), content_words(words[j])
    if not thing or not quality:
        return None
    at = re.search(rf"\b{re.escape(words[j])}\b", folded)
    rest = folded[at.end() :].lstrip() if at else ""
    ends = any(rest.startswith(end + " " if end[-1:].isalpha() else end) for end in lex.quality_ends)
    return (next(iter(quality)), next(iter(thing))) if ends else None


def _framed_as_asked(text: str, rec: _Asked, lex: _Lexicon) -> bool:
    """Does a sentence say what the recommendation asked as a finding of its own: open with the recommendation's
    subject (its first word, after any 'determiners' and 'subject_skips', a word of what it asks and none of
    'not_subjects': not 'Managers report that …', 'It is essential that …'), end with a word of it (not '…, managers
    claim.', '… in theory.'), and name no proper name it does not ('… in Northshire')?"""
    _, words = _folded_words(text)
    i = 0
    while i < len(words) and (words[i] in lex.determiners or words[i] in lex.subject_skips):
        i += 1
    if i >= len(words) or words[i] in lex.not_subjects or words[i] not in rec.said or words[-1] not in rec.said:
        return False
    return _names_asked(text, rec)


def _names_asked(text: str, rec: _Asked) -> bool:
    """Does the text name no proper name the recommendation does not (its first word aside)? An aside's too: '…, as
    well as help in Northshire.' may say where all of it holds."""
    return _proper_names(text) <= rec.said


@lru_cache(maxsize=1 << 12)
def _proper_names(text: str) -> frozenset[str]:
    """The capitalised words of `text` after its first, case-folded (read once per sentence, which `_names_asked`
    compares with each recommendation of the council)."""
    return frozenset(w.casefold() for w in _CAPITALISED.findall(" ".join(text.split()))[1:])


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]*")


def _apart(themes: set[str], asked: set[str]) -> bool:
    """Does a sentence name a concern the recommendation does not, nor one above or below one it names (another group,
    another kind of plan: 'missing from education' for 'missing from home or care')?"""
    return any(not within(t, asked) and not any(within(a, {t}) for a in asked) for t in themes)


def _restates(words: frozenset[str], rec: _Asked, lex: _Lexicon) -> bool:
    """Does a sentence of these words repeat what the recommendation asked for: at least 'minimum_shared' of its
    words and 'recommendation_share' of them, those 'sentence_share' of the sentence's own? (It must name every
    concern the recommendation names too: asked only of a sentence that passes this.)"""
    if not words:
        return False
    shared = len(words & rec.words)
    return (
        shared >= lex.minimum_shared
        and shared / max(1, len(rec.words)) >= lex.recommendation_share
        and shared / len(words) >= lex.sentence_share
    )


def asked(text: str, lex: _Lexicon) -> str:
    """What a recommendation asks for, without the imperative it opens with ('Make sure that', 'Further develop':
    imperatives.json's adverbs and verbs, then any of found_as_asked's 'opening_followers'), which no finding repeats."""
    return lex.opening.sub("", " ".join(text.split()), count=1)


def _statement(text: str) -> bool:
    """Is `text` a statement of fact: a sentence that opens with a capital, ends with a full stop, gives no figure?"""
    text = text.strip()
    return text.endswith(".") and text[:1].isupper() and re.search(r"\d", text) is None


def _hedges(text: str, lex: _Lexicon) -> frozenset[str]:
    """The words and phrases of `text` that hedge, count, deny, defer or attribute what it says (linking.json,
    found_as_asked: 'not_with', 'not_with_phrases'); a sentence that finds what a recommendation asked for holds
    none the recommendation does not ('without delay' where it asked for that)."""
    folded, words = _folded_words(text)
    return frozenset(lex.not_with.intersection(words) | {m.group() for m in lex.not_with_phrases.finditer(folded)})
