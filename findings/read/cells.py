"""The text a Word or Excel file is read as: lines of tab-separated cells, each piece of text with its reference.

A table becomes what the table-plan extractor already reads (one row a line, cells apart by a tab, paragraphs of a
cell apart by two spaces), so Word and Excel plans need no extractor of their own, and every character keeps the
cell or paragraph it came from (`Document.refs`), so a quote leads a person back to `Sheet1!C14`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

LIST_MARKER = "- "  # what opens a list item a reader marks (a Word list paragraph), as HTML's <li> is rendered
PARAGRAPH_JOIN = "  "  # the table-plan layout's part separator: two spaces part the paragraphs of one cell
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """One paragraph on one line: every run of white space (tabs, line breaks) read as one space."""
    return _SPACE.sub(" ", text).strip()


@dataclass
class Office:
    """What a Word or Excel reader returns: the rendered text, its references and the file's own properties."""

    text: str
    refs: list[tuple[int, int, str]]
    normalisation: str
    created: date | None = None
    modified: date | None = None
    author: str | None = None


def day(value: datetime | None) -> date | None:
    """A property's timestamp as a date."""
    return value.date() if isinstance(value, datetime) else None


@dataclass
class Rendering:
    """Text built line by line, with the reference of every non-empty piece."""

    parts: list[str] = field(default_factory=list)
    refs: list[tuple[int, int, str]] = field(default_factory=list)
    length: int = 0

    def _put(self, text: str, ref: str | None = None) -> None:
        if ref is not None and text:
            self.refs.append((self.length, self.length + len(text), ref))
        self.parts.append(text)
        self.length += len(text)

    def line(self, text: str, ref: str, marker: str = "") -> None:
        """A paragraph outside any table: one line, after the list `marker` the reader puts (referenced to nothing)."""
        if text:
            self._put(marker)
            self._put(text, ref)
            self._put("\n")

    def title(self, name: str, ref: str) -> None:
        """A sheet's name in brackets on a line of its own ('[Action plan]'): the brackets keep it from running
        into the first line below (a council's name found across the line break)."""
        self._put("[")
        self._put(name, ref)
        self._put("]\n")

    def row(self, cells: list[list[tuple[str, ...]]]) -> None:
        """A table row: each cell a list of (paragraph text, reference[, list marker]); trailing empty cells dropped."""
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            return
        for index, cell in enumerate(cells):
            if index:
                self._put("\t")
            for number, (text, ref, *marker) in enumerate(cell):
                if number:
                    self._put(PARAGRAPH_JOIN)
                self._put("".join(marker))
                self._put(text, ref)
        self._put("\n")

    def end(self) -> None:
        """The end of a table or sheet: a line holding a form feed (a table-plan table never runs over one)."""
        self._put("\f\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)
