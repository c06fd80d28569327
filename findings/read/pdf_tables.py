"""A plan's table in a PDF read as a table: one row a line, cells apart by a tab, as a Word table is (cells.py).

A Word or Excel table exported to PDF, or a web page's table printed, keeps no table: only words placed at their
columns, and PDFium's text gives them cell by cell or runs a printed line's cells together ('1.1 The level of
management Daily management review of Service Manager, 31/10/2022'), so no plan reader could tell a recommendation
from its action or lead. A page is read from its words' positions, in print order (top to bottom, left to right),
only when a line of it reads as a plan's heading row (at least `least_headings` of extract/reading.json's
`pdf_tables.headings`, each at a word's start, on a short line: 'Ref Recommendation Action Lead Target date') and a
row is found below it; any other page is read exactly as before.

Where the table draws its borders (thin path objects), its vertical ones part the columns and a row starts below a
horizontal one. Else the heading row's words give the columns (each starts where its heading's first word does), every
line below whose words keep to them (no word running over a column's start, none left of the first, not far below
the line before) is a row's line, and a row starts where the first column has words after a line where it had none,
holds a row's number ('1.2', 'R3'), or stands clearly below the line before. Each word goes to the column it starts
in; a cell's lines are joined by a space (after a line-end hyphen, by nothing), a line opening with a bullet or a
number starting a new paragraph of the cell (two spaces, as cells.py parts a cell's paragraphs). A heading's second
line ('date' under 'Target') is the heading's. A row the page breaks is read whole where it starts, also below the
heading row a browser repeats atop the next page; the columns carry over to the next page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any

from findings.read.cells import PARAGRAPH_JOIN

_LINE_END_HYPHEN = "\ufffe"  # PDFium's mark for a hyphen that ends a printed line


@dataclass
class _Word:
    text: str
    left: float
    right: float


@dataclass
class _Line:
    words: list[_Word]
    top: float  # the line's baseline from the page's top (PDF space grows upwards: reversed here)
    size: float  # the font size the line is printed in
    text: str  # the line as PDFium prints it (its characters in order, trailing spaces dropped)


@dataclass
class _Row:
    cells: list[list[str]]  # each column's lines
    heading: str = ""  # a heading row's line as printed: how it reads when no row of the table is found below it

    def render(self) -> str:
        return "\t".join(_joined(lines) for lines in self.cells).rstrip("\t")


@dataclass
class _Page:
    parts: list[str | _Row] = field(default_factory=list)  # lines as printed, and table rows


@cache
def _settings() -> dict:
    from findings.read.walk import reading_config

    rules = reading_config()["pdf_tables"]
    phrases = sorted(rules["headings"], key=len, reverse=True)
    return {
        "heading": re.compile(r"(?i)(?<![\w])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![a-z])"),
        "least": int(rules["least_headings"]),
        "longest": int(rules["heading_line_chars"]),
        "gap": float(rules["word_gap"]),
        "baseline": float(rules["same_baseline"]),
        "row_gap": float(rules["row_gap"]),
        "end_gap": float(rules["end_gap"]),
        "tolerance": float(rules["column_tolerance"]),
        "rule_thickness": float(rules["rule_thickness"]),
        "rule_length": float(rules["rule_length"]),
        "row_number": re.compile(rules["row_number"]),
        "paragraph": re.compile(rules["cell_paragraph"]),
    }


def heading_line(text: str) -> bool:
    """Does one printed line read as a plan table's heading row (enough heading words, a short line)?"""
    settings = _settings()
    if len(text) > settings["longest"]:
        return False
    return len({m.group().casefold() for m in settings["heading"].finditer(text)}) >= settings["least"]


def has_heading(page_text: str) -> bool:
    """Is there a plan table's heading row on a page (its text as PDFium prints it)?"""
    return any(heading_line(line) for line in page_text.split("\n"))


def _lines(textpage, clean: Callable[[str], str]) -> list[_Line]:
    """The page's printed lines, top to bottom, each word with its extent: words part at white space, at PDFium's
    line breaks and at a gap wider than `word_gap` times the font size; a line is the words on one baseline (within
    `baseline` times the font size), left to right, whatever order the file gives them in (a table exported cell by
    cell gives each cell's lines in turn)."""
    import ctypes

    import pypdfium2.raw as raw

    settings = _settings()
    text = textpage.get_text_range()
    words: list[tuple[float, float, _Word]] = []  # (baseline, font size, word)
    current: _Word | None = None
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in range(min(len(text), textpage.count_chars())):
        char = text[index]
        if char.isspace():
            current = None
            continue
        left, _, right, _ = textpage.get_charbox(index)
        size = raw.FPDFText_GetFontSize(textpage, index) or 10.0
        if current is not None and left - current.right > settings["gap"] * size:
            current = None  # a wide gap with no space between: the next column's word
        if current is None:
            raw.FPDFText_GetCharOrigin(textpage, index, x, y)
            current = _Word("", left, right)
            words.append((y.value, size, current))
        current.text += "-" if char == _LINE_END_HYPHEN else char
        current.right = max(current.right, right)
    lines: list[_Line] = []
    for baseline, size, word in sorted(words, key=lambda w: (-w[0], w[2].left)):
        last = lines[-1] if lines else None
        if last is not None and abs(-baseline - last.top) <= settings["baseline"] * max(size, last.size):
            last.words.append(word)
            last.size = max(last.size, size)
        else:
            lines.append(_Line([word], -baseline, size, ""))
    for line in lines:
        line.words.sort(key=lambda w: w.left)
        line.text = clean(" ".join(w.text for w in line.words))
    return lines


def _rules(textpage) -> tuple[list[float], list[tuple[float, float, float]]]:
    """The rules the page draws (a table's borders), from the page's top: where each horizontal one is, and each
    vertical one's x, top and bottom; a rule is a path object at most `rule_thickness` points thick and at least
    `rule_length` long."""
    import pypdfium2.raw as raw

    settings = _settings()
    thin, long = settings["rule_thickness"], settings["rule_length"]
    across, down = set(), set()
    for item in textpage.page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = item.get_bounds()
        if top - bottom <= thin and right - left >= long:
            across.add(round(-(bottom + top) / 2, 1))
        elif right - left <= thin and top - bottom >= long:
            down.add((round((left + right) / 2, 1), round(-top, 1), round(-bottom, 1)))
    return sorted(across), sorted(down)


def _borders(verticals: list[tuple[float, float, float]], top: float) -> list[float]:
    """The x of every vertical rule drawn across a line at `top` (from the page's top), left to right."""
    return sorted({x for x, upper, lower in verticals if upper - 1 <= top <= lower + 1})


def _columns(line: _Line, borders: list[float] | None = None) -> list[float]:
    """Where each column starts, from a heading row: between two of the table's vertical borders that hold a word of
    it, where the table draws them; else the first word of each run of words apart by a gap wider than a word
    space."""
    settings = _settings()
    if borders and len(borders) > 1:
        return [a for a, b in pairwise(borders) if any(a <= w.left < b for w in line.words)]
    starts: list[float] = []
    previous = None
    for word in line.words:
        if previous is None or word.left - previous.right > settings["gap"] * (line.size or 10):
            starts.append(word.left)
        previous = word
    return starts


def _cells(line: _Line, starts: list[float], bordered: bool = False) -> list[list[str]] | None:
    """The line's words by column, or None when the line is not a row's line (a word left of the first column, or
    words running on over a column's start as a sentence does)."""
    tolerance = _settings()["tolerance"]
    gap = _settings()["gap"] * (line.size or 10)
    edges = [s - tolerance for s in starts]
    cells: list[list[str]] = [[] for _ in starts]
    previous: tuple[int, _Word] | None = None
    for word in line.words:
        column = bisect_right(edges, word.left) - 1
        if column < 0:
            return None
        if not bordered and previous is not None and previous[0] < column and word.left - previous[1].right <= gap:
            return None  # a word space across a column's start: text running across the table, not a row
        cells[column].append(word.text)
        previous = (column, word)
    return cells


def read_tables(pages: list[str], textpage_of: Callable[[int], Any], clean: Callable[[str], str]) -> list[str] | None:
    """Each page's text with its plan tables read as tables, or None when no page has one (`pages`: each page's text
    as PDFium prints it; `textpage_of`: a page's PDFium text page, by its index; `clean`: the reader's own
    normalisation of a piece of text)."""
    if not any(has_heading(text) for text in pages):
        return None
    settings = _settings()
    out: list[_Page] = []
    starts: list[float] | None = None  # the columns of the table under way (carried over a page break)
    bordered = False  # the table under way draws its columns' borders: they part its cells
    tails: set[str] = set()  # the second lines of the headings read so far ('date', 'update' under 'Target', 'Progress')
    row: _Row | None = None  # the row under way (a row the page breaks goes on on the next)
    first_empty = False  # the table's line before had nothing in the first column
    found = False
    for number, page_text in enumerate(pages):
        page = _Page()
        out.append(page)
        if starts is None and not has_heading(page_text):
            page.parts.extend(page_text.split("\n"))
            continue
        above: _Line | None = None  # the table's line before, on this page
        tabled = False  # a line of a table read on this page already
        closed = ""  # 'near' or 'far': a line not of the table came after its rows on this page, just below the
        textpage = textpage_of(number)  # last or well apart (a page's foot: the table may go on)
        try:
            lines, (rules, verticals) = _lines(textpage, clean), _rules(textpage)
        finally:
            textpage.close()
        heading: _Row | None = None  # the heading row just read, while its own next lines may go on with it
        carried = False  # a row broken off by the page before goes on at the next line of the table
        for line in lines:
            borders = _borders(verticals, line.top)
            if heading_line(line.text) and len(_columns(line, borders)) >= settings["least"]:
                row = row if not tabled else None  # a heading repeated atop a page: the row broken off goes on
                carried = row is not None  # … on the line below it, unless that line opens a row of its own
                starts, closed, found = _columns(line, borders), "", True
                bordered = len(borders) > 1
                heading = _Row([[_column_words(line, starts, i)] for i in range(len(starts))], heading=line.text)
                page.parts.append(heading)
                above, tabled = line, True
                continue
            drawn = not bordered or len(borders) > 1  # a bordered table's line lies between its vertical borders
            cells = _cells(line, starts, bordered) if starts is not None and not closed and line.words and drawn else None
            far = above is not None and line.top - above.top > settings["end_gap"] * (line.size or 10)
            if cells is None or far:
                page.parts.append(line.text)
                if line.words and above is not None and not closed:
                    closed = "far" if far else "near"
                heading = None
                continue
            ruled = [y for y in rules if above is not None and above.top < y < line.top]
            gap = above is not None and line.top - above.top > settings["row_gap"] * (line.size or 10)
            tail = not carried and not ruled and not gap and not any(c.isdigit() for c in line.text)
            if heading is not None and (tail or line.text in tails):  # a heading's second line, as on its first page
                for column, words in enumerate(cells[: len(heading.cells)]):  # a heading's words on a second line
                    if words:
                        heading.cells[column].append(" ".join(words))
                heading.heading += " " + line.text
                tails.add(line.text)
                above = line
                continue
            heading = None
            first = " ".join(cells[0])
            if carried and not first:  # a row the page broke, going on below the heading the page repeats
                opens = False
            elif rules:  # a table drawn with its borders: a row starts below a rule
                opens = row is None or bool(ruled)
            else:
                opens = row is None or bool(first and (first_empty or settings["row_number"].match(first) is not None or gap))
            if opens:
                row = _Row([[] for _ in starts])
                page.parts.append(row)
            for column, words in enumerate(cells[: len(row.cells)]):
                if words:
                    row.cells[column].append(" ".join(words))
            first_empty, above, tabled, carried = not first, line, True, False
        if closed == "near":  # text went on below the table: it has ended
            starts, row = None, None
    tabled = [any(isinstance(part, _Row) and not part.heading for part in page.parts) for page in out]
    if not found or not any(tabled):
        return None
    return ["\n".join(_rendered(page.parts)) if rows else text for page, rows, text in zip(out, tabled, pages, strict=True)]


def _rendered(parts: list[str | _Row]) -> list[str]:
    """A page's lines: its rows as tables are, a heading row with no row below it as printed (no table was read)."""
    lines = []
    for index, part in enumerate(parts):
        if isinstance(part, str):
            lines.append(part)
        elif part.heading and not isinstance(next((p for p in parts[index + 1 :] if p), None), _Row):
            lines.append(part.heading)
        else:
            lines.append(part.render())
    return lines


def _column_words(line: _Line, starts: list[float], column: int) -> str:
    tolerance = _settings()["tolerance"]
    edges = [s - tolerance for s in starts]
    return " ".join(w.text for w in line.words if bisect_right(edges, w.left) - 1 == column)


def _joined(lines: list[str]) -> str:
    """A cell's printed lines as its text: a line running on after a space (after a line-end hyphen, after nothing),
    a line opening with a bullet or a number a new paragraph."""
    paragraph = _settings()["paragraph"]
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif paragraph.match(line):
            out += PARAGRAPH_JOIN + line
        elif out.endswith("-") and not out.endswith(" -"):
            out += line
        else:
            out += " " + line
    return out
