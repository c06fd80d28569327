"""A recommendation a report gives on one line of a section after a label ('The LSCB is good. Recommendation: the
LSCB should ensure that …'): no list heading stands over it, so the list reader never saw it. The label, and what
makes it the board's, are data (extract/report_layout.json labelled_recommendation)."""

from __future__ import annotations

import re

from findings.extract.judgement_table import OPENING
from findings.extract.lexicons import load_json, regex, regexes
from findings.extract.list_headings import board_heading, wrapped_contents_entry
from findings.extract.list_markers import LAYOUT, asks
from findings.extract.prefilter import may_hold
from findings.extract.prefilter import pieces as pieces_of
from findings.extract.spans import joined_spans, pieces_text
from findings.model import Document, Recommendation
from findings.segment.lines import Line

_RUNS_ON = 3  # lines below the label's that its ask may wrap onto, up to its sentence's end
_BOARD = "lscb-"  # how the list reader marks items of the board review


def labelled_recommendations(doc: Document, lines: list[Line], key: str, listed: list[Recommendation]) -> list[Recommendation]:
    """Each labelled one-line recommendation of the report that asks for something and that no list in `listed` holds,
    numbered after the list's items (the board's marked as the list reader marks them)."""
    label, end = regex(LAYOUT, "labelled_recommendation/label"), regex(LAYOUT, "labelled_recommendation/sentence_end")
    body = [line for line in lines if not line.blank]
    board_from: list[int | None] = []  # the board's section heading, sought at the first labelled ask: most reports
    # hold none, and the search reads every line of the body
    taken = {" ".join(r.text.split()).casefold() for r in listed}
    held = [(s.start - doc.offset, s.end - doc.offset) for r in listed for s in r.spans if s.doc == doc.sha256]
    found: list[Recommendation] = []
    needed = pieces_of(label)  # the label's words ('recommendation', 'area'): most lines hold none, and are not searched
    for i, line in enumerate(body):
        for match in label.finditer(line.text) if may_hold(line.text, needed) else ():
            start = line.start + match.start("ask")
            pieces = _ask(doc.text, body[i : i + 1 + _RUNS_ON], start, end)
            text = pieces_text(doc.text, pieces)
            if not asks(text) or any(a <= start < b for a, b in held) or " ".join(text.split()).casefold() in taken:
                continue  # prose, or an item a list of the report holds already
            if not board_from:
                board_from.append(_board_section(doc, body))
            board = (board_from[0] is not None and i > board_from[0]) or _asks_the_board(text)
            number = 1 + sum(r.identifier.startswith(_BOARD) == board for r in [*listed, *found])
            identifier = f"{_BOARD if board else ''}{number}"
            found.append(Recommendation(key, identifier, text, joined_spans(doc, pieces)))
            taken.add(" ".join(text.split()).casefold())
    return found


def _ask(text: str, lines: list[Line], start: int, end: re.Pattern[str]) -> list[tuple[int, int]]:
    """The ask's words from `start` to its sentence's end, over its line and the few below it where it wraps."""
    pieces = []
    for line in lines:
        a = max(start, line.content_start)
        stop = end.search(text, a, line.content_end)
        pieces.append((a, stop.end() if stop else line.content_end))
        if stop:
            break
    return pieces


def _asks_the_board(text: str) -> bool:
    """Do the words before the ask's 'should' name the safeguarding board ('the LSCB should ensure …')?"""
    modal = re.search(load_json("lexicons/imperatives.json")["modal"], text)
    return bool(modal and regex(LAYOUT, "board_addressee_words").search(text[: modal.start()]))


def _board_section(doc: Document, body: list[Line]) -> int | None:
    """The index of the board's section heading below the report's title (not the title's own words naming the board,
    nor a contents entry), or None where the report has none."""
    board_re = regex(LAYOUT, "board_section")
    dates = [m.start() for p in regexes(LAYOUT, "fieldwork") if (m := p.search(doc.text, 0, OPENING))]
    title_end = max(doc.page_starts[1] if len(doc.page_starts) > 1 else 0, min(dates, default=0))
    for i, line in enumerate(body):
        if i and line.start > title_end and (over := board_heading(body, i, board_re)):
            if not wrapped_contents_entry(body, i + over - 1):
                return i
    return None
