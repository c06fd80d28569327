"""A peer review's lists as LGA feedback reports print them: the team's recommendations under 'Key recommendations'
near the front (numbered or bulleted, after a sentence introducing them), and its key lines of enquiry listed as
questions, each over a section headed by the question itself ('4.1 How well does …?').

The sentence introducing a list ('The following are the peer team's key recommendations to the council:') is no
item, and an item's number or bullet is no part of its text (extract/peer_review_layout.json: lead_in, council_asks,
section_number, section_heading).
"""

from __future__ import annotations

import re

from findings.extract.lexicons import regex
from findings.extract.summary_list import bulleted_items, imperative, inline_items
from findings.segment.lines import Line

LAYOUT = "peer_review_layout.json"
_LEAD_LINES = 4  # how many lines a sentence introducing a list may run to
_HEAD = 5000  # characters from the top searched for the review's title
_LONGEST = 200  # the longest question read as a heading
_PROSE = re.compile(r"[.!?][’”]?\s+[A-Z‘“]")  # a sentence ends inside the line: a paragraph, not a heading
_QUESTION_END = ("?", "?”", "?’")
_SENTENCE_END = (".", "?", "!", ".”", ".’", "?”", "?’")


def lead_in(lines: list[Line], i: int) -> int:
    """Where the list from line `i` opens: past the sentence introducing it ('The following are the peer team's key
    recommendations to the council:'), which ends with the layout's lead_in and is no imperative; `i` when none."""
    pattern = regex(LAYOUT, "lead_in")
    body = [j for j in range(i, min(len(lines), i + _LEAD_LINES + 2)) if not lines[j].blank][:_LEAD_LINES]
    for j in body:
        if pattern.search(lines[j].stripped):
            return i if imperative(lines[body[0]].stripped) else j + 1
    return i


def marked_items(lines: list[Line], i: int) -> list[list[Line]]:
    """The numbered ('1. Secure …') or bulleted ('- Secure …') items from line `i`, each from its first word (the
    number or bullet no part of it); [] when the list there carries neither."""
    items = [item for _, item in inline_items(lines, i) or bulleted_items(lines, i)]
    out: list[list[Line]] = []
    for item in items:
        kept = [_from_text(item[0])]
        for line in item[1:]:
            if kept[-1].stripped.endswith(_SENTENCE_END) and not line.stripped[:1].islower():
                return [*out, kept]  # the list has ended: a heading or paragraph follows its last item ('Feedback')
            kept.append(line)
        out.append(kept)
    return out


def _from_text(line: Line) -> Line:
    """The line from its first word after a numeral or bullet ('- 1. Secure …' → 'Secure …'), offsets kept."""
    marker = regex(LAYOUT, "item_marker").match(line.text)
    at = marker.end() if marker else 0
    return Line(line.start + at, line.end, line.text[at:])


def front_list(lines: list[Line], top: int, end: int) -> list[list[Line]]:
    """The team's recommendations listed under a recommendations heading ('2. Key recommendations') between the
    review's title (line `top`) and its list of lines of enquiry (line `end`); [] when there is none, or when the list
    is what a council's committee is asked to do ('The Panel is asked to:', council_asks)."""
    heading, asks = regex(LAYOUT, "recommendations_heading"), regex(LAYOUT, "council_asks")
    for i in range(top, end):
        if not heading.match(lines[i].stripped):
            continue
        opens = lead_in(lines, i + 1)
        if any(asks.search(line.stripped) for line in lines[i + 1 : opens]):
            continue
        items = marked_items(lines, opens)
        if items:
            return items
    return []


def titled_sections(lines: list[Line], i: int, titles: list[str]) -> list[tuple[int, list[Line], list[Line]]]:
    """Each line of enquiry's section from line `i` on, headed by its question ('4.1 How well does the council meet
    … ?', perhaps wrapped; the section's number no part of it): (number, heading lines, lines under it), the last up
    to the back matter or the report's next numbered section. [] unless every title heads a section, in order."""
    end_re, next_re = regex(LAYOUT, "section_end"), regex(LAYOUT, "section_heading")
    recommendations = regex(LAYOUT, "recommendations_heading")
    starts: list[tuple[int, int]] = []
    j = i
    for title in titles:
        found = next(((k, after) for k in range(j, len(lines)) if (after := _heading_at(lines, k, title))), None)
        if found is None:
            return []
        starts.append(found)
        j = found[1]
    sections: list[tuple[int, list[Line], list[Line]]] = []
    for n, (start, after) in enumerate(starts, start=1):
        stop = starts[n][0] if n < len(starts) else len(lines)
        under: list[Line] = []
        for line in lines[after:stop]:
            if n == len(starts) and (
                end_re.match(line.stripped) or next_re.match(line.text) and not recommendations.match(line.stripped)
            ):
                break
            under.append(line)
        sections.append((n, lines[start:after], under))
    return sections


def _heading_at(lines: list[Line], k: int, title: str) -> int | None:
    """The line after the heading that opens at line `k` when it is `title` (its section number aside, wrapped over
    a few lines); None when the line opens no such heading."""
    number = regex(LAYOUT, "section_number")
    wanted = _plain(title)
    said = ""
    for m in range(k, min(len(lines), k + 3)):
        text = lines[m].text
        if m == k and (match := number.match(text)):
            text = text[match.end() :]
        said = _plain(f"{said} {text}")
        if not said or not wanted.startswith(said):
            return None
        if said == wanted:
            return m + 1
    return None


def _plain(text: str) -> str:
    """Text compared as words: case and spacing aside."""
    return " ".join(text.split()).casefold()


def question_headings(lines: list[Line]) -> list[list[Line]]:
    """A report under a peer review's title that lists no lines of enquiry but heads a section with each, as a question
    ('How effective is the front door in ensuring children get the right help at the right time?', '4.1 How well …?'):
    each such heading (its section number no part of it) with prose, not another question, on either side; [] unless
    there are two or more."""
    title, number = regex(LAYOUT, "title"), regex(LAYOUT, "section_number")
    top = next((i for i, line in enumerate(lines) if line.start < _HEAD and title.match(line.stripped)), None)
    if top is None:
        return []
    body = [i for i in range(top + 1, len(lines)) if not lines[i].blank]
    found: list[list[Line]] = []
    for k, i in enumerate(body):
        match = number.match(lines[i].text)
        at = match.end() if match else 0
        text = lines[i].text[at:].strip()
        if not _asks(text) or k + 1 == len(body):
            continue
        if _asks(lines[body[k + 1]].stripped) or (k and _asks(lines[body[k - 1]].stripped)):
            continue  # one of a list of questions, not a heading
        found.append([Line(lines[i].start + at, lines[i].end, lines[i].text[at:])])
    return found if len(found) >= 2 else []


def _asks(text: str) -> bool:
    """Is `text` one short question on a line of its own ('How well does …?')?"""
    return text.endswith(_QUESTION_END) and text[:1].isupper() and len(text) <= _LONGEST and not _PROSE.search(text)
