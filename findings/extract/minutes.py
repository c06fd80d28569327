"""Minutes: each meeting, what it RESOLVED (every numbered resolution and work-programme addition on its own),
the requests members made in discussion ('A request was made for the data to be broken down …'), and the progress an
item on an inspection's plan records of the actions it names (findings.extract.minute_progress).

A document may hold several sets of minutes (an agenda pack carries the last meeting's); each runs from its
'At a meeting of … held … on <date>' line to the '(Note: The meeting commenced …)' line. Minutes published as
a web page without that line ('Agenda and minutes') are one meeting whose date is bounded from the text; a committee
web page's agenda item ('Meeting: 30/07/2020 - Executive Board (Item 3)' above 'Minutes:') is one dated meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from findings.extract.authorities import normalise, register, resolve
from findings.extract.context import UNDATED_KEY, organisation, slug
from findings.extract.dates import parse_day, parse_day_month_year
from findings.extract.inline_points import inline_points
from findings.extract.lexicons import load_json, regex, regexes, with_words
from findings.extract.minute_numbers import number_minutes
from findings.extract.minute_progress import minute_progress
from findings.extract.spans import joined_spans
from findings.model import Assessment, Document, Extraction, Organisation, Recommendation
from findings.segment.lines import Line, cell_lines, split_lines

LAYOUT = "minutes_layout.json"
FULL_DATE = re.compile(
    r"\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December),?\s+\d{4})\b"  # '14 March 2023', '14th March, 2023'
)


@dataclass
class Region:
    start: int
    end: int
    body: str
    when: date | None
    header: tuple[int, int] | None  # the span that dates the meeting
    item: str | None = None  # a committee web page's agenda item: its resolutions are numbered as the item's ('18.1')


def _clean(text: str) -> str:
    """A line without markdown emphasis or surrounding space: '**RESOLVED**' → 'RESOLVED'."""
    return text.strip().strip("*").strip()


_RESOLVING = re.compile(r"(?i)\b(?:resolved|that)\b")  # 'RESOLVED: That the minutes of the meeting … held …'
_NEXT_RESOLVES = re.compile(r"(?i)^\W*resolved\b.{0,40}\bminutes\b")  # 'RESOLVED: that the minutes be approved'


def _approving(text: str, match: re.Match[str]) -> bool:
    """Does the header name an earlier meeting whose minutes are approved here: a resolution opens its line, the
    rest of its line approves them ('… were agreed as a correct record'), or the next line resolves to?"""
    line_start = text.rfind("\n", 0, match.start()) + 1
    if _RESOLVING.search(text, line_start, match.start()):
        return True
    rest, _, following = text[match.end() : match.end() + 300].partition("\n")
    if regex(LAYOUT, "approved_after").search(rest):
        return True
    return bool(_NEXT_RESOLVES.match(following.split("\n", 1)[0]))


def _attended(text: str, header: re.Match[str]) -> bool:
    """Do minutes follow a committee's name over a date line: who was present, within a few lines? A report's cover
    ('Report to Cabinet' / 'Date of meeting: …') names no one present."""
    if regex(LAYOUT, "not_a_body").match(header.group("body")):
        return False
    end = min(len(text), header.end() + 800)
    if other := regex(LAYOUT, "present_window_ends").search(text, header.end(), end):
        end = other.start()  # an agenda, or another meeting's minutes, begin: who is present there was not at this one
    return bool(regex(LAYOUT, "present").search(text, header.end(), end))


def _heads_resolutions(text: str, header: re.Match[str]) -> bool:
    """Is a 'Minutes of the … held … on <day>' line with no one named present under it the paper's heading over the
    minutes' own resolutions (minutes_layout.json '_unattended'): a line of its own among the paper's first few, a
    resolution below it? A paper that only names a meeting resolves nothing under it."""
    line_end = text.find("\n", header.end())
    line_end = len(text) if line_end < 0 else line_end
    if regex(LAYOUT, "not_a_body").match(header.group("body")) or not regex(LAYOUT, "heading_rest").match(
        text[header.end() : line_end]
    ):
        return False
    if len([line for line in text[: header.start()].splitlines() if line.strip()]) > load_json(LAYOUT)["heading_lines_before"]:
        return False
    end = len(text)
    if other := regex(LAYOUT, "present_window_ends").search(text, line_end):
        end = other.start()  # an agenda, or another meeting's minutes, begin: what they resolve is not this one's
    return any(regex(LAYOUT, "resolved").match(_clean(line.text)) for line in split_lines(text, line_end, end))


def _item_pages(text: str) -> list[re.Match[str]]:
    """The line that dates a committee web page's agenda item ('Meeting: 30/07/2020 - Executive Board (Item 3)'):
    only near the page's start and above its 'Minutes:' label, so a report's cover or a line quoted elsewhere is not."""
    within = load_json(LAYOUT)["item_page_within"]
    label = regex(LAYOUT, "item_page_minutes")
    found = regex(LAYOUT, "meeting_header_item").search(text, 0, within)
    return [found] if found and label.search(text, found.end()) else []


def _listing_pages(text: str) -> list[re.Match[str]]:
    """The heading that dates a committee web page's agenda and minutes ('Children and Young People Scrutiny
    Committee - Tuesday, 13th September, 2022 5.00 pm'): only under an 'Agenda and minutes' title near its start."""
    within = load_json(LAYOUT)["item_page_within"]
    title = next(
        (
            line
            for line in split_lines(text, 0, min(len(text), within))
            if regex(LAYOUT, "minutes_title").match(_clean(line.text))
        ),
        None,
    )
    if title is None:
        return _listing_over_minutes(text, within)
    below = next((line for line in split_lines(text, title.end, min(len(text), within)) if line.text.strip()), None)
    found = regex(LAYOUT, "meeting_header_listing").match(text, below.start, below.end) if below else None
    return [found] if found else _listing_over_minutes(text, within)  # the line right under the title: the page's
    # own heading, not a body it lists; else a heading line above a 'Minutes' title


def _listing_over_minutes(text: str, within: int) -> list[re.Match[str]]:
    """A committee page that opens with its heading line ('Family and Children's Services Overview and Scrutiny
    Committee - Thursday, 7th July, 2016 10.00 am', under the council's name) and a 'Minutes' title a few lines
    below; and each later meeting the page holds in the same way (a heading line over its own 'Minutes' title)."""
    lines = [line for line in split_lines(text) if line.text.strip()]
    found: list[re.Match[str]] = []
    for n, line in enumerate(lines):
        if not found and (n >= 3 or line.start >= within):
            break  # the page's first meeting heads it
        heading = regex(LAYOUT, "meeting_header_listing").match(text, line.start, line.end)
        if heading and any(regex(LAYOUT, "minutes_title").match(_clean(below.text)) for below in lines[n + 1 : n + 5]):
            found.append(heading)
    return found


_FEED = re.compile(r"[ \t]*\f[ \t\f]*")


def regions(text: str) -> list[Region]:
    """Every set of minutes in `text`, in order."""
    header = re.compile(regex(LAYOUT, "meeting_header").pattern, re.S)
    dated_first = regex(LAYOUT, "meeting_header_dated_first")
    body_above = regex(LAYOUT, "meeting_header_body_above")  # 'EDUCATION SCRUTINY COMMITTEE' / 'MINUTES of the meeting held on …'
    opening = load_json(LAYOUT)["item_page_within"]  # only as the minutes open: not another body's minutes an item notes
    minutes_of = list(regex(LAYOUT, "meeting_header_minutes_of").finditer(text, 0, min(len(text), opening)))
    both = [
        *header.finditer(text),
        *dated_first.finditer(text),
        *body_above.finditer(text, 0, min(len(text), opening)),
        *(m for m in regex(LAYOUT, "meeting_header_date_line").finditer(text, 0, min(len(text), opening)) if _attended(text, m)),
        *(m for m in regex(LAYOUT, "meeting_header_was_held").finditer(text, 0, min(len(text), opening)) if _attended(text, m)),
        *(m for m in minutes_of if _attended(text, m)),
        *_item_pages(text),
        *_listing_pages(text),
    ]
    first = min((m.start() for m in both if not _approving(text, m)), default=len(text))
    both += [m for m in minutes_of if m.start() < first and not _attended(text, m) and _heads_resolutions(text, m)]
    matches = sorted((m for m in both if not _approving(text, m)), key=lambda m: m.start())
    kept: list[re.Match[str]] = []
    for match in matches:  # one header, however many patterns read it
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    found: list[Region] = []
    for match in kept:
        when = parse_day(match.group("date"))
        body = " ".join(match.group("body").replace("*", " ").split())
        item = match.groupdict().get("item")
        item = re.sub(r"[^\w.]+", "-", item).strip("-.") if item else None  # 'Item 45/17': '45-17'
        feed = _FEED.match(match.group())  # a text copy's form feed before the header: the page before's, no word of it
        start = match.start() + (feed.end() if feed else 0)
        found.append(Region(start, len(text), body, when, (start, match.end()), item or None))
    decided = regex(LAYOUT, "meeting_header_decision").search(text)
    if not found and decided:  # a decision page: the whole page is that meeting's, though its date stands below
        found.append(Region(0, len(text), decided.group("body"), parse_day(decided.group("date")), decided.span()))
    if not found:
        first = [_clean(line) for line in text.splitlines()[:8] if line.strip()][:3]  # a banner's words may come first
        if any(regex(LAYOUT, "minutes_title").match(line) for line in first):
            previous = regex(LAYOUT, "previous_meeting").search(" ".join(text.split()))
            body = previous.group("body") if previous and previous.group("body") else "Meeting"
            found.append(Region(0, len(text), body, None, None))
    end_re = regex(LAYOUT, "meeting_end")
    for n, region in enumerate(found):
        limit = found[n + 1].start if n + 1 < len(found) else len(text)
        for line in split_lines(text, region.start, limit):
            if end_re.match(_clean(line.text)):
                limit = line.start
                break
        region.end = limit
    return found


class MeetingDays:
    """The day of the dated minutes that hold a place in a paper, read once and only when asked: what minutes
    record of an item was said at their meeting, though the paper prints no date of its own above it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[Region] | None = None

    def day(self, at: int) -> date | None:
        if self.found is None:
            self.found = regions(self.text)
        return next((r.when for r in self.found if r.start <= at < r.end and r.when), None)


def extract_minutes(doc: Document, out: Extraction) -> int:
    """Add each meeting in `doc` with its resolutions and requests; returns how many meetings it holds."""
    org = organisation(doc.text)
    found = regions(doc.text)
    for region in found:
        key = register_meeting(doc, region, org, out)
        lines = cell_lines(split_lines(doc.text, region.start, region.end))
        prefix = f"{region.item}." if region.item else ""
        resolved = _resolutions(doc, lines, key, prefix)
        made = resolved + _requests(doc, region, key, prefix, resolved)
        number_minutes(doc, region.start, region.end, made)
        out.recommendations += made
        minute_progress(doc, out, region.start, region.end, region.when, made, key)  # what an item on a plan says of its actions
    days = {region.when for region in found}
    if doc.date is None and len(days) == 1 and None not in days:
        doc.date = next(iter(days))  # one meeting's minutes: the paper's day is the meeting's, not its file's
        cover = cover_date(doc.text)  # an agenda pack's cover ('Date: Tuesday, 11 October 2022') over the last
        if cover is not None and cover > doc.date:  # meeting's minutes: the pack is the later meeting's paper
            doc.date = cover
    return len(found)


def cover_date(text: str) -> date | None:
    """The meeting date an agenda pack's cover gives on a line of its own ('Date: Tuesday, 11 October 2022'), within
    its first lines (minutes_layout.json pack_cover_date)."""
    opening = "\n".join(text.splitlines()[: int(load_json(LAYOUT)["pack_cover_lines"])])
    found = regex(LAYOUT, "pack_cover_date").search(opening)
    return parse_day(found.group("date")) if found else None


def register_meeting(doc: Document, region: Region, org, out: Extraction) -> str:
    """The key of the body's meeting `region` dates (added to `out`, with the span that dates it, if new)."""
    body, named = led_by_council(_without_council(region.body))  # '… Select Committee of HAMPSHIRE COUNTY COUNCIL'
    if named is not None and org.key == "unknown":  # and '<Council> Children's Services Improvement Board' are the
        org = named  # committee, board: a paper that names its council nowhere else is that council's
    body = _title_case(body) if body.isupper() else body  # "Children's", not "Children'S"
    when, earliest, latest, source = region.when, None, None, None
    if when is None:
        earliest, latest, source = _bounds(doc.text[region.start : region.end])
    key = (
        f"{org.key}/{slug(body)}-{when.isoformat()}"
        if when
        else f"{org.key}/{slug(body)}-after-{(earliest - timedelta(days=1)).isoformat() if earliest else UNDATED_KEY}"
    )
    meeting = out.assessments.setdefault(key, Assessment(key=key, kind="Meeting", org=org, label=body))
    meeting.date, meeting.earliest, meeting.latest, meeting.date_source = when, earliest, latest, source
    meeting.documents.add(doc.sha256)
    if region.header:
        meeting.spans.append(doc.span(*region.header))
    return key


def _without_council(body: str) -> str:
    """The committee's name without the council it is of ('Children and Young People Select Committee of Hampshire
    County Council'), so that its meetings are one body's however the minutes head them."""
    tail = re.search(r"\s+of\s+(?:the\s+)?(?P<council>[^,]{3,80})$", body)
    if tail and re.search(r"(?i)\b(?:council|borough|city|county)\b", tail.group("council")) and resolve(tail.group("council")):
        return body[: tail.start()]
    return body


def led_by_council(body: str) -> tuple[str, Organisation | None]:
    """A body's name without the registered council that leads it ('<Council> Children's Services Improvement Board' →
    'Children's Services Improvement Board', <Council>), so its minutes and a log paper titled with the council's name
    are one body's; the name as it is, and None, when no council leads it or too little would be left."""
    words = body.split()
    for n in range(min(4, len(words) - 2), 0, -1):
        lead = " ".join(words[:n])
        known = register().get(normalise(lead))
        named = normalise(words[n - 1]) in normalise(known[1]).split() if known else False  # the lead ends in the
        worded = n > 1 and normalise(lead) == normalise(" ".join(words[: n - 1]))  # council's name or council word
        if known is not None and (named or worded) and (org := resolve(lead)) is not None:  # not in the
            return " ".join(words[n:]), org  # body's ('<Council> Children's Services' is no council's name)
    return body, None


_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "to", "with", "at"}


def _title_case(name: str) -> str:
    """'SCRUTINY BOARD (CHILDREN AND FAMILIES)' as the council writes it in running text: 'Scrutiny Board (Children
    and Families)'; 'CHILDREN'S' is 'Children's'."""
    words = name.lower().split()
    return " ".join(
        w if i and w in _SMALL_WORDS else re.sub(r"^(\W*)(\w)", lambda m: m.group(1) + m.group(2).upper(), w)
        for i, w in enumerate(words)
    )


def _bounds(text: str) -> tuple[date | None, date | None, str | None]:
    """An undated meeting lies after every date its minutes report and before the 'next meeting' they name."""
    text = " ".join(text.split())
    nexts = [(m.span("date"), parse_day_month_year(m.group("date"))) for m in regex(LAYOUT, "next_meeting").finditer(text)]
    ahead = {span for span, _ in nexts}
    before = [d for m in FULL_DATE.finditer(text) if m.span(1) not in ahead and (d := parse_day_month_year(m.group(1)))]
    after = [d for _, d in nexts if d]
    earliest = max(before) + timedelta(days=1) if before else None
    latest = min(after) - timedelta(days=1) if after else None
    how = ["meeting date not printed"]
    if before:
        how.append(f"after {max(before).strftime('%-d %B %Y')}, the latest date the minutes report")
    if after:
        how.append(f"before the next meeting they name, {min(after).strftime('%-d %B %Y')}")
    return earliest, latest, "; ".join(how)


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past white space and markdown emphasis at both ends."""
    while start < end and doc.text[start] in " \t\n*":
        start += 1
    while end > start and doc.text[end - 1] in " \t\n*":
        end -= 1
    return start, end


def _introduces(doc: Document, units: list[list[tuple[int, int]]]) -> bool:
    """Did the block open with an introduction ending in a colon, so that what follows are its items?"""
    return bool(units and units[0]) and doc.text[units[0][-1][0] : units[0][-1][1]].rstrip().endswith((":", ":-"))


def _bare_that(doc: Document, unit: list[tuple[int, int]]) -> bool:
    """Is the unit only the words that open the resolutions under it, resolving nothing itself ('That', 'That:',
    'RESOLVED: to', 'RESOLVED that the Board:' over (a), (b) …: minutes_layout.json, bare_openers, bare_lead_in)?"""
    opener = " ".join(" ".join(doc.text[s:e] for s, e in unit).replace("*", " ").split()).strip(" :-")
    return opener.casefold() in load_json(LAYOUT)["bare_openers"] or bool(regex(LAYOUT, "bare_lead_in").match(opener))


def _next_point(n: str | None, before: list[int], bullets: int) -> bool:
    """Can a point numbered `n` follow the points numbered `before` (and `bullets` bulleted ones) in one resolution:
    the first at most 9 and not after bullets, then 1 (sub-points) or one more than a point before? (A bullet or a
    letter always can.)"""
    if n is None or not n.isdigit():
        return True
    if before:
        return int(n) == 1 or any(int(n) == b + 1 for b in before)
    return int(n) <= 9 and not bullets


def _ended(doc: Document, unit: list[tuple[int, int]]) -> bool:
    """Has the item finished: its last line ends a sentence, a clause or an introduction?"""
    return bool(unit) and doc.text[unit[-1][0] : unit[-1][1]].rstrip().endswith((".", ";", ":", ":-"))


def _heads_minute(doc: Document, units: list[list[tuple[int, int]]], text: str) -> bool:
    """Is a numbered line after a resolution that ended with its sentence ('That the strategy be noted.') the
    heading of the next minute, in a form the minute numbers read ('(9) Placement sufficiency'), not a point of it?"""
    if not units[0] or not doc.text[units[0][0][0] : units[-1][-1][1]].rstrip().endswith("."):
        return False
    return any(p.match(text) for p in regexes(LAYOUT, "minute_number"))


def _stops(text: str) -> bool:
    keys = ("noted", "resolved", "minute_reference", "item_number", "meeting_end", "sign_off")
    return any(regex(LAYOUT, k).match(text) for k in keys)


_INLINE_RESOLVED = re.compile(r"(?<=[.!?]\s)\**(?:RESOLVED|Resolved)\**\s*[:–-]\s*(?P<rest>That\b.*\S)\s*$")


def _resolutions(doc: Document, lines: list[Line], key: str, prefix: str = "") -> list[Recommendation]:
    """Each RESOLVED/RECOMMENDED block: its opening 'that …' and every numbered or bulleted item under it, numbered
    in order after `prefix` (an agenda item's number on a committee web page)."""
    resolved, numbered, bullet, decimal = (regex(LAYOUT, k) for k in ("resolved", "numbered", "bullet", "decimal_numbered"))
    made: list[Recommendation] = []
    title = None
    i = 0
    while i < len(lines):
        text = _clean(lines[i].text)
        reference = regex(LAYOUT, "minute_reference").match(text) or regex(LAYOUT, "item_number").match(text)
        if reference:
            following = next((_clean(n.text) for n in lines[i + 1 : i + 4] if _clean(n.text)), "")
            named = reference.groupdict()
            title = named.get("title") or named.get("capitals") or named.get("dashed") or following
            title = regex(LAYOUT, "title_noise").sub("", _clean(title))
        match = resolved.match(text)
        inline = None if match else _INLINE_RESOLVED.search(lines[i].text)
        if inline:  # '… presented the scorecard. RESOLVED: That the scorecard be noted.' within the minute's prose
            unit = [_trimmed(doc, lines[i].start + inline.start("rest"), lines[i].end)]
            j = i + 1
            while (
                j < len(lines) and not _ended(doc, unit) and _clean(lines[j].text) and not resolved.match(_clean(lines[j].text))
            ):
                unit.append(_trimmed(doc, lines[j].start, lines[j].end))  # its wrapped lines, to the end of its sentence
                j += 1
            made.append(_resolution(doc, unit, key, f"{prefix}{len(made) + 1}", title))
        if not match:
            i += 1
            continue
        units: list[list[tuple[int, int]]] = []  # each unit: the (start, end) of each of its lines
        units_numbered: list[int] = []  # the numbers of its points so far
        bullets = 0  # and how many of them were bullets
        passed = False  # has a line under a finished item been passed over?
        rest = match.group("rest") or ""
        if rest:
            units.append([_trimmed(doc, lines[i].start + lines[i].text.find(rest), lines[i].end)])
        i += 1
        while i < len(lines):
            line = lines[i]
            text = _clean(line.text)
            if not text:
                i += 1
                continue
            point = decimal.match(text) if match.group("paragraph") else None
            if point and not point.group("n").startswith(match.group("paragraph") + "."):
                break  # '9.3 RESOLVED to note …' then '9.4 Members asked …': the minute's next paragraph, no point of it
            item = point or numbered.match(text) or bullet.match(text)  # '9.2.1 the progress be noted': a point of 9.2
            n = item.groupdict().get("n") if item else None
            if item and not _next_point(n, units_numbered, bullets):
                break  # '22.' after points 1–3, or a number after bullets: the next agenda item, not a point of this
            if item and n and len(units) == 1 and not units_numbered and _heads_minute(doc, units, text):
                break  # 'That the report be noted.' then '(9) Placement sufficiency': the next minute's heading
            if not item and any(p.match(text) for p in regexes(LAYOUT, "minute_number")):
                break  # '13/15 Forward plan': the next minute's heading ends this one's resolutions
            if item and not n:
                bullets += 1
            elif n and n.isdigit():
                units_numbered.append(int(n))
            listed = item and (_introduces(doc, units) or item.group("text").lstrip("*").lower().startswith("that"))
            if _stops(text) and not listed:
                break
            if item:
                body = item.group("text")
                units.append([_trimmed(doc, line.start + line.text.find(body), line.end)] if body else [])
            elif not units:
                units.append([_trimmed(doc, line.start, line.end)])
            elif _introduces(doc, units) and line.text[:1].isspace() and text[:1].isupper():
                units.append([_trimmed(doc, line.start, line.end)])  # an indented line under 'subject to …:' lost its bullet
            elif not _ended(doc, units[-1]) or (text[:1].islower() and not passed):
                units[-1].append(_trimmed(doc, line.start, line.end))  # a wrapped line of the same item
            elif len(text) > 60 and not text.lower().startswith("that"):
                break  # prose after the resolutions
            else:
                passed = True  # anything else under a finished item (a date, a sub-heading of a work programme) is
            i += 1  # passed over, and a line after it wraps no item
        for n, unit in enumerate(units):
            if not unit or unit[-1][1] <= unit[0][0] or (n == 0 and len(units) > 1 and _bare_that(doc, unit)):
                continue  # empty, or the bare 'That' over the numbered resolutions
            for point in inline_points(doc.text, unit):  # 'that (1) …; and (2) …': each point its own
                made.append(_resolution(doc, point, key, f"{prefix}{len(made) + 1}", title))
    return made


def _resolution(doc: Document, unit: list[tuple[int, int]], key: str, identifier: str, title: str | None) -> Recommendation:
    """One resolution from the (start, end) of each of its lines: its words joined, markdown emphasis dropped."""
    body = " ".join(" ".join(doc.text[s:e] for s, e in unit).replace("*", " ").split())
    return Recommendation(key, identifier, body, joined_spans(doc, unit, ignore="*"), scope=title, kind="Resolution")


def _requests(
    doc: Document, region: Region, key: str, prefix: str = "", resolved: list[Recommendation] | None = None
) -> list[Recommendation]:
    """Requests made in discussion: the sentence from the request phrase to its full stop (a colon takes the list under
    it); not one a resolution already says ('PSC/24/12/c The Commission asked for a final report …' is that resolution)."""
    text = doc.text
    made: list[Recommendation] = []
    bullet = regex(LAYOUT, "bullet")
    taken = [(span.start, span.end) for r in resolved or [] for span in r.spans]
    for source in load_json(LAYOUT)["requests"]:
        pattern = re.compile(r"\s+".join(with_words(LAYOUT, source).split(" ")))
        for match in pattern.finditer(text, region.start, region.end):
            if any(start <= match.start() < end for start, end in taken):
                continue
            stop = re.compile(r"[.:](?=\s|\*|$)").search(text, match.end(), region.end)
            end = stop.end() if stop else region.end
            if stop and stop.group() == ":":
                for line in split_lines(text, end + 1, region.end):
                    if not line.text.strip():
                        continue
                    if not bullet.match(_clean(line.text)):
                        break
                    end = line.end
            start, end = _trimmed(doc, match.start(), end)
            made.append((start, end))  # type: ignore[arg-type]
    out = []
    for n, (start, end) in enumerate(sorted(set(made)), start=1):  # type: ignore[misc]
        body = " ".join(text[start:end].replace("*", " ").split())
        out.append(Recommendation(key, f"{prefix}request-{n}", body, [doc.span(start, end)], kind="Resolution"))
    return out
