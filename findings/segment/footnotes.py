"""Footnote marks inside a paragraph's prose, and the footnotes they point to: neither is a word of the paragraph.

A browser prints a footnote's mark as a superscript; a PDF's text sets it on a line of its own between the lines of
its sentence ('… the multi-agency safeguarding hub (MASH)' / '3' / '. This means …'), or keeps it on the line, run
into the word it follows or after a closing bracket, before the stop that ends the clause ('hub3,', '(MASH)3.',
'(MASH) 3.'; not 'aged under 5.', a figure). It is a mark only where its footnote is printed below it on the same
page (in a copy without pages, within a few lines): a line opening with the number and a capital ('3 The MASH brings
together …'), or the number on a line of its own over one that opens with a capital, as Ofsted's PDFs print it. That
footnote, down to the page's end, is no word of the paragraph that page break cuts either."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from findings.extract.lexicons import PatternError, load_json, regex

LAYOUT = "footnote_layout.json"  # the marks and notes as data a QA lead edits (extract/footnote_layout.json)
_ALONE = regex(LAYOUT, "mark_alone")  # the mark alone on its line, then more words: opening with a newline, the
# pattern is tried only at the newlines (one opening with a look behind is tried at every character of the text)
_ENDS_LINE = frozenset(load_json(LAYOUT)["mark_alone_after"])  # the line above ends in a word or a bracket (`_alone`)
_RUN_IN = regex(LAYOUT, "mark_run_in")  # 'hub3,', '(MASH) 3.': looking behind after the mark's first digit
_NOTE = load_json(LAYOUT)["note"]  # the footnote a mark points to, '{n}' its number
_REACH = int(load_json(LAYOUT)["reach_lines"])  # lines below the mark its footnote is looked for in, in a copy without pages


def footnotes(text: str, page_starts: list[int]) -> list[tuple[int, int]]:
    """The [start, end) of each footnote mark in `text` that its footnote confirms, and of each such footnote down to
    its page's end (in a copy without pages, the footnote's line), in order."""
    return _footnotes(text, tuple(page_starts))


@lru_cache(maxsize=8)
def _footnotes(text: str, page_starts: tuple[int, ...]) -> list[tuple[int, int]]:
    pages = sorted({0, *page_starts})
    paged = len(pages) > 1
    out: set[tuple[int, int]] = set()
    for mark in (*_alone(text), *_RUN_IN.finditer(text)):
        page = bisect_right(pages, mark.start("n"))
        end = pages[page] if page < len(pages) else len(text)
        below = text.find("\n", mark.end(), end) + 1  # the footnote is on a line below the mark's
        if not below:
            continue
        if not paged:  # within a few lines
            end = _lines_on(text, below, end)
        note = _note(mark.group("n")).search(text, below, end)
        if note is not None:
            line_end = text.find("\n", note.end(), end)
            out |= {mark.span("n"), (note.start(), end if paged else line_end if line_end >= 0 else end)}
    return sorted(out)


def _alone(text: str) -> list[re.Match[str]]:
    """The marks alone on their lines (`_ALONE`) whose line above ends in a word or a bracket, spaces and tabs aside."""
    found = []
    for mark in _ALONE.finditer(text):
        at = mark.start()
        while at and text[at - 1] in " \t":
            at -= 1
        if at and text[at - 1] in _ENDS_LINE:
            found.append(mark)
    return found


@lru_cache(maxsize=128)
def _note(number: str) -> re.Pattern[str]:
    """The footnote of mark `number`: the layout's 'note' with its '{n}' given the number."""
    try:
        return re.compile(_NOTE.replace("{n}", number))
    except re.error as err:
        raise PatternError(f"{LAYOUT}: 'note': {err}") from None


def _lines_on(text: str, start: int, end: int) -> int:
    """Where the `_REACH` lines from `start` end (at most `end`)."""
    at = start
    for _ in range(_REACH):
        at = text.find("\n", at, end) + 1
        if not at:
            return end
    return at
