"""Judgement areas' comparable keys and the grade a line ends with, from the grades lexicon: here, apart from the
report reader, so the linker (which compares a later finding's area with a recommendation's) does not import spaCy
with it, and the readers of judgements in other forms share them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from findings.extract.lexicons import load_json

GRADES = "lexicons/grades.json"


def area_key(area: str) -> str | None:
    """The comparable key of a judgement area ('help_and_protection'), from the lexicon."""
    folded = " ".join(area.replace("’", "'").split()).casefold()
    for words, key in load_json(GRADES)["areas"].items():
        if words != "description" and words in folded:
            return key
    return None


def area_keys(area: str) -> set[str]:
    """Every judgement area the words name: more than one is several rows run together, not one area."""
    folded = " ".join(area.replace("’", "'").split()).casefold()
    return {key for words, key in load_json(GRADES)["areas"].items() if words != "description" and words in folded}


@dataclass
class GradeMatch:
    grade: str | None  # fo:Grade local name; None for 'not judged'
    start: int  # offset in the text with its whitespace collapsed where the grade words begin
    at: int = 0  # offset in the text as given (a tab or a run of spaces between cells counts whole)


def grade_at_end(text: str) -> GradeMatch | None:
    """The grade a judgement line ends with ('… Requires improvement to be good'), longest phrase first."""
    grades = load_json(GRADES)["grades"]
    phrases = _longest_first(grades)
    folded = " ".join(text.split()).casefold()
    if not folded.endswith(phrases):
        return None  # no grade's words end it (most lines): told by one test, not one a phrase
    for phrase in phrases:
        if folded == phrase or folded.endswith(" " + phrase):
            words = len(phrase.split())  # the grade is the text's last words: where they begin as given
            at = [m.start() for m in re.finditer(r"\S+", text)][-words]
            return GradeMatch(grades[phrase], len(folded) - len(phrase), at)
    return None


_sorted: tuple[dict[str, str] | None, tuple[str, ...]] = (None, ())  # the grades lexicon, its phrases longest first


def _longest_first(grades: dict[str, str]) -> tuple[str, ...]:
    """The grade phrases longest first, sorted once for the lexicon as loaded (every line of a report is asked)."""
    global _sorted
    if _sorted[0] is not grades:
        _sorted = (grades, tuple(sorted(grades, key=len, reverse=True)))
    return _sorted[1]
