"""Lines and blank-separated blocks with their offsets in the document text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_BREAK = re.compile("[\n\f]")


@dataclass(frozen=True)
class Line:
    """One line: `text` is exactly document_text[start:end] (no newline)."""

    start: int
    end: int
    text: str

    @property
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

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Every line of text[start:end], form feeds treated as line breaks (a new list each call; the lines are made
    once per text and range: every reader of a document splits it again)."""
    return list(_split(text, start, len(text) if end is None else end))


@lru_cache(maxsize=32)
def _split(text: str, start: int, end: int) -> tuple[Line, ...]:
    lines: list[Line] = []
    pos = start
    for found in _BREAK.finditer(text, start, end):  # the regex engine, not a loop per character: 25 MB texts exist
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
