"""A progress paragraph that turns to another recommendation part-way ('… has restarted online; Recommendation Five
remains in progress') holds two updates: a sentence or clause that opens naming another and reports how that one
stands (a status cue of its own: findings.status.cues.is_cued) opens its update, which runs to the paragraph's end or
the next such turn (where it may open: lexicons/ordinals.json 'turns_to'; the name: 'reference'). One that only
names another ('Recommendation 4 is unaffected.') or says where that one is reported ('… will be reported
separately': 'elsewhere') starts nothing, and a turn never carries on into the paragraphs after it: those continue the
paragraph's own recommendation."""

from __future__ import annotations

import re
from collections.abc import Callable

from findings.extract.lexicons import load_json
from findings.segment.view import View
from findings.status.cues import is_cued

LEXICON = "lexicons/ordinals.json"


Named = Callable[[re.Match[str]], int | None]  # the recommendation a reference names, as the paper's report numbers it


def turns(view: View, current: str, reference: re.Pattern[str], named: Named) -> list[tuple[str, int, int]]:
    """The parts of `view.text` as (recommendation, start, end), the first on `current`; one part when none turns."""
    rules = load_json(LEXICON)["turns_to"]
    gaps = list(re.finditer(rules["pattern"], view.text))
    elsewhere = re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in rules["elsewhere"]) + r")(?!\w)")
    parts: list[tuple[str, int, int]] = []
    about, start = current, 0
    for k, gap in enumerate(gaps):
        match = reference.match(view.text[gap.end() :])
        other = named(match) if match else None
        if other is None or str(other) == about:
            continue
        end = gaps[k + 1].start() if k + 1 < len(gaps) else len(view.text)
        said = view.text[gap.end() + match.end() : end]
        if not is_cued(said) or elsewhere.search(said):
            continue  # it names the other one without saying how that one stands ('… will be reported separately')
        parts.append((about, start, gap.start()))
        about, start = str(other), gap.end()
    parts.append((about, start, len(view.text)))
    return parts


def part_pieces(view: View, lines_pieces: list[tuple[int, int]], i: int, j: int) -> list[tuple[int, int]]:
    """The document pieces of the lines that view.text[i:j] covers, cut to it."""
    start, end = view.source_range(i, j)
    return [(max(s, start), min(e, end)) for s, e in lines_pieces if max(s, start) < min(e, end)]
