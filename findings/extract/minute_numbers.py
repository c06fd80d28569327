"""The number the minutes print for each item ('45/24 Ofsted improvement plan', 'CPP/19/12', 'SC.12', 'Minute 7',
'12. Ofsted ILACS action plan'), given to every resolution and request made under it (fo:minute), so that a reader
can find 'minute 45/24'. The patterns are data (extract/minutes_layout.json: 'minute_reference', 'item_number',
'minute_number'); a resolution's own identifier stays positional.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from findings.extract.lexicons import load_json, regex, regexes
from findings.model import Document, Recommendation
from findings.segment.lines import cell_lines, split_lines

LAYOUT = "minutes_layout.json"
_LAST_NUMBER = re.compile(r"^(?P<prefix>.*?)(?P<n>\d+)[a-z]?$")


def heading_patterns() -> list[re.Pattern[str]]:
    """Every form of a minute's heading line that prints its number, in the order tried: one reader of the headings
    for the numbers and for the progress an item records, so no house style of numbering is read by one alone."""
    return [regex(LAYOUT, "minute_reference"), regex(LAYOUT, "item_number"), *regexes(LAYOUT, "minute_number")]


def resolution_lines(doc: Document, made: list[Recommendation]) -> list[tuple[int, int]]:
    """The (start, end) of every span of the resolutions in `made`: a numbered point within one heads no minute."""
    return sorted((s.start, s.end) for r in made for s in r.spans if s.doc == doc.sha256)


def within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Does the line doc.text[start:end] begin or end inside one of `spans`?"""
    return any(a <= start < b or a < end <= b for a, b in spans)


def minute_marks(doc: Document, start: int, end: int, made: list[Recommendation]) -> list[tuple[int, str | None]]:
    """(offset, number as printed) of each line of doc.text[start:end] that heads a minute, in order (None for a
    number printed in a form none of the patterns reads, 'minute_heading_unknown': it ends the minute before); a line within
    a resolution (a numbered point '2. Approve the plan') or a numbered paragraph of prose heads none, nor does a bare
    number ('2.', 'item_number') in minutes that number their items otherwise."""
    patterns = heading_patterns()
    unknown = regex(LAYOUT, "minute_heading_unknown")  # a heading numbered in a form none reads: it ends a minute
    most = int(load_json(LAYOUT)["minute_heading_words"])
    any_length = regex(LAYOUT, "minute_heading_any_length")  # '34/22 …': no paragraph is numbered so, however long
    inside = resolution_lines(doc, made)
    lines = [line for line in cell_lines(split_lines(doc.text, start, end)) if line.text.strip()]
    marks: list[tuple[int, str, bool]] = []
    for n, line in enumerate(lines):
        words = line.text.strip().strip("*").strip()
        found = next((m for p in [*patterns, unknown] if (m := p.match(words))), None)
        if found is None or within(line.start, line.end, inside):
            continue
        named = found.groupdict()
        title = named.get("title") or named.get("capitals") or named.get("dashed") or ""
        following = lines[n + 1].text.strip().strip("*") if n + 1 < len(lines) else ""
        long = len(title.split()) > most and (found.re is unknown or not any_length.match(words))
        if long or (title and following[:1].islower()):
            continue  # '9. The Panel noted that the average score had' / 'decreased by 1.3%': a paragraph, not a minute
        marks.append((line.start, None if found.re is unknown else found.group("ref"), found.re is patterns[1]))
    if any(not bare and ref for _, ref, bare in marks):  # minutes numbered 'CPP/18/4': a bare '2.' is a paragraph's
        marks = [mark for mark in marks if not mark[2]]  # number
    first = next((n for n, (_, ref, _) in enumerate(marks) if ref), len(marks))
    marks = marks[first:]  # a line above the first number read ('Room 14 – Priory House') heads no minute
    return [(at, ref) for at, ref, _ in marks]


def _skips(this: str, after: str | None) -> bool:
    """Does the next printed number skip one ('CPP/18/4' then 'CPP/18/6'), so that a minute between went unprinted?"""
    a, b = _LAST_NUMBER.match(this), _LAST_NUMBER.match(after or "")
    return bool(a and b and a["prefix"] == b["prefix"] and int(b["n"]) > int(a["n"]) + 1)


def number_minutes(doc: Document, start: int, end: int, made: list[Recommendation]) -> None:
    """Give each resolution in `made` the number of the minute it stands under, where the minutes print one."""
    marks = minute_marks(doc, start, end, made)
    offsets = [at for at, _ in marks]
    for rec in made:
        if rec.minute is not None or not rec.spans:
            continue
        index = bisect_right(offsets, rec.spans[0].start) - 1
        number = marks[index][1] if index >= 0 else None
        if number is None or (index + 1 < len(marks) and _skips(number, marks[index + 1][1])):
            continue  # before the first printed number, under one not read, or perhaps under one not printed
        rec.minute = number


def minute_of_cell(cell: str) -> str:
    """The minute number a log's Minute cell gives, read as the minutes' headings read theirs ('Item 7' and 'Min. No.
    7' are minute 7, as under 'Item 7 – Recruitment'; '45/24' stays): a cell is a heading without its title, so one is
    lent for the patterns that want one."""
    cell = " ".join(cell.split())
    patterns = [regex(LAYOUT, "minute_reference"), *regexes(LAYOUT, "minute_number")]
    for text in (cell, f"{cell} Title"):
        found = next((m for p in patterns if (m := p.match(text))), None)
        if found is not None:
            return found.group("ref")
    return cell
