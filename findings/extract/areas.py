"""Judgement areas' comparable keys and the grade a line ends with, from the grades lexicon: here, apart from the
report reader, so the linker (which compares a later finding's area with a recommendation's) does not import spaCy
with it, and the readers of judgements in other forms share them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from findings.extract.lexicons import load_json
from findings.extract.misspelt_grades import BROKEN, longer_phrase

GRADES = "lexicons/grades.json"


def area_key(area: str) -> str | None:
    """The comparable key of a judgement area ('help_and_protection'), from the lexicon. A report asks it of the same
    few texts again and again (its headings: about 9,000 questions of 100 texts over the 26 Ofsted reports), so each
    answer is kept for the areas it was read from: a lexicon loaded again (another `areas` object) starts afresh."""
    global _keys
    areas = load_json(GRADES)["areas"]
    if _keys[0] is not areas or len(_keys[1]) >= _KEYS_KEPT:
        _keys = (areas, {})
    known = _keys[1]
    if area not in known:
        folded = " ".join(area.replace("’", "'").split()).casefold()
        known[area] = next((key for words, key in areas.items() if words != "description" and words in folded), None)
    return known[area]


_keys: tuple[object, dict[str, str | None]] = (None, {})  # the areas last read from, and each text's key by them
_KEYS_KEPT = 4096  # texts whose key is kept at most: a long build asks of many headings, each a few times


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
            given = folded.split()
            longer = longer_phrase(given, phrase, phrases, load_json(GRADES)["misspelt"])
            if longer == BROKEN:
                return None  # a longer phrase broken past reading ('needs improvement to be good'): no grade, not 'good'
            read = longer or phrase
            words = len(read.split())  # the grade is the text's last words: where they begin as given
            at = [m.start() for m in re.finditer(r"\S+", text)][-words]
            return GradeMatch(grades[read], len(folded) - len(" ".join(given[-words:])), at)
    return None


def grade_ending(text: str, end: int, start: int = 0) -> GradeMatch | None:
    """The grade whose words end at text[end] (a pattern's 'grade' group's end): the longest grade phrase there, from no
    earlier than `start` — 'requires improvement to be good', never its last word, where the pattern's grade began
    inside the phrase ('… in Anytown requires improvement to be good.' read 'in Anytown requires improvement' as a
    place, then 'to be' and 'good'). Its `start` and `at` count from `start`."""
    return grade_at_end(text[start:end])


def said_grade(text: str) -> GradeMatch | None:
    """The grade a sentence's words end with (the longest phrase), where the words before it say their subject is that
    grade (lexicons/grades.json 'said'): 'Children's services in X are good', '… require improvement to be good'; not
    '… are not yet good', '… were judged inadequate', '… need to improve to be good'."""
    grade = grade_at_end(text)
    if grade is None:
        return None
    said = load_json(GRADES)["said"]
    folded = " ".join(text.split())
    before, phrase = folded[: grade.start].rstrip(), folded[grade.start :]
    if re.search(said["lead_in"], before):
        return grade
    return grade if re.search(said["verb_grades"], phrase) and not re.search(said["not_before"], before) else None


def turns_to_another(between: str) -> bool:
    """Do the words between a free place and the grade turn to something else (grades.json 'said', 'not_between':
    '… require improvement, but help at the front door is', '… are improving, and the quality of practice is'): the
    grade is said of that, not of the whole?"""
    return re.search(load_json(GRADES)["said"]["not_between"], " ".join(between.split())) is not None


_sorted: tuple[dict[str, str] | None, tuple[str, ...]] = (None, ())  # the grades lexicon, its phrases longest first


def _longest_first(grades: dict[str, str]) -> tuple[str, ...]:
    """The grade phrases longest first, sorted once for the lexicon as loaded (every line of a report is asked)."""
    global _sorted
    if _sorted[0] is not grades:
        _sorted = (grades, tuple(sorted(grades, key=len, reverse=True)))
    return _sorted[1]
