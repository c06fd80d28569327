"""One value that gives each action its own part ('Head of Safeguarding (1.1); Performance Manager (1.2)', '1.1 – 31
December 2022; 1.2 – 30 November 2022') → each action's part, so an action's lead and date are its own, not the whole
line's. The numbers' places and the words trimmed off are data (extract/per_action_list.json)."""

from __future__ import annotations

from findings.extract.lexicons import regex

LAYOUT = "per_action_list.json"
Piece = tuple[int, int]


def own_parts(value: str, ids: list[str]) -> dict[str, Piece] | None:
    """Each named action's part of `value` as (start, end) in it; None when the value is one part shared by all (it
    names no action, names one the plan lacks, or its numbers neither all open nor all close the parts)."""
    found = [(m, regex(LAYOUT, "id").search(m.group(0))) for m in regex(LAYOUT, "number").finditer(value)]
    numbers = [(m.start(), m.end(), n.group(0)) for m, n in found if n]
    if not numbers or any(n not in ids for _, _, n in numbers) or len({n for _, _, n in numbers}) < len(numbers):
        return None
    if not _trimmed(value, 0, numbers[0][0]):  # numbers open the parts: '1.1 – 31 December 2022; 1.2 – …'
        bounds = [(end, nxt) for (_, end, _), nxt in zip(numbers, [s for s, _, _ in numbers[1:]] + [len(value)], strict=True)]
        order = range(len(numbers) - 1, -1, -1)  # an empty part takes the next one's
    elif not _trimmed(value, numbers[-1][1], len(value)):  # numbers close them: 'Head of Safeguarding (1.1); …'
        bounds = [(prev, start) for (start, _, _), prev in zip(numbers, [0] + [e for _, e, _ in numbers[:-1]], strict=True)]
        order = range(len(numbers))  # an empty part takes the one before's
    else:
        return None
    parts: dict[str, Piece] = {}
    last: Piece | None = None
    for i in order:
        piece = _trimmed(value, *bounds[i]) or last
        if piece is None:
            return None
        parts[numbers[i][2]] = last = piece
    return parts


def _trimmed(value: str, start: int, end: int) -> Piece | None:
    """value[start:end] without the separators and linking words at its ends ('); Performance Manager (' → 'Performance
    Manager'); None when nothing is left."""
    words = value[start:end]
    trim = regex(LAYOUT, "trim")
    head = next((m.end() for m in trim.finditer(words) if m.start() == 0), 0)
    tail = next((m.start() for m in trim.finditer(words, head) if m.end() == len(words)), len(words))
    return (start + head, start + tail) if tail > head else None


def own_pieces(text: str, pieces: list[Piece], ids: list[str]) -> dict[str, list[Piece]] | None:
    """As `own_parts`, for a value written over several (start, end) pieces of `text` (a label's lines): each named
    action's part as the pieces of `text` it covers."""
    value, at = "", []
    for start, end in pieces:
        if value:
            value += " "
        at.append((len(value), start))
        value += text[start:end]
    parts = own_parts(value, ids)
    if parts is None:
        return None
    out: dict[str, list[Piece]] = {}
    for n, (a, b) in parts.items():
        out[n] = [
            (start + max(a, v) - v, start + min(b, v + end - start) - v)
            for (v, start), (_, end) in zip(at, pieces, strict=True)
            if max(a, v) < min(b, v + end - start)
        ]
    return out
