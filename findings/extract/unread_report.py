"""A document that opens as an inspection report's title page but whose title no framework knows: said, so a report in
a wording the layout lacks is never read as a bare mention without a word (tester bb326)."""

from __future__ import annotations

from findings.extract.judgement_table import OPENING
from findings.extract.lexicons import load_json, regex, regexes

LAYOUT = "report_layout.json"
_DATES_BY = 6  # non-blank lines from the top the fieldwork line of a report's title page stands within
_BLOCK_LINES = 3  # lines under those dates a title block's next line ('Report published: …') stands within
_LONGEST = 120  # characters of the title quoted


def unknown_title(text: str) -> str | None:
    """The words above the fieldwork dates of an opening laid out as a report's title page (its dates within its
    first lines, a title block's line under them: 'Report published: …'), where they hold an inspection's title."""
    lines = [line.strip() for line in text[:OPENING].splitlines() if line.strip()]
    dates = regexes(LAYOUT, "fieldwork")
    marks = [regex(LAYOUT, key) for key in load_json(LAYOUT)["title_block"]]
    for n, line in enumerate(lines[:_DATES_BY]):
        if not any(p.search(line) for p in dates):
            continue
        block = lines[n + 1 : n + 1 + _BLOCK_LINES]
        title = regex(LAYOUT, "masthead").sub("", " ".join(" ".join(lines[:n]).split()), count=1)  # no page number
        if n and "inspection" in title.casefold() and any(m.search(b) for b in block for m in marks):
            return title[:_LONGEST]
        return None
    return None
