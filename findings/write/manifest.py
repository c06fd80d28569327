"""What the last build into a folder was made from, so a rebuild from the same inputs can stop before linking.

The key is a hash of the pipeline version, the base IRI and every document read (its recorded path and sha256), in
order. The manifest also holds the sha256 of each file the build wrote: a file changed or removed since then voids it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from findings.write.files import atomic_write

NAME = "manifest.json"


def inputs_key(version: str, base: str | None, documents: Iterable[tuple[str, str]]) -> str:
    """One hash for (pipeline version, base IRI, [(recorded path, sha256) …])."""
    digest = hashlib.sha256(json.dumps([version, base or ""]).encode())
    for rel, sha in documents:
        digest.update(json.dumps([rel, sha]).encode())
    return digest.hexdigest()


def _file_sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def reusable(cache_dir: Path, out_dir: Path, key: str) -> tuple[list[list], list[str], list[str]] | None:
    """The summary rows of the last build, the reviewers' decisions it could not apply and what it left out of the
    graph, when it had this key and its files are still as it wrote them, else None."""
    try:
        manifest = json.loads((cache_dir / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("key") != key:
        return None
    outputs = manifest.get("outputs") or {}
    if not outputs or any(_file_sha(out_dir / name) != sha for name, sha in outputs.items()):
        return None
    stale, notes = manifest.get("stale"), manifest.get("notes")
    return (
        manifest.get("summary"),
        [str(i) for i in stale] if isinstance(stale, list) else [],
        [str(i) for i in notes] if isinstance(notes, list) else [],
    )


def record(
    cache_dir: Path,
    out_dir: Path,
    key: str,
    summary: list[tuple[str, int]],
    names: Iterable[str],
    stale: Iterable[str] = (),
    notes: Iterable[str] = (),
) -> None:
    """Remember this build's key, summary, output files, the reviewers' decisions it could not apply and what it left
    out of the graph (said again by a rebuild that reuses it)."""
    manifest = {
        "key": key,
        "summary": [list(row) for row in summary],
        "outputs": {name: _file_sha(out_dir / name) for name in sorted(names)},
        "stale": sorted(stale),
        "notes": list(notes),
    }
    atomic_write(cache_dir / NAME, (json.dumps(manifest, indent=1) + "\n").encode("utf-8"), durable=False)
