"""Page breaks in text that came from a PDF: form feeds, or the single leading space a flattening leaves."""

from __future__ import annotations

import re

from findings.segment.lines import Line

_FLATTENED_BREAK = re.compile(r"^ (?![-–•▪◼●\s\uf0b7\uf0a7])\S")


def page_break_lines(text: str, lines: list[Line], min_gap: int = 8) -> list[int]:
    """Indices of lines that open a new page.

    Where the text has form feeds, a line right after one opens a page. Otherwise a line that starts with
    exactly one space before a non-bullet character does: PDF-to-text tools that drop the form feed leave
    that space where the page began; lines like that within `min_gap` lines of each other are a list whose
    bullet glyphs were lost, not page breaks.
    """
    if "\f" in text:
        return [i for i, line in enumerate(lines) if line.start > 0 and text[line.start - 1] == "\f"]
    candidates = [i for i, line in enumerate(lines) if _FLATTENED_BREAK.match(line.text)]
    # A lost bullet glyph leaves the same space, but bullets come in runs; a page break stands alone.
    return [
        i
        for n, i in enumerate(candidates)
        if (n == 0 or i - candidates[n - 1] > min_gap) and (n + 1 == len(candidates) or candidates[n + 1] - i > min_gap)
    ]
