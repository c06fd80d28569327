"""An agenda: the paper of a body's meeting on a day, read from its cover, so that what it carries is dated and held."""

from __future__ import annotations

from datetime import date

from findings.extract.context import organisation
from findings.extract.dates import parse_day_month_year
from findings.extract.lexicons import load_json, regex
from findings.extract.minutes import FULL_DATE, LAYOUT, Region, register_meeting
from findings.model import Document, Extraction


def extract_agenda(doc: Document, out: Extraction) -> bool:
    """Register the meeting an agenda's cover names ('CABINET' / 'Wednesday 27 March 2019 at 10.00 am' / 'AGENDA';
    minutes_layout.json, '_agenda') as holding `doc`, and date `doc` by it, whatever else the pack holds (the last
    meeting's minutes, a progress report); False when its cover names none."""
    cover = _cover(doc.text)
    if cover is None:
        return False
    body, when, header = cover
    register_meeting(doc, Region(0, len(doc.text), body, when, header), organisation(doc.text), out)
    doc.date = when  # the cover's day, over the day of minutes or a report the pack prints below it
    return True


def cover_day(text: str) -> date | None:
    """The meeting's day an agenda's cover at the top of `text` gives (minutes_layout.json '_agenda'), else None: the
    day of the paper a pack is, however long the contents list below its 'AGENDA' line runs."""
    cover = _cover(text)
    return cover[1] if cover else None


def _cover(text: str) -> tuple[str, date, tuple[int, int]] | None:
    """The body, the day and the span of the date line an agenda's opening lines give, with an 'AGENDA' line below."""
    lines, at = [], 0
    for line in text.split("\n")[: int(load_json(LAYOUT)["agenda_cover_lines"])]:
        lines.append((at, line))
        at += len(line) + 1
    agenda = next((i for i, (_, line) in enumerate(lines) if regex(LAYOUT, "agenda_line").match(line)), None)
    if agenda is None:
        return None
    for i in range(agenda - 1, -1, -1):
        named = regex(LAYOUT, "agenda_body").match(lines[i][1])
        if named is None:
            continue
        for start, line in lines[i + 1 : agenda]:
            if regex(LAYOUT, "agenda_not_the_day").match(line):
                continue  # 'Published: 2 March 2020': the paper's day, not the meeting's
            dated = FULL_DATE.search(line)  # the day as minutes print it ('Tuesday, 10 March 2020 10.00 a.m.')
            when = parse_day_month_year(dated.group(1)) if dated else None
            if when is not None:
                return named.group("body").strip(), when, (start, start + len(line.rstrip()))
        return None
    return None
