"""A recommendation made from its lines (its marker cut from its words and its span; its number, addressee and
scope), and the identifiers of lists numbered across or by section."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json, regex
from findings.extract.list_markers import BARE, BULLET, DASHES, INNER_BULLET, LAYOUT, LETTER, number_value, numbered
from findings.extract.spans import line_spans
from findings.extract.vocabulary import split_word
from findings.model import Document, Recommendation
from findings.segment.lines import Line
from findings.segment.view import View, unwrap

_FOOTNOTE_MARK = re.compile(r"(?<=[a-z]{3})\d{1,2}(?=[a-z]{3})")


def rejoin_words(text: str, lines: list[Line], document: str) -> str:
    """`text` (the lines' words joined) with each word a line's end hyphenated made whole again ('times-' / 'cales'),
    where the document spells it whole elsewhere, or what follows the hyphen is only a word's ending ('measur-' /
    'able'; extract/reading.json line_end_hyphens), or the joined word is a word of the vocabulary
    (extract/lexicons/words.json) and what follows the hyphen is none ('com-' / 'plete'), and never with the hyphen
    inside a line: a compound keeps its hyphen ('multi-' / 'agency', its second half a word), and so does any word
    neither the document nor the vocabulary gives evidence for. The quote is the lines as they
    are; only the item's text is repaired."""
    for above, below in zip(lines, lines[1:], strict=False):
        left, right = _WRAP_LEFT.search(above.stripped), _WRAP_RIGHT.match(below.stripped)
        if left is None or right is None:
            continue
        word, compound = left.group(1) + right.group(1), f"{left.group(1)}-{right.group(1)}"
        whole = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", document, re.IGNORECASE)
        hyphened = re.search(rf"(?<!\w){re.escape(compound)}(?!\w)", document, re.IGNORECASE)
        ending = right.group(1).casefold() in load_json(_READING)["line_end_hyphens"]["word_endings"]
        if (whole or ending or split_word(left.group(1), right.group(1))) and not hyphened and compound in text:
            text = text.replace(compound, word, 1)
    return text


_READING = "reading.json"
_WRAP_LEFT = re.compile(r"(?<![\w-])([A-Za-z]+)-$")  # a line's last word broken by a hyphen ('times-')
_WRAP_RIGHT = re.compile(r"([a-z]+)(?!\w)")  # the next line's first word, in lower case ('cales')


def numbered_across(recs: list[Recommendation]) -> None:
    """Lists that each number their items from 1 ('Areas for priority action' 1, then 'Areas for improvement' 1, 2)
    are numbered on across the lists, by place, as a letter's items are known ('area for improvement 1' after one
    priority action is recommendation 2): where a number repeats, the council's (or the board's) items are all
    numbered by their place."""
    for board in (False, True):
        mine = [r for r in recs if r.identifier.startswith("lscb-") == board]
        if len({r.identifier for r in mine}) == len(mine):
            continue
        for ordinal, rec in enumerate(mine, start=1):
            rec.identifier = ("lscb-" if board else "") + str(ordinal)


def by_section(recs: list[Recommendation], starts: list[tuple[int, tuple[str, str]]]) -> None:
    """Reports in two sections (safeguarding; looked after children) number each section's list on its own:
    the section is the scope, and the identifier is prefixed ('lac-3')."""
    for n, (first, (section, prefix)) in enumerate(starts):
        last = starts[n + 1][0] if n + 1 < len(starts) else len(recs)
        for ordinal, rec in enumerate(recs[first:last], start=1):
            rec.scope = rec.scope or section
            rec.identifier = f"{prefix}-{ordinal}"


def count_made(made: list[Recommendation], board: bool) -> int:
    return sum(1 for r in made if r.identifier.startswith("lscb-") == board)


def _without_sub_glyphs(view: View, lines: list[Line]) -> str:
    """The item's joined text without the glyph that opens each of its later lines (a sub-point's '–' or '─', which
    inside the text could be a dash of the prose); its own opening glyph is cut by the caller. A line of the item's
    own glyph, a dash, after a break ('… in line with national directives' / blank / '- and local needs to …': a
    text copy that marks the first line after each page's break as a bullet) is the copy's mark, not the prose's dash:
    a dash wrapped to a line's start follows the line above straight away."""
    cut: set[int] = set()
    opened = [(line, BULLET.match(line.text)) for line in lines[1:]]
    glyphs = [g.group().strip() for _, g in opened if g]
    own = BULLET.match(lines[0].text) if lines else None
    for before, (line, glyph) in zip(lines, opened, strict=False):
        if not glyph or glyph.group().strip() == "o" or glyph.end() == len(glyph.group().rstrip()):
            continue
        mark = glyph.group().strip()
        after_break = own is not None and own.group().strip() == mark and line.start > before.end + 1
        if mark in DASHES and glyphs.count(mark) < 2 and not before.stripped.endswith(":") and not after_break:
            continue  # one line opening with a dash: the prose's dash, wrapped to a line's start
        cut.update(range(line.content_start, line.start + glyph.end()))
    if not cut:
        return view.text
    return "".join(c for c, at in zip(view.text, view.offsets, strict=True) if at not in cut)


def _opening(text: str) -> tuple[int, re.Match[str] | None]:
    """Where an item's words start after its marker (0: none), and its number: a bullet, a number or a letter, or a
    bullet before a number or letter ('• (a) The quality …', as a web page's list of lettered items reads)."""
    bullet = BULLET.match(text)
    at = bullet.end() if bullet else 0
    rest = text[at:]
    number = numbered(rest) or (None if bullet else BARE.match(rest))
    label = number or LETTER.match(rest)
    return at + (label.end() if label else 0), number


def make_recommendation(
    doc: Document, lines: list[Line], key: str, scope: str | None, urgency: str | None, board: bool, ordinal: int
) -> Recommendation:
    view = unwrap(lines)
    opened, number = _opening(view.text)
    text = _without_sub_glyphs(view, lines)
    text = text[opened:]
    text = INNER_BULLET.sub(" ", text)  # sub-points joined into their item lose their glyphs
    text = _FOOTNOTE_MARK.sub(" ", text)  # 'cared for children2receive': a footnote mark set between words
    text = rejoin_words(text, lines, doc.text)  # 'times-' / 'cales': 'timescales', where the report spells it so
    line_opened = _opening(lines[0].text)[0]
    first = lines[0].start + line_opened if line_opened else lines[0].content_start
    if first >= lines[0].content_end and len(lines) > 1:
        first = lines[1].content_start  # the marker stood alone on its line ('1.' over 'Ensure …'): the words start below
    spans = line_spans(doc, lines)
    if first >= spans[0].end - doc.offset and len(spans) > 1:
        spans = spans[1:]  # the marker's line was a run of its own (a page's header between)
    else:
        spans[0] = doc.span(first, spans[0].end - doc.offset)  # a span counts into the file; `first` into `doc`
    identifier = str(number_value(number)) if number else str(ordinal + 1)
    addressee = regex(LAYOUT, "addressee").match(text.strip())
    if addressee and not board:
        addressed = addressee.group("who")
    else:
        addressed = load_json(LAYOUT)["board_addressee"] if board else None
    return Recommendation(
        assessment=key,
        identifier=("lscb-" if board else "") + identifier,
        text=text.strip(),
        spans=spans,
        timescale=urgency,
        addressed_to=addressed,
        scope=scope,
    )
