"""A report's running heads and feet in any layout: lines at a page break that repeat its title block or number the page.

Ofsted's own layouts are known by pattern (findings.segment.running.known_headers); a reprint, a council's copy or an
older framework's report prints its own: the council's name, the report's title and the fieldwork dates over the
page's number, at the foot or the head of a page. Such lines are told by what they repeat, not by one layout's words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from findings.segment.lines import Line, split_lines

_WORD = re.compile(r"[\w'’]+")
_SAID = (".", ";", "?", "!", ":")  # what a sentence or a list's heading ends with, and a page's furniture never
_TAIL_MARKS = ":-–—,|("  # what parts a title's line from a short tail ('Anytown Council — Inspection report 2015')


@dataclass(frozen=True)
class Furniture:
    """What a report's page furniture looks like (extract/report_layout.json title_furniture), and the report's own
    title block, whose lines the furniture repeats."""

    page_tail: re.Pattern[str]
    page_head: re.Pattern[str]
    titles: tuple[re.Pattern[str], ...]  # a framework's title, repeated in a foot though the title block words it otherwise
    reach: int
    tail_words: int
    longest_words: int
    joins: re.Pattern[str]  # what parts the title block's lines joined in a page's head ('Anytown Council — Inspection of …')


@dataclass(frozen=True)
class _Look:
    """A line's likeness to furniture: it looks like it, and it marks a page on its own (a page's number)."""

    like: bool
    paged: bool


def _tokens(text: str) -> list[str]:
    """A text's words, folded, curly apostrophes straight, a footnote's mark glued to a word dropped ('Board1'). The
    pattern is asked only of a word ending in a digit (`isdigit` holds for every decimal digit a pattern matches; most words
    end in none), the apostrophes straightened in the whole text at once (`_WORD` takes both as a word's)."""
    return [_MARK.sub("", w) if w[-1].isdigit() else w for w in _WORD.findall(text.casefold().replace("’", "'"))]


_MARK = re.compile(r"(?<=[a-z])\d{1,2}$")  # a footnote's mark glued to a word


def _look(text: str, title_words: str, title_lines: list[str], kind: Furniture) -> _Look:
    """Does the line look like a running head or foot: a page's number alone or after a page's word ('… — page 4'), or
    the title block's words in a run (the council's name, the title, the dates), a framework's title, or a line of the
    title block with a short tail, each maybe with the page's number after it? Never a line that ends a sentence."""
    line = " ".join(text.split())
    if not line or line.endswith(_SAID) or len(line.split()) > kind.longest_words:
        return _Look(False, False)
    mark = kind.page_tail.search(line) or kind.page_head.match(line)
    rest = (line[: mark.start()] + line[mark.end() :]).strip(" " + _TAIL_MARKS) if mark else line
    if mark and (not rest or mark.group("page")):
        return _Look(True, True)  # '3', 'Page 3 of 8', '… inspection report — page 4'
    if not rest or rest.rsplit(None, 1)[-1].casefold() in _GOES_ON:
        return _Look(False, False)  # '… report to the': an item's words stopped mid-phrase, no title's
    capital = rest[:1].isupper() or rest[:1].isdigit() or bool(mark)  # not an item's wrapped words ('children looked after')
    parts = [part for part in _PARTS.split(rest) if part.strip()]  # 'Anytown Council | Inspection of … | 3 to 14 June 2019'
    whole = _of_title(rest, title_words, title_lines, kind)
    like = capital and (whole or (len(parts) > 1 and all(_of_title(p.strip(), title_words, title_lines, kind) for p in parts)))
    return _Look(like, like and bool(mark))


_GOES_ON = {"and", "or", "of", "the", "a", "an", "to", "for", "in", "on", "with", "by", "at", "from", "that"}
_PARTS = re.compile(r"\s+[|–—]\s+|\s*\|\s*|\t|\s{2,}")  # what parts a foot's pieces: a rule, a dash set apart, a tab


def _of_title(part: str, title_words: str, title_lines: list[str], kind: Furniture) -> bool:
    """Does a piece of a line repeat the title block: its words in a run (the council's name, the title, the dates),
    a framework's title, or a line of the block with a short tail?"""
    words = _tokens(part)
    run = bool(words) and f" {' '.join(words)} " in title_words and max(map(len, words)) >= _WORD_LEAST
    run = run and (len(words) > 1 or part[:1].isupper())  # one word: a name ('Bristol')
    return run or any(t.match(part) for t in kind.titles) or any(_repeats(part, t, kind.tail_words) for t in title_lines)


_WORD_LEAST = 4  # letters: a run of the title's words holds one word this long ('Inspection', 'Council'), not 'of the'


def _repeats(line: str, title: str, tail_words: int) -> bool:
    """Is the line a title block's line of two words or more with a short tail after a separator?"""
    if len(title.split()) < 2 or not line.casefold().startswith(title.casefold()):
        return False
    tail = line[len(title) :].strip()
    return bool(tail) and tail[:1] in _TAIL_MARKS and len(tail.split()) <= tail_words


def title_furniture(text: str, page_starts: list[int], title_end: int, skipped: set[int], kind: Furniture) -> set[int]:
    """Start offsets of the lines after the title block (text[:title_end]) that are a running head or foot: lines that
    look like one (`_look`) standing together at a page break (a form feed), one of them a page's number, already
    skipped (`skipped`: a page's number or header found otherwise) or printed at another break too; in a copy with no
    page breaks, such lines around one that numbers a page or is printed again further on."""
    lines = [line for line in split_lines(text) if not line.blank]
    block = [" ".join(line.text.split()) for line in lines if line.start < title_end][:_TITLE_LINES]
    title_words = f" {' '.join(_tokens(' '.join(block)))} "
    if len(page_starts) > 1:  # only a break's neighbours are asked, each once, outward until one looks like none
        looks = _Looks(lines, title_end, title_words, block, kind)
        return _at_breaks(lines, page_starts, len(text), looks, skipped, kind.reach) | _numbered_feet(lines, looks)
    looks = {n: _look(line.text, title_words, block, kind) for n, line in enumerate(lines) if line.start >= title_end}
    return _around_marks(lines, looks, skipped, kind.reach)


_TITLE_LINES = 15  # non-blank lines: a title block's at most (a council's name, a title wrapped, its dates)


def _shape(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.split()).casefold())


class _Looks(dict):
    """Each line's look (`_look`), worked out the first time it is asked; None for a line of the title block."""

    def __init__(self, lines: list[Line], title_end: int, title_words: str, block: list[str], kind: Furniture) -> None:
        super().__init__()
        self.lines, self.title_end, self.title_words, self.block, self.kind = lines, title_end, title_words, block, kind
        self.block_words = [words for words in map(_tokens, block) if words]  # each block line's words, read once a
        # report: every page break asks them (`_joined_title`, `_longest`)

    def __missing__(self, n: int) -> _Look | None:
        line = self.lines[n]
        look = _look(line.text, self.title_words, self.block, self.kind) if line.start >= self.title_end else None
        self[n] = look
        return look


def _numbered_feet(lines: list[Line], looks: _Looks) -> set[int]:
    """Start offsets of the lines that repeat the title block's words with a page's number after them ('Inspection
    dates: 16 July 2012 – 27 July 2012 3'), one shape printed on two pages or more, its numbers rising: a foot wherever
    it stands, since a PDF may give it amid its page's lines (after a table's first row), not at the page's break."""
    by_shape: dict[str, list[tuple[int, int]]] = {}
    for n, line in enumerate(lines):
        words = line.stripped.split()
        if len(words) < _FOOT_WORDS or not words[-1].isdigit() or (look := looks[n]) is None or not look.paged:
            continue
        page = looks.kind.page_tail.search(" ".join(words))
        if page is not None:
            by_shape.setdefault(_shape(line), []).append((int(page.group("n")), line.start))
    found: set[int] = set()
    for feet in by_shape.values():
        pages = [page for page, _ in feet]
        if len(feet) >= 2 and all(a < b for a, b in pairwise(pages)):
            found.update(start for _, start in feet)
    return found


_FOOT_WORDS = 3  # a foot's words and its number at least: a number alone may be a list's or a figure's


def _at_breaks(lines: list[Line], page_starts: list[int], end: int, looks: _Looks, skipped: set[int], reach: int) -> set[int]:
    """The lines that look like furniture standing together at each page break, from the page's last line up and the
    next page's first line down (through lines skipped already), where one numbers the page or is skipped already, or
    one's shape stands at another break too; the text's `end` is the last page's foot's break."""
    firsts = [line.start for line in lines]
    groups: list[list[int]] = []
    for start in [*page_starts[1:], *([end] if end > page_starts[-1] else [])]:
        at = bisect_left(firsts, start)
        group: list[int] = []
        for side in (range(at - 1, at - 1 - reach, -1), range(at, at + reach)):
            for n in side:
                if not 0 <= n < len(lines) or not (lines[n].start in skipped or ((look := looks[n]) is not None and look.like)):
                    break
                group.append(n)
        groups.append(group)
    shapes = Counter(shape for group in groups for shape in {_shape(lines[n]) for n in group if lines[n].start not in skipped})
    found: set[int] = set()
    for start in page_starts[1:]:  # a page's head or foot printed once: the title block's lines joined, wrapped anywhere
        at = bisect_left(firsts, start)
        found.update(lines[n].start for n in _joined_title(lines, at, looks, skipped, reach))
        found.update(lines[n].start for n in _joined_title_above(lines, at, looks, skipped, reach))
    for group in groups:
        anchored = any(lines[n].start in skipped or looks[n].paged or shapes[_shape(lines[n])] >= 2 for n in group)  # type: ignore[union-attr]
        if anchored:
            found.update(lines[n].start for n in group if lines[n].start not in skipped)
    return found


def _around_marks(lines: list[Line], looks: dict[int, _Look], skipped: set[int], reach: int) -> set[int]:
    """In a copy without page breaks: the lines that look like furniture next to one that numbers a page or whose
    shape is printed again after the title block (the page breaks are where they stand), up to `reach` lines each way."""
    looks = {n: look for n, look in looks.items() if not lines[n].stripped.isdigit()}  # a number alone: a figure or a
    # footnote's mark as likely as a page's number where no page break stands by it (findings.segment.running.beside)
    shapes = Counter(_shape(lines[n]) for n, look in looks.items() if look.like)
    anchors = [n for n, look in looks.items() if look.like and (look.paged or shapes[_shape(lines[n])] >= 2)]
    found: set[int] = set()
    for anchor in anchors:
        found.add(lines[anchor].start)
        for side in (range(anchor - 1, anchor - 1 - reach, -1), range(anchor + 1, anchor + 1 + reach)):
            for n in side:
                if not (n in looks and (lines[n].start in skipped or looks[n].like)):
                    break
                if lines[n].start not in skipped:
                    found.add(lines[n].start)
    return found


def _joined_title(lines: list[Line], at: int, looks: _Looks, skipped: set[int], reach: int) -> list[int]:
    """The run of lines from a page's very top (below lines skipped already) whose words are, in order, two or more
    whole lines of the title block, one parted from the next by a join ('London Borough of Anytown — Inspection of
    services for children …' wrapped over two lines, the second 'care leavers'): the page's head, printed once."""
    while at < len(lines) and lines[at].start in skipped:
        at += 1
    if at >= len(lines) or looks[at] is None:
        return []
    block = looks.block_words
    first = _tokens(lines[at].text)
    if not first or first[0] not in {words[0] for words in block}:  # cheap: the page's first word opens no block line
        return []
    return _longest(lines, ((at, end) for end in range(at + 1, min(at + reach, len(lines)) + 1)), looks)


def _joined_title_above(lines: list[Line], at: int, looks: _Looks, skipped: set[int], reach: int) -> list[int]:
    """The run of lines ending at a page's very foot (above the break at `at`, over lines skipped already) whose words
    are, in order, two or more whole lines of the title block joined ('Anytown Borough Council — Inspection of
    children's social care services'): a foot, or a head the file gives last, printed once."""
    end = at
    while end > 0 and lines[end - 1].start in skipped:
        end -= 1
    if end == 0 or looks[end - 1] is None:
        return []
    return _longest(lines, ((begin, end) for begin in range(end - 1, max(end - reach, 0) - 1, -1)), looks)


def _longest(lines: list[Line], runs: Iterator[tuple[int, int]], looks: _Looks) -> list[int]:
    """The longest of `runs` (each a wider (begin, end) of lines than the one before) whose words are two or more whole
    lines of the title block joined (`_whole_lines`: a wrap may end a line of the block too); none past a run that
    ends a sentence or reaches into the title block itself."""
    block = looks.block_words
    found: list[int] = []
    for begin, end in runs:
        if looks[begin] is None:
            break
        text = " ".join(" ".join(line.text.split()) for line in lines[begin:end])
        if text.endswith(_SAID):
            break
        if _whole_lines(text, block, looks.kind.joins):
            found = list(range(begin, end))
    return found


def _whole_lines(text: str, block: list[list[str]], joins: re.Pattern[str]) -> bool:
    """Are the text's words those of two or more whole lines of the title block in order, a join ('—', '|', ':')
    standing where one of those lines ends and the next begins?"""
    words = _tokens(text)
    for i in range(len(block)):
        taken, ends = 0, set()
        for j in range(i, len(block)):
            if words[taken : taken + len(block[j])] != block[j]:
                break
            taken += len(block[j])
            ends.add(taken)
            if taken == len(words):
                if j == i:
                    return False
                cuts = {len(_tokens(text[: m.start()])) for m in joins.finditer(text)}  # words before each join: read
                return bool(cuts & (ends - {taken}))  # only for a text that is whole lines of the block
    return False
