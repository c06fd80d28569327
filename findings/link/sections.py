"""A joint paper reporting progress on the inspections of several councils, a heading per council (a shared service's
or a trust's report to each council it serves): the recommendations, actions and updates under a council's heading
are that council's inspection's, not the paper's first council's (extract/joint_paper_layout.json). They go to an
inspection of that council the paper leaves undated (its dates are the paper's first council's), which the later steps
date from that council's own reports by quotes and numbers (link/distinct.py). A paper read so is named on stderr."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from findings.extract.authorities import names_in
from findings.extract.context import UNDATED_KEY
from findings.extract.lexicons import load_json, regex
from findings.link.distinct import ITEMS, reported_keys
from findings.model import BOARD_KEY, UNDATED, Assessment, Document, Extraction, Organisation

LAYOUT = "joint_paper_layout.json"
_DATED_KEY = re.compile(r"-\d{4}(?:-\d\d-\d\d)?$")  # 'ofsted-2025', 'ofsted-2025-11-30': a key's date
_YEAR_LABEL = re.compile(r"\b\d{4}$")


def councils_by_section(parts: list[Extraction]) -> list[str]:
    """Give, in place, each item under a council's heading of a joint paper that council's inspection."""
    notes = []
    for part in parts:
        if not part.documents or reported_keys(part):
            continue
        inspections = [k for k, a in part.assessments.items() if a.kind == "Inspection" and not k.endswith(BOARD_KEY)]
        if len(inspections) != 1:
            continue
        heads = council_headings(part.documents[0])
        if len({org.key for _, org in heads}) < 2:
            continue
        moved = _move_items(part, inspections[0], heads)
        if moved:
            path, councils = part.documents[0].path, ", ".join(moved)
            notes.append(f"{path}: a joint paper; the items under {councils}'s heading are that council's inspection's")
    return notes


def council_headings(doc: Document) -> list[tuple[int, Organisation]]:
    """(offset, council) of each line of `doc` that heads a council's section: it opens, after its number, with the
    name of one of the councils the paper names, names no other, is short and ends with no stop; not one of a run of
    such lines naming different councils, one after another (a list of a region's councils, a table's rows of
    neighbours' figures); after the paper's opening (its letterhead and title), and one of two or more such lines of
    the same form, their numbers alike and the same words after the council's name (a lone subheading naming a
    partner council, 'Leeds City Council – Partner in Practice support', heads nothing)."""
    layout = load_json(LAYOUT)
    number = regex(LAYOUT, "heading_number")
    text, found, at = doc.text, [], 0
    lines = text.splitlines(keepends=True)
    opened = _opening_lines(lines)
    for n, line in enumerate(lines):
        start, stripped = at, line.strip()
        at += len(line)
        if n < opened or not stripped or stripped[-1] in layout["heading_stops"]:
            continue
        if len(stripped.split()) > layout["heading_words"]:
            continue
        numbered = number.match(stripped)
        opening = start + line.index(stripped) + numbered.end()
        names = names_in(text, start, start + len(line.rstrip()))
        if len({org.key for _, _, org in names}) == 1 and text.startswith(_first_word(names[0][2]), opening):
            form = (_number_form(numbered.group("number")), _words_after(text[names[0][1] : start + len(line.rstrip())]))
            found.append((n, start, names[0][2], form))
    lined = {n: org.key for n, _, org, _ in found}
    kept = [
        (start, org, form)
        for n, start, org, form in found
        if all(lined.get(m, org.key) == org.key for m in (_next(lines, n, -1), _next(lines, n, 1)))
    ]
    forms = Counter(form for _, _, form in kept)
    return [(start, org) for start, org, form in kept if forms[form] >= 2]


def _opening_lines(lines: list[str]) -> int:
    """How many lines open the paper (its letterhead, title, meeting and date): those before its first numbered
    section ('1. Purpose of report', 'Part A'), or if it numbers none, its first paragraph."""
    numbered = regex(LAYOUT, "section_number")
    first = next((n for n, line in enumerate(lines) if numbered.match(line)), None)
    if first is not None:
        return first
    texted = next((n for n, line in enumerate(lines) if line.strip()), len(lines))
    return next((n for n in range(texted, len(lines)) if not lines[n].strip()), len(lines))


def _number_form(number: str) -> str:
    """A heading's number as a form its siblings share: '2. ' and '3. ' as '9.', 'Part A: ' and 'Part B: ' as 'partA:'."""
    form = re.sub(r"\d+", "9", number)
    form = re.sub(r"\b(?!(?i:part|section)\b)[A-Za-z]+\b", "A", form)
    return re.sub(r"\s+", "", form).lower()


def _words_after(rest: str) -> str:
    """The words a heading holds after its council's name but for the council's own ('Borough Council'), lowercased."""
    skip = load_json(LAYOUT)["council_words"]
    words = rest.lower().split()
    while words and words[0] in skip:
        words.pop(0)
    return " ".join(words)


def _next(lines: list[str], n: int, step: int) -> int:
    """The index of the nearest line before (`step` -1) or after (1) line `n` that holds words; -1 if none."""
    n += step
    while 0 <= n < len(lines) and not lines[n].strip():
        n += step
    return n if 0 <= n < len(lines) else -1


def _first_word(org: Organisation) -> str:
    """The first word of the council's name, as a heading opens with it ('Hartlepool', 'Kingston')."""
    return org.name.split()[0]


def _move_items(part: Extraction, key: str, heads: list[tuple[int, Organisation]]) -> list[str]:
    """Move the part's items of the inspection `key` that stand under another council's heading to that council's
    undated inspection (made here), where items stand under the headings of two councils or more (a list of a
    region's councils, one a line, heads no section); the names of the councils given items."""
    doc, own = part.documents[0].sha256, part.assessments[key]
    under: list[tuple[object, Organisation]] = []  # (item, the council whose heading it stands under)
    for name in ITEMS:
        for item in getattr(part, name):
            starts = [span.start for span in item.spans if span.doc == doc]
            if item.assessment == key and starts:
                org = next((org for offset, org in reversed(heads) if offset <= min(starts)), None)
                under += [(item, org)] if org is not None else []
    if len({org.key for _, org in under}) < 2:
        return []
    given: dict[str, Assessment] = {}
    for item, org in under:
        if org.key != own.org.key:
            item.assessment = given.setdefault(org.key, _undated_for(own, org)).key
    for a in given.values():
        part.assessments.setdefault(a.key, a)
    return [a.org.name for a in given.values()]


def _undated_for(own: Assessment, org: Organisation) -> Assessment:
    """The inspection of `org` that a paper dating only its first council's answers: the same regulator, no dates."""
    suffix = _DATED_KEY.sub(f"-{UNDATED_KEY}", own.key.split("/", 1)[1])
    return replace(
        own,
        key=f"{org.key}/{suffix}",
        org=org,
        label=_YEAR_LABEL.sub(UNDATED, own.label),
        started=None,
        ended=None,
        issued=None,
        date=None,
        earliest=None,
        latest=None,
        date_source=None,
        published_month=None,
        named_year=None,
        documents=set(own.documents),
        spans=[],
    )
