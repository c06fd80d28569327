"""List items whose bullet glyphs were lost, rebuilt from line fill: a line that had room for the next line's
first word ended its item; one that had no room wrapped into the next line, even when that line starts with a capital."""

from __future__ import annotations

from collections.abc import Callable

from findings.segment.lines import Line

_TERMINAL = (".", ";", "?", "!")


def items_by_fill(lines: list[Line], width: int | None = None, opens: Callable[[str], bool] | None = None) -> list[list[Line]]:
    """Group non-blank `lines` into items. `width` is the longest line the list could hold (default: its longest);
    `opens` says a line opens an item whatever the fill (syntax: an imperative verb first), for lines that are full by chance."""
    body = [line for line in lines if not line.blank]
    if not body:
        return []
    width = width or max(len(line.stripped) for line in body)
    items: list[list[Line]] = [[body[0]]]
    for previous, line in zip(body, body[1:], strict=False):
        text, before = line.stripped, previous.stripped
        first_word = text.split()[0]
        wrapped = not before.endswith(_TERMINAL) and (
            text[:1].islower() or (len(before) + 1 + len(first_word) > width and not (opens and opens(text)))
        )
        if wrapped:
            items[-1].append(line)
        else:
            items.append([line])
    return items
