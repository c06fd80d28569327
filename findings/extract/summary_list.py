"""Restated recommendation lists: 'The nine recommendations … are, in summary: I. … IX. …' in a later report, or
'Ofsted set out the following areas for improvement ("What needs to improve?"), quoted in full:' and the list.

Each item is a statement of the inspection's recommendation with that number; the build merges it into the
recommendation node, so the restatement adds a span rather than a second node. Three layouts are read: items
with their numeral on the same line ('- IV. Strengthen …'); the flattened form a PDF table leaves behind,
where a column of numerals is followed by the items' wrapped text (a new item opens with an imperative verb); and
items under a bullet without a numeral (Ofsted's own list, or an HTML <ol>), numbered by their place, as the report
numbers them. A paragraph numbered as the paper's are ('7.', '6.7') ends the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from findings.extract.lexicons import load_json, regex
from findings.extract.mentioned import register_mentioned
from findings.extract.progress_report import number
from findings.extract.spans import line_spans
from findings.model import Document, Extraction, Recommendation, Span
from findings.segment.lines import Line, split_lines
from findings.segment.view import unwrap

LEXICON = "lexicons/ordinals.json"
_INLINE = re.compile(r"^\s*(?:[-–•▪◼]\s*)?(?P<n>[IVXivx]{1,5}|\d{1,2})[.)]\s+(?P<text>\S.*)$")
_NUMERAL = re.compile(r"^\s*(?:[-–•▪◼]\s*)?(?P<n>[IVXivx]{1,5}|\d{1,2})[.)]\s*$")
_BULLET = re.compile(r"^\s*[-–•▪◼]\s+(?P<text>\S.*)$")
_PARAGRAPH = re.compile(r"^\s*\d{1,3}\.(?:\d{1,2}\.?)?\s")  # the paper's own paragraph: '7.', '6.7', '6.7.'

_HEAD = 6000  # characters above the list searched for the inspection it restates


def extract_summary_lists(doc: Document, out: Extraction) -> int:
    """Add every restated list's items as recommendations of the inspection it names; returns how many."""
    intro = regex(LEXICON, "summary_intro")
    lines = split_lines(doc.text)
    added = 0
    for i, line in enumerate(lines):
        if not intro.search(line.stripped):
            continue
        marker = _INLINE
        items = inline_items(lines, i + 1) or flattened_items(lines, i + 1)
        if not items and (items := bulleted_items(lines, i + 1)):
            marker = _BULLET
        if not items:
            continue
        key = register_mentioned(doc, out, max(0, line.start - _HEAD), line.end)
        if key is None:
            continue
        for ident, item_lines in items:
            text, spans = item_text(item_lines, marker), item_spans(doc, item_lines, marker)
            out.recommendations.append(Recommendation(key, str(ident), text, spans, restated=True))
            added += 1
    return added


def item_text(lines: list[Line], marker: re.Pattern[str] = _INLINE) -> str:
    """A numbered item's text without its numeral ('- IV. Strengthen …' → 'Strengthen …'), or without its bullet."""
    text = unwrap(lines).text
    match = marker.match(text)
    return match.group("text") if match else text


def item_spans(doc: Document, lines: list[Line], marker: re.Pattern[str] = _INLINE) -> list[Span]:
    """A numbered item's spans: the quote is the item, not its numeral (nor its bullet)."""
    spans = line_spans(doc, lines)
    opened = marker.match(lines[0].text)
    if opened:
        spans[0] = doc.span(lines[0].start + opened.start("text"), spans[0].end)
    return spans


def _consecutive(numbers: list[int | None]) -> bool:
    return bool(numbers) and numbers == list(range(1, len(numbers) + 1))


def inline_items(lines: list[Line], i: int) -> list[tuple[int, list[Line]]]:
    """'- I. Improve …' one after another (a wrapped item's continuation lines belong to it)."""
    return _run_of_items(lines, i, lambda text, n: bool((m := _INLINE.match(text)) and number(m.group("n").upper()) == n))


def labelled_items(lines: list[Line], i: int, label: re.Pattern[str]) -> list[tuple[int, list[Line]]]:
    """'KLOE 1: How effective …?' one after another, each labelled with its number ('n') in order; one is a list, its
    label saying what it is (a review of one line of enquiry)."""
    return _run_of_items(lines, i, lambda text, n: bool((m := label.match(text)) and int(m.group("n")) == n), least=1)


def bulleted_items(lines: list[Line], i: int) -> list[tuple[int, list[Line]]]:
    """'- The timeliness of …' one after another, numbered by their place; a wrapped item's continuation lines
    belong to it, up to a blank line or the paper's next numbered paragraph ('6.7 An improvement plan …')."""
    return _run_of_items(lines, i, lambda text, _: bool(_BULLET.match(text)))


def _run_of_items(lines: list[Line], i: int, opens: Callable[[str, int], bool], least: int = 2) -> list[tuple[int, list[Line]]]:
    """Items one after another from line i (blank lines before skipped), each opening where `opens(text, its number)`
    holds; a line that opens none continues the item before, unless it is the paper's next numbered paragraph or
    numeral; `least` items at least (two, unless each item's label says what it is), else none."""
    items: list[tuple[int, list[Line]]] = []
    while i < len(lines) and lines[i].blank:
        i += 1
    while i < len(lines) and not lines[i].blank:
        if opens(lines[i].text, len(items) + 1):
            items.append((len(items) + 1, [lines[i]]))
        elif items and not _PARAGRAPH.match(lines[i].text) and not _NUMERAL.match(lines[i].text):
            items[-1][1].append(lines[i])
        else:
            break
        i += 1
    return items if len(items) >= least else []


def imperative(text: str) -> bool:
    """Does the line open with a capitalised imperative verb ('Improve …')?"""
    first = text.split()[0]
    return first[:1].isupper() and first.lower() in set(load_json("lexicons/imperatives.json")["verbs"])


def flattened_items(lines: list[Line], i: int, opens: Callable[[str], bool] = imperative) -> list[tuple[int, list[Line]]]:
    """A column of numerals, then the items' text: split the text where `opens` says a line opens an item
    (by default: an imperative verb), provided that gives one item per numeral."""
    numerals: list[int | None] = []
    while i < len(lines) and (lines[i].blank or _NUMERAL.match(lines[i].text)):
        if not lines[i].blank:
            numerals.append(number(_NUMERAL.match(lines[i].text).group("n").upper()))  # type: ignore[union-attr]
        i += 1
    if len(numerals) < 2 or not _consecutive(numerals):
        return []
    items: list[tuple[int, list[Line]]] = []
    while i < len(lines) and not lines[i].blank:
        if opens(lines[i].stripped) and len(items) < len(numerals):
            items.append((len(items) + 1, [lines[i]]))
        elif items:
            items[-1][1].append(lines[i])
        else:
            return []
        i += 1
    return items if len(items) == len(numerals) else []
