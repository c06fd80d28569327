"""A title block's words (`title_furniture._tokens`) are read with the footnote-mark pattern asked only of a word that
ends in a digit, and the apostrophes straightened in the whole text at once: the same words as the pattern asked of
every word, each straightened on its own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from findings.segment.title_furniture import _MARK, _WORD, _tokens


def _slow(text: str) -> list[str]:
    return [_MARK.sub("", w.replace("’", "'")) for w in _WORD.findall(text.casefold())]


_PIECES = ["Board", "board1", "12", "Council’s", "council's", "Iİ", "x٣", "a²", "Ofsted", " ", "’", "'", "-", "9", "ſ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=12))
def test_the_words_are_the_slow_readings(pieces):
    text = "".join(pieces)
    assert _tokens(text) == _slow(text)


def test_a_mark_glued_to_a_word_is_dropped():
    assert _tokens("Anytown Safeguarding Board1 — Council’s report 2019") == [
        "anytown",
        "safeguarding",
        "board",
        "council's",
        "report",
        "2019",
    ]
