"""A progress paragraph that turns to another recommendation part-way ('… has restarted online; Recommendation Five
remains in progress') holds two updates: the sentence or clause naming the other one opens its update, as a paragraph
naming it would (where it may open: lexicons/ordinals.json 'turns_to'; the name: 'reference')."""

from __future__ import annotations

import re
from collections.abc import Callable

from findings.extract.lexicons import load_json
from findings.segment.view import View

LEXICON = "lexicons/ordinals.json"


Number = Callable[[str], int | None]  # 'Five' → 5 (findings.extract.progress_report.number)


def turns(view: View, current: str, reference: re.Pattern[str], number: Number) -> list[tuple[str, int, int]]:
    """The parts of `view.text` as (recommendation, start, end), the first on `current`; one part when none turns."""
    parts: list[tuple[str, int, int]] = []
    about, start = current, 0
    for gap in re.finditer(load_json(LEXICON)["turns_to"]["pattern"], view.text):
        match = reference.match(view.text[gap.end() :])
        named = number(match.group("n")) if match else None
        if named is None or str(named) == about:
            continue
        parts.append((about, start, gap.start()))
        about, start = str(named), gap.end()
    parts.append((about, start, len(view.text)))
    return parts


def part_pieces(view: View, lines_pieces: list[tuple[int, int]], i: int, j: int) -> list[tuple[int, int]]:
    """The document pieces of the lines that view.text[i:j] covers, cut to it."""
    start, end = view.source_range(i, j)
    return [(max(s, start), min(e, end)) for s, e in lines_pieces if max(s, start) < min(e, end)]
