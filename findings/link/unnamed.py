"""A paper that names no council (a committee report whose council stands only in its Word header or logo) is keyed
'unknown/…', and its updates would meet no recommendation. Where the build says whose it must be, it is that
council's: the only council whose inspection reports hold the inspection it answers, else the only council the
build's other papers belong to. Two councils that fit leave it unknown (no guess), and a paper read so is named."""

from __future__ import annotations

from dataclasses import replace

from findings.link.distinct import ITEMS, rename_assessment, reported_keys
from findings.model import Extraction, Organisation

UNKNOWN = "unknown"


def _tail(key: str) -> str:
    return key.split("/", 1)[1] if "/" in key else key


def councils_for_unnamed(parts: list[Extraction]) -> list[str]:
    """Give, in place, each paper of no named council the council the build says it must be; one note each."""
    reports: dict[str, set[str]] = {}  # 'ofsted-2018' → the councils whose reports hold that inspection
    councils: dict[str, Organisation] = {}
    for part in parts:
        for key in reported_keys(part):
            org = part.assessments[key].org
            reports.setdefault(_tail(key), set()).add(org.key)
        for a in part.assessments.values():
            if a.org.code is not None:  # a registered council, not a board or another body
                councils.setdefault(a.org.key, a.org)
    notes = []
    for part in parts:
        unnamed = sorted(_keys(part) - {k for k, a in part.assessments.items() if a.org.key != UNKNOWN})
        unnamed = [k for k in unnamed if k.startswith(UNKNOWN + "/")]
        if not unnamed or not part.documents:
            continue
        answered = {c for k in unnamed for c in reports.get(_tail(k), ())}
        if len(answered) == 1:
            org, why = councils[next(iter(answered))], "the only council whose inspection reports hold the inspection it answers"
        elif not answered and len(councils) == 1:
            org, why = next(iter(councils.values())), "the only council the other papers built belong to"
        else:
            continue
        for key in unnamed:
            new = f"{org.key}/{_tail(key)}"
            rename_assessment(part, key, new)
            if new in part.assessments:
                part.assessments[new] = replace(part.assessments[new], org=org)
        notes.append(f"{part.documents[0].path}: names no council; read as {org.name}'s, {why}")
    return notes


def _keys(part: Extraction) -> set[str]:
    """Every assessment key the part uses: its assessments' and its items' (an update names only its key)."""
    return set(part.assessments) | {item.assessment for name in ITEMS for item in getattr(part, name)}
