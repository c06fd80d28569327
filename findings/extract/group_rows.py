"""A plan table's group rows: a row across the table that restates a recommendation ('R1: The timeliness of …')
over the rows of its actions ('1.1', '1.2'), and the action numbers a plan prints in its number column.

A PDF reader splits a row across the table into the columns below it, so such a row looks like an action's; what
tells it apart is its number (a recommendation's whole number, 'R1:'), no date, and the row below numbering an
action under it (table_plan_layout.json 'group_row').
"""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json, regex
from findings.extract.table_cells import LAYOUT, Part, due_on
from findings.segment.lines import Line


def _rule() -> dict:
    return load_json(LAYOUT)["group_row"]


def action_under(text: str, number: str) -> bool:
    """Does a number cell print an action of recommendation `number` ('1.1' or '1a' under '1')?"""
    numbered = regex(LAYOUT, "action_number").fullmatch(text.strip())
    if not numbered:
        return False
    if numbered["dotted"]:
        return numbered["dotted"].split(".")[0] == number
    return numbered["rec"] == number if numbered["sub"] else False


def group_number(cell: dict[str, list[Part]]) -> re.Match[str] | None:
    """The recommendation's number of a row whose number cell opens as a group row's ('R1:', 'Recommendation 2 –'),
    when no cell of the row is a date; else None."""
    first = cell.get("number", [])[:1]
    if not first or any(due_on(part.text) for kind in ("due", "revised") for part in cell.get(kind, [])):
        return None
    return re.compile(_rule()["number"]).match(first[0].text)


def is_group_row(lines: list[Line], index: int, heading: dict[str, int], number: str) -> bool:
    """Is the next row of the table (within a few lines) an action numbered under `number`?"""
    column = heading.get("number")
    if column is None:
        return False
    for line in lines[index + 1 : index + 1 + _rule()["look_ahead"]]:
        if "\t" in line.text:
            cells = line.text.split("\t")
            return column < len(cells) and action_under(cells[column], number)
    return False


def group_words(cell: dict[str, list[Part]], number: re.Match[str]) -> list[Part]:
    """The recommendation's words the row holds: what follows the label in the number cell, then every other cell."""
    first = cell["number"][0]
    rest = first.text[number.end() :]
    at = first.start + number.end() + len(rest) - len(rest.lstrip())
    words = [Part(at, at + len(rest.strip()), rest.strip())] if rest.strip() else []
    others = sorted((part for kind, found in cell.items() if kind != "number" for part in found), key=lambda p: p.start)
    return words + [part for part in others if part.text.strip()]
