"""Running headers, footers and page numbers of a paged document, found so a view can skip them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from findings.segment.lines import Line, split_lines

_DIGITS = re.compile(r"\d+")
_SHORT = 4  # pages: up to this many, lines alike at the top (or bottom) of two pages are running


@lru_cache(maxsize=8)
def _pages(text: str, page_starts: tuple[int, ...]) -> tuple[list[Line], ...]:
    """Each page's non-blank lines, split once for the several readers that look at a document's page edges.

    Where every page starts a line (a PDF's pages are joined by a line break, a form feed and a line break), a
    page's lines are the document's lines that start on it: the document is split once (and kept, for the readers
    that read all its lines), not once more page by page."""
    bounds = list(zip(page_starts, page_starts[1:] + (len(text),), strict=True))
    if any(b < a for a, b in bounds) or any(start and text[start - 1 : start] not in _BREAKS for start in page_starts):
        return tuple([line for line in split_lines(text, start, end) if not line.blank] for start, end in bounds)
    lines = split_lines(text)
    firsts = [line.start for line in lines]
    return tuple(
        [line for line in lines[bisect_left(firsts, start) : bisect_left(firsts, end)] if not line.blank] for start, end in bounds
    )


_BREAKS = ("\n", "\f")  # what ends a line (findings.segment.lines)


@lru_cache(maxsize=1 << 12)
def _shape(text: str) -> str:
    """A line's shape, digits as '#' (once a text: the edges of each page are compared again on each peel)."""
    return _DIGITS.sub("#", " ".join(text.split())).casefold()


def running_lines(text: str, page_starts: list[int], edge: int = 3, share: float = 0.4) -> set[int]:
    """Start offsets of lines that repeat at the top or bottom of many pages (digits ignored), and page numbers.

    A line counts when its shape (digits as '#') stands within `edge` lines of a page's top, or of its bottom, on at
    least `share` of the pages (and on three or more; in a report of up to four pages, also the lines alike on two of
    its pages from the very top down or the very bottom up); a line that is only a number at a page's edge is a page
    number.
    """
    if len(page_starts) < 2:
        return set()
    pages = _pages(text, tuple(page_starts))
    needed = max(3, int(len(pages) * share))
    found: set[int] = _short_report_edges(pages, edge) if len(pages) <= _SHORT else set()
    for _ in range(_PEELS):  # furniture found, the lines inside it are at the page's edge: a footer wrapped over two
        # lines pushes the header a browser prints after it ('Inspection report: Anytown Council') beyond `edge`
        left = [[line for line in page if line.start not in found] for page in pages]
        more: set[int] = set()
        for edges in ([page[:edge] for page in left], [page[-edge:] for page in left]):  # counted by edge: lines alike at
            # the tops of two pages and the bottom of a third ('Capacity for improvement Good') are no running line
            counts = Counter(shape for lines in edges for shape in {_shape(line.text) for line in lines})
            shapes = [(line.start, _shape(line.text)) for lines in edges for line in lines]
            more |= {start for start, shape in shapes if counts[shape] >= needed or shape == "#"}
        if more <= found:
            break
        found |= more
    return found


_PEELS = 3  # rounds: furniture stacked at a page's edge (a header, a page number, a footer of two lines)


_DEEPER = 3  # lines: how much deeper than `edge` a short report's chain of lines alike may go


def _short_report_edges(pages: list[list[Line]], edge: int) -> set[int]:
    """A short report's header is on all its pages but the first, so on two of them: the lines alike on two pages
    from the very top down (or the very bottom up), each below (above) lines alike too; not a line alike elsewhere
    ('Grade 3 (Adequate)' under two different headings)."""
    found: set[int] = set()
    for side in (1, -1):
        alive = [page for page in pages if page]
        for depth in range(edge + _DEEPER):  # down (up) while the lines stay alike: furniture stacked deeper than `edge`
            here = [(page, page[depth if side == 1 else -1 - depth]) for page in alive if len(page) > depth]
            counts = Counter(_shape(line.text) for _, line in here)
            alike = [(page, line) for page, line in here if counts[_shape(line.text)] >= 2]
            found.update(line.start for _, line in alike)
            alive = [page for page, _ in alike]
    return found


def known_headers(
    text: str,
    page_starts: list[int],
    title: re.Pattern[str],
    under: re.Pattern[str],
    edge: int = 3,
    whole: re.Pattern[str] | None = None,
) -> set[int]:
    """Start offsets of a header of a known shape that may be printed once (a two-page letter, a text copy of a
    report): a `title` line at the top of a page after the first, or anywhere but the opening with a line of the
    `under` shape below it ('Inspection of X children’s services' over '1 July – 12 July 2019 2'); and that line.
    A header that is one line with its page number (`whole`: 'Anytown Council Inspection of looked after children
    services 5') is skipped anywhere but the opening."""
    pages = _pages(text, tuple(page_starts) or (0,))
    lines = [line for page in pages for line in page]
    tops = {line.start for page in pages[1:] for line in page[:edge]}
    found: set[int] = set()
    for n, line in enumerate(lines):
        if whole is not None and n >= _OPENING_LINES and whole.match(line.stripped):
            found.add(line.start)
            continue
        if not title.match(line.stripped):
            continue
        below = lines[n + 1] if n + 1 < len(lines) else None
        dated = below is not None and bool(under.match(below.stripped))
        if line.start in tops or (dated and n >= _OPENING_LINES):
            found.add(line.start)
            if dated:
                found.add(below.start)
    return found


_OPENING_LINES = 6  # a document's first lines hold its title, which may be the header's words


def title_headers(text: str, page_starts: list[int], edge: int = 3) -> set[int]:
    """Start offsets of lines at the top of a page after the first that repeat the document's title, its first
    line ('Inspection of safeguarding and looked after children services: Norfolk' under the title 'Inspection of
    safeguarding and looked after children services'): a header, even on the one page of a short report that has it."""
    pages = _pages(text, tuple(page_starts)) if len(page_starts) > 1 else ()
    first = pages[0][0] if pages and pages[0] else None
    if first is None or len(first.stripped) < _TITLE_SHORTEST:
        return set()
    title = " ".join(first.text.split()).casefold()
    return {line.start for page in pages[1:] for line in page[:edge] if _repeats(" ".join(line.text.split()).casefold(), title)}


def _repeats(line: str, title: str) -> bool:
    """Is the line the title, alone or with a short tail after a separator ('…: Norfolk', '– 9 December 2019'), not
    a sentence that opens with the title's words ('… Committee resolved to ask for a report.')?"""
    if not line.startswith(title):
        return False
    tail = line[len(title) :].strip()
    return not tail or (tail[:1] in _TAIL_MARKS and len(tail.split()) <= _TAIL_WORDS and not tail.endswith("."))


_TAIL_MARKS = ":-–—,|("  # what parts a header's title from its tail
_TAIL_WORDS = 6


_TITLE_SHORTEST = 25  # characters: a shorter first line ('Ofsted', a council's name) is no title to find again


def numbered_repeats(text: str, page_starts: list[int], least: int = 3) -> set[int]:
    """Start offsets of a report's text copy's running header or footer, which no page break finds: lines of one
    shape (digits as '#') of five words or more, the last a page number, printed at least `least` times with their
    numbers rising ('Anytown Council Inspection of looked after children services 5', '… 6', …); a heading that
    numbers a paper's parts ('Area for improvement 2') is shorter. Only for a report (body_lines' `known`)."""
    if len(page_starts) > 1:
        return set()
    by_shape: dict[str, list[Line]] = {}
    for line in split_lines(text):
        words = line.text.split()
        if len(words) >= _HEADER_WORDS and words[-1].isdigit() and len(words[-1]) <= 3 and not words[0][:1].isdigit():
            by_shape.setdefault(_shape(line.text), []).append(line)
    found: set[int] = set()
    for lines in by_shape.values():
        numbers = [int(line.text.split()[-1]) for line in lines]
        if len(lines) >= least and all(a < b for a, b in zip(numbers, numbers[1:], strict=False)):
            found.update(line.start for line in lines)
    return found


_HEADER_WORDS = 5  # words of a text copy's running header at least, its page number among them


def body_lines(
    text: str,
    page_starts: list[int],
    start: int = 0,
    end: int | None = None,
    known: tuple | None = None,
    words: Callable[[str], bool] | None = None,
) -> list[Line]:
    """The lines of text[start:end] without running headers (also one that repeats the title once), footers and
    page numbers (form feeds dropped); `known` is (title, under, whole), the patterns of a report's header the layout
    knows (`known_headers`), skipped even when printed once, with a report's text copy's repeated headers
    (`numbered_repeats`). A line that `words` says is the document's own words (a report's list timescale, 'Within six
    months', the last cell of two tables that each end their page) is never taken for furniture by its repeating."""
    skip = running_lines(text, page_starts) | title_headers(text, page_starts)
    if words is not None:
        skip -= {line.start for line in split_lines(text) if line.start in skip and words(line.text)}
    if known is not None:  # a report's: its text copy's headers too, which no page break finds
        title, under, whole = known
        skip |= known_headers(text, page_starts, title, under, whole=whole) | numbered_repeats(text, page_starts)
        skip |= beside(text, skip) if len(page_starts) <= 1 else set()  # a text copy's: no page break finds them
    return [line for line in split_lines(text, start, end) if line.start not in skip]


_SAID = (".", ":", ";", "?", "!")  # what a sentence or a list's heading ends with, and a page's furniture never


def beside(text: str, found: set[int], reach: int = 2, least: int = 3) -> set[int]:
    """Start offsets of the lines printed with a running header or footer already found (`found`), up to `reach`
    lines above or below it: a page's number alone right by it ('2'); and a line in a shape (digits as '#') printed so `least`
    times, or twice where it names what the mark beside it names ('Nottinghamshire children's services inspection
    report' by 'Ofsted report: Nottinghamshire, … Page 1 of 3'), and mostly so: the rest of a text copy's page
    furniture ('Ofsted report – printed 02/11/2010 09:14' / 'Kent County Council' over '… Page 6 of 9'). A heading
    that happens to stand by one once or twice ('Within six months:', 'Areas for improvement' under each of a
    two-section report's page marks) is no furniture, nor a line that ends a sentence or opens a list (furniture
    never does)."""
    if not found:
        return set()
    lines = [line for line in split_lines(text) if not line.blank]
    shapes = Counter(_shape(line.text) for line in lines)
    near: dict[str, list[tuple[int, bool]]] = {}
    numbers: set[int] = set()
    for n, line in enumerate(lines):
        if line.start not in found:
            continue
        marked = set(_WORDS.findall(line.text.casefold()))
        for k in (*range(n - reach, n), *range(n + 1, n + 1 + reach)):
            if not 0 <= k < len(lines) or lines[k].start in found or lines[k].text.rstrip().endswith(_SAID):
                continue
            if _PAGE_NUMBER.fullmatch(lines[k].text.strip()):
                if abs(k - n) == 1:  # right by the mark: an item's figure wrapped a line below it is not
                    numbers.add(lines[k].start)
                continue
            named = bool(marked & set(_WORDS.findall(lines[k].text.casefold())))
            near.setdefault(_shape(lines[k].text), []).append((lines[k].start, named))
    furniture = [
        starts
        for shape, starts in near.items()
        if 2 * len(set(starts)) >= shapes[shape]
        and (len(set(starts)) >= least or (len(set(starts)) >= 2 and all(named for _, named in starts)))
    ]
    return numbers | {start for starts in furniture for start, _ in starts}


_WORDS = re.compile(r"[a-z]{4,}")  # a word a header and its page mark may share (a council's, a report's name)
_PAGE_NUMBER = re.compile(r"\d{1,3}")  # a page's number on a line of its own
