"""A page's lines put back where they are printed when the file gives them after the lines below them: a browser prints
a list whose bullets are drawn as shapes (each item a positioned box) after the rest of the page, so PDFium's text
would give a report's recommendations under its closing words. Only a run that fills a hole the page's other lines
leave (between two lines the file gives one after the other, in the same column, and none printed between them) is
moved, or a run given last that is printed atop the page's first line (a list going on from the page before: the hole
is above the page); a running head or foot drawn last, or a table's second column, stays where the file gives it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

_BREAK = "\r\n"  # PDFium's line break in a page's text


@dataclass
class _Printed:
    text: str  # the line as PDFium gives it, with any blank lines after it (apart by CRLF)
    top: float  # the top of its first or last character, the higher (PDF space: up is more)
    bottom: float  # the bottom of its first or last character, the lower
    left: float
    right: float
    first: int = -1  # its first printed character's index in the page's text (-1: a blank line atop the page)


def in_print_order(textpage, raw: str) -> str | None:
    """The page's raw text (lines apart by CRLF) with each run of lines that the file gives after the lines below it
    moved into the hole those lines leave for it; None where no line moves, or where the text is not PDFium's
    characters one for one (`get_text_range`), so a line's place cannot be measured."""
    if _BREAK not in raw or not _may_move(textpage, raw) or textpage.get_text_range() != raw:
        return None
    lines = _lines(textpage, raw)
    order = list(range(len(lines)))
    moved = False
    k = 1
    while k < len(order):
        line, before = lines[order[k]], lines[order[k - 1]]
        at = _hole(lines, order, k) if line.bottom > before.top else None
        if at is None:
            k += 1
            continue
        below = lines[order[at + 1]]
        end = k + 1
        while end < len(order) and _fits(lines[order[end]], lines[order[end - 1]], below):
            end += 1
        order[at + 1 : end] = order[k:end] + order[at + 1 : k]
        moved, k = True, end
    top = _top_run(lines, order)
    if top and _body_size(textpage, [lines[n] for n in order[top:]], [lines[n] for n in order[:top]]):
        order, moved = order[top:] + order[:top], True
    return _BREAK.join(lines[n].text for n in order) if moved else None


def _top_run(lines: list[_Printed], order: list[int]) -> int:
    """Where a run given last starts that belongs at the page's top (0 where none): printed above all the lines given
    before it, the first of which is the highest of them (the page's first line) and in the run's column, each of its
    lines under the one before; fewer lines than those before it (a page's foot or number given first, then the page,
    is no such run). A browser gives a list's items after the page below them when they continue from the page before."""
    at = _last_above([lines[n].top for n in order], [lines[n].bottom for n in order])
    if at is None:
        return 0
    run, first = [lines[n] for n in order[at:]], lines[order[0]]
    if any(lines[n].top > first.top for n in order[1:at]) or not all(_column(line, first) for line in run):
        return 0
    return at if all(line.top < above.bottom for above, line in zip(run, run[1:], strict=False)) else 0


def _body_size(textpage, run: list[_Printed], before: list[_Printed]) -> bool:
    """Is the run set in the page's body size (the size most of the lines before it open with) or larger: the page's
    own words, not a running head drawn last, which is set smaller (asked only of a run `_top_run` would move)?"""
    import pypdfium2.raw as pdfium

    def size(line: _Printed) -> float:
        return round(pdfium.FPDFText_GetFontSize(textpage.raw, line.first), 1)

    body = Counter(size(line) for line in before if line.first >= 0).most_common(1)
    return not body or min(size(line) for line in run) >= body[0][0]


def _hole(lines: list[_Printed], order: list[int], k: int) -> int | None:
    """Where the line at `k` (in the order so far) belongs among the lines before it: after the one at the index
    returned, printed above it, when the next of them is printed below it, both in its column, and no line before
    it is printed between those two (the hole it fills)."""
    line = lines[order[k]]
    for at in range(k - 1):
        above, below = lines[order[at]], lines[order[at + 1]]
        if not (above.bottom > line.top and below.top < line.bottom and _column(line, above) and _column(line, below)):
            continue
        if any(other.bottom < above.bottom and other.top > below.top for other in (lines[n] for n in order[:k])):
            return None  # a line printed in the hole: the page's lines are in no simple order
        return at
    return None


def _fits(line: _Printed, previous: _Printed, below: _Printed) -> bool:
    """Does the line go on with the run being moved: printed under the run's last line, above the hole's lower edge,
    in its column?"""
    return line.top < previous.bottom and line.bottom > below.top and _column(line, below)


def _column(one: _Printed, other: _Printed) -> bool:
    """Are the two lines printed in one column: do their extents across the page overlap?"""
    return one.left < other.right and other.left < one.right


def _may_move(textpage, raw: str) -> bool:
    """Could a line move, told from each line's first character alone: is one printed above the line before it with
    two lines the file gives one after the other before it, the first printed lower than its top, the second higher
    than its bottom (the hole `_hole` looks for)? A line's box holds its first character's, so where no line's first
    character does, no line does and none moves: the first test of every page, a box a line, no second text."""
    import ctypes

    import pypdfium2.raw as pdfium

    char_box, handle = pdfium.FPDFText_GetCharBox, textpage.raw
    left, right, low, high = (ctypes.c_double() for _ in range(4))  # PDFium's call made here: a box a line of the page
    tops: list[float] = []  # each line's first character's top and bottom (blank lines go with the line before)
    bottoms: list[float] = []
    index = 0
    for text in raw.split(_BREAK):
        kept = text.lstrip()
        if kept:
            if char_box(handle, index + len(text) - len(kept), left, right, low, high):
                bottom, top = low.value, high.value
            else:
                bottom = top = 0.0  # as `_box` gives a character PDFium has no box for
            if tops and bottom > tops[-1] and any(bottoms[at] > top and tops[at + 1] < bottom for at in range(len(tops) - 1)):
                return True
            tops.append(top)
            bottoms.append(bottom)
        elif not tops:  # blank lines atop the page: a line printed nowhere, as `_lines` has them
            tops.append(float("inf"))
            bottoms.append(float("inf"))
        index += len(text) + len(_BREAK)
    return _last_above(tops, bottoms) is not None


def _last_above(tops: list[float], bottoms: list[float]) -> int | None:
    """Where the run the file gives last, printed above all the lines it gives before it, starts (`_top_run`'s test
    of the lines' places alone): fewer lines than those before it, two or more of them; None where there is none."""
    half = len(tops) // 2
    if len(tops) <= _BEFORE_LEAST or bottoms[-1] <= max(tops[0], tops[half]):  # the last line printed lower than the
        return None  # page's first or middle line given (every page in flow): one test
    highest = list(accumulate(tops, max))  # the highest top of the lines up to each
    lowest = float("inf")  # the lowest bottom of the lines from k on
    for k in range(len(tops) - 1, 0, -1):
        lowest = min(lowest, bottoms[k])
        if k < _BEFORE_LEAST or len(tops) - k >= k:
            return None
        if lowest > highest[k - 1]:
            return k
    return None


_BEFORE_LEAST = 2  # lines the file gives before a run it gives last: a page's number or foot given first is not a page


def _lines(textpage, raw: str) -> list[_Printed]:
    """The page's lines with where each is printed; a blank line goes with the line before it."""
    lines: list[_Printed] = []
    box = _box(textpage)
    index = 0
    for text in raw.split(_BREAK):
        kept = text.strip()  # the line's first and last printed characters: where it stands
        if kept:
            start = len(text) - len(text.lstrip())
            first, last = box(index + start), box(index + start + len(kept) - 1)
            left, bottom, right, top = first[0], min(first[1], last[1]), last[2], max(first[3], last[3])
            lines.append(_Printed(text, top, bottom, left, right, index + start))
        elif lines:
            lines[-1].text += _BREAK + text
        else:
            lines.append(_Printed(text, float("inf"), float("inf"), 0.0, 0.0))  # blank lines atop the page
        index += len(text) + len(_BREAK)
    return lines


def _box(textpage) -> Callable[[int], tuple[float, float, float, float]]:
    """A character's tight box (left, bottom, right, top) through PDFium's own call on the page, four numbers reused
    for every character, as `PdfTextPage.get_charbox` gives it without the helper's objects (see pdf_layout._Chars)."""
    import ctypes

    import pypdfium2.raw as raw

    left, right, bottom, top = (ctypes.c_double() for _ in range(4))

    def box(index: int) -> tuple[float, float, float, float]:
        if not raw.FPDFText_GetCharBox(textpage.raw, index, left, right, bottom, top):
            return 0.0, 0.0, 0.0, 0.0
        return left.value, bottom.value, right.value, top.value

    return box
