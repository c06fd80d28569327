"""Patterns searched for only in the texts that hold a piece of plain text every match holds ('since the last
inspection' needs ' inspection'): most sentences a list of patterns is asked about hold none of its pieces, and a
test of a piece as text (`in`) is many times faster than a case-blind pattern tried at every character.

The pieces are read from each pattern's parsed form, so the patterns stay data (extract/) and no list of words has to
be kept in step with them. A pattern for which no piece is known is always searched."""

from __future__ import annotations

import re
import re._parser as parser  # Python's own reading of a pattern (3.11+), the one `re.compile` makes
from collections.abc import Iterable

# The characters outside ASCII that a case-blind pattern matches to an ASCII one ('ſ' to 's', the Kelvin sign to 'k',
# 'İ' and 'ı' to 'i'; tests/extract/test_prefilter.py finds them over all of Unicode): a text holding one is searched
# whatever its lower case holds.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_REPEATS = {parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT}


def pieces(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Sets of lower-case ASCII strings such that every match of `pattern` holds one string of each set (the most
    telling set first: the one whose shortest string is longest); none when nothing is known."""
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return ()
    found = sorted(_sequence(list(parsed)), key=lambda one: (-min(map(len, one)), sorted(one)))
    return tuple(tuple(sorted(one)) for one in found[:_MOST])


_MOST = 3  # sets tested a text: each more one passes over more texts, and costs a test in those that hold them


def _sequence(items: list) -> list[frozenset[str]]:
    """Of a sequence of parsed items, every set of strings one of which a match of the sequence holds: each run of
    literal characters, and the sets of its groups, its parts repeated at least once and its alternations (of
    which each alternative's best set, joined)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is parser.LITERAL and av < 0x80:
            run.append(chr(av).lower())
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        if op is parser.SUBPATTERN:
            found += _sequence(list(av[3]))
        elif op is parser.ATOMIC_GROUP:
            found += _sequence(list(av))
        elif op in _REPEATS and av[0] >= 1:
            found += _sequence(list(av[2]))
        elif op is parser.BRANCH:
            best = [max(_sequence(list(branch)), key=lambda one: min(map(len, one)), default=None) for branch in av[1]]
            if all(best):
                found.append(frozenset().union(*best))
        # anything else (a class, a boundary, a lookaround, a character outside ASCII) holds no string known here
    if run:
        found.append(frozenset(["".join(run)]))
    return found


def needs_a_digit(pattern: re.Pattern[str]) -> bool:
    """Does every match of `pattern` hold a digit ('Page 3 of 8': a page's mark)? Read from its parsed form, as `pieces`
    are; False when that is not known."""
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return False
    return _digit(list(parsed))


def _digit(items: list) -> bool:
    """Does a match of the sequence of parsed items hold a digit: a digit or a class of digits only, in it or in a group
    or a part repeated at least once, or in every alternative of an alternation?"""
    for op, av in items:
        if op is parser.LITERAL and 0x30 <= av <= 0x39:
            return True
        if op is parser.IN and av and all(_digits_only(item) for item in av):
            return True
        if (op is parser.SUBPATTERN and _digit(list(av[3]))) or (op is parser.ATOMIC_GROUP and _digit(list(av))):
            return True
        if op in _REPEATS and av[0] >= 1 and _digit(list(av[2])):
            return True
        if op is parser.BRANCH and all(_digit(list(branch)) for branch in av[1]):
            return True
    return False


def _digits_only(item) -> bool:
    """Is a member of a class a digit, a range of digits or the digits' category (never a negation or anything else)?"""
    op, av = item
    if op is parser.CATEGORY:
        return av is parser.CATEGORY_DIGIT
    if op is parser.RANGE:
        return 0x30 <= av[0] <= av[1] <= 0x39
    return op is parser.LITERAL and 0x30 <= av <= 0x39


_CLASS_MOST = 128  # characters a class may stand for and still be told as a set (an ASCII range or a few literals)
_ZERO_WIDTH = {parser.AT, parser.ASSERT, parser.ASSERT_NOT}
_STARTS = {parser.AT_BEGINNING, parser.AT_BEGINNING_STRING}


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case ASCII characters a match of `pattern` at a text's start can begin with ('(?i)^(?:Section|Local)'
    → {'s', 'l'}), read from its parsed form; None where that is not known (a class of all letters, a match that may
    be empty, a character outside ASCII, a flag it cannot tell). A text whose first character is ASCII and, in lower
    case, none of them holds no match at its start (`may_start`)."""
    if pattern.flags & (re.LOCALE | re.ASCII) or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    found, empty = _firsts(list(parsed))
    return None if found is None or empty else frozenset(found)


def anchored(pattern: re.Pattern[str]) -> bool:
    """Does every match of `pattern` start at the text's start ('^…' without MULTILINE, or '\\A…'), so that a search
    is a match and `first_chars` tells it too?"""
    try:
        parsed = list(parser.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError):
        return False
    return bool(parsed) and parsed[0][0] is parser.AT and parsed[0][1] in _STARTS and not pattern.flags & re.MULTILINE


def _firsts(items: list) -> tuple[set[str] | None, bool]:
    """The first characters a sequence of parsed items can consume, lower case (None: not known), and whether it can
    consume none at all."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the characters after it come first
        if op is parser.LITERAL:
            if av >= 0x80:
                return None, False
            return out | {chr(av).lower()}, False
        if op is parser.IN:
            chars = _class_chars(av)
            return (None if chars is None else out | chars), False
        if op is parser.SUBPATTERN or op is parser.ATOMIC_GROUP:
            inner, empty = _firsts(list(av[3] if op is parser.SUBPATTERN else av))
        elif op is parser.BRANCH:
            branches = [_firsts(list(branch)) for branch in av[1]]
            if any(found is None for found, _ in branches):
                return None, False
            inner, empty = set().union(*(found for found, _ in branches)), any(e for _, e in branches)
        elif op in _REPEATS:
            inner, empty = _firsts(list(av[2]))
            empty = empty or av[0] == 0
        else:
            return None, False  # any character, a class of a category, a group's reference …: not known here
        if inner is None:
            return None, False
        out |= inner
        if not empty:
            return out, False
    return out, True


def _class_chars(items: list) -> set[str] | None:
    """The lower-case characters a class of literals and ASCII ranges stands for; None for any other class."""
    chars: set[str] = set()
    for op, av in items:
        if op is parser.LITERAL and av < 0x80:
            chars.add(chr(av).lower())
        elif op is parser.RANGE and av[1] < 0x80 and av[1] - av[0] < _CLASS_MOST:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None  # a negation, a category, a character outside ASCII
    return chars


def may_start(text: str, firsts: frozenset[str] | None) -> bool:
    """Could a match whose `first_chars` are `firsts` stand at the start of `text`: its first character one of them,
    or outside ASCII (a case-blind pattern folds a few to ASCII ones), or nothing known?"""
    if firsts is None:
        return True
    first = text[:1]
    return bool(first) and (not first.isascii() or first.lower() in firsts)


_ANY_DIGIT = re.compile(r"\d")  # every character any digit class of a pattern matches: an ASCII digit or another decimal


class Prefiltered:
    """Patterns, in order, each searched for only in a text whose lower case holds one string of each of its sets of
    `pieces`, and, for a pattern whose every match holds a digit (`needs_a_digit`), that holds a digit."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = [(pattern, pieces(pattern)) for pattern in patterns]
        self.digits = [needs_a_digit(pattern) for pattern, _ in self.patterns]
        # (the pattern's method, its pieces, whether it needs a digit) made once: asked of every line of a report
        self._searches = [(p.search, needed, d) for (p, needed), d in zip(self.patterns, self.digits, strict=True)]
        self._matches = [(p.match, needed, d) for (p, needed), d in zip(self.patterns, self.digits, strict=True)]

    def search(self, text: str) -> re.Match[str] | None:
        """The first pattern's match in `text` (as `next(m for p in patterns if (m := p.search(text)))`), or None."""
        return _first(self._searches, text)

    def match(self, text: str) -> re.Match[str] | None:
        """The first pattern's match at the start of `text` (as `re.Pattern.match`), or None."""
        return _first(self._matches, text)


def _first(tests: list, text: str) -> re.Match[str] | None:
    """The first of `tests` (a pattern's method, its pieces, whether it needs a digit) that matches `text`, tried only
    where it can: its pieces in the text's lower case (made once, when first needed), then a digit where it needs one."""
    low: str | None = None
    lowered = False  # whether `low` is made (None when a character outside ASCII folds to one inside it: every piece may)
    digit: bool | None = None  # whether the text holds a digit, asked once, where a pattern needs one
    for method, needed, needs in tests:
        if needed:
            if not lowered:
                low = text.lower() if text.isascii() or not _FOLDS_TO_ASCII.search(text) else None  # isascii: a flag read
                lowered = True
            if low is not None and not _holds(low, needed):
                continue  # no match can stand here: it would hold one string of each set
        if needs:
            if digit is None:
                digit = _ANY_DIGIT.search(text) is not None
            if not digit:
                continue  # most lines of prose hold no digit: a page's mark always does
        match = method(text)
        if match:
            return match
    return None


def may_hold(text: str, needed: tuple[tuple[str, ...], ...]) -> bool:
    """Could `text` hold a match of a pattern whose `pieces` are `needed`: as `Prefiltered` tells it, for a caller that
    does more than one search of the text when it could (a text with a character outside ASCII that folds to one
    inside it always could)?"""
    if not needed or (not text.isascii() and _FOLDS_TO_ASCII.search(text)):
        return True
    return _holds(text.lower(), needed)


def _holds(low: str, needed: tuple[tuple[str, ...], ...]) -> bool:
    """Does `low` hold a string of each set (plain loops: asked of every text, most of which fail the first set)?"""
    for one in needed:
        for piece in one:
            if piece in low:
                break
        else:
            return False
    return True
