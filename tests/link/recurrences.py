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
