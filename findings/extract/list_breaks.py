"""Items a report's list plainly has but its reading left out: the list ended at a page break (or at lines skipped as
page furniture) though the next line opens an item of the same form, or no item was read under a list's heading at
all; said so on stderr rather than lost in silence."""

from __future__ import annotations

from bisect import bisect_left

from findings.extract.lexicons import regex
from findings.extract.list_headings import urgency_of
from findings.extract.list_markers import BULLET, LAYOUT, asks, number_value, numbered, opens
from findings.model import Document, Recommendation
from findings.segment.lines import Line, split_lines


def cut_lists(doc: Document, lines: list[Line], recs: list[Recommendation]) -> list[str]:
    """A note for each item of `doc` that a page break or skipped lines part from the next body line, which opens an
    item as the item does (its bullet glyph, or its number's next) and is no item read: the list went on there."""
    body = [line for line in lines if not line.blank]
    firsts = [line.start for line in body]
    mine = [[(s.start - doc.offset, s.end - doc.offset) for s in rec.spans if s.doc == doc.sha256] for rec in recs]
    read = sorted(piece for pieces in mine for piece in pieces)
    notes: list[str] = []
    for rec, pieces in zip(recs, mine, strict=True):
        if not pieces:
            continue
        end = max(b for _, b in pieces)
        at = bisect_left(firsts, end)
        first = _first_line(doc, min(a for a, _ in pieces))
        for following in body[at : at + 1 + _REACH]:  # past a page's foot and head no pattern knows
            if _read(read, following) or (opens(following) and not _same_form(first, following)):
                break
            paged = "\f" in doc.text[end : following.start] or (following is body[at] and _skipped(doc, end, following.start))
            if paged and _same_form(first, following):
                words = " ".join(following.stripped.split())
                notes.append(
                    f"{doc.path}: the list of recommendations of {rec.assessment} was read up to item {rec.identifier},"
                    f" at a page break; a line after it opens an item alike but was not read as one: {words[:80]!r}"
                    f" [{following.start}:{following.end}]"
                )
                break
    return notes


_REACH = 3  # lines: a page's foot and head between an item and the next at most


def _read(read: list[tuple[int, int]], line: Line) -> bool:
    """Does a read item's piece hold any of the line's characters (its words; its marker stands before the piece)?"""
    n = bisect_left(read, (line.end, line.end))
    return any(a < line.end and line.start < b for a, b in read[max(0, n - 2) : n])


def page_between(doc: Document, end: int, start: int) -> bool:
    """Does a page break lie between `end` and `start`: a form feed, or lines with words left out as page furniture
    (a text copy's 'Page 1 of 2' and running head)?"""
    return "\f" in doc.text[end:start] or _skipped(doc, end, start)


def _skipped(doc: Document, end: int, start: int) -> bool:
    """Do lines with words stand between the item's end and the next body line (lines left out as page furniture)?"""
    return any(not line.blank for line in split_lines(doc.text, end, start)[1:])


def _first_line(doc: Document, at: int) -> Line:
    """The whole line the item's first piece starts on (its marker before its words)."""
    start = max(doc.text.rfind("\n", 0, at), doc.text.rfind("\f", 0, at)) + 1
    end = min((i for i in (doc.text.find("\n", at), doc.text.find("\f", at)) if i >= 0), default=len(doc.text))
    return Line(start, end, doc.text[start:end])


def _same_form(first: Line, following: Line) -> bool:
    """Does `following` open an item as `first` does: the same bullet glyph, or the number after its number?"""
    glyph, theirs = BULLET.match(first.text), BULLET.match(following.text)
    if glyph and theirs:
        return glyph.group().strip() == theirs.group().strip()
    number, next_number = numbered(first.text), numbered(following.text)
    if not (number and next_number and number_value(next_number) == number_value(number) + 1):
        return False
    return asks(following.text[next_number.end() :])  # an item asks; a finding numbered on after the list does not


def unread_list(doc: Document, key: str, heading: list[Line], under: list[Line]) -> str | None:
    """A note that no item was read under a recommendation list's `heading` (its line, or its two), unless a line
    under it says there is none ('None.', '• No priority actions': report_layout.json no_item): its items are in a
    layout the readers do not know, and a report with no recommendations must not look like one that made none."""
    nothing = regex(LAYOUT, "no_item")
    if any(nothing.fullmatch(line.text[m.end() :].strip() if (m := opens(line)) else line.stripped) for line in under):
        return None
    words = " ".join(" ".join(line.stripped for line in heading).split())
    return (
        f"{doc.path}: no recommendation of {key} was read under the heading {words!r}"
        f" [{heading[0].start}:{heading[-1].end}]; its list is in a layout the readers do not know"
    )


def page_foot(doc: Document, body: list[Line], i: int) -> bool:
    """Is the line at `i` the last of its page: no body line after it, or a page break before the next (a page's
    number printed under an item that ends without a stop, '… within 20 working days' / '1', is no word of it)?"""
    return i + 1 >= len(body) or "\f" in doc.text[body[i].end : body[i + 1].start]


def running_line(doc: Document, body: list[Line], i: int, current: list[Line], urgencies: dict[str, str]) -> bool:
    """Is the line at `i` a page's running head or foot a list breaks over ('Anytown Borough Council'), no heading
    of the report's: after an item that ended, a short capitalised line without a stop, a page break just before or
    after it (or after the line below it), and the list goes on past it (a timescale heading, 'Within six months:',
    or an item alike or one that asks)? Its words are no item's, and the list does not end there."""
    line, text = body[i], body[i].stripped
    if not current or not current[-1].stripped.endswith(_STOPS) or opens(line) or i + 1 >= len(body):
        return False
    if len(text) > _RUNNING_LONGEST or not text[:1].isupper() or text.endswith(_STOPS) or urgency_of(text, urgencies):
        return False
    if "\f" not in doc.text[current[-1].end : body[min(i + _PAST_RUNNING, len(body) - 1)].start]:
        return False  # a page break next to it, or past the timescale heading a text copy set before the break
    following = body[i + 1]
    first = _first_line(doc, current[0].start)
    return urgency_of(following.stripped, urgencies) is not None or _same_form(first, following) or asks(following.stripped)


_PAST_RUNNING = 2  # lines: the break stands at most past the line after the running one
_RUNNING_LONGEST = 80  # characters: a running head or foot is one short line
_STOPS = (".", ";", ":", "?", "!", ")")


def guessed_starts(doc: Document, key: str, heading: list[Line], items: list[list[Line]]) -> list[str]:
    """A note for each item of a list with neither glyph, number nor stop whose items wrap, where the item was taken
    to start at a capitalised line straight after a line that fills the list's measure (the item above might have
    gone on there): a boundary guessed, said so rather than trusted in silence."""
    if not any(len(item) > 1 for item in items):
        return []  # a line an item: no item wraps, every line is one
    measure = max(len(line.stripped) for item in items for line in item)
    words = " ".join(" ".join(line.stripped for line in heading).split())
    return [
        f"{doc.path}: an item of {key} under the heading {words!r} was taken to start at a capitalised line after a full"
        f" line, with no glyph, number or stop to tell: {item[0].stripped[:80]!r} [{item[0].start}:{item[0].end}]"
        for before, item in zip(items, items[1:], strict=False)
        if len(before[-1].stripped) >= _FULL_LINE * measure
    ]


_FULL_LINE = 0.9  # of the measure: a line this long might have wrapped on; a shorter one ended its item
