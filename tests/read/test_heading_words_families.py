"""A page's plan-table heading words are found by one search a family of phrases (those opening with the same shortest
phrase: 'action', 'actions'), not one a phrase (findings/read/pdf_headings.py): the same words, at the same places."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from findings.read.pdf_headings import _heading_words, has_heading, table_settings


def _each_phrase(text: str) -> list[tuple[int, int, int]]:
    """The words as a search a phrase finds them (the families' phrases in the settings' order)."""
    settings = table_settings()
    phrases = [phrase for _, family in settings["families"] for phrase in family]
    plain = text.lower().encode("ascii", "replace")
    found = []
    for which, phrase in phrases:
        at = plain.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            before = text[at - 1] if at else " "
            if not (before.isalnum() or before == "_") and (end == len(text) or not 97 <= plain[end] <= 122):
                found.append((at, end, which))
            at = plain.find(phrase, at + 1)
    return sorted(found)


_PIECES = ["Action", "actions", "Target date", "target", "rec", "Recommendation", "tasks", "x", " ", "(", "1", "’", "_"]


@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_a_family_search_finds_what_a_search_a_phrase_finds(pieces):
    text = "".join(pieces)
    assert _heading_words(text, table_settings()) == _each_phrase(text)


def test_every_phrase_is_in_one_family_and_a_heading_row_still_reads():
    settings = table_settings()
    places = sorted(which for _, family in settings["families"] for which, _ in family)
    assert places == list(range(len(places)))
    assert all(phrase.startswith(anchor) for anchor, family in settings["families"] for _, phrase in family)
    assert has_heading("Ref Recommendation Actions Lead Target date\n1.1 Do it Jo 2024")
