"""A finding's spans found by bisection over a view's rising offsets are the spans found character by character."""

from __future__ import annotations

from findings.extract.statements import rising, view_spans
from findings.model import Document
from findings.segment.lines import split_lines
from findings.segment.view import View, unwrap

TEXT = (
    "12. Leaders have not ensured that pre-\n   proceedings work is\n\n timely.\f\nPage 3 of 9\n  Plans are   clear  \nat last.\n"
)


def test_bisection_finds_the_spans_the_character_walk_finds():
    doc = Document(path="t.txt", text=TEXT, sha256="0" * 64, normalisation="", media_type="text/plain", page_starts=[0, 80])
    view = unwrap(split_lines(TEXT))
    assert rising(view)
    for i in range(len(view.text)):
        for j in range(i + 1, len(view.text) + 1):
            assert view_spans(doc, view, i, j, True) == view_spans(doc, view, i, j), (i, j)


def test_offsets_out_of_order_are_not_taken_as_rising():
    assert not rising(View("abc", (5, 3, 4))) and not rising(View("ab", (2, 2))) and rising(View("ab", (2, 9)))
