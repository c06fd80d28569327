"""A paper naming several councils (a company running the children's services of three, a regional paper) whose own
words do not say whose it is is read as the first it names (extract/context.py). Where the build says otherwise, the
inspection it answers is that of the council the build shows it to be about, of those it names:

1. the only one whose inspection reports hold an inspection ending or published on the very day the paper dates the
   one it answers, when its first-named council's do not;
2. else the only one whose inspection reports hold at least half the recommendations it quotes, nearly word for word,
   when its first-named council's do not.

So no inspection is made for one council from another's dates. A paper read so is named on stderr."""

from __future__ import annotations

from dataclasses import replace

from findings.extract.authorities import named_in
from findings.link.distinct import QUOTED, rename_assessment, reported_keys
from findings.link.same import similarity
from findings.model import Extraction, Organisation


def councils_for_several(parts: list[Extraction]) -> list[str]:
    """Give, in place, each inspection a paper naming several councils answers the council the build shows it is."""
    days: dict[object, set[str]] = {}  # a day an inspection ended or was published → the councils it is one of
    reported: list[tuple[str, str]] = []  # (council, a recommendation of one of its inspection reports)
    for part in parts:
        for key in reported_keys(part):
            a = part.assessments[key]
            reported += [(a.org.key, r.text) for r in part.recommendations if r.assessment == key and r.text]
            for day in (a.ended, a.issued):
                if day is not None:
                    days.setdefault(day, set()).add(a.org.key)
    notes = []
    for part in parts:
        if not part.documents or reported_keys(part):
            continue
        named: dict[str, Organisation] = {}
        for org in named_in(part.documents[0].text, 0, len(part.documents[0].text)):
            named.setdefault(org.key, org)
        if len(named) < 2:
            continue
        for key in sorted(part.assessments):
            a = part.assessments[key]
            if a.kind != "Inspection" or a.org.key not in named:
                continue
            answered = {c for day in (a.ended, a.issued) if day is not None for c in days.get(day, ()) if c in named}
            quoting = _quoting(part, key, reported, set(named))
            if answered and a.org.key not in answered and len(answered) == 1:
                other, why = answered.pop(), "the only council it names whose inspection ended or was published that day"
            elif not answered and quoting and a.org.key not in quoting and len(quoting) == 1:
                other, why = quoting[0], "the only council it names whose inspection report holds the recommendations it quotes"
            else:
                continue
            org = named[other]
            new = f"{org.key}/{key.split('/', 1)[1]}"
            rename_assessment(part, key, new)
            part.assessments[new] = replace(part.assessments[new], org=org)
            notes.append(f"{part.documents[0].path}: names several councils; the inspection it answers is {org.name}'s, {why}")
    return notes


def _quoting(part: Extraction, key: str, reported: list[tuple[str, str]], named: set[str]) -> list[str]:
    """The councils it names whose inspection reports hold at least half the recommendations the paper gives the
    inspection `key`, nearly word for word (link/distinct.py QUOTED)."""
    mine = [r.text for r in part.recommendations if r.assessment == key and r.text]
    held: dict[str, int] = {}
    for text in mine:
        for council in {council for council, theirs in reported if council in named and similarity(text, theirs) >= QUOTED}:
            held[council] = held.get(council, 0) + 1
    return sorted(council for council, n in held.items() if mine and 2 * n >= len(mine))
