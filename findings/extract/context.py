"""Who and what a document is about: the council, and the inspection it answers, from its own words."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache

from findings.extract.authorities import (
    council_mentions,
    line_head_mentions,
    named_in,
    resolve,
    services_body_mentions,
    short_named_in,
    unnamed_council,
    venue_mentions,
)
from findings.extract.dates import fieldwork_dates, parse_day_month_year, parse_month_year
from findings.extract.lexicons import load_json, regex, regexes
from findings.model import Organisation

_COUNCIL = re.compile(
    r"\b((?:[A-Z][a-z]+(?:[ \t]+and[ \t]+|[ \t]+|-)){0,5}?[A-Z][a-z]+)"  # a few words of one line: bounded, so linear
    r"\s+((?:Borough\s+|County\s+|City\s+|District\s+|Metropolitan\s+Borough\s+)?Council)\b"
)


def slug(text: str) -> str:
    """'Central Bedfordshire' → 'central-bedfordshire'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or UNKNOWN_KEY


def authority_name(name: str) -> str:
    """'London Borough of Lambeth' → 'Lambeth', 'Worcestershire County Council' → 'Worcestershire'."""
    lexicon = load_json("lexicons/organisations.json")
    name = " ".join(name.split())
    for prefix in lexicon["name_prefixes"]:  # in order: 'The' before 'Royal Borough of'
        if name.casefold().startswith(prefix.casefold() + " "):
            name = name[len(prefix) + 1 :]
    for suffix in sorted(lexicon["council_suffixes"], key=len, reverse=True):
        if name.casefold().endswith(" " + suffix.casefold()):
            name = name[: -len(suffix) - 1]
            break
    return name.strip()


def organisation_key(name: str) -> str:
    """The IRI key of an authority, the same however it is written ('Central Bedfordshire Council' → 'central-bedfordshire')."""
    return slug(authority_name(name))


def authority(name: str) -> Organisation:
    """The organisation a name means: the registered authority with its ONS code, else the name as written."""
    return resolve(name) or Organisation(organisation_key(name), authority_name(name))


def organisation(text: str) -> Organisation:
    """The council a document is about: the most frequent '<Name> Council' (ties: the first), minus non-councils;
    a registered authority (resolved to its ONS code) wins over a name the register does not know. A name heading a
    line of its own (a letterhead, a banner) or naming where the council meets counts more than a partner named in
    a sentence (lexicons/organisations.json).

    Extractors ask once per item they find, so the answer is kept per text: scanning the whole text each time made a
    build quadratic in a document's length (docs/reliability.md). Each caller gets its own copy.
    """
    return replace(_organisation(text))


def _weight(text: str, start: int, lexicon: dict, edges: tuple[int, int]) -> int:
    """How much a mention at `start` counts: more when it heads a short line of its own ('Rochdale Borough Council',
    'Worcestershire County Council — Children's Services'), once in a sentence, not at all as a partner ('jointly
    with Bury Council')."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    heads = text[line_start:start].strip() in ("", "The", "THE")
    top, bottom = edges
    lead = re.split(r"\s[|—–]\s", line, maxsplit=1)[0]  # 'DURHAM COUNTY COUNCIL | Children and Young People's …'
    if heads and len(lead.split()) <= lexicon["own_line_words"] and (line_start < top or line_start >= bottom):
        return lexicon["own_line_weight"]
    sentence = re.split(r"[.;:!?]\s", text[max(0, start - 200) : start])[-1]
    before = " ".join(w.strip("(),").casefold() for w in sentence.split()[-lexicon["partner_window"] :])
    partner = any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", before) for p in lexicon["partner_words"])
    return 0 if partner else 1


def _edges(text: str, lexicon: dict) -> tuple[int, int]:
    """Where the paper's first few lines end and its last few begin (a letterhead, a banner, a footer): a council
    heading a line between them is in a list within it, such as its contacts."""
    starts = [m.start() for m in re.finditer(r"(?m)^[ \t]*\S", text)]
    first, last = lexicon["own_line_first"], lexicon["own_line_last"]
    return (starts[first] if len(starts) > first else len(text)), (starts[-last] if len(starts) >= last else 0)


@lru_cache(maxsize=4)
def _organisation(text: str) -> Organisation:
    lexicon = load_json("lexicons/organisations.json")
    not_councils = {n.casefold() for n in lexicon["not_councils"]}
    kinds = set(lexicon["council_kind_words"])
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    edges = _edges(text, lexicon)
    named = council_mentions(text)  # registered names read whole: 'Blackburn with Darwen', 'Stockton-on-Tees'
    taken = [(start, end) for start, end, _ in named]
    for start, _, org in named:
        if weight := _weight(text, start, lexicon, edges):
            counts[org.name] += weight
            first.setdefault(org.name, start)
    for start, _, org in venue_mentions(text):  # where it meets: 'held at Rochdale Town Hall'
        counts[org.name] += lexicon["own_line_weight"]
        first.setdefault(org.name, start)
    for start, _, org, heading_only in services_body_mentions(text):  # 'Birmingham Children's Trust': the body running
        weight = _weight(text, start, lexicon, edges)  # its services; a service's name only opening a line of its own
        if weight and (not heading_only or text[text.rfind("\n", 0, start) + 1 : start].strip() in ("", "The", "THE")):
            counts[org.name] += weight
            first.setdefault(org.name, start)
    for start, end, org in line_head_mentions(text):  # 'SHROPSHIRE CHILDREN'S SERVICES IMPROVEMENT BOARD' atop the paper
        if any(s < end and start < e for s, e in taken):
            continue  # read above as '<Name> Council'
        if _weight(text, start, lexicon, edges) == lexicon["own_line_weight"]:
            counts[org.name] += lexicon["own_line_weight"]
            first.setdefault(org.name, start)
    for match in _COUNCIL.finditer(text):
        if any(start <= match.start(2) < end for start, end in taken):
            continue  # its words are part of a registered name already read ('Darwen Borough Council')
        name = " ".join(match.group(1).split())
        full = f"{name} {' '.join(match.group(2).split())}"
        if full.casefold() in not_councils or any(full.casefold().endswith(n) for n in not_councils):
            continue
        if name.split()[0] in {"The", "This", "A", "Our", "Each", "Every"}:
            name = " ".join(name.split()[1:])
            if not name:
                continue
        if set(name.split()) <= kinds:
            continue  # 'the County Council': how a council's own paper speaks of itself, no name
        if weight := _weight(text, match.start(), lexicon, edges):
            counts[name] += weight
            first.setdefault(name, match.start())
    if not counts:
        capitals = re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group().title(), text)
        if capitals != text:  # 'RIVERTON BOROUGH COUNCIL' on a letterhead: read it as 'Riverton Borough Council'
            return _organisation(capitals)
        return unnamed_council(text) or Organisation(UNKNOWN_KEY, "Unknown organisation")
    registered = {n: resolve(n) for n in counts}
    known = [n for n in counts if registered[n] is not None]
    if len({registered[n].key for n in known}) > 1 and (own := _subject(text, edges, [registered[n] for n in known])):
        return own  # a paper naming several councils (a company's serving them all) is its subject's, whoever it names first
    name = min(known or counts, key=lambda n: (-counts[n], first[n]))
    return registered[name] or Organisation(organisation_key(name), authority_name(name))


def _subject(text: str, edges: tuple[int, int], councils: list[Organisation]) -> Organisation | None:
    """Which of the councils a paper names it is about, by what it says of itself rather than the order it names them
    in: the only one its title names (its first lines: 'Ofsted inspection of Richmond upon Thames children's
    services'), else the only one the sentence naming the inspection's fieldwork or publication dates names ('the
    inspection of Richmond's services carried out between 10 and 21 June 2019'); None when neither settles it."""
    keys = {c.key: c for c in councils}
    mention = inspection_mention(text)
    most = load_json("lexicons/organisations.json")["title_line_chars"]
    title = [m.span() for m in re.finditer(r"(?m)^.*$", text[: edges[0]]) if _titles(m.group(), most)]
    dated = [_sentence(text, *mention[s]) for s in ("fieldwork_span", "issued_span") if s in mention]  # type: ignore[misc]
    for spans in (title, dated):
        named = {org.key for start, end in spans for org in named_in(text, start, end) if org.key in keys}
        named |= {k for k, org in keys.items() for start, end in spans if short_named_in(text, start, end, org)}
        if len(named) == 1:
            return keys[named.pop()]
    return None


def _titles(line: str, most: int) -> bool:
    """Is a line among a paper's first a title's, not a sentence of its text: at most `most` characters, no stop
    within it or at its end?"""
    line = line.strip()
    return 0 < len(line) <= most and not line.endswith(".") and ". " not in line


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end]: from the stop or line break before it to the one after it."""
    before = max(text.rfind("\n", 0, start), *(text.rfind(stop, 0, start) for stop in (". ", "; ")))
    after = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    return before + 1, min(after, default=len(text))


def inspection_mention(text: str) -> dict[str, object]:
    """Fieldwork dates, publication date, lead inspector, framework and regulator of the inspection a document refers
    to; when neither date is given, the month it names the inspection, or its report's publication, by ("month": a day
    of it), enough for its key."""
    found: dict[str, object] = {}
    for pattern in regexes("patterns/assessments.json", "inspection_fieldwork"):
        match = pattern.search(text)
        if match:
            start, end = fieldwork_dates(match.group("start"), match.group("end"))
            if start and end:
                found.update(started=start, ended=end, fieldwork_span=match.span())
                break
    for pattern in [] if "started" in found else regexes("patterns/assessments.json", "inspection_fieldwork_week"):
        if (match := pattern.search(text)) and (start := parse_day_month_year(match.group("start"))):
            found.update(started=start, fieldwork_span=match.span())  # 'w/c 9 May 2022': its first day only
            break
    for pattern in regexes("patterns/assessments.json", "inspection_issued"):
        match = pattern.search(text)
        if match and (issued := parse_day_month_year(match.group("issued"))):
            found.update(issued=issued, issued_span=match.span())
            break
    for pattern in regexes("patterns/assessments.json", "inspection_lead_inspector"):
        if match := pattern.search(text):
            found.update(lead_inspector=" ".join(match.group("name").split()), inspector_span=match.span())
            break
    if "ended" not in found and "issued" not in found:
        other = regex("patterns/assessments.json", "not_this_inspection")
        months = [
            m
            for name in ("inspection_month", "inspection_issued_month")
            for p in regexes("patterns/assessments.json", name)
            for m in p.finditer(text)
            if not other.search(_around(text, m))
        ]
        first = min(months, key=lambda m: m.start(), default=None)
        if first and (month := parse_month_year(first.group("month"))):
            found.update(
                month=month,
                month_published=first.re in regexes("patterns/assessments.json", "inspection_issued_month"),
                month_at=first.start(),
            )
    if "started" in found and "ended" not in found and "issued" not in found and "month" not in found:
        found.update(month=found["started"], month_published=False, month_at=found["fieldwork_span"][0])  # type: ignore[index]
    if not {"ended", "issued", "month"} & found.keys():  # 'the 2022 Ofsted inspection': its year alone
        other = regex("patterns/assessments.json", "not_this_inspection")
        years = [
            m
            for p in regexes("patterns/assessments.json", "inspection_year")
            for m in p.finditer(text)
            if not other.search(_around(text, m, "year"))
        ]
        named = _framework(text)
        years = [m for m in years if not _another_framework(named, m)]
        if first := min(years, key=lambda m: m.start(), default=None):
            found.update(year=int(first.group("year")), month_at=first.start())
    lexicon = load_json("patterns/assessments.json")
    if framework := _framework(text):
        found["framework"] = framework[0]
    found["regulator"] = next((r for r in lexicon["regulator"] if r in text), None)
    return found


def _framework(text: str) -> tuple[str, int] | None:
    """The framework a paper names its inspection by ('ILACS'), and where it first names it."""
    folded = text.casefold()
    for phrase, name in load_json("patterns/assessments.json")["framework"].items():
        if (at := folded.find(phrase.casefold())) >= 0:
            return name, at
    return None


def _another_framework(framework: tuple[str, int] | None, year: re.Match[str]) -> bool:
    """Does a year naming an inspection ('Some of these areas were also raised in the 2016 inspection') name one the
    paper has already said was of a framework not in use that year ('… following the ILACS inspection', ILACS from
    2018: patterns/assessments.json 'framework_years'; `framework`: the paper's, and where it first names it)? Then it
    names an earlier inspection, not the paper's."""
    if framework is None or framework[1] > year.start():
        return False
    span = load_json("patterns/assessments.json")["framework_years"].get(framework[0])
    return span is not None and not (span[0] or 0) <= int(year.group("year")) <= (span[1] or 9999)


def _around(text: str, match: re.Match[str], group: str = "month") -> str:
    """The words that say which inspection a month is of: the three before the mention, the mention up to its
    month, and the one word after it ('a peer-led mock inspection in …', 'the March 2019 inspection readiness')."""
    before = " ".join(text[max(0, match.start() - 60) : match.start()].split()[-3:])
    after = re.match(r"\s*([\w-]*)", text[match.end() : match.end() + 30]).group(1)
    return f"{before} {text[match.start() : match.start(group)]} {after}"


UNKNOWN_KEY = "unknown"  # the key of an organisation no document names (an unknown authority's begins so too)
UNDATED_KEY = "undated"  # a key's last part in place of the year, when no document dates what it keys


def assessment_key(org: str, regulator: str | None, when: date | None) -> str:
    """'central-bedfordshire/ofsted-2017': the organisation, the regulator and the year the fieldwork ended
    ('…/ofsted-undated' when no document dates it)."""
    return f"{org}/{slug(regulator or 'inspection')}-{when.year if when else UNDATED_KEY}"


def is_undated(key: str) -> bool:
    """Was this key made for something no document dates ('…/ofsted-undated'), so a later step may date it?"""
    return key.endswith(f"-{UNDATED_KEY}")
