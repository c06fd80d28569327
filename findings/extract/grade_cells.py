"""A judgement table's rows where a text copy kept the columns side by side and both cells wrap ('The impact of leaders
on social work practice with children   Requires improvement' / 'and families   to be good'): each line is cut
into its cells and the area's lines are read before the grade's, as a table printed a cell a line is. The grade
phrases are the grades lexicon's (extract/lexicons/grades.json), the most lines a row wraps over below its first the
layout's (extract/report_layout.json judgement_row_lines_below). A PDF's text layer may join the cells with one space
('… practice with Requires improvement to' / 'children and families be good'): the cells are then told apart by the
grade's words, where the area's words joined name an area the lexicon knows."""

from __future__ import annotations

import re

from findings.extract.areas import GRADES, area_key, grade_at_end
from findings.extract.lexicons import load_json
from findings.segment.lines import Line

LAYOUT = "report_layout.json"
_CELLS = re.compile(r"^(?P<area>\S.*\S)(?:\t+|\s{2,})(?P<grade>\S.*?)\s*$")  # two cells: the last gap of a tab or spaces


def cells_apart(lines: list[Line]) -> list[Line]:
    """The lines with each row whose grade wraps with its area ('… children   Requires improvement to' / 'and
    families   be good') given as its area's lines, then its grade's: the same characters, each cell a Line of its
    own; any other line as it is."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        row = _wrapped_row(lines, i)
        if row is None:
            out.append(lines[i])
            i += 1
            continue
        areas, grades = row
        out += areas + grades
        i += len(grades)  # a grade cell from each line the row spans
    return out


def _wrapped_row(lines: list[Line], i: int) -> tuple[list[Line], list[Line]] | None:
    """(area cells, grade cells) of the row whose grade begins at the end of line `i` and goes on in the cells on the
    right of the lines below, or alone indented below ('to be good'); the longest such grade. None where no grade
    wraps there."""
    first = _cells(lines[i])
    if first is None or not _begins_grade(first[1].stripped):
        return _tight_row(lines, i)
    areas, grades = [first[0]], [first[1]]
    best = None
    for line in lines[i + 1 : i + 1 + _lines_below()]:
        cells = _cells(line)
        if cells is not None and cells[0].stripped[:1].islower():
            area, grade = cells
        elif line.text[:1].isspace() and not line.blank:
            area, grade = None, line  # the grade's cell alone: the area's ended above
        else:
            break
        words = " ".join(g.stripped for g in [*grades, grade])
        if not _begins_grade(words):
            break
        areas, grades = [*areas, area] if area is not None else areas, [*grades, grade]
        if _is_grade(words):
            best = (list(areas), list(grades))
    if best is None or len(best[0]) < 2:  # the grade alone below its first line: read as it is already
        return None
    return best


def _tight_row(lines: list[Line], i: int) -> tuple[list[Line], list[Line]] | None:
    """(area cells, grade cells) of a row whose cells a single space joins on each line ('The impact of leaders on social
    work practice with Requires improvement to' / 'children and families be good'): the grade's first words end line
    `i` opening with a capital, the words ending each line below go on with it until it is whole, and what stands
    before them (in lower case) goes on with the area. Only where both cells wrap and the area's words joined name an
    area the grades lexicon knows (a sentence ending lines with a grade's words is no row); else None."""
    first = _split(lines[i], "", opening=True)
    if first is None:
        return None
    areas, grades = [first[0]], [first[1]]
    for line in lines[i + 1 : i + 1 + _lines_below()]:
        cells = _split(line, " ".join(g.stripped for g in grades), opening=False)
        if cells is None:
            return None
        if cells[0] is not None:
            areas.append(cells[0])
        grades.append(cells[1])
        if _is_grade(" ".join(g.stripped for g in grades)):
            whole = len(areas) > 1 and area_key(" ".join(a.stripped for a in areas)) is not None
            return (areas, grades) if whole else None
    return None


def _split(line: Line, before: str, opening: bool) -> tuple[Line | None, Line] | None:
    """The line cut where the grade's words begin: (the area's words or None, the grade's), the grade's the most of its
    last words that go on from `before` as a grade phrase's beginning; the first line's open with a capital and leave
    area words before them, a later line's leave lower-case words or none. None where no cut reads so."""
    text = line.stripped
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    for at in starts:
        head, tail = text[:at].rstrip(), text[at:]
        if opening and not (head and tail[:1].isupper()):
            continue
        if head and not (opening or head[:1].islower()):
            continue
        if _begins_grade(f"{before} {tail}"):
            g0 = line.content_start + at
            grade = Line(g0, line.content_end, tail)
            area = Line(line.content_start, line.content_start + len(head), head) if head else None
            return area, grade
    return None


def _lines_below() -> int:
    """The most lines a row wraps over below its first (report_layout.json judgement_row_lines_below)."""
    return int(load_json(LAYOUT)["judgement_row_lines_below"])


def _cells(line: Line) -> tuple[Line, Line] | None:
    """The line's area and grade cells as Lines (the exact characters), where it holds two."""
    found = _CELLS.match(line.text.strip())
    if found is None:
        return None
    lead = len(line.text) - len(line.text.lstrip())
    a0, a1 = (line.start + lead + found.start("area"), line.start + lead + found.end("area"))
    g0, g1 = (line.start + lead + found.start("grade"), line.start + lead + found.end("grade"))
    return Line(a0, a1, line.text[a0 - line.start : a1 - line.start]), Line(g0, g1, line.text[g0 - line.start : g1 - line.start])


def _begins_grade(text: str) -> bool:
    """Are the words a grade phrase or its beginning ('Requires improvement to')?"""
    folded = " ".join(text.split()).casefold()
    return any(phrase == folded or phrase.startswith(folded + " ") for phrase in load_json(GRADES)["grades"])


def _is_grade(text: str) -> bool:
    """Are the words a grade and nothing else?"""
    found = grade_at_end(text)
    return found is not None and found.start == 0
