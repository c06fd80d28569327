"""A resolution whose points run on in one sentence ('Resolved that (1) the report be noted; and (2) an update … be
presented in June 2019'): each point is a resolution of its own, as a point on a line of its own is. The markers and
the words joining the points are data (minutes_layout.json, 'inline_points')."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json

LAYOUT = "minutes_layout.json"
Piece = tuple[int, int]


def inline_points(text: str, unit: list[Piece]) -> list[list[Piece]]:
    """The points of a resolution's words (`unit`, (start, end) pieces of `text`) where they open on the first point's
    marker and number it and the next in turn ('(1) …; and (2) …'); else the words whole, as one."""
    rules = load_json(LAYOUT)["inline_points"]
    marker, opening, joint = (re.compile(rules[k]) for k in ("marker", "before_first", "between"))
    found = [(m.start(), m.end(), m["n"]) for s, e in unit for m in marker.finditer(text, s, e)]
    numbered = _in_turn(found)
    if len(numbered) < 2 or not unit or not opening.fullmatch(_between(text, unit, unit[0][0], numbered[0][0])):
        return [unit]
    points = []
    for (_, start, _), (end, _, _) in zip(numbered, [*numbered[1:], (unit[-1][1], 0, "")], strict=True):
        pieces = [(max(s, start), min(e, end)) for s, e in unit if min(e, end) > max(s, start)]
        while pieces and (cut := joint.search(text, pieces[-1][0], pieces[-1][1])) is not None and cut.end() == pieces[-1][1]:
            pieces[-1] = (pieces[-1][0], cut.start())  # '; and' closing the point is no part of it
            if pieces[-1][1] <= pieces[-1][0]:
                pieces.pop()
            if cut.start() == cut.end():
                break
        if pieces:
            points.append(pieces)
    return points


def _in_turn(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The markers numbered 1, 2, 3 … (or a, b, c …) from the first, in turn; none where the first is no first."""
    order = load_json(LAYOUT)["inline_points"]["orders"]
    for sequence in order:
        taken = []
        for start, end, n in found:
            if len(taken) < len(sequence) and n == sequence[len(taken)]:
                taken.append((start, end, n))
        if len(taken) >= 2 and found and taken[0] == found[0]:
            return taken
    return []


def _between(text: str, unit: list[Piece], start: int, end: int) -> str:
    """The unit's words from `start` to `end`, its pieces joined by a space."""
    return " ".join(text[max(s, start) : min(e, end)] for s, e in unit if min(e, end) > max(s, start))
