"""Shared by the tests of recurrences between two reports of a council never seen: build them together, list the links."""

from __future__ import annotations

import shutil
from pathlib import Path

from findings.build import build


def asserted_recurrences(folder: Path, *reports: Path) -> list[tuple[str, str]]:
    """(later identifier, earlier identifier) of every recurrence asserted when `reports` are built in `folder`."""
    for path in reports:
        shutil.copy(path, folder / path.name)
    links = build([folder]).extraction.links
    return sorted((k.source.identifier, k.target.identifier) for k in links if k.kind == "recurs" and k.asserted)


TWO_ITEM_REPORT = """Inspection of Sandwell local authority children's services

Inspection dates: {dates}

Lead inspector: Anna Brook, Her Majesty's Inspector

Judgement\tGrade
Overall effectiveness\tRequires improvement to be good

What needs to improve

• {item}
• The timeliness of initial health assessments for children who come into care.
"""


def link_between(folder: Path, later: str, earlier: str) -> str:
    """'recurs' (asserted), 'review' (a candidate waiting for a person) or '' from the later item to the earlier, each
    the first item of a council's report (2015, then 2022) whose second item is the same in both."""
    (folder / "a.txt").write_text(TWO_ITEM_REPORT.format(dates="4 March 2015 to 15 March 2015", item=earlier), encoding="utf-8")
    (folder / "b.txt").write_text(TWO_ITEM_REPORT.format(dates="6 March 2022 to 17 March 2022", item=later), encoding="utf-8")
    x = build([folder]).extraction
    recs = {(r.assessment, r.identifier): r.text for r in x.recommendations}
    assert later in recs.values() and earlier in recs.values()
    for link in x.links:
        ends = recs[(link.source.assessment, link.source.identifier)], recs[(link.target.assessment, link.target.identifier)]
        if link.kind == "recurs" and ends == (later, earlier):
            return "recurs" if link.asserted else "review"
    return ""
