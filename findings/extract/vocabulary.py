"""Whether a line break split a word: the halves joined make a word of the vocabulary (extract/lexicons/words.json;
with the months' names of extract/lexicons/timescales.json where dates are read too) and what follows the break is
none of its own ('com' / 'plete' is 'complete'; 'well' / 'being' may be two words). One reading for an item's words
broken at a hyphen (findings/extract/recommendation_item.py) and a table cell's word broken by its width
(findings/read/pdf_tables.py)."""

from __future__ import annotations

from functools import cache

from findings.extract.dates import month_names
from findings.extract.lexicons import load_json

_WORDS = "lexicons/words.json"


def split_word(left: str, right: str, *, months: bool = False) -> bool:
    """Do `left` and `right`, one word broken by a line's end, join into a word of the vocabulary (or, with `months`,
    a month's name) where `right` is none (compared casefolded)?"""
    words = _with_months() if months else _vocabulary()
    return (left + right).casefold() in words and right.casefold() not in words


@cache
def _vocabulary() -> frozenset[str]:
    """The vocabulary's words, casefolded, read once."""
    return frozenset(word.casefold() for word in load_json(_WORDS)["words"])


@cache
def _with_months() -> frozenset[str]:
    return _vocabulary() | frozenset(name.casefold() for name in month_names())
