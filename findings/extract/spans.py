"""Spans for a set of lines: one per run that stands together in the text, so a quote never spans a page header."""

from __future__ import annotations

from findings.model import Document, Span
from findings.segment.lines import Line


def line_spans(doc: Document, lines: list[Line]) -> list[Span]:
    """One span per run of lines with only white space between them (a cell continued after a page is two)."""
    spans: list[Span] = []
    run: list[Line] = []
    for line in sorted(set(lines), key=lambda ln: ln.start):
        if run and doc.text[run[-1].end : line.start].strip():
            spans.append(doc.span(run[0].content_start, run[-1].content_end))
            run = []
        run.append(line)
    if run:
        spans.append(doc.span(run[0].content_start, run[-1].content_end))
    return spans


def pieces_text(text: str, pieces: list[tuple[int, int]]) -> str:
    """The words of text's (start, end) pieces, white space run together: an item's text beside its joined spans."""
    return " ".join(" ".join(text[a:b] for a, b in pieces).split())


def joined_spans(doc: Document, pieces: list[tuple[int, int]], ignore: str = "") -> list[Span]:
    """One span per run of (start, end) pieces, taken in text order (a row's status cell after its update is still
    one run with it), with only white space (or `ignore`) between them; an empty piece adds nothing."""
    runs: list[list[int]] = []
    dropped = {ord(c): None for c in ignore}
    for start, end in sorted(p for p in pieces if p[1] > p[0]):
        if runs and not doc.text[runs[-1][1] : start].translate(dropped).strip():
            runs[-1][1] = max(runs[-1][1], end)  # a piece inside the run does not cut it short
        else:
            runs.append([start, end])
    return [doc.span(s, e) for s, e in runs]
