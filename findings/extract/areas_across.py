"""A judgement table set across the page (a re-set copy: the areas side by side as its top row, each grade beneath
its area) read cell by cell: every area's cell first, its lines wrapped, then every grade's; each area takes the grade
in the same place in order."""

from __future__ import annotations

import re

from findings.extract.areas import GRADES, area_key
from findings.extract.lexicons import load_json
from findings.model import Document, Judgement
from findings.segment.lines import Line

LEAST_AREAS = 2  # cells: a table's row, not one heading over a grade


def areas_across(doc: Document, opening: list[Line]) -> list[tuple[list[Line], str, str, tuple[int, int]]]:
    """The first run of area cells straight followed by as many grades and nothing else on their lines: for each, its
    area's lines, its area's words, its grade and the grade's offsets in the text. None found: an empty list."""
    phrase = _grade_phrases()
    past = 0  # the end of the last run of area cells tried: a run's later cells start no run of their own
    for s in range(len(opening)):
        if s < past:
            continue
        cells = _area_cells(opening, s, phrase)
        if len(cells) < LEAST_AREAS:
            continue
        g = past = s + sum(len(cell) for cell in cells)
        found = _grades(doc, opening, g, len(cells), phrase)
        if found:
            return [
                (cell, " ".join(ln.stripped for ln in cell), grade, at) for cell, (grade, at) in zip(cells, found, strict=True)
            ]
    return []


def _area_cells(opening: list[Line], s: int, phrase: re.Pattern[str]) -> list[list[Line]]:
    """Area cells from `s`: lines gathered until their words name an area the lexicon knows (its key) and the next
    line opens capitalised (a new cell); each area named once. Stops at the first line that names none so."""
    cells: list[list[Line]] = []
    keys: set[str] = set()
    cell: list[Line] = []
    for i in range(s, len(opening)):
        text = opening[i].stripped
        if not text or text.endswith((".", ":", ";")) or phrase.fullmatch(text):
            break
        cell.append(opening[i])
        key = area_key(" ".join(ln.stripped for ln in cell))
        after = opening[i + 1].stripped if i + 1 < len(opening) else ""
        if key and not after[:1].islower():
            if key in keys:
                break
            keys.add(key)
            cells.append(cell)
            cell = []
        elif len(cell) > _CELL_LINES:
            break
    return cells


_CELL_LINES = 6  # lines: an area's name wrapped in a narrow cell at most


def _grades(doc: Document, opening: list[Line], g: int, n: int, phrase: re.Pattern[str]) -> list[tuple[str, tuple[int, int]]]:
    """`n` grades on the lines from `g`, with nothing else on those lines (a cell's grade may wrap, and two cells'
    words share a line): each grade's fo:Grade and its offsets; an empty list where they are not just that."""
    grades = load_json(GRADES)["grades"]
    found: list[tuple[str, tuple[int, int]]] = []
    j = g
    while j < len(opening) and len(found) < n:
        line = opening[j]
        lines = [line]
        while True:
            start, end = lines[0].content_start, lines[-1].content_end
            text = doc.text[start:end]
            matches = list(phrase.finditer(text))
            covered = "".join(text[m.end() : nxt.start()] for m, nxt in zip(matches, matches[1:], strict=False))
            whole = matches and matches[0].start() == 0 and matches[-1].end() == len(text) and not covered.strip()
            if j + len(lines) >= len(opening) or len(lines) > _CELL_LINES:
                break
            if whole and not opening[j + len(lines)].stripped[:1].islower():
                break  # a grade wrapped in its cell goes on in lower case ('Requires improvement' / 'to be good')
            lines.append(opening[j + len(lines)])
        if not whole:
            return []
        for m in matches:
            grade = grades.get(" ".join(m.group().lower().split()))
            if grade is None:
                return []
            found.append((grade, (start + m.start(), start + m.end())))
        j += len(lines)
    return found if len(found) == n else []


def _grade_phrases() -> re.Pattern[str]:
    """Any of the lexicon's grade phrases, longest first, its words parted by any space or line break."""
    grades = sorted(load_json(GRADES)["grades"], key=len, reverse=True)
    return re.compile("(?i)" + "|".join(r"\s+".join(map(re.escape, g.split())) for g in grades))


def across_judgements(doc: Document, opening: list[Line], key: str, scope: str) -> list[Judgement]:
    """Each area of a table set across the page, with its grade: each line of its area and its grade quoted."""
    return [
        Judgement(
            assessment=key,
            area=area,
            grade=grade,
            scope=scope,
            spans=[*(doc.span(ln.content_start, ln.content_end) for ln in cell), doc.span(a, b)],
            key=area_key(area),
        )
        for cell, area, grade, (a, b) in areas_across(doc, opening)
    ]
