"""What a visit letter is to the rest of the build, without the readers (so linking needs no spaCy): the kind its
document holds, and the frameworks that mark an inspection as a visit between full inspections."""

from __future__ import annotations

import re
from datetime import date

from findings.extract.dates import fieldwork_dates, parse_month_year
from findings.extract.lexicons import load_json, regexes

LAYOUT = "visit_letter_layout.json"
KIND = "visit letter"  # what the document holds (fo:holds), beside 'inspection report'
ANNUAL_LAYOUT = "annual_assessment_layout.json"  # the annual children's services assessment letter (2008–2012)
ANNUAL_KIND = "assessment letter"  # what its document holds (findings/extract/annual_letter.py)
FIRST_HAND = ("inspection report", KIND, ANNUAL_KIND)  # a regulator's own words: its recommendations' wording and numbers win


def first_hand(kinds: list[str]) -> bool:
    """Does a document of these kinds hold a regulator's own words (an inspection report or a visit letter)?"""
    return any(kind in FIRST_HAND for kind in kinds)


def visit_frameworks() -> set[str]:
    """The frameworks a visit letter gives its inspection ('ILACS focused visit'): a visit, not a full inspection."""
    return {kind["name"] for kind in load_json(LAYOUT)["kinds"]}


def annual_frameworks() -> set[str]:
    """The framework an annual assessment letter gives its inspection: an assessment, not a full inspection."""
    return {load_json(ANNUAL_LAYOUT)["name"]}


def visit_key(org: str, kind: dict, day: date) -> str:
    """'havering/ofsted-focused-visit-2024-05-15': the council, the kind of visit and the visit's last day (a letter's
    key, and the key of a council paper that names the visit by its days)."""
    return f"{org}/{kind['key']}-{day:%Y-%m-%d}"


def month_key(org: str, kind: dict, month: date) -> str:
    """'havering/ofsted-focused-visit-2024-05': a visit a paper names only by its month, until the link stage finds the
    letter of that council, kind and month (findings.link.distinct.visit_by_month)."""
    return f"{org}/{kind['key']}-{month:%Y-%m}"


def visit_mention(text: str) -> dict[str, object] | None:
    """The visit a council paper says it answers ('Response to the Ofsted focused visit of 14 and 15 May 2024'): its
    kind (the layout's entry), its days ('started', 'ended') or only its month ('month', its first day), where the
    words stand ('span'); the earliest mention in `text` (visit_letter_layout.json, paper_mention), else None."""
    layout = load_json(LAYOUT)
    kinds = {word.casefold(): kind for kind in layout["kinds"] for word in (kind["word"], *kind.get("aliases", []))}
    found = sorted(
        ((m.start(), n, m) for n, pattern in enumerate(regexes(LAYOUT, "paper_mention")) if (m := pattern.search(text))),
        key=lambda t: (t[0], t[1]),
    )
    for _, _, match in found:
        groups = match.groupdict()
        kind = kinds.get(" ".join(match.group("kind").split()).casefold())
        if kind is None:
            continue
        if groups.get("end"):
            started, ended = fieldwork_dates(groups.get("start"), groups["end"])
            if ended is not None:
                return {"kind": kind, "started": started, "ended": ended, "span": match.span()}
        elif groups.get("month") and (month := parse_month_year(groups["month"])) is not None:
            return {"kind": kind, "month": month.replace(day=1), "span": match.span()}
    return None


def visit_kind(framework: str | None) -> dict | None:
    """The layout's kind of visit whose framework is `framework` ('ILACS focused visit'), else None."""
    return next((kind for kind in load_json(LAYOUT)["kinds"] if kind["name"] == framework), None)


def paper_list(heading: str) -> int | None:
    """Which of a letter's lists a paper's heading names ('Area for improvement 2' → 1, the second list), in the
    letter's order (visit_letter_layout.json, paper_lists); None when it names none."""
    for n, entry in enumerate(load_json(LAYOUT)["paper_lists"]):
        if re.search(entry["named"], heading):
            return n
    return None


def letter_numbers(headings: list[tuple[str, int]]) -> dict[tuple[int | None, int], int]:
    """A paper's items named by list and number ('Area for priority action 1', 'Area for improvement 1' …, as
    (heading, number)) → the letter's numbers, which run across its lists in order: a list's item n comes after every
    item of the lists before it that the paper names (its highest number in each)."""
    highest: dict[int, int] = {}
    for heading, n in headings:
        if (which := paper_list(heading)) is not None:
            highest[which] = max(highest.get(which, 0), n)
    numbers: dict[tuple[int | None, int], int] = {}
    for heading, n in headings:
        which = paper_list(heading)
        before = sum(count for other, count in highest.items() if which is not None and other < which)
        numbers[(which, n)] = before + n
    return numbers
