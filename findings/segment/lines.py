"""Lines and blank-separated blocks with their offsets in the document text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_BREAK = re.compile("[\n\f]")


class _once:  # noqa: N801  (used as a decorator, as `property` is)
    """A property worked out on its first reading and kept in the instance's own dict, which Python reads before the
    class's (a frozen dataclass's fields stay as they are). `functools.cached_property` does the same behind a lock,
    which on Python 3.11 costs more than stripping a line."""

    def __init__(self, func) -> None:
        self.func, self.name = func, func.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass(frozen=True)
class Line:
    """One line: `text` is exactly document_text[start:end] (no newline). `stripped` and `blank` are worked out once
    a line: the readers of a report ask them of each line again and again (about 390,000 times over the 26 Ofsted
    reports), and a text's lines are shared by every reader of its range (`split_lines`)."""

    start: int
    end: int
    text: str

    @_once
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def content_start(self) -> int:
        """Offset of the first non-space character."""
        return self.start + (len(self.text) - len(self.text.lstrip()))

    @property
    def content_end(self) -> int:
        """Offset just past the last non-space character."""
        return self.end - (len(self.text) - len(self.text.rstrip()))

    @_once
    def blank(self) -> bool:
        return not self.stripped


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Every line of text[start:end], form feeds treated as line breaks (a new list each call; the lines are made
    once per text and range: every reader of a document splits it again)."""
    return list(_split(text, start, len(text) if end is None else end))


@lru_cache(maxsize=32)
def _split(text: str, start: int, end: int) -> tuple[Line, ...]:
    """The lines, by `str.split` at each newline (and at a form feed, in the few lines holding one): no pattern
    tried at each break and no match object made for it, two thirds of `_by_pattern`'s time over a report."""
    if not 0 <= start < end <= len(text):
        return _by_pattern(text, start, end)  # an empty range, or one reaching outside the text: as it always read
    lines: list[Line] = []
    append = lines.append
    pos = start
    for part in text[start:end].split("\n"):
        for piece in part.split("\f") if "\f" in part else (part,):
            append(Line(pos, pos + len(piece), piece))
            pos += len(piece) + 1
    if lines[-1].start == end:
        lines.pop()  # the text ends at a break: no line after it
    return tuple(lines)


def _by_pattern(text: str, start: int, end: int) -> tuple[Line, ...]:
    """The lines found by the regex engine, break by break (what `_split` gives, by a slower way)."""
    lines: list[Line] = []
    pos = start
    for found in _BREAK.finditer(text, start, end):
        lines.append(Line(pos, found.start(), text[pos : found.start()]))
        pos = found.end()
    if pos < end:
        lines.append(Line(pos, end, text[pos:end]))
    return tuple(lines)


def blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines: what a flattened PDF keeps of its cells and paragraphs."""
    out: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                out.append(current)
                current = []
        else:
            current.append(line)
    if current:
        out.append(current)
    return out


_CELL_BREAK = re.compile(r"\t| {2,}")  # cells of a row apart by a tab, a cell's paragraphs by two spaces (read/cells.py)


def cell_lines(lines: list[Line]) -> list[Line]:
    """Each table row read as one line (its cells apart by a tab) as a line per cell paragraph, other lines as they
    are: minutes laid out as a table ('Min. No.' | 'Item' | 'Discussion and decision') are read as in paragraphs."""
    out: list[Line] = []
    for line in lines:
        if "\t" not in line.text:
            out.append(line)
            continue
        pos = 0
        for found in [*_CELL_BREAK.finditer(line.text), None]:
            stop = found.start() if found else len(line.text)
            if line.text[pos:stop].strip():
                out.append(Line(line.start + pos, line.start + stop, line.text[pos:stop]))
            pos = found.end() if found else stop
    return out
