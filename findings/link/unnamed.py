"""A paper that names no council in its text (a committee report whose council stands only in its Word header or
logo, a tracker that says 'LBL') is keyed 'unknown/…', and its items would meet no recommendation. Where the build
says whose it must be, it is that council's:

1. the only council built whose initials the paper uses ('LBL', 'RBKC', 'RBC', 'T&W': authorities.json 'initials'),
   or, for 'the Royal Borough', the only royal borough built;
2. else the only council whose inspection reports hold an inspection ending or published on the very day the paper
   dates the one it answers;
2a. else the only council whose inspection reports hold the recommendations the paper quotes, nearly word for word
   (a tracker headed only by its service's name, quoting each recommendation beside its actions);
2b. else the council built that the paper names by its bare place name ('Report to the Scrutiny Committee,
   Anytown', "Anytown's improvement plan"): the one registered council its first lines name, else the one it names
   most (a neighbour named in passing, 'jointly with Otherton', names fewer times); a registered council not built
   that its first lines name, or that it names as often, leaves it to the steps below;
3. else the only council the build holds at all;
4. else the only council whose own papers name the meeting's body ('Children's Services Overview and Scrutiny
   Committee' printed under one council's name in its agenda pack), a body of two words or more.

Two councils that fit leave it unknown (no guess); with several councils built, keyed by the paper itself
('unknown-1a2b3c4d/…'), so two councils' unknown papers never share an occasion; a paper read so is named on stderr."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from findings.extract.authorities import in_heading, initials_of, normalise, place_mentions
from findings.extract.lexicons import load_json
from findings.link.distinct import ITEMS, QUOTED, rename_assessment, reported_keys
from findings.link.file_names import council_of_file_name
from findings.link.same import similarity
from findings.link.themes import folded
from findings.model import Extraction, Organisation

UNKNOWN = "unknown"
LEXICON = "lexicons/authorities.json"


def _tail(key: str) -> str:
    return key.split("/", 1)[1] if "/" in key else key


def councils_for_unnamed(parts: list[Extraction]) -> list[str]:
    """Give, in place, each paper of no named council the council the build says it must be; one note each."""
    days: dict[object, set[str]] = {}  # a day an inspection ended or was published → the councils it is one of
    councils: dict[str, Organisation] = {}
    reported: list[tuple[str, str]] = []  # (council, a recommendation of one of its inspection reports)
    for part in parts:
        for key in reported_keys(part):
            a = part.assessments[key]
            councils.setdefault(a.org.key, a.org)  # an inspected council, in the register or not
            reported += [(a.org.key, r.text) for r in part.recommendations if r.assessment == key and r.text]
            for day in (a.ended, a.issued):
                if day is not None:
                    days.setdefault(day, set()).add(a.org.key)
        for a in part.assessments.values():
            if a.org.code is not None:  # a registered council, not a board or another body
                councils.setdefault(a.org.key, a.org)
    notes = []
    for part in parts:
        unnamed = [k for k in sorted(_keys(part)) if k.startswith(UNKNOWN + "/")]
        if not unnamed or not part.documents:
            continue
        answered = {
            c
            for k in unnamed
            if (a := part.assessments.get(k)) is not None and a.kind == "Inspection"
            for day in (a.ended, a.issued)
            if day is not None
            for c in days.get(day, ())
        }
        among = {k: councils[k] for k in answered} if answered else councils  # initials choose among the day's
        named = _by_initials(part.documents[0].text, among)
        quoting = _quoting(part, unnamed, reported)
        placed = _by_place_name(part.documents[0].text, among)
        if len(answered) == 1:
            org, why = councils[next(iter(answered))], "the only council whose inspection ended or was published that day"
        elif len(quoting) == 1:
            org, why = councils[quoting[0]], "the only council whose inspection report holds the recommendations it quotes"
        elif len(named) == 1:
            org, why = councils[named[0]], "the only council built that its initials or title name"
        elif placed is not None:
            org, why = councils[placed], "the council built that it names by its place name"
        elif not answered and len(councils) == 1:
            org, why = next(iter(councils.values())), "the only council the other papers built belong to"
        elif not answered and len(naming := _naming_the_body(part, unnamed, parts)) == 1:
            org, why = councils[naming[0]], "the only council whose own papers name its body"
        elif (own := council_of_file_name(part.documents[0].path)) is not None and (not answered or own.key in answered):
            org, why = councils.get(own.key, own), "the only council its file name names"
        else:
            fits = ", ".join(sorted(councils[k].name for k in (named or answered))) or "none of those built"
            notes.append(f"{part.documents[0].path}: names no council, and the build cannot tell whose it is ({fits})")
            if len(councils) > 1:  # whose of several it is, unknown: its own (one council's papers, or none built, stay one)
                _apart(part, unnamed)
            continue
        for key in unnamed:
            new = f"{org.key}/{_tail(key)}"
            rename_assessment(part, key, new)
            if new in part.assessments:
                part.assessments[new] = replace(part.assessments[new], org=org)
        notes.append(f"{part.documents[0].path}: names no council; read as {org.name}'s, {why}")
    return notes


def _apart(part: Extraction, unnamed: list[str]) -> None:
    """Key the unnamed assessments of a paper whose council, of the several built, the build cannot tell by the paper itself
    ('unknown-1a2b3c4d/ofsted-2016', as extract/report.py keys a report naming no council): two councils' papers
    answering inspections of one year never become one made-up occasion."""
    doc = part.documents[0]
    org = Organisation(f"{UNKNOWN}-{doc.sha256[:8]}", f"Unknown organisation ({doc.path.rsplit('/', 1)[-1]})")
    for key in unnamed:
        new = f"{org.key}/{_tail(key)}"
        rename_assessment(part, key, new)
        if new in part.assessments:
            part.assessments[new] = replace(part.assessments[new], org=org)


def _quoting(part: Extraction, unnamed: list[str], reported: list[tuple[str, str]]) -> list[str]:
    """The councils whose inspection reports hold at least half the recommendations the unnamed paper's inspections
    hold, nearly word for word (link/distinct.py QUOTED of the shorter's words): one short item alike by chance
    names no council."""
    mine = [
        r.text
        for r in part.recommendations
        if r.assessment in unnamed and r.text and (a := part.assessments.get(r.assessment)) is not None and a.kind == "Inspection"
    ]
    held: dict[str, int] = {}
    for text in mine:
        for council in {council for council, theirs in reported if similarity(text, theirs) >= QUOTED}:
            held[council] = held.get(council, 0) + 1
    return sorted(council for council, n in held.items() if 2 * n >= len(mine))


def _by_initials(text: str, councils: dict[str, Organisation]) -> list[str]:
    """The built councils whose initials the paper uses as a word of its own ('LBL' for Lambeth, 'RBKC'; 'A&O' for
    Anytown and Otherby, its 'and' written '&': initials 'joined_forms'): at least three letters (or joined by '&'),
    not a common abbreviation ('BBC', 'MASH'), not after a name ('Wigan MBC' is Wigan's, not Middlesbrough's), twice
    or in the paper's first lines; or the one royal borough 'the Royal Borough' can mean."""
    lexicon = load_json(LEXICON)["initials"]
    common = set(lexicon["not"])
    uses: dict[str, int] = {}
    for m in re.finditer(r"\b[A-Z]{3,6}\b", text):
        if m.group() in common or re.search(r"[A-Z][a-z]+\s+$", text[max(0, m.start() - 30) : m.start()]):
            continue
        weight = 2 if text[: m.start()].count("\n") < lexicon["first_lines"] else 1
        uses[m.group()] = uses.get(m.group(), 0) + weight
    for m in re.finditer(r"(?<![\w&])[A-Z]{1,4}(?:&[A-Z]{1,4})+(?![\w&])", text):  # 'T&W': its 'and' as '&'
        if not re.search(r"[A-Z][a-z]+\s+$", text[max(0, m.start() - 30) : m.start()]):
            weight = 2 if text[: m.start()].count("\n") < lexicon["first_lines"] else 1
            uses[m.group()] = uses.get(m.group(), 0) + weight
    words = {w for w, n in uses.items() if n >= 2}
    found = set()
    for key, org in councils.items():
        if words & initials_of(org.name):
            found.add(key)
    if not found and re.search(lexicon["royal"], text):
        royal = {normalise(n) for n in lexicon["royal_boroughs"]}
        found = {key for key, org in councils.items() if normalise(org.name) in royal}
    return sorted(found)


def _by_place_name(text: str, councils: dict[str, Organisation]) -> str | None:
    """The built council the paper names by its bare place name: the only registered council its title lines
    among its first (authorities.json 'heading_lines') name, else the registered council it names most, more than any other;
    None when that one is not among `councils` (the paper may be a council's not built), or two tie."""
    mentions = place_mentions(text)
    heading = {org.key for start, _, org in mentions if in_heading(text, start)}
    if len(heading) > 1:
        return None
    if heading:
        key = next(iter(heading))
    else:
        counts = Counter(org.key for _, _, org in mentions).most_common(2)
        if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
            return None
        key = counts[0][0]
    return key if key in councils else None


def _naming_the_body(part: Extraction, unnamed: list[str], parts: list[Extraction]) -> list[str]:
    """The registered councils whose own papers (a part naming its council) print the body the unnamed meetings of
    `part` are of (each meeting's label: 'Children's Services Overview and Scrutiny Committee')."""
    bodies = {
        folded(a.label.split(": ", 1)[-1]) for k in unnamed if (a := part.assessments.get(k)) is not None and a.kind == "Meeting"
    }
    bodies = {b for b in bodies if len(b.split()) >= 2}
    if not bodies:
        return []
    found = set()
    for other in parts:
        owners = {a.org.key for a in other.assessments.values() if a.org.code is not None}
        if other is part or len(owners) != 1 or not other.documents:
            continue
        text = folded(" ".join(doc.text for doc in other.documents))
        if any(body in text for body in bodies):
            found |= owners
    return sorted(found)


def _keys(part: Extraction) -> set[str]:
    """Every assessment key the part uses: its assessments' and its items' (an update names only its key)."""
    return set(part.assessments) | {item.assessment for name in ITEMS for item in getattr(part, name)}
