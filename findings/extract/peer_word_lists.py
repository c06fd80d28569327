"""A peer review's lists as a word processor numbers them: the key lines of enquiry run straight into the next heading
('3. Recommendations', no blank line between paragraphs) or the next paragraph ('The peer team was: …'), and the
team's recommendations under that heading go on with the numbers of the list before ('3. Strengthen …', '4. …')
because one Word list style numbers both; and lists whose items stand a blank line apart, a paragraph each, as text
saved with a blank line after every paragraph (extract/peer_review_layout.json: recommendations_heading,
findings_heading, item_marker)."""

from __future__ import annotations

import re

from findings.extract.lexicons import regex
from findings.segment.lines import Line

LAYOUT = "peer_review_layout.json"
_QUESTION_END = ("?", "?”", "?’")
_SENTENCE_END = (".", "?", "!", ".”", ".’", "?”", "?’")
_NUMBERED = re.compile(r"^\s*(?:[-–•▪◼]\s*)?(?P<n>\d{1,3})[.)]\s+(?=\S)")
_BULLET = re.compile(r"^\s*[-–•▪◼·*]\s+(?!\d{1,3}[.)]\s)(?=\S)")


def list_heading(text: str) -> bool:
    """Is `text` (its numeral aside) a heading that ends a list of lines of enquiry ('3. Recommendations', 'Findings')?"""
    marker = regex(LAYOUT, "item_marker").match(text)
    words = text[marker.end() :] if marker else text
    return any(regex(LAYOUT, k).match(words.strip()) for k in ("recommendations_heading", "findings_heading"))


def kloes_only(titles: list[tuple[int, list[Line]]]) -> list[tuple[int, list[Line]]]:
    """The lines of enquiry of a list read from under its lead-in, up to a heading that ends it ('3. Recommendations',
    an item's line or one it seemed to run on to) or a paragraph after a question ('… children in care?' / 'The peer
    team was: …'): each question ends its line of enquiry."""
    kept: list[tuple[int, list[Line]]] = []
    for n, lines in titles:
        if list_heading(lines[0].text):
            break
        item = [lines[0]]
        for line in lines[1:]:
            if list_heading(line.text) or item[-1].stripped.endswith(_QUESTION_END) and line.stripped[:1].isupper():
                return [*kept, (n, item)]
            item.append(line)
        kept.append((n, item))
    return kept


def continued_items(lines: list[Line], i: int) -> list[list[Line]]:
    """The numbered items from line `i` (blank lines before skipped) whose numbers run on from whatever the first is
    ('3. Strengthen …', '4. Develop …': one Word list numbering two), or bulleted ones ('- Strengthen …'), each from
    its first word; items may stand a blank line apart (a paragraph each). An item ends where the next opens, at a
    blank line, a line numbered out of turn, or a line opening a sentence after one ending; [] for fewer than two."""
    while i < len(lines) and lines[i].blank:
        i += 1
    items: list[list[Line]] = []
    first: int | None = None
    bulleted = bool(i < len(lines) and _BULLET.match(lines[i].text))

    def opens(line: Line) -> re.Match[str] | None:
        match = (_BULLET if bulleted else _NUMBERED).match(line.text)
        return match if match and (bulleted or first is None or int(match.group("n")) == first + len(items)) else None

    k = i
    while k < len(lines):
        line = lines[k]
        if match := opens(line):
            first = first if bulleted or first is not None else int(match.group("n"))
            items.append([Line(line.start + match.end(), line.end, line.text[match.end() :])])
        elif line.blank and items:
            after = next((j for j in range(k, len(lines)) if not lines[j].blank), len(lines))
            if after == len(lines) or not opens(lines[after]):
                break
            k = after
            continue
        elif line.blank or _NUMBERED.match(line.text) or _BULLET.match(line.text) or not items or _ends(items[-1][-1], line):
            break
        else:
            items[-1].append(line)
        k += 1
    return items if len(items) >= 2 else []


def spaced_items(lines: list[Line], i: int) -> list[list[Line]]:
    """As `continued_items`, only when the items stand a blank line apart (a list the block readers, which stop at a
    blank line, do not see whole); [] otherwise."""
    items = continued_items(lines, i)
    if not items:
        return []
    start = next(j for j in range(i, len(lines)) if lines[j].end >= items[0][0].end)
    end = next(j for j in range(start, len(lines)) if lines[j].end >= items[-1][-1].end)
    return items if any(line.blank for line in lines[start:end]) else []


def _ends(last: Line, line: Line) -> bool:
    """Has the item whose last line is `last` ended before `line` (a sentence over, a new one opening)?"""
    return last.stripped.endswith(_SENTENCE_END) and not line.stripped[:1].islower()
