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
joined by a space (after a line-end hyphen, by nothing; nor where the break split a word too wide for the cell, its
halves a word of extract/lexicons/words.json or a month's name: 'Head of Com' / 'missioning'), a line opening with a
bullet or a number a new paragraph of the cell (two spaces, as cells.py parts a cell's paragraphs). A row the page
breaks is read whole where it starts; the columns carry over to the next page, which may repeat the heading row (its
lines then as the first page printed them: a line below it that is not is the broken row's, unless it holds a row's
number in the column the broken row holds its own, its first cell empty as a recommendation's cell spanning its
actions' rows leaves it: a row of its own), unless that page opens with text of its own (lines not
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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from findings.extract.vocabulary import split_word
from findings.read.cells import PARAGRAPH_JOIN
from findings.read.pdf_headings import has_heading, has_headless_rows, table_settings
from findings.read.pdf_layout import (
    Grid,
    Line,
    borders_at,
    cells_of,
    column_of,
    drawn_rules,
    heading_at,
    heading_grid,
    in_measure,
    printed_lines,
    rows_grid,
)

FIGURES = re.compile(r"\d+")  # a running header's page number changes from page to page


@dataclass
class _Row:
    cells: list[list[str]]  # each column's lines
    heading: str = ""  # a heading row's line as printed: how it reads when no row of the table is found below it

    def render(self) -> str:
        return "\t".join(_joined(lines) for lines in self.cells).rstrip("\t")


@dataclass
class _Page:
    parts: list[str | _Row] = field(default_factory=list)  # lines as printed, and table rows


def table_marks(page_text: str) -> tuple[bool, bool]:
    """Whether a page's text (as PDFium prints it) holds a plan table's heading row, and, if not, whether it may hold
    a table's rows with no heading row: `read_tables` reads such a page from its characters' positions."""
    headed = has_heading(page_text)
    return headed, not headed and has_headless_rows(page_text)


def read_tables(
    pages: list[str],
    textpage_of: Callable[[int], Any],
    clean: Callable[[str], str],
    marks: list[tuple[bool, bool]] | None = None,
) -> list[str] | None:
    """Each page's text with its plan tables read as tables, or None when no page has one (`pages`: each page's text
    as PDFium prints it; `textpage_of`: a page's PDFium text page, by its index, asked once for each page marked by
    `table_marks` and for any page a table goes on onto; `clean`: the reader's own normalisation of a piece of text;
    `marks`: each page's `table_marks`, when the caller has them already)."""
    marks = marks if marks is not None else [table_marks(text) for text in pages]  # each page's text looked at once
    headed_pages = [headed for headed, _ in marks]
    headless_pages = [headless for _, headless in marks]
    if not any(headed_pages) and not any(headless_pages):
        return None
    settings = table_settings()
    out: list[_Page] = []
    grid: Grid | None = None  # the columns of the table under way (carried over a page break)
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
        above: Line | None = None  # the table's line before, on this page
        tabled = False  # a line of a table read on this page already
        closed = ""  # 'near' or 'far': a line not of the table came after its rows on this page, just below the
        textpage = textpage_of(number)  # last or well apart (a page's foot: the table may go on)
        try:
            lines, (rules, verticals) = printed_lines(textpage, clean), drawn_rules(textpage)
        finally:
            textpage.close()
        heading: _Row | None = None  # the heading row just read, while its own next lines may go on with it
        repeated: list[str] | None = None  # a heading row repeated atop a page: the lines it went on onto before
        carried = False  # a row broken off by the page before goes on at the next line of the table
        across = False  # the line before was a row across the table (its words in no column)
        for index, line in enumerate(lines):
            borders = borders_at(verticals, line.top)
            columns = heading_grid(lines, index, borders) if heading_at(lines, index) else None
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
            if grid is None and headless_pages[number] and (columns := rows_grid(lines, index, borders)) is not None:
                grid, closed, found, headed, row = columns, "", True, [], None  # a table with no heading row: this line
            drawn = grid is None or not grid.bordered or len(borders) > 1  # a bordered table's lines lie between its borders
            cells = cells_of(line, grid) if grid is not None and not closed and line.words and drawn else None
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
            if carried and not first:  # a row the page broke goes on below the heading the page repeats, unless
                opens = _numbered(row, cells, settings["row_number"])  # this line holds a row's number of its own
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


def _numbered(row: _Row | None, cells: list[list[str]], number: re.Pattern[str]) -> bool:
    """Whether a line opens a row of its own below a repeated heading row, its first cell empty (a recommendation's
    cell spanning rows, printed on the page before): it has a row's number in the column the broken row had its own."""
    if row is None:
        return True
    column = next((i for i, lines in enumerate(row.cells) if lines and number.match(lines[0])), None)
    return column is not None and column < len(cells) and bool(cells[column]) and number.match(cells[column][0]) is not None


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


def _column_words(line: Line, grid: Grid, column: int) -> str:
    return " ".join(w.text for w in in_measure(line, grid) if column_of(w, grid) == column)


def _joined(lines: list[str]) -> str:
    """A cell's printed lines as its text: a line running on after a space (after a line-end hyphen, after nothing),
    a line opening with a bullet or a number a new paragraph."""
    paragraph = table_settings()["paragraph"]
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
        elif _split_word(out, line, lines):
            out += line
        else:
            out += " " + line
    return out


def _split_word(out: str, line: str, lines: list[str]) -> bool:
    """Did the cell's line break split a word too wide for the cell ('Head of Com' / 'missioning', '30 Septe' / 'mber
    2022'): the halves make a word of the vocabulary or a month's name, what follows the break is no word of its own,
    and the whole word is longer than any line of the cell (it could fit on none: a break between words never is)."""
    left, right = _BROKEN_LEFT.search(out), _BROKEN_RIGHT.match(line)
    if left is None or right is None:
        return False
    slack = table_settings()["split_slack"]  # reading.json pdf_tables split_word_slack: letters differ in width
    widest = max(len(text.strip()) for text in lines)
    return split_word(left.group(1), right.group(1), months=True) and len(left.group(1) + right.group(1)) > widest - slack


_BROKEN_LEFT = re.compile(r"(?<![\w-])([A-Za-z]{2,})$")  # a cell line's last word ('Com')
_BROKEN_RIGHT = re.compile(r"([a-z]+)(?![\w-])")  # the next line's first word, in lower case ('missioning')
