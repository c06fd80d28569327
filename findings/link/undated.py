"""Papers whose progress updates nothing dates: read and kept, but no status rests on an update of no day, so a
paper's word would be lost without a sound (black-box tester helper-332: minutes whose heading was not read as a
meeting's left both updates undated and the recommendations open, and the build said nothing)."""

from __future__ import annotations

from collections import Counter

from findings.model import Extraction


def name_undated(out: Extraction) -> list[str]:
    """One line for each paper holding updates of no day: which file, how many, and what follows from it."""
    paths = {d.sha256: d.path for d in out.documents}
    counted = Counter(paths.get(u.spans[0].doc, "a document") for u in out.updates if u.as_at is None and u.spans)
    return [
        f"{path}: {n} progress update{'s' if n > 1 else ''} read but undated (no meeting's heading, cover date or date"
        " of its own was read in it): no status rests on them"
        for path, n in sorted(counted.items())
    ]
