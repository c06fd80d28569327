"""Repeated page headers: lines that recur page after page, found so a view can skip them."""

from __future__ import annotations

from collections import Counter

from findings.segment.lines import Line


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def repeated_lines(lines: list[Line], min_count: int = 3, max_length: int = 60) -> set[str]:
    """Normalised texts of short lines that occur at least `min_count` times."""
    counts = Counter(_norm(line.text) for line in lines if not line.blank and len(line.stripped) <= max_length)
    return {text for text, n in counts.items() if n >= min_count}


def header_lines(lines: list[Line], labels: list[str], min_count: int = 2) -> set[int]:
    """Indices of lines that are one of the known heading `labels` and repeat (so are page headers, not text)."""
    wanted = {_norm(label) for label in labels}
    repeated = repeated_lines(lines, min_count=min_count)
    return {i for i, line in enumerate(lines) if _norm(line.text) in wanted and _norm(line.text) in repeated}


def without(lines: list[Line], skip: set[int]) -> list[Line]:
    """The lines with `skip` removed: a view, the Line offsets are untouched."""
    return [line for i, line in enumerate(lines) if i not in skip]
