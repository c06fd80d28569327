"""What the last build into a folder was made from, so a rebuild from the same inputs can stop before linking.

The key is a hash of the pipeline version, the base IRI and every document read (its recorded path and sha256), in
order. The manifest also holds the sha256 of each file the build wrote: a file changed or removed since then voids it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from findings.resources import vocabulary_version
from findings.write.files import atomic_write

NAME = "manifest.json"


def inputs_key(version: str, base: str | None, documents: Iterable[tuple[str, str]]) -> str:
    """One hash for (pipeline version, base IRI, [(recorded path, sha256) …])."""
    digest = hashlib.sha256(json.dumps([version, base or ""]).encode())
    for rel, sha in documents:
        digest.update(json.dumps([rel, sha]).encode())
    return digest.hexdigest()


def digests_beside(files: dict[str, bytes]) -> Future[dict[str, str]]:
    """Each file's sha256 from the bytes about to be written, hashed in a thread while the caller writes them: writing
    mostly waits on the disk (fsync), and hashlib lets go of the GIL over large data (0.04 s for the Ofsted graph's
    two files, which `record` otherwise read back and hashed after writing)."""
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(lambda: {name: hashlib.sha256(data).hexdigest() for name, data in files.items()})
    finally:
        pool.shutdown(wait=False)  # the thread ends with its one task


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
    digests: dict[str, str] | None = None,
) -> None:
    """Remember this build's key, summary, output files, the reviewers' decisions it could not apply and what it left
    out of the graph (said again by a rebuild that reuses it). `digests`: the files' sha256 when the caller has them
    (`digests_beside`); else each file is read back and hashed."""
    manifest = {
        "key": key,
        "summary": [list(row) for row in summary],
        "outputs": {name: (digests or {}).get(name) or _file_sha(out_dir / name) for name in sorted(names)},
        "stale": sorted(stale),
        "notes": list(notes),
        "vocabulary": vocabulary_version(),  # what the answers check the graph against (recorded_vocabulary)
    }
    atomic_write(cache_dir / NAME, (json.dumps(manifest, indent=1) + "\n").encode("utf-8"), durable=False)


def recorded_vocabulary(cache_dir: Path) -> str | None:
    """The vocabulary version the last build into this folder wrote its graph against: '' when its manifest is older
    than the record (built before graphs said so), None when there is no manifest (a graph copied, not built here)."""
    try:
        manifest = json.loads((cache_dir / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return str(manifest.get("vocabulary") or "") if isinstance(manifest, dict) else None
