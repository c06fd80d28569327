"""One logged action, however many meetings' logs carry it: its Ref is its identity within the body.

An action log that says which meeting set each action puts every row on that meeting, so each later log's row is
the same resolution already. A log that does not put its rows on the meeting whose paper carries it; a later
meeting's log then carries the same Ref again. The row of the body's earliest meeting that logged a Ref is the
action; a later row with the same Ref and much the same words (findings.link.same) is that action again, and the
status it reports is an update on it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from findings.extract.context import slug
from findings.extract.dates import parse_due
from findings.extract.lexicons import load_json
from findings.extract.minute_numbers import minute_of_cell
from findings.link.same import THRESHOLD, similarity, words
from findings.model import Extraction, Recommendation


def merge_logged(out: Extraction) -> None:
    """Put every later row of a logged action on the resolution its body first logged (merged after, as any
    restatement is), and its updates with it."""
    meetings = out.assessments
    logged = [r for r in out.recommendations if r.kind == "Resolution" and r.log_reference and r.assessment in meetings]
    logged.sort(key=lambda r: (meetings[r.assessment].stands_from() or date.max, r.assessment, r.identifier))
    first: dict[tuple[str, str, str], Recommendation] = {}
    moved: dict[tuple[str, str], tuple[str, str]] = {}
    for rec in logged:
        meeting = meetings[rec.assessment]
        body = (meeting.org.key, slug(meeting.label), rec.log_reference or "")
        earlier = first.setdefault(body, rec)
        if earlier is rec or earlier.assessment == rec.assessment or similarity(earlier.text, rec.text) < THRESHOLD:
            continue  # the first, one the same meeting already holds, or another action under a Ref used again
        moved[(rec.assessment, rec.identifier)] = (earlier.assessment, earlier.identifier)
        rec.assessment, rec.identifier = earlier.assessment, earlier.identifier
    for update in out.updates:
        if update.about_kind == "recommendation" and (update.assessment, update.about) in moved:
            update.assessment, update.about = moved[(update.assessment, update.about)]


RECORDS = 0.75  # share of a row's words a resolution that asks for no paper must hold to be the row's ask


def _records(row: str, resolution: str) -> bool:
    """Are nearly all the row's words the resolution's own?"""
    mine = words(row)
    return bool(mine) and len(mine & words(resolution)) / len(mine) >= RECORDS


def _wanted(text: str, after: date | None) -> date | None:
    """When a request says it wants its paper: the first date its words name after its meeting ('at its meeting in
    January 2021': 2021-01-31), read as a due date is; None when it names none."""
    for match in re.finditer(load_json("lexicons/linking.json")["slips"]["date"], text):
        when = parse_due(match.group(1))
        if when is not None and (after is None or when > after):
            return when
    return None


def _another_time(request: Recommendation, row: Recommendation, meeting: date | None) -> bool:
    """Does the request want its paper at another time than the row is due (linking.json logged_request)? Then they
    are two asks, however many words they share."""
    wanted = _wanted(request.text, meeting)
    if wanted is None or row.due_by is None:
        return False
    apart = abs((wanted.year - row.due_by.year) * 12 + wanted.month - row.due_by.month)
    return apart > int(load_json("lexicons/linking.json")["logged_request"]["months_apart"])


def merge_logged_requests(out: Extraction) -> None:
    """A request made in discussion, or a resolution, and the action log's row that records it are one ask: the row
    set at its meeting under the same minute, in much the same words ('Members asked that a report on children in
    unregistered homes be brought to the next meeting', 'RESOLVED: … that the Assistant Director report on children
    in unregistered homes' / 'CPP-A16 … CPP 24/32 … Report on children in unregistered homes'). The row, and every
    later row with its Ref, become the request, which the log then reports on: `findings open` lists it until a log
    closes it, once; in a log that prints no minutes, a request of the meeting that set the row, in much the same
    words. A resolution that asks for no paper is a row's only when the row's words are nearly all its own
    (`RECORDS`): 'that the Panel note the report on children in unregistered homes' is not the row asking for a further
    report on them. Nor is a request that names when it wants its paper the row due months before or after then
    (`_another_time`). The row's due date and re-plans go with it (findings.link.slips.merge_restated_rows, run first)."""
    from findings.link.fulfils import LEXICON as LINKING
    from findings.link.fulfils import is_request

    rules = load_json(LINKING)["fulfils"]
    minuted: dict[tuple[str, str], list[Recommendation]] = defaultdict(list)  # by meeting and minute: linear
    asking: dict[str, list[Recommendation]] = defaultdict(list)  # the meeting's requests, for a log with no minutes
    for r in out.recommendations:
        if r.kind == "Resolution" and not r.log_reference:
            if r.minute:
                minuted[(r.assessment, minute_of_cell(r.minute))].append(r)
            if is_request(rules, r):
                asking[r.assessment].append(r)
    moved: dict[tuple[str, str], Recommendation] = {}
    for row in out.recommendations:
        if not row.log_reference or (row.assessment, row.identifier) in moved:
            continue
        if row.minute:  # 'Item 7' in the log: minute 7
            near = minuted.get((row.assessment, minute_of_cell(row.minute)), [])
            asked = [r for r in near if is_request(rules, r) or _records(row.text, r.text)]
        else:  # a log that prints no minutes: a request of the meeting that set the row
            asked = asking.get(row.assessment, [])
        meeting = out.assessments[row.assessment].stands_from() if row.assessment in out.assessments else None
        asked = [r for r in asked if similarity(r.text, row.text) >= THRESHOLD and not _another_time(r, row, meeting)]
        if len(asked) == 1 and asked[0].log_reference is None:  # one request it records, not yet another row's
            request = asked[0]
            request.log_reference = row.log_reference
            for name in ("timescale", "due_by", "addressed_to", "due_span"):
                if getattr(request, name) is None:
                    setattr(request, name, getattr(row, name))
            request.slips = request.slips or list(row.slips)
            moved[(row.assessment, row.identifier)] = request
    for rec in out.recommendations:
        if (rec.assessment, rec.identifier) in moved and rec.log_reference and rec is not moved[(rec.assessment, rec.identifier)]:
            rec.identifier = moved[(rec.assessment, rec.identifier)].identifier
    for update in out.updates:
        if update.about_kind == "recommendation" and (update.assessment, update.about) in moved:
            update.about = moved[(update.assessment, update.about)].identifier
