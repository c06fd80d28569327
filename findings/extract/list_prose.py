"""Where a recommendation list ends at the report's own prose with no heading between: a paragraph straight after the
last item is not that item's further sentence, nor one more item of a list whose glyphs never reached the text."""

from __future__ import annotations

import re

from findings.extract.list_headings import TERMINAL
from findings.extract.list_lines import skip_item
from findings.extract.list_markers import asks, opens
from findings.model import Document
from findings.segment.lines import Line

WRAPPED_MEDIA = ("application/pdf", "text/plain")  # text set in lines of a measure: a paragraph's last line stops short
SENTENCE_BREAK = re.compile(r"[.?!][”’\"]?\s+[A-Z]")  # a stop, then the next sentence's capital
PROSE_SENTENCES = 3  # sentences: a paragraph of the report's prose runs on so; an item names or asks in one or two
_FIT_SLACK = 2  # characters: a word counted as fitting only with this room to spare (a proportional font's widths vary)


def paragraph_ended(doc: Document, body: list[Line], first: int, i: int, current: list[Line]) -> bool:
    """Does `body[i]` open the report's next paragraph after the list's last item, not that item's further sentence?
    In wrapped text (a PDF, a text copy): the item names an area ('The quality of plans.'; one that asks may go on in
    a paragraph of its own, 'This includes …', as Ofsted sets it), its last line ends a sentence and stops so short of
    the list's measure (its longest line) that the next line's first word would have fitted on it, and no item opens
    after the paragraph (an item's further sentence has the list's next item after it)."""
    if doc.media_type not in WRAPPED_MEDIA or not current[-1].stripped.endswith(TERMINAL):
        return False
    words = item_words(current)  # none yet under a marker on a line of its own ('3.' over the item's words)
    if not words or asks(words) or ((end := skip_item(body, i)) < len(body) and opens(body[end])):
        return False
    listed, line = body[first:i], body[i]
    measure = max(len(item.stripped) for item in listed)
    first_word = line.stripped.split(None, 1)[0] if line.stripped else ""
    return len(current[-1].stripped) + 1 + len(first_word) + _FIT_SLACK <= measure


def item_words(current: list[Line]) -> str:
    """The item's words, without the glyph, number or letter that opens it ('b. Improve …': no sentence ends at 'b.')."""
    marker = opens(current[0])
    return " ".join([current[0].text[marker.end() if marker else 0 :].strip(), *(part.stripped for part in current[1:])])


def prose_paragraph(text: str, item: str) -> bool:
    """Is `text` a paragraph of the report's prose rather than an item like `item`, the one before it: the item is
    one sentence, and `text` runs to several sentences and asks nothing (it states, as a report's findings do)?"""
    return (
        not SENTENCE_BREAK.search(item.rstrip()[:-1])
        and len(SENTENCE_BREAK.findall(text.rstrip()[:-1])) + 1 >= PROSE_SENTENCES
        and not asks(text, modal=False)
    )
