"""A PDF page's words where they are printed: its lines, the rules it draws, and a table's columns, measured as printed
or in characters (a table typed as text); what pdf_tables.py reads a plan's table from."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from findings.read.pdf_headings import heading_line, table_settings

_LINE_END_HYPHEN = "\ufffe"  # PDFium's mark for a hyphen that ends a printed line


@dataclass
class Word:
    text: str
    left: float
    right: float
    origin: float = 0.0  # where the pen stood for its first character (its box's left less the glyph's bearing)


@dataclass
class Line:
    words: list[Word]
    top: float  # the line's baseline from the page's top (PDF space grows upwards: reversed here)
    size: float  # the font size the line is printed in
    text: str  # the line as PDFium prints it (its characters in order, trailing spaces dropped)
    space: float = 0.0  # how wide a space is on it (the page's spaces in its font size, as PDFium boxes them)


@dataclass
class Grid:
    """Where a table's columns start, and in what measure: 'x' (points across the page: a table exported from Word
    or Excel, each cell's words placed at its column) or 'text' (characters from the heading row's left edge: a
    table typed as text, its columns padded out with spaces, printed in a font whose letters are not all as wide,
    so a column starts at the same character on every line but not at the same point)."""

    measure: str
    starts: list[float]
    margin: float = 0.0  # in 'text': the heading row's left edge, from which characters are counted
    bordered: bool = False  # its columns parted by the borders the table draws: a word never runs across one


def printed_lines(textpage, clean: Callable[[str], str]) -> list[Line]:
    """The page's printed lines, top to bottom, each word with its extent: words part at white space, at PDFium's
    line breaks and at a gap wider than `word_gap` times the font size; a line is the words on one baseline (within
    `baseline` times the font size), left to right, whatever order the file gives them in (a table exported cell by
    cell gives each cell's lines in turn). Each line knows how wide a space is in its font size: the median of the
    page's spaces in that size as PDFium boxes them, else `space_width` times the size."""
    from statistics import median

    settings = table_settings()
    chars = _Chars(textpage)
    text = textpage.get_text_range()
    words: list[tuple[float, float, Word]] = []  # (baseline, font size, word)
    spaces: dict[float, list[float]] = {}  # font size: the widths of the spaces printed in it
    current: Word | None = None
    gap = settings["gap"]
    for index in range(min(len(text), chars.count)):
        char = text[index]
        if char.isspace():
            current = None
            if char == " " and not chars.generated(index):
                left, right = chars.across(index)
                if right > left:
                    spaces.setdefault(round(chars.size(index), 1), []).append(right - left)
            continue
        left, right = chars.across(index)
        size = chars.size(index)
        if current is not None and left - current.right > gap * size:
            current = None  # a wide gap with no space between: the next column's word
        if current is None:
            x, y = chars.origin(index)
            current = Word("", left, right, min(x, left))
            words.append((y, size, current))
        current.text += "-" if char == _LINE_END_HYPHEN else char
        current.right = max(current.right, right)
    lines: list[Line] = []
    for baseline, size, word in sorted(words, key=lambda w: (-w[0], w[2].left)):
        last = lines[-1] if lines else None
        if last is not None and abs(-baseline - last.top) <= settings["baseline"] * max(size, last.size):
            last.words.append(word)
            last.size = max(last.size, size)
        else:
            lines.append(Line([word], -baseline, size, ""))
    for line in lines:
        line.words.sort(key=lambda w: w.left)
        line.text = clean(" ".join(w.text for w in line.words))
        measured = spaces.get(round(line.size, 1))
        line.space = median(measured) if measured else settings["space_width"] * (line.size or 10)
    return lines


class _Chars:
    """A text page's characters as `printed_lines` reads them, through PDFium's own calls on the page's handle with the
    same few numbers reused for every character: the values `PdfTextPage.get_charbox` gives (its tight box, and its
    loose one for the size), without the helper's objects made a character (a table's page has thousands)."""

    def __init__(self, textpage) -> None:
        import ctypes

        import pypdfium2.raw as raw

        self.raw, self.handle, self.count = raw, textpage.raw, textpage.count_chars()
        self.left, self.right, self.bottom, self.top = (ctypes.c_double() for _ in range(4))
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.loose = raw.FS_RECTF()
        self.em = table_settings()["loose_em"]

    def across(self, index: int) -> tuple[float, float]:
        """The character's tight box's left and right (`get_charbox`)."""
        if not self.raw.FPDFText_GetCharBox(self.handle, index, self.left, self.right, self.bottom, self.top):
            raise _failed("Failed to get charbox.")
        return self.left.value, self.right.value

    def size(self, index: int) -> float:
        """The character's font size in points on the page: its font's box (ascent to descent, as PDFium's loose box
        gives it, scaled as printed) over `loose_em`, not the size its text object names, which a browser's PDF gives
        in pixels and scales down (11pt text named 14.67)."""
        loose = self.loose
        if not self.raw.FPDFText_GetLooseCharBox(self.handle, index, loose):
            raise _failed("Failed to get charbox.")
        bottom, top = loose.bottom, loose.top
        return (top - bottom) / self.em if top > bottom else self.raw.FPDFText_GetFontSize(self.handle, index) or 10.0

    def generated(self, index: int) -> bool:
        """Did PDFium make the character up (a space it put between words)?"""
        return bool(self.raw.FPDFText_IsGenerated(self.handle, index))

    def origin(self, index: int) -> tuple[float, float]:
        """Where the pen stood for the character (its x, and its baseline's y)."""
        self.raw.FPDFText_GetCharOrigin(self.handle, index, self.x, self.y)
        return self.x.value, self.y.value


def _failed(message: str) -> Exception:
    from pypdfium2 import PdfiumError

    return PdfiumError(message)


def drawn_rules(textpage) -> tuple[list[float], list[tuple[float, float, float]]]:
    """The rules the page draws (a table's borders), from the page's top: where each horizontal one is, and each
    vertical one's x, top and bottom; a rule is a path object at most `rule_thickness` points thick and at least
    `rule_length` long, or a side at least `rule_length` long of a cell's frame (a rectangle stroked, not filled: a
    table exported cell by cell, each cell drawn as a box)."""
    import pypdfium2.raw as raw

    settings = table_settings()
    thin, long = settings["rule_thickness"], settings["rule_length"]
    across, down = set(), set()
    frames: list[Box] = []
    for item in textpage.page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = item.get_bounds()
        if top - bottom <= thin and right - left >= long:
            across.add(round(-(bottom + top) / 2, 1))
        elif right - left <= thin and top - bottom >= long:
            down.add((round((left + right) / 2, 1), round(-top, 1), round(-bottom, 1)))
        elif (right - left >= long or top - bottom >= long) and _framed(item, raw):
            inset = _stroke(item, raw) / 2  # the bounds hold half the stroke beyond the frame's lines
            frames.append((left + inset, bottom + inset, right - inset, top - inset))
    for left, bottom, right, top in _cells(frames, textpage.page.get_size(), settings):
        if right - left >= long:  # each side as long as a rule is one
            across.update((round(-top, 1), round(-bottom, 1)))
        if top - bottom >= long:
            down.update((round(x, 1), round(-top, 1), round(-bottom, 1)) for x in (left, right))
    return sorted(across), sorted(down)


Box = tuple[float, float, float, float]  # left, bottom, right, top, in the page's points


def _cells(frames: list[Box], size: tuple[float, float], settings: dict) -> list[Box]:
    """The frames that are a table's cells: not one as large as most of the page (a page border), and only where they
    make a grid, at least `cell_frames_least` rows and columns of them (a call-out box or a boxed heading row alone
    parts no rows of the table beside it)."""
    width, height = size
    most = settings["cell_frame_most"]
    cells = [f for f in frames if (f[2] - f[0]) * (f[3] - f[1]) <= most * width * height]
    least = settings["cell_frames_least"]
    tops = {round(f[3]) for f in cells}
    lefts = {round(f[0]) for f in cells}
    return cells if len(tops) >= least and len(lefts) >= least else []


def _framed(item, raw) -> bool:
    """Is a path object a rectangle stroked and not filled (a cell's frame): four sides, each across or down?"""
    import ctypes

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(item.raw, fill, stroke) or fill.value or not stroke.value:
        return False
    count = raw.FPDFPath_CountSegments(item.raw)
    if count not in (4, 5):  # a move and three or four lines (the last side closed, or drawn)
        return False
    x, y = ctypes.c_float(), ctypes.c_float()
    points = []
    for index in range(count):
        segment = raw.FPDFPath_GetPathSegment(item.raw, index)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind != (raw.FPDF_SEGMENT_MOVETO if index == 0 else raw.FPDF_SEGMENT_LINETO):
            return False
        if not raw.FPDFPathSegment_GetPoint(segment, x, y):
            return False
        points.append((round(x.value, 1), round(y.value, 1)))
    closed = raw.FPDFPathSegment_GetClose(raw.FPDFPath_GetPathSegment(item.raw, count - 1)) or points[-1] == points[0]
    corners = points[:4]
    sides = list(zip(corners, corners[1:] + corners[:1], strict=True))
    return bool(closed) and len(corners) == 4 and all(a[0] == b[0] or a[1] == b[1] for a, b in sides)


def _stroke(item, raw) -> float:
    import ctypes

    width = ctypes.c_float()
    return width.value if raw.FPDFPageObj_GetStrokeWidth(item.raw, width) else 0.0


def borders_at(verticals: list[tuple[float, float, float]], top: float) -> list[float]:
    """The x of every vertical rule drawn across a line at `top` (from the page's top), left to right."""
    return sorted({x for x, upper, lower in verticals if upper - 1 <= top <= lower + 1})


def in_measure(line: Line, grid: Grid) -> list[Word]:
    """The line's words in the grid's measure: as printed ('x'), or by the characters before them ('text': each word
    as long as its letters, each gap as many characters as the spaces that fit in it, counted from the margin)."""
    if grid.measure == "x":
        return line.words
    placed: list[Word] = []
    at, edge = 0.0, 0.0  # the character the last word ended at, and where it ended on the page
    for word in line.words:
        if placed:  # the spaces after the word before (at least one: words part at a space)
            at += max(round((word.origin - edge) / line.space), 1)
        else:  # the spaces before the first word, from the margin (fewer than none: it starts left of the table)
            at = round((word.origin - grid.margin) / line.space)
        placed.append(Word(word.text, at, at + len(word.text)))
        at, edge = at + len(word.text), word.right
    return placed


def _gutter(line: Line, grid: Grid) -> float:
    """The widest gap two words of one cell may have between them, in the grid's measure."""
    settings = table_settings()
    return settings["gap"] * (line.size or 10) if grid.measure == "x" else settings["text_gutter"]


def _grid(line: Line, measure: str) -> Grid:
    """A heading row's columns in a measure: each starts at the first word of a run of words apart by a gap wider
    than one cell's words have between them."""
    grid = Grid(measure, [], line.words[0].origin if line.words else 0.0)
    gutter = _gutter(line, grid)
    previous = None
    for word in in_measure(line, grid):
        if previous is None or word.left - previous.right > gutter:
            grid.starts.append(word.left)
        previous = word
    return grid


def column_of(word: Word, grid: Grid) -> int:
    settings = table_settings()
    tolerance = settings["tolerance"] if grid.measure == "x" else settings["text_tolerance"]
    return bisect_right([s - tolerance for s in grid.starts], word.left) - 1


def cells_of(line: Line, grid: Grid) -> list[list[str]] | None:
    """The line's words by column, or None when the line is not a row's line (a word left of the first column, or
    words running on over a column's start as a sentence does)."""
    gutter = _gutter(line, grid)
    cells: list[list[str]] = [[] for _ in grid.starts]
    previous: tuple[int, Word] | None = None
    for word in in_measure(line, grid):
        column = column_of(word, grid)
        if column < 0:
            return None
        if not grid.bordered and previous is not None and previous[0] < column and word.left - previous[1].right <= gutter:
            return None  # a word space across a column's start: text running across the table, not a row
        cells[column].append(word.text)
        previous = (column, word)
    return cells


def _fitting(lines: list[Line], grid: Grid) -> tuple[int, float]:
    """How well the lines below a heading row read as a table's lines in the grid: how many do, before the first that
    does not, and (negated, so that more is better) how far on average their cells' first words start from their
    columns' starts, in spaces (a table in the measure it was laid out in starts each cell where its column does).
    A line far below the one before (a page's foot: 'Page 1 of 2') is not the table's, as the reading ends there."""
    count, off, cells = 0, 0.0, 0
    end_gap, above = table_settings()["end_gap"], None
    for line in lines:
        if line.words and cells_of(line, grid) is None:
            break
        if line.words and above is not None and line.top - above.top > end_gap * (line.size or 10):
            break
        above = line if line.words else above
        count += 1
        firsts: dict[int, Word] = {}
        for word in in_measure(line, grid):
            firsts.setdefault(column_of(word, grid), word)
        for column, word in firsts.items():
            scale = line.space if grid.measure == "x" else 1.0
            off, cells = off + abs(word.left - grid.starts[column]) / scale, cells + 1
    return count, -(off / cells if cells else 0.0)


def heading_grid(lines: list[Line], index: int, borders: list[float] | None = None) -> Grid | None:
    """The columns of the heading row lines[index], or None when it has too few: between two of the table's vertical
    `borders` that hold a word of it, where the table draws them; else measured as printed, unless counting
    characters reads more of the lines below it as the table's, or as many with their cells starting nearer their
    columns (a table typed as text, padded with spaces)."""
    least = table_settings()["least"]
    line = lines[index]
    if borders and len(borders) > 1:
        starts = [a for a, b in pairwise(borders) if any(a <= w.left < b for w in line.words)]
        return Grid("x", starts, bordered=True) if len(starts) >= least else None
    grids = [grid for grid in (_grid(lines[index], "x"), _grid(lines[index], "text")) if len(grid.starts) >= least]
    if not grids:
        return None
    below = lines[index + 1 :]
    return max(grids, key=lambda grid: _fitting(below, grid))  # the first (as printed) where both read alike


def rows_grid(lines: list[Line], index: int, borders: list[float]) -> Grid | None:
    """The columns of a table with no heading row whose first row's first line is lines[index]: its first word an
    action's number ('1.2'), its words apart into at least `least_columns` columns (between the table's vertical
    borders, where it draws them; else apart by gaps wider than one cell's words have), and at least `least_rows` - 1
    more lines below, not far apart, each opening with such a number and keeping to those columns. None otherwise."""
    settings = table_settings()
    line = lines[index]
    if not line.words or not settings["headless_number"].match(line.words[0].text):
        return None
    if len(borders) > 1:
        grid = Grid("x", [a for a, b in pairwise(borders) if any(a <= w.left < b for w in line.words)], bordered=True)
    else:
        grid = _grid(line, "x")
    if len(grid.starts) < settings["headless_least_columns"] or cells_of(line, grid) is None:
        return None
    rows, above = 1, line
    for below in lines[index + 1 :]:
        if not below.words:
            continue
        cells = cells_of(below, grid)
        if cells is None or below.top - above.top > settings["end_gap"] * (below.size or 10):
            break
        numbered = settings["headless_number"].match(below.words[0].text) and below.words[0].left < grid.starts[1]
        rows += bool(numbered and sum(1 for words in cells if words) >= settings["headless_least_columns"])
        above = below
    return grid if rows >= settings["headless_least_rows"] else None


def heading_at(lines: list[Line], index: int) -> bool:
    """Does the printed line lines[index] open a plan table's heading row: enough heading words on it, or on it and
    the line right below it (a heading cell wrapped onto a second line: 'No. Ofsted What we will do Who When' over
    'recommendation')?"""
    line = lines[index]
    if heading_line(line.text):
        return True
    below = lines[index + 1] if index + 1 < len(lines) else None
    close = below is not None and below.top - line.top <= table_settings()["row_gap"] * (line.size or 10)
    return close and heading_line(f"{line.text} {below.text}")
