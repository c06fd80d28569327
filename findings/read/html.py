"""HTML to text: block elements become lines, list items keep a '- ' marker (on a page that numbers a list from
another number than 1, `<ol start="7">` or `<li value="7">`, every numbered list's item its number, '7. ', as the page
shows it (an item's `value` its own number, and the next items' from it on); a
sub-list's items keep '- ', a numbered sub-list's item then its label as its `type` shows it, '(b) ', '(ii) ', '(2) ',
unless the item types its own), entities decoded; a table with words in three or more columns becomes one line a row,
its cells apart by a tab, as Word and Excel tables are read (findings/read/cells.py).

A table with words in one or two columns (an empty icon or spacer column does not count) is laid out as lines, one
a cell (a committee page's item number beside its minutes, a report's judgement beside its grade): the line-by-line
readers read those. A wider table is data (an action plan, a
tracker, a log): a row a line, a cell's paragraphs apart by two spaces, a cell spanning rows (`rowspan`) repeated on
each, so the table-plan reader reads an HTML plan as it reads a Word one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from findings.read.cells import PARAGRAPH_JOIN
from findings.read.errors import ReadError

_BLOCK = {
    "p",
    "div",
    "br",
    "tr",
    "td",
    "th",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "caption",
}
_SKIP = {"script", "style", "head", "title", "noscript"}
_NUMBERED_FROM = re.compile(  # a list numbered from N (`<ol start="7">`), or an item given its number (`<li value="7">`)
    r"""<ol\b[^>]*\bstart\s*=\s*["']?(?!1\b)\d|<li\b[^>]*\bvalue\s*=\s*["']?(?!1\b)\d""", re.IGNORECASE
)
_MAIN = re.compile(r"""<main[\s>]|<\w+\s[^>]*\brole\s*=\s*["']?main["'\s/>]""", re.IGNORECASE)  # a page's main content
_OWN_NUMBER = re.compile(r"\(?\d{1,3}[.):]\s")  # an item that types its own number ('3. Ensure …'), not '16- and 17-year-olds'

_OWN_LABEL = re.compile(r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.):]\s", re.IGNORECASE)  # a sub-item's own label: '(b) ', 'ii. '
_ROMAN = (
    ("m", 1000),
    ("cm", 900),
    ("d", 500),
    ("cd", 400),
    ("c", 100),
    ("xc", 90),
    ("l", 50),
    ("xl", 40),
    ("x", 10),
    ("ix", 9),
    ("v", 5),
    ("iv", 4),
    ("i", 1),
)


def _label(number: int, kind: str) -> str:
    """A numbered sub-list's item's label as its `type` shows it: 'b', 'B', 'ii', 'II' or '2'."""
    if kind in ("a", "A") and 0 < number <= 26:
        return chr(ord(kind) + number - 1)
    if kind in ("i", "I") and 0 < number < 4000:
        roman = ""
        for letters, value in _ROMAN:
            while number >= value:
                roman, number = roman + letters, number - value
        return roman.upper() if kind == "I" else roman
    return str(number)


_DATA_COLUMNS = 3  # a table this wide is data, read a row a line
NORMALISATION = (
    "HTML rendered to text: blocks, cells and <br> as line breaks, '- ' before list items ('N. ' before a numbered"
    " list's items on a page that numbers one from N other than 1, by <ol start> or <li value>; a numbered sub-list's"
    " items '- (b) ' as its type labels them), spaces collapsed; a table of"
    " three or more columns a row a line, cells apart by a tab, a cell's paragraphs apart by two spaces, a cell"
    " spanning rows repeated on each; the alt text of images before any text (a banner) as lines at the end; a page"
    ' with a main content element (<main>, role="main") read from it alone, the site\'s menus and footer left out'
)


@dataclass
class _Cell:
    paragraphs: list[str] = field(default_factory=lambda: [""])
    rowspan: int = 1

    def add(self, chunk: str) -> None:
        if self.paragraphs[-1] in ("", "- "):
            chunk = chunk.lstrip()
        self.paragraphs[-1] += chunk

    def new_paragraph(self, marker: str = "") -> None:
        if self.paragraphs[-1].strip():
            self.paragraphs.append(marker)
        else:
            self.paragraphs[-1] = marker

    def texts(self) -> list[str]:
        return [t for t in (p.strip() for p in self.paragraphs) if t and t != "-"]


@dataclass
class _Table:
    rows: list[list[_Cell]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The table as lines: a row a line when it is data, a cell's paragraphs a line each when it is layout."""
        if self._columns_with_words() < _DATA_COLUMNS:
            return [text for row in self.rows for cell in row for text in cell.texts()]
        out, pending = [], {}  # column → (cell, rows it still spans)
        for row in self.rows:
            cells, given = [], iter(row)
            column = 0
            while True:
                if column in pending:
                    cell, left = pending[column]
                    cells.append(cell)
                    pending = {k: v for k, v in pending.items() if k != column} | ({column: (cell, left - 1)} if left > 1 else {})
                else:
                    cell = next(given, None)
                    if cell is None:
                        break
                    cells.append(cell)
                    if cell.rowspan > 1:
                        pending[column] = (cell, cell.rowspan - 1)
                column += 1
            texts = [PARAGRAPH_JOIN.join(c.texts()) for c in cells]
            while texts and not texts[-1]:
                texts.pop()
            if texts:
                out.append("\t".join(texts))
        return out

    def _columns_with_words(self) -> int:
        """How many columns hold words in some row: a committee page's empty icon or spacer column makes no layout
        table data."""
        return len({i for row in self.rows for i, cell in enumerate(row) if cell.texts()})


class _Renderer(HTMLParser):
    def __init__(self, number_lists: bool = False, main_only: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.banner: list[str] = []  # alt text of the images before any text
        self.tables: list[_Table] = []  # open tables, innermost last
        self.cells: list[_Cell | None] = []  # the open cell of each open table
        self.seen_text = False
        self.lists: list[list[int] | None] = []  # each open <ol>'s next number; None for a <ul>
        self.number_lists = number_lists  # a page that numbers a list from N writes every list's numbers
        self.numbered: str | None = None  # a numbered item's marker, written before its first words
        self.label: str | None = None  # a numbered sub-list's item's label, '(b) ', written before its first words
        self.main_only = main_only  # a page with a <main> (or role="main"): the site's chrome around it is not read
        self.main: list[str] = []  # the tag that opened the main content, once per open tag of that name inside it

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def _cell(self) -> _Cell | None:
        return self.cells[-1] if self.cells else None

    def _outside_main(self, tag: str, attrs: list, start: bool) -> bool:
        """Is the tag outside the page's main content (a cookie banner, the site's header, menus, breadcrumbs,
        footer), where a page has one? Counts the main element's own tag inside it, so its end is found."""
        if not self.main_only:
            return False
        if start and (self.main or tag == "main" or (dict(attrs).get("role") or "").casefold() == "main"):
            if self.main and tag != self.main[0]:
                return False
            self.main.append(tag)
            return False
        if not start and self.main and tag == self.main[0]:
            self.main.pop()
            return False
        return not self.main

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if self._outside_main(tag, attrs, start=True) and not (tag == "img" and not self.seen_text):
            return
        if tag in _SKIP:
            self.skip += 1
        elif tag == "img" and not self.skip and not self.seen_text:
            alt = " ".join((dict(attrs).get("alt") or "").split())  # a banner before any text: its words
            if alt:  # ('Oxfordshire County Council') are the page's, read after its text so no quote or title moves
                self.banner.append(alt)
        elif tag == "table":
            self._newline()
            self.tables.append(_Table())
            self.cells.append(None)
        elif tag == "tr" and self.tables:
            self.tables[-1].rows.append([])
            self.cells[-1] = None
        elif tag in ("td", "th") and self.tables:
            table = self.tables[-1]
            if not table.rows:
                table.rows.append([])
            span = dict(attrs).get("rowspan") or "1"
            cell = _Cell(rowspan=int(span) if span.isdigit() and 0 < int(span) < 1000 else 1)
            table.rows[-1].append(cell)
            self.cells[-1] = cell
        elif tag in _BLOCK:
            if tag == "ol":
                start = dict(attrs).get("start") or ""
                self.lists.append([int(start) if start.isdigit() else 1, (dict(attrs).get("type") or "1").strip()[:1]])
            elif tag == "ul":
                self.lists.append(None)
            if (cell := self._cell()) is not None:
                cell.new_paragraph("- " if tag == "li" else "")
                return
            self._newline()
            if tag == "li" and self.lists and (numbers := self.lists[-1]) is not None:
                value = (dict(attrs).get("value") or "").strip()
                if value.isdigit():  # `<li value="15">`: the item's number, and the next items' from it on
                    numbers[0] = int(value)
                numbers[0] += 1
                if self.number_lists and len(self.lists) == 1:  # not a sub-list's, whose items are its item's words
                    self.numbered = f"{numbers[0] - 1}. "  # the number the page shows, unless the item types its own
                    return
                if len(self.lists) > 1:  # a numbered sub-list's item: '- ', then its label, '(b) ', as the page shows
                    self.label = f"({_label(numbers[0] - 1, numbers[1])}) "  # it, unless the item types its own
            if tag == "li":
                self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if self._outside_main(tag, [], start=False):
            return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "table" and self.tables:
            table = self.tables.pop()
            self.cells.pop()
            lines = table.lines()
            if (outer := self._cell()) is not None:  # a table inside a cell: its lines are the cell's paragraphs,
                for line in lines:  # its cells apart by two spaces, so the outer row keeps its columns
                    outer.new_paragraph()
                    outer.add(line.replace("\t", PARAGRAPH_JOIN))
                outer.new_paragraph()
            elif lines:
                self._newline()
                self.parts.append("\n".join(lines) + "\n")
        elif tag in ("td", "th") and self.tables:
            self.cells[-1] = None
        elif tag in _BLOCK:
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()
            if tag == "li":
                self.label = None  # an empty sub-item's label is not the next words'
            if (cell := self._cell()) is not None:
                cell.new_paragraph()
                return
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip or (self.main_only and not self.main):
            return
        chunk = re.sub(r"\s+", " ", data)
        self.seen_text = self.seen_text or bool(chunk.strip())
        if self.tables:
            cell = self._cell()
            if cell is None and chunk.strip():  # text between cells: read as a cell of its own row
                cell = _Cell()
                table = self.tables[-1]
                if not table.rows:
                    table.rows.append([])
                table.rows[-1].append(cell)
                self.cells[-1] = cell
            if cell is not None:
                cell.add(chunk)
            return
        if self.parts and self.parts[-1].endswith(("\n", "- ")):
            chunk = chunk.lstrip()
        if chunk and self.numbered is not None:  # an item of a list numbered from N: its number, or '- ' before
            self.parts.append("- " if _OWN_NUMBER.match(chunk) else self.numbered)  # a number it types itself
            self.numbered = None
        if chunk and self.label is not None:
            if not _OWN_LABEL.match(chunk):
                self.parts.append(self.label)
            self.label = None
        if chunk:
            self.parts.append(chunk)

    def close(self) -> None:
        super().close()
        while self.tables:  # a table never closed: read what it holds
            self.handle_endtag("table")


def _rendered(markup: str, number_lists: bool, main_only: bool) -> _Renderer:
    renderer = _Renderer(number_lists=number_lists, main_only=main_only)
    try:
        renderer.feed(markup)
        renderer.close()
    except (AssertionError, ValueError) as err:  # html.parser gives up on some malformed declarations ('<![ ')
        raise ReadError(f"HTML too broken to read ({str(err).splitlines()[0][:80]})") from None
    return renderer


def read_html(markup: str) -> tuple[str, str]:
    """Return (text, normalisation) for an HTML document."""
    numbered = _NUMBERED_FROM.search(markup) is not None
    renderer = _rendered(markup, numbered, main_only=_MAIN.search(markup) is not None)
    if renderer.main_only and not "".join(renderer.parts).strip():  # 'main' only in a comment or a script's string,
        renderer = _rendered(markup, numbered, main_only=False)  # or an empty one: the page is read whole
    lines = [line.rstrip() for line in "".join(renderer.parts).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    if renderer.banner:
        text += "\n" + "\n".join(renderer.banner) + "\n"
    return text, NORMALISATION
