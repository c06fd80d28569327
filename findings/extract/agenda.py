"""An agenda: the paper of a body's meeting on a day, read from its cover, so that what it carries is dated and held."""

from __future__ import annotations

import re
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


def extract_meeting_paper(doc: Document, out: Extraction) -> bool:
    """Register the meeting whose paper `doc` is, known by its cover alone ('Northshire Children's Services Improvement
    Board' over '15 January 2020'; minutes_layout.json '_meeting_paper'), as holding it, and date `doc` by it: a paper
    the other readers read nothing from (a report on a matter the body asked for) is still that meeting's paper, so it
    can fulfil the body's request. Only a paper that says it is the report the body asked for ('This report was
    requested by the Board at its meeting on …': linking.json fulfils.received, 'paper_reference' or 'back_reference');
    False for any other, or when its cover is not a body's name over a day."""
    received = load_json("lexicons/linking.json")["fulfils"]["received"]
    asked = "|".join(f"(?:{received[k].removeprefix('(?i)')})" for k in ("paper_reference", "back_reference"))
    cover = _paper_cover(doc.text)
    if cover is None or not re.search(asked, doc.text, re.IGNORECASE):
        return False
    body, when, header = cover
    register_meeting(doc, Region(0, len(doc.text), body, when, header), organisation(doc.text), out)
    doc.date = when
    return True


def _paper_cover(text: str) -> tuple[str, date, tuple[int, int]] | None:
    """The body and the day a paper's cover gives: within its first 'meeting_paper_lines' lines that have words, a line
    that is only the body's name ('agenda_body'; not a report's, 'not_a_body') or a report's naming the body it goes to
    ('meeting_paper_report_to'), the next such line only the day ('meeting_paper_day'), joining words between passed."""
    lines, at = [], 0
    for line in text.split("\n"):
        if len(lines) >= int(load_json(LAYOUT)["meeting_paper_lines"]):
            break
        if line.strip():
            lines.append((at, line))
        at += len(line) + 1
    joiner = regex(LAYOUT, "meeting_paper_joiner")
    for index, (_, line) in enumerate(lines):
        named = regex(LAYOUT, "agenda_body").match(line)
        if named and regex(LAYOUT, "not_a_body").match(named.group("body").strip(" \t\f*#")):
            continue  # 'Report to Cabinet' over 'Date of meeting: …': a report's cover, its body no meeting of its own
        named = named or regex(LAYOUT, "meeting_paper_report_to").match(line)
        below = next(((s, ln) for s, ln in lines[index + 1 :] if not joiner.match(ln)), None) if named else None
        dated = regex(LAYOUT, "meeting_paper_day").match(below[1]) if named and below else None
        when = parse_day_month_year(dated.group("date")) if dated else None
        if named and below and when is not None:
            return named.group("body").strip(), when, (below[0], below[0] + len(below[1].rstrip()))
    return None


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
