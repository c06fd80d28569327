"""A peer review's feedback report whose lines of enquiry head no sections of their own: a section of the team's
key recommendations ('2. Key recommendations' / 'The following are …:' / '2.1 Improve …') and a section of its
findings ('3. Findings' / '3.1 …'), each for the review as a whole (peer_review_layout.json, 'whole_sections')."""

from __future__ import annotations

from findings.extract.lexicons import regex
from findings.segment.lines import Line

LAYOUT = "peer_review_layout.json"


def decimal_list(lines: list[Line], at: int) -> list[list[Line]]:
    """The paragraphs numbered under their section ('2.1 Improve …') from line `at` on, past a sentence leading into
    them ('The following are the peer team's key recommendations to the council:'), each its lines from its first word
    on; [] when none follows."""
    return [item for _, item in numbered_paragraphs(lines, at)]


def numbered_paragraphs(lines: list[Line], at: int) -> list[tuple[str, list[Line]]]:
    """As `decimal_list`, each paragraph with its number as printed ('3.1')."""
    number, lead = regex(LAYOUT, "sub_paragraph"), regex(LAYOUT, "lead_in")
    i = _next_words(lines, at)
    if i < len(lines) and lead.search(lines[i].stripped) and not number.match(lines[i].text):
        i = _next_words(lines, i + 1)
    items: list[tuple[str, list[Line]]] = []
    while i < len(lines) and (opened := number.match(lines[i].text)):
        item = [Line(lines[i].start + opened.end(), lines[i].end, lines[i].text[opened.end() :])]
        i += 1
        while i < len(lines) and not lines[i].blank and not number.match(lines[i].text):
            item.append(lines[i])
            i += 1
        items.append((lines[i - len(item)].text[: opened.end()].strip().rstrip("."), item))
        i = _next_words(lines, i)
    return items


def findings_section(lines: list[Line], at: int) -> list[Line]:
    """The lines of the review's section of findings ('3. Findings') after line `at`, up to the next numbered section
    or the report's end matter; [] when it has none."""
    heading, section, end = (regex(LAYOUT, k) for k in ("findings_heading", "section_heading", "section_end"))
    start = next((i for i in range(at, len(lines)) if heading.match(lines[i].stripped)), None)
    if start is None:
        return []
    stop = next(
        (i for i in range(start + 1, len(lines)) if section.match(lines[i].text) or end.match(lines[i].stripped)), len(lines)
    )
    return lines[start + 1 : stop]


def _next_words(lines: list[Line], i: int) -> int:
    """The first line from `i` on that has words."""
    while i < len(lines) and lines[i].blank:
        i += 1
    return i
