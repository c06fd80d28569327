"""What a dated statement says: the cue lexicon (extract/lexicons/status.json) applied with negation."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json

LEXICON = "lexicons/status.json"


def _has(text: str, phrases: list[str]) -> bool:
    folded = " ".join(text.replace("’", "'").split()).casefold()
    return any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", folded) for p in phrases)


def progress_of(text: str) -> str:
    """fo:Progress local name a council's update indicates: Done, Underway or Planned."""
    cues = load_json(LEXICON)
    if _has(text, cues["done"]) and not _has(text, cues["negation"]) and not _has(text, cues["ongoing"]):
        return "Done"  # done, and the work not said to go on ('training has been provided and is ongoing')
    if _has(text, cues["planned"]) and not _has(text, cues["underway"]):
        return "Planned"
    return "Underway"


def confirms_improvement(text: str) -> bool:
    """Does a later inspection's sentence about the last one say the matter has improved?"""
    cues = load_json(LEXICON)
    return _has(text, cues["improved"]) and not _has(text, cues["not_improved"])
