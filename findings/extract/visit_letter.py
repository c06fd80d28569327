"""Ofsted's letters after a visit between full inspections (a focused, monitoring or assurance visit), and the letter
closing a joint targeted area inspection (JTAI) of a council area's multi-agency response to one theme.

Each letter is an inspection of the council (fo:Inspection, its framework the kind of visit) with the visit's days,
the letter's date as its issue, the areas for improvement or priority action it lists as recommendations (numbered
by position, as an ILACS report's unnumbered list is) and the sentences of its paragraphs as findings. A letter is
known by its opening (its subject line and the sentence saying what it summarises), never by a mention of a visit
in another text. The layout is data in extract/visit_letter_layout.json; the council, the lists and the findings are
read by the inspection report's own readers.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from findings.extract.authorities import resolve
from findings.extract.context import assessment_key, authority
from findings.extract.dates import fieldwork_dates, parse_day, relative_due
from findings.extract.lexicons import load_json, regex, regexes
from findings.extract.recommendation_list import recommendation_lists
from findings.extract.report import first_council, not_asks
from findings.extract.statements import Passage, add_passage_findings
from findings.extract.visits import LAYOUT
from findings.model import Assessment, Document, Extraction
from findings.segment.lines import Line, split_lines
from findings.segment.running import body_lines
from findings.segment.view import View, unwrap

_OPENING = 3000  # characters of the letter's opening searched for its subject, summary and date
_HEADING_LONGEST = 70  # characters: a heading over the letter's paragraphs is a short line


def _subject(doc: Document) -> tuple[dict, str, list[Line]] | None:
    """(kind, council as written, the subject's lines) from the letter's first lines; a subject may wrap once, and
    where both its first line and the two lines read as one ('… in North' / 'Lincolnshire') name a council as written,
    the reading that names a known council is taken; a council as written opens with a capital, so a subject wrapped
    after '… within local' names no council 'local'."""
    lines = [line for line in split_lines(doc.text, 0, min(len(doc.text), _OPENING)) if not line.blank]
    lines = lines[: load_json(LAYOUT)["opening_lines"]]
    for kind in load_json(LAYOUT)["kinds"]:
        pattern = re.compile(kind["subject"])
        for n in range(len(lines)):
            readings = [
                (kind, " ".join((match.group("la") or "").split()), taken)  # a subject may leave the council out
                for taken in (lines[n : n + 1], lines[n : n + 2])
                if (match := pattern.match(" ".join(ln.stripped for ln in taken)))
                and (match.group("la") or "X")[:1].isupper()  # a council is named in capitals: '… within local' is none
            ]
            if readings:
                return next((r for r in readings if r[1] and resolve(r[1], r[1]) is not None), readings[0])
    return None


_TOP_LINES = 3  # non-blank lines: how near a page's top its running header stands


def _without_header(doc: Document, lines: list[Line], kind: dict, after: int) -> list[Line]:
    """The letter's lines without its kind's running header ('running_header'), printed once in a short letter so
    no repetition finds it: after the subject, with its page's number or at a page's top, it is no list's item."""
    if "running_header" not in kind:
        return lines
    header = re.compile(kind["running_header"])
    shown = [line for line in lines if not line.blank]
    tops = {line.start for start in doc.page_starts[1:] for line in [ln for ln in shown if ln.start >= start][:_TOP_LINES]}
    return [
        line
        for line in lines
        if line.start <= after or not (m := header.match(line.stripped)) or not (m.group("n") or line.start in tops)
    ]


def _found(view: View, patterns: list[re.Pattern[str]]) -> re.Match[str] | None:
    return next((m for p in patterns if (m := p.search(view.text))), None)


def extract_visit_letter(doc: Document, out: Extraction) -> bool:
    """Add the letter's inspection, its areas for improvement and its findings; False when `doc` is no visit letter."""
    subject = _subject(doc)
    if subject is None:
        return False
    kind, written, subject_lines = subject
    opening = unwrap(split_lines(doc.text, 0, min(len(doc.text), _OPENING)))
    summary = regex(LAYOUT, "summary").search(opening.text)
    if summary is None:
        return False  # a subject line without the letter's own account of what it is: not read as a letter
    days = _found(opening, regexes(LAYOUT, "visit_days"))
    if days is None:
        return False
    start, end, dated_by = _days(days.groupdict())
    if end is None:
        return False
    org = (resolve(written, written) if written else None) or first_council(opening.text)
    if org is None and not written:
        out.notes.append(f"{doc.path}: a letter's subject and opening name no council; not read")
        return True  # known as a letter, of no council to give it to
    org = org or authority(written)
    key = f"{assessment_key(org.key, kind['key'], end)}-{end:%m-%d}"
    label = f"{kind['label']} {end.year}"
    assessment = out.assessments.setdefault(key, Assessment(key=key, kind="Inspection", org=org, label=label))
    assessment.framework = kind["name"]
    assessment.started, assessment.ended, assessment.date_source = start, end, dated_by
    assessment.documents.add(doc.sha256)
    assessment.spans.append(doc.span(subject_lines[0].content_start, subject_lines[-1].content_end))
    told = opening.source_range(min(summary.start(), days.start()), max(summary.end(), days.end()))  # the days may
    assessment.spans.append(doc.span(*told))  # be the summary's own words, the sentence after it or the one before
    dated = _letter_date(doc, subject_lines[0].start)
    if dated is not None and dated[0] > end:
        assessment.issued = dated[0]
        assessment.spans.append(doc.span(*dated[1]))
    inspector = _signed_by(doc) or regex(LAYOUT, "lead_inspector").search(opening.text)
    if inspector is None:
        inspector = regex(LAYOUT, "lead_inspector").search(unwrap(split_lines(doc.text)).text)
    if inspector is not None:
        assessment.lead_inspector = " ".join(inspector.group("name").split())
    lines = _without_header(doc, body_lines(doc.text, doc.page_starts), kind, subject_lines[-1].end)
    headings = load_json(LAYOUT)["recommendation_headings"]
    recs = recommendation_lists(doc, lines, key, headings=headings, notes=out.notes)  # a heading with no item read: said
    under_heading(recs, lines, headings)
    for rec in recs:  # 'Within three months:' from the letter's day, as a report's from its publication
        if rec.timescale and assessment.issued:
            rec.due_by = relative_due(rec.timescale, assessment.issued)
    out.recommendations += recs
    if not any(regex(LAYOUT, "back_matter").match(line.text) for line in lines if line.start > subject_lines[-1].end):
        out.notes.append(
            f"{doc.path}: the letter ends before its sign-off or next steps: it may be cut short; what it holds is read"
        )
    # the letter's account of itself is no finding
    add_passage_findings(doc, letter_passages(doc, lines, recs, max(subject_lines[-1].end, told[1])), key, out)
    not_asks(doc, out)
    return True


def _days(groups: dict[str, str | None]) -> tuple[date | None, date | None, str | None]:
    """(started, ended, how the end was found) from the visit's days as matched; a letter giving only the week of the
    inspection ('during the week of 6 March 2023') started that day and ended on the week's last working day."""
    if groups.get("week"):
        first = parse_day(groups["week"] or "")
        if first is None:
            return None, None, None
        last = int(load_json(LAYOUT)["week_last_weekday"])
        return first, first + timedelta(days=(last - first.weekday()) % 7), load_json(LAYOUT)["week_note"]
    if not groups.get("end"):
        return None, None, None
    start, end = fieldwork_dates(groups.get("start"), groups["end"] or "")
    return start, end, None


def _letter_date(doc: Document, before: int) -> tuple | None:
    """(day, (start, end)) of the date line heading the letter, above its subject line."""
    date_line = regex(LAYOUT, "letter_date")
    for line in split_lines(doc.text, 0, before):
        match = date_line.match(line.text)
        if match and (day := parse_day(match.group("date"))) is not None:
            return day, (line.start + match.start("date"), line.start + match.end("date"))
    return None


def _signed_by(doc: Document) -> re.Match[str] | None:
    """The name under 'Yours sincerely' (the lead inspector signs the letter), when it is a name and not a director's."""
    sign_off = regex(LAYOUT, "sign_off")
    lines = split_lines(doc.text)
    for n, line in enumerate(lines):
        if sign_off.match(line.text):
            at = next((k for k in range(n + 1, min(n + 4, len(lines))) if not lines[k].blank), None)
            if at is None:
                return None
            title = next((ln for ln in lines[at + 1 : at + 3] if not ln.blank), None)
            if title is not None and regex(LAYOUT, "signatory_not_lead").match(title.text):
                return None  # a director signs for the inspectorate (a JTAI's letter): not the lead inspector
            return _NAME.match(lines[at].stripped)
    return None


_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})$")  # 'Jane Doe': a name, not a title


def under_heading(recs: list, lines: list[Line], headings: list[str]) -> None:
    """Each item's scope is the heading of its list as printed ('Areas for priority action'), so a letter's priority
    actions and its areas for improvement stay apart."""
    named = {" ".join(h.split()).casefold().rstrip(":?"): h for h in headings}
    marks = [
        (line.start, line.stripped.rstrip(":"))
        for line in lines
        if " ".join(line.stripped.split()).casefold().rstrip(":?") in named
    ]
    for rec in recs:
        above = [text for start, text in marks if start < rec.spans[0].start]
        if above and rec.scope is None:
            rec.scope = above[-1]


def letter_passages(
    doc: Document,
    lines: list[Line],
    recs: list,
    after: int,
    headings: list[str] | None = None,
    skip: list[tuple[int, int]] | None = None,
) -> list[Passage]:
    """The letter's paragraphs (and the bullets of its findings) below its subject, from its first findings heading
    when it has one, down to its sign-off; each under the heading above it; the lines of its lists (under `headings`,
    else a visit letter's) and of `skip` (a grade's line) left out."""
    starts = {" ".join(h.split()).casefold() for h in load_json(LAYOUT)["findings_headings"]}
    named = load_json(LAYOUT)["recommendation_headings"] if headings is None else headings
    lists = {" ".join(h.split()).casefold().rstrip(":?") for h in named}
    stop = regex(LAYOUT, "back_matter")
    listed = [(s.start, s.end) for rec in recs for s in rec.spans] + list(skip or [])
    body = [line for line in lines if line.start >= after]
    first = next((n for n, line in enumerate(body) if " ".join(line.stripped.split()).casefold() in starts), 0)
    chunks: list[tuple[str | None, list[Line]]] = []
    heading: str | None = None
    current: list[Line] = []

    def close() -> None:
        nonlocal current
        if current:
            chunks.append((heading, current))
        current = []

    for line in body[first:]:
        text = line.stripped
        if stop.match(line.text):
            break
        if line.blank or any(s < line.end and line.start < e for s, e in listed):
            close()
            continue
        folded = " ".join(text.split()).casefold()
        if folded in starts or folded.rstrip(":?") in lists or _is_heading(current, text):
            close()
            heading = text.rstrip(":")
            continue
        if bullet := _BULLET.match(line.text):
            close()  # a bullet is a passage of its own, its glyph left out of its sentences
            line = Line(line.start + bullet.end(), line.end, line.text[bullet.end() :])
        current.append(line)
    close()
    return [Passage(f"p{n}", chunk, heading=head) for n, (head, chunk) in enumerate(chunks, start=1)]


_BULLET = re.compile(r"^\s*(?:[■•▪●◦‣∙·*]|[-–](?=\s))\s*")
_TERMINAL = (".", ":", ";", "?", "!", ".”", ".’")


def _is_heading(current: list[Line], text: str) -> bool:
    """A heading inside the letter's body: a short capitalised line with no stop, where no sentence is open."""
    open_sentence = bool(current) and not current[-1].stripped.endswith(_TERMINAL)
    return (
        not open_sentence
        and len(text) <= _HEADING_LONGEST
        and text[:1].isupper()
        and not text.endswith(_TERMINAL)
        and not _BULLET.match(text)
    )
