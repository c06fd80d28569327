"""A title page's dates table whose labels stand each on a line over their values, as a plain text copy gives it."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json
from findings.segment.lines import Line, split_lines

LAYOUT = "report_layout.json"


def stacked_dates(text: str, limit: int) -> dict[str, re.Match[str]]:
    """Each label's value ('fieldwork', 'published') read off text[:limit]: the labels each alone on a line, the
    fieldwork's among them, then within 'reach' lines each value on a line of its own in the labels' order (report_layout.json
    'stacked_dates'); a match over exactly the value's characters of `text`. Empty where the values do not follow so."""
    entry = load_json(LAYOUT)["stacked_dates"]
    labels = {name: re.compile(pattern) for name, pattern in entry["labels"].items()}
    values = {name: re.compile(pattern) for name, pattern in entry["values"].items()}
    lines = split_lines(text, 0, min(limit, len(text)))
    for n in range(len(lines)):
        names = _labels(lines, n, labels)
        if "fieldwork" not in names:
            continue
        found = _values(text, lines[n + len(names) :], names, values, entry["reach"])
        if found:
            return found
    return {}


def _labels(lines: list[Line], n: int, labels: dict[str, re.Pattern[str]]) -> list[str]:
    """The names of the labels on the lines from `n` on, each alone on its line, one after the other."""
    names: list[str] = []
    for line in lines[n:]:
        name = next((k for k, p in labels.items() if k not in names and p.fullmatch(line.stripped)), None)
        if name is None:
            break
        names.append(name)
    return names


def _values(
    text: str, below: list[Line], names: list[str], values: dict[str, re.Pattern[str]], reach: int
) -> dict[str, re.Match[str]]:
    """Each label's value on the non-blank lines under the labels (the first within `reach` lines), in their order."""
    shown = [(k, line) for k, line in enumerate(below) if not line.blank][: len(names)]
    gaps = [b - a for (a, _), (b, _) in zip(shown, shown[1:], strict=False)]
    if len(shown) < len(names) or shown[0][0] >= reach or any(gap > reach for gap in gaps):
        return {}
    found = {}
    for name, (_, line) in zip(names, shown, strict=True):
        match = values[name].fullmatch(text, line.content_start, line.content_end)
        if match is None:
            return {}
        found[name] = match
    return found
