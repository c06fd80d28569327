"""A judgement table printed without a header row (a browser's copy of a SIF report: 'Adoption performance   Good'
rows straight above the overall grade's line): its rows are where the table starts, not the overall line below them."""

from __future__ import annotations

from findings.extract.areas import area_key, grade_at_end
from findings.segment.lines import Line

LEAST_ROWS = 2  # rows: a table, not one sentence's grade above the overall line


def rows_above(opening: list[Line], begin: int) -> int:
    """Where a run of rows straight above the overall line at `begin` starts, each one line of an area the framework
    names and its grade ('Children who need help and protection   Requires improvement'); `begin` where fewer than
    LEAST_ROWS stand there."""
    k = begin
    while k > 0 and _row(opening[k - 1].stripped):
        k -= 1
    return k if begin - k >= LEAST_ROWS else begin


def _row(text: str) -> bool:
    """A row of an area and its grade, no sentence: the words before the grade name an area the lexicon knows."""
    grade = grade_at_end(text)
    return grade is not None and not text.endswith(".") and area_key(text[: grade.at].strip().rstrip(":–-").strip()) is not None
