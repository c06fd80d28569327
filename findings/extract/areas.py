"""Judgement areas' comparable keys, from the grades lexicon: here, apart from the report reader, so the linker
(which compares a later finding's area with a recommendation's) does not import spaCy with it."""

from __future__ import annotations

from findings.extract.lexicons import load_json

GRADES = "lexicons/grades.json"


def area_key(area: str) -> str | None:
    """The comparable key of a judgement area ('help_and_protection'), from the lexicon."""
    folded = " ".join(area.replace("’", "'").split()).casefold()
    for words, key in load_json(GRADES)["areas"].items():
        if words != "description" and words in folded:
            return key
    return None
