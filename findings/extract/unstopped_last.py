"""A list's last item printed without a full stop, right over the next section's heading: told from a heading of its
own (no stop, a capitalised line below) by what stands below it — a section heading the layout knows, or a judgement's
heading with its grade ('The experiences and progress of children who need help and' / 'protection: requires
improvement to be good'). Its size is data (extract/report_layout.json unstopped_last_item)."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json
from findings.extract.list_headings import TERMINAL, norm
from findings.extract.list_lines import grade_line, graded_section, heading_over_grade, wants_more, wrapped_section
from findings.extract.list_markers import LAYOUT, asks, opens
from findings.extract.list_prose import says_early
from findings.segment.lines import Line


def section_begins(body: list[Line], j: int, graded: re.Pattern[str], known: frozenset[str], sections: dict) -> bool:
    """Does the report's next section start at `j`: a heading the layout names (`known`, compared by `norm`; `sections`,
    by their folded words), or a judgement's heading with its grade, on one line or wrapped, or over its grade line?"""
    if j >= len(body) or not body[j].stripped[:1].isupper():
        return False
    text = body[j].stripped
    return (
        norm(text) in known
        or " ".join(text.split()).casefold() in sections
        or graded_section(text)
        or wrapped_section(body, j)
        or heading_over_grade(body, j, graded)
    )


def _heading(body: list[Line], i: int, known: frozenset[str], sections: dict) -> bool:
    """Is the line itself a section's heading, the layout's or a judgement's with its grade? (Over a line that begins
    a section by itself, a line naming an area is no heading over a grade: 'The timeliness of permanence planning for
    children in care' over '… care leavers: good'.)"""
    text = body[i].stripped
    folded = " ".join(text.split()).casefold()
    return norm(text) in known or folded in sections or graded_section(text) or wrapped_section(body, i)


def unstopped_last_item(body: list[Line], i: int, graded: re.Pattern[str], known: frozenset[str], sections: dict) -> int:
    """Over how many lines from `i` does an item without a stop stand right over the next section's start
    (section_begins): a capitalised line, no glyph, number or grade, its wrapped lines in lower case (or after a line
    that stops mid-phrase), ending no sentence and not mid-phrase; 0 where none does."""
    text = body[i].stripped
    if not text[:1].isupper() or opens(body[i]) or grade_line(text, graded) or _heading(body, i, known, sections):
        return 0
    size = load_json(LAYOUT)["unstopped_last_item"]
    end = i + 1
    while end < min(len(body), i + int(size["lines"])) and (body[end].stripped[:1].islower() or wants_more(body[end - 1 : end])):
        end += 1
    item = body[i:end]
    words = " ".join(line.stripped for line in item)
    if wants_more(item) or words.endswith((*TERMINAL, ":", ",")) or len(words) > int(size["longest"]):
        return 0
    if any(opens(line) or line.stripped.endswith(TERMINAL) for line in item) or not _reads_as_item(words, size):
        return 0
    return end - i if section_begins(body, end, graded, known, sections) else 0


def _reads_as_item(words: str, size: dict) -> bool:
    """Do `words` read as a recommendation: 'fewest_words' words or more (a line of one or two, 'Judgement summary', is
    a sub-heading), asking for something or naming an area as the list's items do, saying nothing of it early?"""
    return len(words.split()) >= int(size["fewest_words"]) and (asks(words) or not says_early(words, past_relatives=True))
