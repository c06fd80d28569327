"""What a later inspection says about the last one, as evidence on the earlier inspection's recommendations.

A finding of a later report that speaks of the previous inspection ('has improved since the last inspection',
'remains an area for improvement') becomes a progress update, dated at the later report, about each earlier
recommendation of the same council whose distinctive words it shares — independent evidence, kept with its
score and method so an analyst can weigh it. Never across councils; never forward in time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from functools import cache, lru_cache

from findings.extract.lexicons import load_json, regexes
from findings.extract.visits import annual_frameworks, visit_frameworks
from findings.link.covers import kinds_of
from findings.link.themes import named_themes, themes_above
from findings.model import BOARD_KEY, Assessment, Extraction, Finding, ProgressUpdate, Recommendation

LEXICON = "lexicons/linking.json"
_WORD = re.compile(r"[a-z][a-z'-]+[a-z]")  # a word of three letters or more, without the apostrophes and hyphens it ends in
_YEAR = re.compile(r"\b(?:in|of|since)\s+(20\d{2}|19\d{2})\b")  # the last inspection's year: 'improved since 2013'
_BY_WORDS = "later inspection's finding about the last inspection; distinctive words shared"
BY_CONCERN = (
    "later inspection's finding about the last inspection; a concern (ontology/themes.ttl) only this recommendation names"
)


def content_words(text: str) -> frozenset[str]:
    """Distinctive words, cut to their first five letters so 'permanent' meets 'permanence'. The linkers read a
    recommendation's words once per finding they compare it with: each text is read once per lexicon (`_words_of`)."""
    lexicon = load_json(LEXICON)
    if not _reader or _reader[0] is not lexicon:  # the stop words' set made once per lexicon, not once per text
        _reader[:] = [lexicon, _words_of(lexicon["stem_length"], frozenset(lexicon["generic_words"]))]
    return _reader[1](text)


_reader: list = []  # [the lexicon, `_words_of` it]


@cache
def _words_of(stem: int, stop: frozenset[str]) -> Callable[[str], frozenset[str]]:
    """`content_words` for one lexicon, remembering each text's words (a corpus's texts; a new lexicon, a new memo)."""

    @lru_cache(maxsize=1 << 16)
    def words_of(text: str) -> frozenset[str]:
        return frozenset([w[:stem] for w in _WORD.findall(text.lower().replace("’", "'")) if w not in stop])

    return words_of


def match_score(words: Set[str], theirs: Set[str]) -> float | None:
    """Share of a recommendation's distinctive words that a text repeats, or None below the lexicon's bar."""
    lexicon = load_json(LEXICON)
    shared = words & theirs
    score = len(shared) / max(1, len(theirs))
    return score if len(shared) >= lexicon["minimum_shared"] and score >= lexicon["minimum_score"] else None


def _previous(later: Assessment, inspections: list[Assessment], year: int | None) -> Assessment | None:
    """The inspection the later report calls 'the last': the latest earlier one (or the one of the year it names); a
    full inspection, never a visit between two (a focused or monitoring visit's letter is not 'the last inspection')."""
    start = later.started or later.ended  # a report whose start date could not be read still follows the last one
    visits = visit_frameworks() | annual_frameworks()  # nor an annual assessment letter
    before = [
        a
        for a in inspections
        if a.org.key == later.org.key
        and a.ended
        and start
        and a.ended < start
        and not a.key.endswith(BOARD_KEY)
        and a.framework not in visits
    ]
    if year is not None:
        before = [a for a in before if a.ended and a.ended.year == year] or before
    return max(before, key=lambda a: a.ended) if before else None  # type: ignore[arg-type, return-value]


def link_previous(out: Extraction) -> int:
    """Add progress updates from later reports' findings about the last inspection; returns how many."""
    lexicon = load_json(LEXICON)
    patterns = regexes(LEXICON, "previous_inspection")
    inspections = [a for a in out.assessments.values() if a.kind == "Inspection"]
    recs: dict[str, list[tuple[Recommendation, frozenset[str]]]] = {}
    for rec in out.recommendations:
        if rec.kind == "Recommendation":
            recs.setdefault(rec.assessment, []).append((rec, content_words(rec.text)))
    sole: dict[str, dict[str, Recommendation]] = {}  # per earlier assessment, read once: concern → its one holder
    added = 0
    framed: tuple[str, str, re.Match[str] | None] | None = None  # a block's sentence on the last inspection naming no
    for finding in out.findings:  # concern ('Since the last inspection, leaders have made steady progress.'): the
        later = out.assessments.get(finding.assessment)  # block's next sentences say what changed (its year theirs)
        block = (finding.assessment, finding.identifier.rpartition("-")[0])
        about = later is not None and later.kind == "Inspection" and _about_last(finding, patterns)
        if about:
            framed = (*block, _YEAR.search(finding.text)) if not named_themes(finding.text) else None
        elif framed is None or framed[:2] != block:
            framed = None
        if later is None or later.kind != "Inspection" or not (about or framed):
            continue
        year = _YEAR.search(finding.text) or (framed[2] if framed and not about else None)
        earlier = _previous(later, inspections, int(year.group(1)) if year else None)
        if earlier is None:
            continue
        words = content_words(finding.text)
        scored = [  # a framed block's sentence, by the concern it names alone: its words were not said of the last one
            (score, rec, _BY_WORDS)
            for rec, theirs in (recs.get(earlier.key, []) if about else [])
            if (score := match_score(words, theirs)) is not None
            and (score >= lexicon["apart_minimum_score"] or not _apart(finding.text, rec.text))
        ]
        matched = {rec.identifier for _, rec, _ in scored}
        if earlier.key not in sole:
            sole[earlier.key] = _sole_holders([r for r, _ in recs.get(earlier.key, [])])
        holders = sole[earlier.key]
        reached = _reaches(finding, holders)
        scored += [
            (lexicon["concern_score"], rec, BY_CONCERN)
            for identifier, rec in sorted(reached.items())
            if identifier not in matched
        ]
        for score, rec, method in sorted(scored, key=lambda s: (-s[0], s[1].identifier))[: lexicon["most_links"]]:
            out.updates.append(
                ProgressUpdate(
                    earlier.key,
                    rec.identifier,
                    later.stands_from(),  # as every call on its findings is dated (not its fieldwork end)
                    finding.text,
                    list(finding.spans),
                    source=f"{later.key.split('/')[-1]}-{finding.identifier}",
                    about_kind="recommendation",
                    score=round(score, 3),
                    method=method,
                    measures=list(finding.measures),
                    by=later.key,
                    polarity=finding.polarity,
                )
            )
            added += 1
    return added


def _apart(text: str, theirs: str) -> bool:
    """Do a sentence and a recommendation each name concerns, none of them one or under one of the other's ('the
    timeliness and quality of return home interviews' and 'the quality and timeliness of pathway plans')?"""
    mine, other = named_themes(text), named_themes(theirs)
    if not mine or not other:
        return False
    return not ({*mine, *(t for c in mine for t in themes_above(c))} & {*other, *(t for c in other for t in themes_above(c))})


def _about_last(finding: Finding, patterns: list[re.Pattern[str]]) -> bool:
    """Does `finding` speak of the last inspection? Read with its document in the extraction's workers (about a third
    of this stage's time when asked here, of every finding); a finding made otherwise is read now."""
    if finding.about_last is None:
        finding.about_last = any(p.search(finding.text) for p in patterns)
    return finding.about_last


def _sole_holders(recs: list[Recommendation]) -> dict[str, Recommendation]:
    """Concern → the one recommendation of an inspection that names it (concerns two or more name are left out): a
    later sentence naming the concern speaks of that recommendation ('support to keep missing children safe has
    improved' → the one on return home interviews)."""
    holders: dict[str, list[Recommendation]] = {}
    for rec in recs:
        named = named_themes(rec.text)  # a kind of a general concern holds the general one too ('county lines':
        for concern in named | {general for general, kinds in _covers().items() if kinds & named}:  # exploitation)
            holders.setdefault(concern, []).append(rec)
    return {concern: found[0] for concern, found in holders.items() if len(found) == 1}


@cache
def _covers() -> dict[str, set[str]]:
    """General concern → the kinds of it it covers (linking.json recurrence.covers), read once."""
    return kinds_of(load_json(LEXICON)["recurrence"]["covers"])[0]


def _reaches(finding: Finding, holders: dict[str, Recommendation]) -> dict[str, Recommendation]:
    """The recommendations a sentence on the last inspection reaches by the concerns it names; a general concern it
    names beside a kind of it ('child protection plans are clearer') reaches no recommendation holding the general
    one only through another kind ('plans for children looked after')."""
    named = named_themes(finding.text)
    out = {}
    for concern in sorted(named):
        rec = holders.get(concern)
        if rec is None:
            continue
        kinds, theirs = _covers().get(concern, set()), named_themes(rec.text)
        if kinds & named and concern not in theirs and not kinds & named & theirs:
            continue
        out[rec.identifier] = rec
    return out
