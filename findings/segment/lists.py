"""List items from lines, also where the bullet glyphs were lost: from markers, line fill and punctuation."""

from __future__ import annotations

import json
import re

from findings.resources import extract_file
from findings.segment.lines import Line

BULLETS = json.loads(extract_file("reading.json").read_text(encoding="utf-8"))["list_bullets"]  # data a QA lead edits
_MARKER = re.compile(rf"^\s*(?:(?:[{re.escape(BULLETS)}]|[\ue000-\uf8ff])\s+|(?:\d{{1,2}}|[ivxIVX]{{1,5}}|[a-zA-Z])[.)]\s+)")
_TERMINAL = (".", ";", ":", "!", "?")


def has_marker(line: Line) -> bool:
    """Does the line open with a bullet glyph, a number, a roman numeral or a letter marker?"""
    return bool(_MARKER.match(line.text))


def list_items(lines: list[Line], fill: float = 0.8, width: int | None = None) -> list[list[Line]]:
    """Group lines into items.

    A line starts a new item when it carries a marker, or when the line before it ended a sentence, or
    when the line before was short of the column width (`fill` × `width`, width defaulting to the longest
    line) and does not end in a word that needs a continuation. A line starting in lower case continues.
    """
    body = [line for line in lines if not line.blank]
    if not body:
        return []
    width = width or max(len(line.stripped) for line in body)
    items: list[list[Line]] = []
    for line in body:
        text = line.stripped
        if not items or has_marker(line):
            items.append([line])
            continue
        prev = items[-1][-1].stripped
        continues = (
            text[:1].islower()
            or prev.endswith((",", "-", "and", "or", "of", "the", "to", "for", "with", "in"))
            or (len(prev) >= fill * width and not prev.endswith(_TERMINAL))
        )
        if continues:
            items[-1].append(line)
        else:
            items.append([line])
    return items
