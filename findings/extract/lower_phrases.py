"""A list whose items name what must improve in lower case, with no glyph or number in the text ('the updating of
assessments …' over 'the tracking of children …'): a browser or a word processor drew the bullets as shapes, so
only where each line stops tells one item from the next."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json
from findings.extract.list_headings import TERMINAL
from findings.extract.list_items import GLYPHLESS_LONGEST, column_width
from findings.extract.list_lines import PHRASE_GOES_ON, list_over, wants_more, wrapped_section
from findings.extract.list_markers import LAYOUT, asks, opens
from findings.segment.lines import Line

_FITS = 0.95  # of the column's width: a line with room for the next line's first word did not wrap there
_SENTENCE_BREAK = re.compile(r"[.?!][”’\"]?\s+[A-Za-z]")  # as list_prose's, a lower-case next sentence too


def lower_phrase_lines(body: list[Line], i: int, graded: re.Pattern[str], sections: dict) -> list[list[Line]]:
    """The items of such a list starting at `i`, its first line (in lower case): a line opens the next item where
    the item before ended — at a stop, or on a line with room left for this line's first word (it did not wrap),
    not mid-phrase ('… so that', '… chairs and') —, in lower case; a line goes on with the item above otherwise,
    a capitalised one only after a line that ends mid-phrase ('… placed away from' / 'Anytown'). The run ends at
    a line that opens a glyph's or a number's item, a section's heading, a grade line, the end matter, or a
    capitalised line after an ended item ('Main findings'). None where the run is not such a list: fewer than two
    items, an item of more than one sentence, one longer than a list's item runs, or a first item that asks ('ensure
    that …': a list of orders, read where each next verb opens an item, `next_glyphless`)."""
    if not body[i].stripped[:1].islower():
        return []
    width = column_width(body, i)
    items: list[list[Line]] = []
    for j in range(i, len(body)):
        text = body[j].stripped
        if not text:
            continue  # a blank line, or a page's break, between two items
        if opens(body[j]) or list_over(text, graded) or " ".join(text.split()).casefold() in sections:
            break
        if wrapped_section(body, j):
            break
        if items and not _item_ended(items[-1], text, width):
            if text[:1].isupper() and not _mid_phrase(items[-1]):
                break  # a capitalised line after a full line: the paragraph or heading after the list
            items[-1].append(body[j])
        elif text[:1].islower():
            items.append([body[j]])
        else:
            break
    joined = [" ".join(line.stripped for line in item) for item in items]
    if len(items) < 2 or any(len(text) > GLYPHLESS_LONGEST or _SENTENCE_BREAK.search(text[:-1]) for text in joined):
        return []
    if wants_more(items[-1]) or asks(joined[0], modal=False):
        return []  # a list of orders in lower case is read item by item where its verbs open them (next_glyphless)
    return items


def _item_ended(item: list[Line], following: str, width: int) -> bool:
    """Did the item end on its last line: a stop, or room left on that line for the next line's first word, which is
    no preposition nor conjunction, on a line of an item's length (report_layout.json lower_phrase_goes_on,
    lower_phrase_least_words)?"""
    last = item[-1].stripped
    if last.endswith(TERMINAL):
        return True
    if _mid_phrase(item):
        return False
    word = following.split(None, 1)[0]
    layout = load_json(LAYOUT)
    if word.casefold() in layout["lower_phrase_goes_on"] or len(following.split()) < layout["lower_phrase_least_words"]:
        return False  # 'of what children say …', 'permanence': no item opens on a preposition, nor is a word or two
    return len(last) + 1 + len(word) <= _FITS * width


def _mid_phrase(item: list[Line]) -> bool:
    """Does the item's last line end mid-phrase ('… chairs and', '… so that', a comma)?"""
    return wants_more(item) or item[-1].stripped.rsplit(None, 1)[-1].casefold() in PHRASE_GOES_ON
