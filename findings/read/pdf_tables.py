"""A plan's table in a PDF read as a table: one row a line, cells apart by a tab, as a Word table is (cells.py).

A Word or Excel table exported to PDF has no table left in it, only words placed at their columns' x positions, and
PDFium's text runs the columns of each printed line together ('1.1 The level of management Daily management review
of Service Manager, 31/10/2022'), so no plan reader can tell a recommendation from its action or lead. A page is read
from its characters' positions only when a line of it reads as a plan's heading row (at least `least_headings` of
extract/reading.json's `pdf_tables.headings`, each at a word's start, on a short line: 'Ref Recommendation Action
Lead Target date'); any other page is read exactly as before. The heading row's words give the columns (each column
starts where its heading's first word does); every line below whose words keep to those columns (no word running
over a column's start, none left of the first, not far below the line before) is a row's line, each word given to the
column it starts in. A row starts where the first column has words after a line where it had none, holds a row's
number ('1.2', 'R3'), or stands clearly below the line before; its other lines continue its cells, a cell's lines
joined by a space (after a line-end hyphen, by nothing), a line opening with a bullet or a number a new paragraph of
the cell (two spaces, as cells.py parts a cell's paragraphs). A row the page breaks is read whole where it starts;
the columns carry over to the next page, which may repeat the heading row (its lines then as the first page printed
them: a line below it that is not is the broken row's), unless that page opens with text of its own (lines not
printed atop the page before, figures aside: the next paper of a pack). Everything else on such a page is a line as
PDFium prints it.

Where the table draws its borders (thin path objects), its vertical ones part the columns (a bordered table's line
lies between them) and a row starts below a horizontal one; a row the page broke goes on below the heading a
browser repeats atop the next page, even under the border drawn beneath that heading.

A plan typed as text, its columns padded out with spaces (a monospaced layout printed in a font whose letters are
not all as wide), starts a column at the same character of every line but not at the same point, and PDFium prints
each run of spaces as one. Such a table is measured in characters: each word as long as its letters, each gap as
many characters as the spaces that fit in it (the page's own space width), counted from the heading row's left edge,
a gap of two spaces or more parting columns. A heading row is read in that measure only where it reads more of the
lines below as the table's than the page's own measure does, or as many with their cells starting nearer their
columns' starts (a typed table whose lines happen to fit columns measured on the page too, cells misplaced).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any

from findings.read.cells import PARAGRAPH_JOIN

_LINE_END_HYPHEN = "\ufffe"  # PDFium's mark for a hyphen that ends a printed line
FIGURES = re.compile(r"\d+")  # a running header's page number changes from page to page


@dataclass
class _Word:
    text: str
    left: float
    right: float
    origin: float = 0.0  # where the pen stood for its first character (its box's left less the glyph's bearing)


@dataclass
class _Line:
    words: list[_Word]
    top: float  # the line's baseline from the page's top (PDF space grows upwards: reversed here)
    size: float  # the font size the line is printed in
    text: str  # the line as PDFium prints it (its characters in order, trailing spaces dropped)
    space: float = 0.0  # how wide a space is on it (the page's spaces in its font size, as PDFium boxes them)


@dataclass
class _Grid:
    """Where a table's columns start, and in what measure: 'x' (points across the page: a table exported from Word
    or Excel, each cell's words placed at its column) or 'text' (characters from the heading row's left edge: a
    table typed as text, its columns padded out with spaces, printed in a font whose letters are not all as wide,
    so a column starts at the same character on every line but not at the same point)."""

    measure: str
    starts: list[float]
    margin: float = 0.0  # in 'text': the heading row's left edge, from which characters are counted
    bordered: bool = False  # its columns parted by the borders the table draws: a word never runs across one


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
        "lowered": _lowered(phrases),
        "encoded": [phrase.encode("ascii") for phrase in _lowered(phrases) or ()],
        "least": int(rules["least_headings"]),
        "longest": int(rules["heading_line_chars"]),
        "window": int(rules["heading_lines"]),
        "gap": float(rules["word_gap"]),
        "loose_em": float(rules["loose_em"]),
        "baseline": float(rules["same_baseline"]),
        "row_gap": float(rules["row_gap"]),
        "end_gap": float(rules["end_gap"]),
        "tolerance": float(rules["column_tolerance"]),
        "rule_thickness": float(rules["rule_thickness"]),
        "rule_length": float(rules["rule_length"]),
        "text_gutter": float(rules["text_gutter"]),
        "text_tolerance": float(rules["text_tolerance"]),
        "space_width": float(rules["space_width"]),
        "row_number": re.compile(rules["row_number"]),
        "across": re.compile(rules["row_across"]),
        "paragraph": re.compile(rules["cell_paragraph"]),
        "headless_row": re.compile(rules["headless_rows"]["row"], re.M),
        "headless_number": re.compile(rules["headless_rows"]["number"]),
        "headless_least_rows": int(rules["headless_rows"]["least_rows"]),
        "headless_least_columns": int(rules["headless_rows"]["least_columns"]),
    }


def _lowered(phrases: list[str]) -> tuple[str, ...] | None:
    """The heading phrases in lower case, to pass over a line of ASCII before the pattern runs; None when a phrase is
    not ASCII (a letter outside ASCII may match an ASCII one without case: lower case would not tell)."""
    lowered = sorted({p.lower() for p in phrases})
    return tuple(lowered) if all(p.isascii() for p in lowered) else None


def _may_hold(low: str, lowered: tuple[str, ...], least: int) -> bool:
    """Could a line of ASCII (`low`, in lower case) hold `least` heading words? Each word the pattern finds in it is
    one of `lowered` standing in it as text, so a line with fewer of them holds fewer (most lines are prose)."""
    found = 0
    for phrase in lowered:
        if phrase in low:
            found += 1
            if found >= least:
                return True
    return found >= least


def heading_line(text: str) -> bool:
    """Does one printed line read as a plan table's heading row (enough heading words, a short line)?"""
    settings = _settings()
    if len(text) > settings["longest"]:
        return False
    lowered = settings["lowered"]
    if lowered is not None and text.isascii() and not _may_hold(text.lower(), lowered, settings["least"]):
        return False  # a line of prose told apart by a test of each phrase as text, not by the pattern: half the time
    return len({m.group().casefold() for m in settings["heading"].finditer(text)}) >= settings["least"]


def has_heading(page_text: str) -> bool:
    """Is there a plan table's heading row on a page (its text as PDFium prints it)? PDFium prints a heading row whose
    cells wrap cell by cell ('Ref Action Lead Date Measure of' / 'success' / 'RAG'), so a few lines running on are
    read together too (`heading_lines` of them at most, short as a heading row is).

    The heading words standing on the page are found once (`_heading_words`); a window of lines holding fewer than
    `least_headings` of them can hold no heading row, so the pattern runs only on one that holds enough: most pages
    are prose, and nearly every line of an inspection report holds a curly quote, which the pattern alone decided."""
    lines = page_text.split("\n")
    settings = _settings()
    words = _heading_words(" ".join(lines), settings)  # the lines read together are this text's pieces
    least = settings["least"]
    if words is not None and len({phrase for _, _, phrase in words}) < least:
        return False
    starts = [start for start, _, _ in words] if words is not None else []
    for start, end, joined in _windows(lines, settings["window"], settings["longest"]):
        if words is not None:
            inside = words[bisect_left(starts, start) : bisect_left(starts, end)]
            if len({phrase for _, stop, phrase in inside if stop <= end}) < least:
                continue
        if heading_line(joined):
            return True
    return False


def _windows(lines: list[str], window: int, longest: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each run of up to `window` lines read together (joined by a space), no longer than
    `longest`: its place in the lines joined by a space, and its text."""
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for index in range(len(lines)):
        joined = ""
        for following in lines[index : index + window]:
            joined = f"{joined} {following}" if joined else following
            if len(joined) > longest:
                break
            yield offsets[index], offsets[index] + len(joined), joined


_FOLDED = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K: a case-blind pattern's ASCII letters match these too


def _heading_words(text: str, settings: dict) -> list[tuple[int, int, int]] | None:
    """(start, end, which phrase) of every heading phrase standing in `text` as the heading pattern would take it (at
    a word's start, no letter after it), sorted: the pattern finds no heading word in a piece of `text` that is not
    one of these. None when that cannot be told this way: a phrase not in ASCII, a letter whose lower case is not one
    character, or one a case-blind pattern folds to an ASCII letter (the pattern decides alone then)."""
    lowered = settings["lowered"]
    low = text.lower()
    if lowered is None or len(low) != len(text) or (not text.isascii() and any(c in text for c in _FOLDED)):
        return None
    plain = low.encode("ascii", "replace")  # a byte a character ('?' for any other, which no phrase holds): searched
    found = []  # as bytes, faster than the text (two bytes a character with one curly quote in it)
    size = len(text)
    for which, phrase in enumerate(settings["encoded"]):
        at = plain.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            before = text[at - 1] if at else " "
            if not (before.isalnum() or before == "_") and (end == size or not 97 <= plain[end] <= 122):  # a-z
                found.append((at, end, which))
            at = plain.find(phrase, at + 1)
    found.sort()
    return found


def has_headless_rows(page_text: str) -> bool:
    """Might a page hold a plan table printed with no heading row: at least `least_rows` of its lines open with an
    action's number and words ('1.2 Agree …', reading.json pdf_tables.headless_rows 'row')?"""
    settings = _settings()
    return len(settings["headless_row"].findall(page_text)) >= settings["headless_least_rows"]


def _rows_grid(lines: list[_Line], index: int, borders: list[float]) -> _Grid | None:
    """The columns of a table with no heading row whose first row's first line is lines[index]: its first word an
    action's number ('1.2'), its words apart into at least `least_columns` columns (between the table's vertical
    borders, where it draws them; else apart by gaps wider than one cell's words have), and at least `least_rows` - 1
    more lines below, not far apart, each opening with such a number and keeping to those columns. None otherwise."""
    settings = _settings()
    line = lines[index]
    if not line.words or not settings["headless_number"].match(line.words[0].text):
        return None
    if len(borders) > 1:
        grid = _Grid("x", [a for a, b in pairwise(borders) if any(a <= w.left < b for w in line.words)], bordered=True)
    else:
        grid = _grid(line, "x")
    if len(grid.starts) < settings["headless_least_columns"] or _cells(line, grid) is None:
        return None
    rows, above = 1, line
    for below in lines[index + 1 :]:
        if not below.words:
            continue
        cells = _cells(below, grid)
        if cells is None or below.top - above.top > settings["end_gap"] * (below.size or 10):
            break
        numbered = settings["headless_number"].match(below.words[0].text) and below.words[0].left < grid.starts[1]
        rows += bool(numbered and sum(1 for words in cells if words) >= settings["headless_least_columns"])
        above = below
    return grid if rows >= settings["headless_least_rows"] else None


def _heading_at(lines: list[_Line], index: int) -> bool:
    """Does the printed line lines[index] open a plan table's heading row: enough heading words on it, or on it and
    the line right below it (a heading cell wrapped onto a second line: 'No. Ofsted What we will do Who When' over
    'recommendation')?"""
    line = lines[index]
    if heading_line(line.text):
        return True
    below = lines[index + 1] if index + 1 < len(lines) else None
    close = below is not None and below.top - line.top <= _settings()["row_gap"] * (line.size or 10)
    return close and heading_line(f"{line.text} {below.text}")


def _lines(textpage, clean: Callable[[str], str]) -> list[_Line]:
    """The page's printed lines, top to bottom, each word with its extent: words part at white space, at PDFium's
    line breaks and at a gap wider than `word_gap` times the font size; a line is the words on one baseline (within
    `baseline` times the font size), left to right, whatever order the file gives them in (a table exported cell by
    cell gives each cell's lines in turn). Each line knows how wide a space is in its font size: the median of the
    page's spaces in that size as PDFium boxes them, else `space_width` times the size."""
    import ctypes
    from statistics import median

    import pypdfium2.raw as raw

    settings = _settings()
    text = textpage.get_text_range()
    words: list[tuple[float, float, _Word]] = []  # (baseline, font size, word)
    spaces: dict[float, list[float]] = {}  # font size: the widths of the spaces printed in it
    current: _Word | None = None
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in range(min(len(text), textpage.count_chars())):
        char = text[index]
        if char.isspace():
            current = None
            if char == " " and not raw.FPDFText_IsGenerated(textpage, index):
                left, _, right, _ = textpage.get_charbox(index)
                if right > left:
                    spaces.setdefault(round(_size(textpage, index, raw), 1), []).append(right - left)
            continue
        left, _, right, _ = textpage.get_charbox(index)
        size = _size(textpage, index, raw)
        if current is not None and left - current.right > settings["gap"] * size:
            current = None  # a wide gap with no space between: the next column's word
        if current is None:
            raw.FPDFText_GetCharOrigin(textpage, index, x, y)
            current = _Word("", left, right, min(x.value, left))
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
        measured = spaces.get(round(line.size, 1))
        line.space = median(measured) if measured else settings["space_width"] * (line.size or 10)
    return lines


def _size(textpage, index: int, raw) -> float:
    """The character's font size in points on the page: its font's box (ascent to descent, as PDFium's loose box
    gives it, scaled as printed) over `loose_em`, not the size its text object names, which a browser's PDF gives in
    pixels and scales down (11pt text named 14.67)."""
    _, bottom, _, top = textpage.get_charbox(index, loose=True)
    return (top - bottom) / _settings()["loose_em"] if top > bottom else raw.FPDFText_GetFontSize(textpage, index) or 10.0


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


def _placed(line: _Line, grid: _Grid) -> list[_Word]:
    """The line's words in the grid's measure: as printed ('x'), or by the characters before them ('text': each word
    as long as its letters, each gap as many characters as the spaces that fit in it, counted from the margin)."""
    if grid.measure == "x":
        return line.words
    placed: list[_Word] = []
    at, edge = 0.0, 0.0  # the character the last word ended at, and where it ended on the page
    for word in line.words:
        if placed:  # the spaces after the word before (at least one: words part at a space)
            at += max(round((word.origin - edge) / line.space), 1)
        else:  # the spaces before the first word, from the margin (fewer than none: it starts left of the table)
            at = round((word.origin - grid.margin) / line.space)
        placed.append(_Word(word.text, at, at + len(word.text)))
        at, edge = at + len(word.text), word.right
    return placed


def _gutter(line: _Line, grid: _Grid) -> float:
    """The widest gap two words of one cell may have between them, in the grid's measure."""
    settings = _settings()
    return settings["gap"] * (line.size or 10) if grid.measure == "x" else settings["text_gutter"]


def _grid(line: _Line, measure: str) -> _Grid:
    """A heading row's columns in a measure: each starts at the first word of a run of words apart by a gap wider
    than one cell's words have between them."""
    grid = _Grid(measure, [], line.words[0].origin if line.words else 0.0)
    gutter = _gutter(line, grid)
    previous = None
    for word in _placed(line, grid):
        if previous is None or word.left - previous.right > gutter:
            grid.starts.append(word.left)
        previous = word
    return grid


def _column_of(word: _Word, grid: _Grid) -> int:
    settings = _settings()
    tolerance = settings["tolerance"] if grid.measure == "x" else settings["text_tolerance"]
    return bisect_right([s - tolerance for s in grid.starts], word.left) - 1


def _cells(line: _Line, grid: _Grid) -> list[list[str]] | None:
    """The line's words by column, or None when the line is not a row's line (a word left of the first column, or
    words running on over a column's start as a sentence does)."""
    gutter = _gutter(line, grid)
    cells: list[list[str]] = [[] for _ in grid.starts]
    previous: tuple[int, _Word] | None = None
    for word in _placed(line, grid):
        column = _column_of(word, grid)
        if column < 0:
            return None
        if not grid.bordered and previous is not None and previous[0] < column and word.left - previous[1].right <= gutter:
            return None  # a word space across a column's start: text running across the table, not a row
        cells[column].append(word.text)
        previous = (column, word)
    return cells


def _fitting(lines: list[_Line], grid: _Grid) -> tuple[int, float]:
    """How well the lines below a heading row read as a table's lines in the grid: how many do, before the first that
    does not, and (negated, so that more is better) how far on average their cells' first words start from their
    columns' starts, in spaces (a table in the measure it was laid out in starts each cell where its column does).
    A line far below the one before (a page's foot: 'Page 1 of 2') is not the table's, as the reading ends there."""
    count, off, cells = 0, 0.0, 0
    end_gap, above = _settings()["end_gap"], None
    for line in lines:
        if line.words and _cells(line, grid) is None:
            break
        if line.words and above is not None and line.top - above.top > end_gap * (line.size or 10):
            break
        above = line if line.words else above
        count += 1
        firsts: dict[int, _Word] = {}
        for word in _placed(line, grid):
            firsts.setdefault(_column_of(word, grid), word)
        for column, word in firsts.items():
            scale = line.space if grid.measure == "x" else 1.0
            off, cells = off + abs(word.left - grid.starts[column]) / scale, cells + 1
    return count, -(off / cells if cells else 0.0)


def _heading_grid(lines: list[_Line], index: int, borders: list[float] | None = None) -> _Grid | None:
    """The columns of the heading row lines[index], or None when it has too few: between two of the table's vertical
    `borders` that hold a word of it, where the table draws them; else measured as printed, unless counting
    characters reads more of the lines below it as the table's, or as many with their cells starting nearer their
    columns (a table typed as text, padded with spaces)."""
    least = _settings()["least"]
    line = lines[index]
    if borders and len(borders) > 1:
        starts = [a for a, b in pairwise(borders) if any(a <= w.left < b for w in line.words)]
        return _Grid("x", starts, bordered=True) if len(starts) >= least else None
    grids = [grid for grid in (_grid(lines[index], "x"), _grid(lines[index], "text")) if len(grid.starts) >= least]
    if not grids:
        return None
    below = lines[index + 1 :]
    return max(grids, key=lambda grid: _fitting(below, grid))  # the first (as printed) where both read alike


def read_tables(pages: list[str], textpage_of: Callable[[int], Any], clean: Callable[[str], str]) -> list[str] | None:
    """Each page's text with its plan tables read as tables, or None when no page has one (`pages`: each page's text
    as PDFium prints it; `textpage_of`: a page's PDFium text page, by its index; `clean`: the reader's own
    normalisation of a piece of text)."""
    headed_pages = [has_heading(text) for text in pages]  # each page's text looked at once
    headless_pages = [not headed and has_headless_rows(text) for headed, text in zip(headed_pages, pages, strict=True)]
    if not any(headed_pages) and not any(headless_pages):
        return None
    settings = _settings()
    out: list[_Page] = []
    grid: _Grid | None = None  # the columns of the table under way (carried over a page break)
    row: _Row | None = None  # the row under way (a row the page breaks goes on on the next)
    first_empty = False  # the table's line before had nothing in the first column
    headed: list[str] = []  # the printed lines of the table's heading row (its first, then any it goes on onto)
    running: set[str] = set()  # the page before's lines not of a table, figures aside (a running header's)
    found = False
    for number, page_text in enumerate(pages):
        page = _Page()
        out.append(page)
        if grid is None and not headed_pages[number] and not headless_pages[number]:
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
        repeated: list[str] | None = None  # a heading row repeated atop a page: the lines it went on onto before
        carried = False  # a row broken off by the page before goes on at the next line of the table
        across = False  # the line before was a row across the table (its words in no column)
        for index, line in enumerate(lines):
            borders = _borders(verticals, line.top)
            columns = _heading_grid(lines, index, borders) if _heading_at(lines, index) else None
            if columns is not None:
                row = row if not tabled else None  # a heading repeated atop a page: the row broken off goes on
                carried = row is not None  # … on the line below it, unless that line opens a row of its own
                repeated = headed[1:] if row is not None and headed and headed[0] == line.text else None
                headed = [line.text]
                grid, closed, found = columns, "", True
                heading = _Row([[_column_words(line, grid, i)] for i in range(len(grid.starts))], heading=line.text)
                page.parts.append(heading)
                above, tabled = line, True
                continue
            if grid is None and headless_pages[number] and (columns := _rows_grid(lines, index, borders)) is not None:
                grid, closed, found, headed, row = columns, "", True, [], None  # a table with no heading row: this line
            drawn = grid is None or not grid.bordered or len(borders) > 1  # a bordered table's lines lie between its borders
            cells = _cells(line, grid) if grid is not None and not closed and line.words and drawn else None
            far = above is not None and line.top - above.top > settings["end_gap"] * (line.size or 10)
            near = above is not None and line.top - above.top <= settings["row_gap"] * (line.size or 10)
            if grid is not None and not closed and line.words and not far:
                if across and near and isinstance(page.parts[-1], _Row):  # a row across the table wrapped onto
                    page.parts[-1].cells[0].append(line.text)  # its next printed line: one line still
                    above = line
                    continue
                if settings["across"].match(line.text) and (cells is None or not any(cells[1:])):
                    page.parts.append(_Row([[line.text]]))  # a row of one cell across the table ('Recommendation 2:
                    row, heading, above, tabled, across, first_empty = None, None, line, True, True, False  # …'), the
                    continue  # table going on below it
            across = False
            if cells is None or far:
                page.parts.append(line.text)
                if line.words and above is not None and not closed:
                    closed = "far" if far else "near"
                elif line.words and grid is not None and not tabled and FIGURES.sub("0", line.text) not in running:
                    closed = "near"  # a page the table went on to opens with text of its own: the table has ended
                heading = None  # (unless its heading row is repeated below)
                continue
            ruled = [y for y in rules if above is not None and above.top < y < line.top]
            gap = above is not None and line.top - above.top > settings["row_gap"] * (line.size or 10)
            if repeated is not None:  # a repeated heading goes on only as it did (else: a broken row's next line)
                goes_on = heading is not None and len(headed) <= len(repeated) and repeated[len(headed) - 1] == line.text
            else:
                goes_on = heading is not None and not ruled and not gap and not any(c.isdigit() for c in line.text)
            if goes_on and heading is not None:
                for column, words in enumerate(cells[: len(heading.cells)]):  # a heading's words on a second line
                    if words:
                        heading.cells[column].append(" ".join(words))
                heading.heading += " " + line.text
                headed.append(line.text)
                above = line
                continue
            heading = None
            first = " ".join(cells[0])
            if carried and not first:  # a row the page broke, going on below the heading the page repeats
                opens = False
            elif rules:  # a table drawn with its borders: a row starts below a rule
                opens = row is None or bool(ruled)
            else:
                starting = sum(1 for words in cells if words)  # below a merged first cell, a row starts in several
                opens = row is None or bool(  # columns at once, where a cell's second paragraph starts in one
                    (first and (first_empty or settings["row_number"].match(first) is not None))
                    or (gap and (first or starting > 1))
                )
            if opens:
                row = _Row([[] for _ in grid.starts])
                page.parts.append(row)
            for column, words in enumerate(cells[: len(row.cells)]):
                if words:
                    row.cells[column].append(" ".join(words))
            first_empty, above, tabled, carried = not first, line, True, False
        running = {FIGURES.sub("0", part) for part in page.parts if isinstance(part, str)}
        if closed == "near":  # text went on below the table: it has ended
            grid, row = None, None
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


def _column_words(line: _Line, grid: _Grid, column: int) -> str:
    return " ".join(w.text for w in _placed(line, grid) if _column_of(w, grid) == column)


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
