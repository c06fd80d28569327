"""Whom an item's work reaches is not what it is about (linking.json, recurrence.audiences).

'Raise awareness of private fostering among schools, health services and community groups' asks about private
fostering; the schools, health services and community groups are where the word must reach, not three concerns to
split it into (findings/link/parts.py) or a health concern to link it by. Such a list is left out of the text a
recurrence reads; the text read is never a node, so no offset is taken from it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from findings.extract.lexicons import alternation


def without_audiences(text: str, rule: dict) -> str:
    """`text` (its case kept, for parts.py's sentences) with each list of bodies the work reaches left out (rule: linking.json,
    recurrence.audiences): one after a word of `rule['partners']` and an `rule['including']` cue ('partners such as
    schools and the police', 'across agencies including health'), and one after a `rule['cues']` preposition in a
    clause that reaches out before it (a word of `rule['reach']`: 'raise awareness of private fostering among schools,
    health services and community groups'). A list is of bodies when each element ends in a word of `rule['bodies']`
    ('health services', 'community groups'); 'referrals to early help services' reaches no one and keeps its list."""
    p = _patterns(*(tuple(rule[k]) for k in ("cues", "including", "partners", "reach", "bodies", "joins", "not_before_bodies")))
    if not _read or _read[0] is not p:  # a rule's new words, a new memo
        _read[:] = [p, {}]
    done = _read[1].get(text)
    if done is None:  # once per text: the linkers read a recommendation's text again for each one they compare it with
        if len(_read[1]) >= _KEPT:
            _read[1].clear()
        done = _read[1][text] = _without(text, p)
    return done


_read: list = []  # [the rule's patterns, text → `without_audiences`]
_KEPT = 1 << 16  # texts remembered (a corpus's items), then forgotten at once


def _without(text: str, p: _Patterns) -> str:
    """`without_audiences` with the rule's patterns."""
    cuts: list[tuple[int, int]] = []
    for m in p.after_partner.finditer(text):  # 'partners such as …': examples of bodies, whatever follows them
        end = _list_end(text, m.end(), p.element, p)
        if end > m.end():
            cuts.append((m.start("cue"), end))
    for m in p.cue.finditer(text):  # '… awareness of X among …'
        clause = re.split(r"[.;:,]", text[: m.start()])[-1]
        end = _list_end(text, m.end(), p.element_ended, p)
        if end > m.end() and p.reach.search(clause):
            cuts.append((m.start(), end))
    if not cuts:
        return text
    kept, at = [], 0
    for start, end in sorted(cuts):  # two cuts may overlap: 'across agencies including the police'
        kept.append(text[at : max(at, start)])
        at = max(at, end)
    return re.sub(r"\s+(?=[,.;:)])", "", " ".join("".join([*kept, text[at:]]).split()))


def _list_end(text: str, start: int, element_pattern: re.Pattern[str], p: _Patterns) -> int:
    """Where the list of bodies (each an `element_pattern`) opening at `start` ends, or `start` when none opens there."""
    end, at = start, start
    while element := element_pattern.match(text, at):
        end = element.end()
        join = p.join.match(text, end)
        if not join:
            break
        at = join.end()
    return end


class _Patterns(NamedTuple):
    """The rule's words as patterns, any case."""

    after_partner: re.Pattern[str]
    cue: re.Pattern[str]
    reach: re.Pattern[str]
    element: re.Pattern[str]
    element_ended: re.Pattern[str]  # one that ends a phrase: 'to health services so that', not 'to health information'
    join: re.Pattern[str]


@cache
def _patterns(
    cues: tuple[str, ...],
    including: tuple[str, ...],
    partners: tuple[str, ...],
    reach: tuple[str, ...],
    bodies: tuple[str, ...],
    joins: tuple[str, ...],
    not_before: tuple[str, ...],
) -> _Patterns:
    modifier = rf"(?!(?:{alternation(joins + not_before)})\b)[\w'’-]+\s+"  # a word before a body's ('health' services)
    ends = alternation(joins + not_before)  # a word that may follow a list's last body: 'schools and health services so that …'
    element = rf"\s*(?:the\s+)?(?:{modifier}){{0,3}}(?:{alternation(bodies)})"
    return _Patterns(
        re.compile(rf"\b(?:{alternation(partners)})\s*,?\s*(?P<cue>\b(?:{alternation(including)}))\s+", re.I),
        re.compile(rf"\b(?:{alternation(cues)})\s+", re.I),
        re.compile(rf"\b(?:{alternation(reach)})\b", re.I),
        re.compile(rf"{element}(?![\w'’-])", re.I),
        re.compile(rf"{element}(?=\s*(?:[,.;:)]|$)|\s+(?:{ends})\b)", re.I),
        re.compile(rf"\s*,\s*(?:(?:{alternation(joins)})\s+)?|\s+(?:{alternation(joins)})\s+", re.I),
    )
