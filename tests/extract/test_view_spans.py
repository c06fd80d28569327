"""A finding's spans, read from a view's runs of offsets, are the spans found character by character."""

from __future__ import annotations

from findings.extract.spans import joined_spans
from findings.extract.statements import view_spans
from findings.model import Document
from findings.segment.lines import split_lines
from findings.segment.view import View, unwrap

TEXT = (
    "12. Leaders have not ensured that pre-\n   proceedings work is\n\n timely.\f\nPage 3 of 9\n  Plans are   clear  \nat last.\n"
)


def _walked(doc: Document, view: View, i: int, j: int):
    """The spans as found before views held runs: each character's offset in turn, adjacent ones joined."""
    pieces: list[list[int]] = []
    for at in view.offsets[i:j]:
        if pieces and pieces[-1][1] == at:
            pieces[-1][1] = at + 1
        else:
            pieces.append([at, at + 1])
    return [s for s in joined_spans(doc, pieces) if doc.text[s.start : s.end].strip()]


def _doc(text: str) -> Document:
    return Document(path="t.txt", text=text, sha256="0" * 64, normalisation="", media_type="text/plain", page_starts=[0])


def test_runs_find_the_spans_the_character_walk_finds():
    doc = _doc(TEXT)
    view = unwrap(split_lines(TEXT))
    assert view.rising()
    for i in range(len(view.text)):
        for j in range(i + 1, len(view.text) + 1):
            assert view_spans(doc, view, i, j) == _walked(doc, view, i, j), (i, j)


def test_lines_out_of_order_give_the_spans_the_character_walk_finds():
    text = "Second line here.\nFirst line.\n  third-\nly wrapped\n"
    lines = split_lines(text)
    view = unwrap([lines[1], lines[0], lines[2], lines[3]])
    assert view.text == "First line. Second line here. third-ly wrapped" and not view.rising()
    for c, at in zip(view.text, view.offsets, strict=True):
        assert text[at] == c or (c == " " and text[at] == "\n")  # a joining space stands for the line's break
    doc = _doc(text)
    for i in range(len(view.text)):
        for j in range(i + 1, len(view.text) + 1):
            assert view_spans(doc, view, i, j) == _walked(doc, view, i, j), (i, j)
            assert view.source_range(i, j) == (view.offsets[i], view.offsets[j - 1] + 1)


def test_offsets_out_of_order_are_not_taken_as_rising():
    assert not View("abc", (5, 3, 4)).rising() and not View("ab", (2, 2)).rising() and View("ab", (2, 9)).rising()
    assert View("abc", (5, 3, 4)).offsets == (5, 3, 4) and View("abc", (5, 3, 4)).pieces(0, 3) == [[5, 6], [3, 5]]
