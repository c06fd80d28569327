"""A progress report that heads each section with its recommendation's subject on a line of its own ('2. Exploitation
and return home interviews', numbered or not, or a bullet's line), the section's paragraphs below it ('2.1 The new
service …'): each section is a candidate update named by its heading, as titled_progress.py reads a paragraph whose
first sentence names its subject ('2.1 Exploitation and return home interviews. The new …')."""

from __future__ import annotations

import re
from collections.abc import Callable

from findings.extract.list_markers import BULLET, asks
from findings.segment.lines import Line
from findings.segment.paragraphs import Paragraph

_MARKER = re.compile(r"^\s*\d{1,2}\.?\s+(?=[A-Z‘“\"])")  # a section's number ('2. ', '2 '), never a paragraph's '2.1'
_HEADING = re.compile(  # words with no sentence's stop in them ('Supervision in …'), a theme perhaps before a colon
    r"^[A-Z‘“\"][^.:;!?\t]*(?::\s+[^.:;!?\t]*)?[^.:;!?,\s–-]$"  # ('Workforce: supervision of social workers')
)
_OPENS = re.compile(r"^\s*[\dA-Z‘“\"]")  # a line opening a sentence or a numbered paragraph
_SENTENCE_END = re.compile(r"[.!?:][’”\"')]*$")  # a line that ends a sentence or a lead-in
_STOP = re.compile(r"[.!?][’”\"')]*$")  # a line that ends a sentence
_NUMBERED_LINE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z][.)])\s+")  # a paragraph's number ('2.1 ', '1. ')
_LABEL = re.compile(r"^\s*[A-Z][\w’' ]{0,30}:\s")  # a title page's labelled line ('To: …', 'Date: …')


def headed_sections(lines: list[Line], a_subject: Callable[[str], bool], rules: dict) -> list[tuple[Paragraph, int, str]]:
    """Each section under a heading line that names a subject (`a_subject`): its lines as a paragraph, numbered in
    order, where its first paragraph's text starts (after its number or bullet), and the heading's words. A section
    whose first paragraph is no prose (a title page's 'Report to: …', a grade, a table's row) is none. `rules`:
    linking.json titled (heading_share: a heading is at most that share as long as the longest line near it;
    heading_runs_on: a line ending so runs on)."""
    titles = _themed({i: title for i in range(len(lines)) if (title := _heading(lines, i, rules)) is not None}, rules)
    headings = list(titles)
    numbered = [i for i in headings if _MARKER.match(lines[i].text)]
    if len(numbered) >= 2:  # a paper numbering its sections heads them by number: other short lines are its text,
        headings = sorted(numbered + _subheadings(lines, list(titles), numbered))  # but for a section's own headings
    out: list[tuple[Paragraph, int, str]] = []
    for place, index in enumerate(headings):
        end = headings[place + 1] if place + 1 < len(headings) else len(lines)
        body = [line for line in lines[index + 1 : end] if not line.blank]
        title = titles[index]
        if not body or not a_subject(title) or not _prose(lines[index + 1 : end]):
            continue
        first = body[0].text
        marker = re.match(r"^\s*\d{1,2}(?:\.\d{1,2}\.?|\.)\s+", first) or BULLET.match(first) or re.match(r"^\s*", first)
        out.append((Paragraph(len(out) + 1, body), marker.end() - (len(first) - len(first.lstrip())), title))
    return out


def _themed(titles: dict[int, str], rules: dict) -> dict[int, str]:
    """The headings but those with a colon ('Workforce: supervision of social workers') unless two or more of the
    paper's headings have one and the words before it are no label's ('Note: figures are provisional …': linking.json
    titled heading_labels)."""
    labels = set(rules["heading_labels"])
    themed = [i for i, title in titles.items() if ":" in title and title.split(":", 1)[0].strip().lower() not in labels]
    keep = set(themed) if len(themed) >= 2 else set()
    return {i: title for i, title in titles.items() if ":" not in title or i in keep}


def _subheadings(lines: list[Line], headings: list[int], numbered: list[int]) -> list[int]:
    """The unnumbered headings inside a numbered section that numbers no paragraphs of its own, where two or more head
    its parts ('2. Progress by theme' over 'Supervision of social workers' / its paragraph, 'Pathway plans' / …): the
    section's subjects, not its text."""
    out = []
    for place, start in enumerate(numbered):
        end = numbered[place + 1] if place + 1 < len(numbered) else len(lines)
        inner = [i for i in headings if start < i < end]
        if len(inner) >= 2 and not any(_DECIMAL_LINE.match(line.text) for line in lines[start + 1 : end]):
            out += inner
    return out


_DECIMAL_LINE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s")  # a section's numbered paragraph ('2.1 ')


def _prose(lines: list[Line]) -> bool:
    """Is a section's first paragraph (its lines to the first blank one) prose: a sentence ending in it, its first
    line neither a label's ('Date: …'), a table's row (cells apart by tabs) nor a call to improve ('1. Ensure …')?"""
    start = next((i for i, line in enumerate(lines) if not line.blank), len(lines))
    end = next((i for i in range(start, len(lines)) if lines[i].blank), len(lines))
    paragraph = lines[start:end]
    if not paragraph or "\t" in paragraph[0].text or _LABEL.match(paragraph[0].text):
        return False
    opening = _NUMBERED_LINE.sub("", paragraph[0].text)
    if asks(opening, modal=False):
        return False  # a list of what to improve ('1. Ensure that …'), not what was done
    return any(_STOP.search(line.stripped) for line in paragraph)


def _heading(lines: list[Line], index: int, rules: dict) -> str | None:
    """The subject a line heads a section with, or None: a line of its own (after a blank line, a sentence's end or
    nothing; before a line that opens a sentence), shorter than the lines around it, with no stop in its words."""
    line = lines[index]
    if line.blank:
        return None
    marker = _MARKER.match(line.text) or BULLET.match(line.text)
    words = line.text[marker.end() if marker else 0 :].strip()
    if not _HEADING.match(words) or re.search(rules["heading_runs_on"], words):
        return None
    back = index - 1  # the nearest lines either side that are not blank, found by index: no copy of the list
    while back >= 0 and lines[back].blank:
        back -= 1
    if back < 0:
        return None  # the paper's first line: its title
    if not lines[index - 1].blank and not _SENTENCE_END.search(lines[back].stripped):
        return None  # the line before runs on into this one: a wrapped sentence
    ahead = index + 1
    while ahead < len(lines) and lines[ahead].blank:
        ahead += 1
    after = lines[ahead] if ahead < len(lines) else None
    if after is None or not (_OPENS.match(after.text) or BULLET.match(after.text)):
        return None
    around = [other for other in lines[max(0, index - 3) : index + 4] if not other.blank and other is not line]
    if around and len(line.stripped) > rules["heading_share"] * max(len(other.stripped) for other in around):
        return None
    return words
