"""What a visit letter is to the rest of the build, without the readers (so linking needs no spaCy): the kind its
document holds, and the frameworks that mark an inspection as a visit between full inspections."""

from __future__ import annotations

from findings.extract.lexicons import load_json

LAYOUT = "visit_letter_layout.json"
KIND = "visit letter"  # what the document holds (fo:holds), beside 'inspection report'
FIRST_HAND = ("inspection report", KIND)  # a regulator's own words: its recommendations' wording and numbers win


def first_hand(kinds: list[str]) -> bool:
    """Does a document of these kinds hold a regulator's own words (an inspection report or a visit letter)?"""
    return any(kind in FIRST_HAND for kind in kinds)


def visit_frameworks() -> set[str]:
    """The frameworks a visit letter gives its inspection ('ILACS focused visit'): a visit, not a full inspection."""
    return {kind["name"] for kind in load_json(LAYOUT)["kinds"]}
