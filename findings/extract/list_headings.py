"""Where a report's recommendation lists start and whose they are: the list headings (also wrapped over two lines),
the timescales over items ('Within three months:'), a 2009–12 report's sections, the safeguarding board's section and
a contents list's entries, which name them and are none of them. The wordings are data (extract/report_layout.json)."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json, regex
from findings.extract.prefilter import first_chars, may_start
from findings.segment.lines import Line

LAYOUT = "report_layout.json"
TERMINAL = (".", ")", ";", ".)", "?")
HEADING_LINES = 3
HEADING_LONGEST = 100  # characters: a list's or a section's heading is shorter, wrapped or not


def urgency_of(text: str, listed: dict[str, str]) -> str | None:
    """The urgency a heading line gives the items below it ('Within three months'), as printed without its colon:
    one the layout lists, or one its 'urgency_heading' pattern reads ('Within one month:', 'Within 28 days')."""
    if norm(text) in listed:
        return listed[norm(text)]
    return " ".join(text.split()).rstrip(":").strip() if regex(LAYOUT, "urgency_heading").match(text.strip()) else None


def urgency_first(text: str, listed: dict[str, str]) -> tuple[str, int] | None:
    """A timescale run into its item's line ('Immediately: ensure that …', 'Within three months: review …'): the
    words before the line's first colon are a timescale heading (`urgency_of`), capitalised, and words follow it.
    The urgency, and where in `text` (a line as given) the item's words start; None where the line opens otherwise."""
    head, colon, rest = text.partition(":")
    if not colon or not rest.strip() or not head.strip()[:1].isupper():
        return None
    period = urgency_of(f"{head}:", listed)
    return None if period is None else (period, len(head) + 1 + len(rest) - len(rest.lstrip()))


def section_names(names) -> dict[str, str]:
    """Section heading (without case or spacing) → the section it is, for each of `names` and the layout's other
    wordings of them ('section_aliases': 'Services for looked after children and young people')."""
    sections = {" ".join(n.split()).casefold(): n for n in names}
    for alias, named in load_json(LAYOUT)["section_aliases"].items():
        if alias != "description" and named in names:
            sections[" ".join(alias.split()).casefold()] = named
    return sections


_FOOTNOTE = re.compile(r"(?<=[?:a-z])\d{1,2}$")


def norm(text: str) -> str:
    """Heading text compared without case, spacing, a trailing colon or a footnote mark ('improve?1')."""
    folded = " ".join(text.split()).casefold()
    if folded[-1:].isdigit():  # a mark can only end in a digit (`isdigit` holds for every digit `\d` matches):
        folded = _FOOTNOTE.sub("", folded)  # most lines are prose, looked up without the pattern
    return folded.rstrip(":")


def list_heading(text: str, headings: set[str], other_words: re.Pattern[str]) -> bool:
    """Is the line a recommendation list's heading: one the layout lists, or its 'recommendation_heading' pattern's
    other wordings ('What needs to improve in this area of social care practice?')?"""
    if len(text) > HEADING_LONGEST:
        return False  # most lines are a report's prose: a heading is short
    firsts = _first_letters(headings)  # a line whose first letter starts none of them is compared with none
    listed = (firsts is None or text.lstrip()[:1].casefold()[:1] in firsts) and norm(text) in headings
    return listed or bool(other_words.match(text))  # `text` is the line stripped: a heading is short


_firsts: tuple[frozenset[str] | None, frozenset[str] | None] = (None, None)  # the headings last asked of, their letters


def _first_letters(headings) -> frozenset[str] | None:
    """The letters the compared headings start with (a heading compared starts as its line's first letter case folded
    does), for a frozenset of them, kept for the set last asked of (every line of a report is asked with the same);
    None where that cannot tell: an empty heading, or a set that may change."""
    global _firsts
    if not isinstance(headings, frozenset) or "" in headings:
        return None
    if _firsts[0] is not headings:
        _firsts = (headings, frozenset(h[:1] for h in headings))
    return _firsts[1]


def board_heading(body: list[Line], i: int, board_re: re.Pattern[str]) -> int:
    """Over how many lines (up to three: 'Section 2: The effectiveness of the Local' / 'Safeguarding' / 'Children
    Board') does the board's section heading stand at `i`; 0 where it does not."""
    text = body[i].stripped
    if text and not may_start(text, _first_chars(board_re)):
        return 0  # its line, and its line joined to those below, start with a character no heading starts with
    if board_re.match(text):
        return 1
    if len(text) > HEADING_LONGEST or text.endswith(TERMINAL):
        return 0  # a line of prose, or one that ends: no heading wraps from it (a heading printed in the body's type
        # wraps late: 'Review of the effectiveness of the local safeguarding children' / 'board (LSCB)')
    for n in range(2, HEADING_LINES + 1):
        if i + n - 1 >= len(body):
            return 0
        after = body[i + n - 1].stripped
        if len(text) + 1 + len(after) > HEADING_LONGEST:
            return 0  # told before the lines are joined (most are prose)
        text = f"{text} {after}"
        if board_re.match(text):
            return n
        if text.endswith(TERMINAL):
            return 0
    return 0


_board_firsts: tuple[re.Pattern[str] | None, frozenset[str] | None] = (None, None)  # last pattern asked, its firsts


def _first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """`first_chars` of a heading's pattern, kept for the pattern last asked of (every line of a report is asked of the
    same): told by identity, since a pattern's hash reads its whole compiled code each time."""
    global _board_firsts
    if _board_firsts[0] is not pattern:
        _board_firsts = (pattern, first_chars(pattern))
    return _board_firsts[1]


def wrapped_heading(body: list[Line], i: int, headings: set[str], other_words: re.Pattern[str]) -> bool:
    """Is a list heading wrapped over this line and the next ('What does the local authority need to' / 'improve?')?"""
    if i + 1 >= len(body) or len(body[i].stripped) + len(body[i + 1].stripped) >= HEADING_LONGEST:
        return False  # two lines of prose: no heading (checked first, as most lines are)
    text, after = body[i].stripped, body[i + 1].stripped
    if text.endswith(TERMINAL):
        return False
    if list_heading(text, headings, other_words):  # a heading already, unless its question ends on the next line
        return after[:1].islower() and after.endswith("?") and list_heading(f"{text} {after}", headings, other_words)
        # ('What needs to improve in this area of social care' / 'practice?'); no item of a list asks a question
    return list_heading(f"{text} {after}", headings, other_words)


def addresses_board(heading: str, in_board: bool) -> bool:
    """Is the list under `heading` the board's? A heading that names whom it asks says so ('What does the LSCB need to
    improve?', 'What does the local authority need to improve?'); any other keeps the section it stands in."""
    folded = " ".join(heading.split()).casefold()
    layout = load_json(LAYOUT)
    if layout["council_addressee"].casefold() in folded:
        return False
    return in_board or bool(regex(LAYOUT, "board_addressee_words").search(heading))


def wrapped_contents_entry(body: list[Line], i: int) -> bool:
    """A contents entry wrapped onto a second line that ends with its page number ('Section 2: The effectiveness
    of the Local Safeguarding' / 'Children Board 26'), not the section itself."""
    if is_contents_entry(body, i) or i + 1 >= len(body):
        return is_contents_entry(body, i)
    after = body[i + 1].stripped
    return bool(re.fullmatch(r"(?:[A-Z(][^.:;]{0,40}\s)?\d{1,3}", after))


def is_contents_entry(body: list[Line], i: int) -> bool:
    """'Recommendations 7' in a contents list is not the section itself; but a question's number ('What needs to
    improve? 1', a footnote's mark a reader set apart) is an entry only among entries, a line next to it one too."""
    if not _PAGE_NUMBER.search(body[i].stripped):
        return _under_contents(body, i)
    return any(_PAGE_NUMBER.search(body[j].stripped) for j in (i - 1, i + 1) if 0 <= j < len(body))


_PAGE_NUMBER = re.compile(r"\s\d{1,3}$")  # an entry's page, after its title
CONTENTS = re.compile(r"(?i)(?:table of )?contents")  # a contents page's heading
PAGED_ENTRY = re.compile(r"\D\s\d{1,3}$")  # an entry with its page number: 'Recommendations 3'
_ENTRY_WORDS = 10  # a contents list's entry is a title: no longer than this, no stop or colon at its end


def _under_contents(body: list[Line], i: int) -> bool:
    """Is line `i` an entry of a contents list printed without page numbers (a text copy's: 'Contents' over
    'Overall effectiveness' / 'Areas for improvement' / 'About this inspection')? Only titles stand between it and
    the 'Contents' line above, and its section comes after it: a line of the same words below. The few lines above
    are read first: only under a 'Contents' line is every line below looked at (a report's headings are many)."""
    own = _entry(body[i].stripped)
    for j in range(i - 1, max(-1, i - 3 * _ENTRY_WORDS), -1):
        line = " ".join(body[j].stripped.split())
        if CONTENTS.fullmatch(line):
            return any(_entry(below.stripped) == own for below in body[i + 1 :])
        if _entry(line) == own:
            return False  # its own entry above it: this is the section the contents list names
        if line.endswith((".", ":")) or len(line.split()) > _ENTRY_WORDS or PAGED_ENTRY.search(line):
            return False  # a contents list whose entries give their pages lists no line without one (helper-187)
    return False


def _entry(text: str) -> str:
    """A title as a contents list and its section print it alike: case, spacing and a page number aside."""
    return " ".join(_PAGE_NUMBER.sub("", text).split()).casefold()
