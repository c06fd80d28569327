"""The QA lead's tracker as an Excel workbook: open items, their lineage and the sources, from the built graph.

`findings open --format xlsx --out FILE` calls `write_tracker`; `data` asks the store, `workbook` lays it out,
`stable` makes the same graph and date give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from findings.tracker.data import gather
from findings.tracker.workbook import workbook_bytes
from findings.write import atomic_write

__all__ = ["write_tracker"]


def write_tracker(store, as_of: dt.date, out: Path, only: set[str] | None = None) -> int:
    """Write the tracker of `store` as of `as_of` (the items of `only`, when given) to `out` (atomically); return the
    number of open items."""
    tracker = gather(store, as_of, only)
    atomic_write(out, workbook_bytes(tracker))
    return len(tracker.items)
