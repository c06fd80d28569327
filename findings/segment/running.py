"""Running headers, footers and page numbers of a paged document, found so a view can skip them."""

from __future__ import annotations

import re
from collections import Counter

from findings.segment.lines import Line, split_lines

_DIGITS = re.compile(r"\d+")
_SHORT = 4  # pages: up to this many, a line at the edge of two pages is running


def _shape(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split())).casefold()


def running_lines(text: str, page_starts: list[int], edge: int = 3, share: float = 0.4) -> set[int]:
    """Start offsets of lines that repeat at the top or bottom of many pages (digits ignored), and page numbers.

    A line counts when its shape (digits as '#') stands within `edge` lines of a page's top or bottom on at
    least `share` of the pages (and on three or more; two in a report of up to four pages); a line that is only a
    number at a page's edge is a page number.
    """
    if len(page_starts) < 2:
        return set()
    bounds = list(zip(page_starts, page_starts[1:] + [len(text)], strict=True))
    pages: list[list[Line]] = []
    for start, end in bounds:
        pages.append([line for line in split_lines(text, start, end) if not line.blank])
    edges: list[list[Line]] = [page[:edge] + page[-edge:] if len(page) > 2 * edge else page for page in pages]
    counts = Counter(shape for lines in edges for shape in {_shape(line.text) for line in lines})
    needed = max(2 if len(pages) <= _SHORT else 3, int(len(pages) * share))  # a short report's header: on all but page 1
    found: set[int] = set()
    for lines in edges:
        for line in lines:
            shape = _shape(line.text)
            if counts[shape] >= needed or shape == "#":
                found.add(line.start)
    return found


def body_lines(text: str, page_starts: list[int], start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of text[start:end] without running headers, footers and page numbers (form feeds dropped)."""
    skip = running_lines(text, page_starts)
    return [line for line in split_lines(text, start, end) if line.start not in skip]
