"""The extraction cache: one pickle per document hash, file name and pipeline version, so a rebuild neither reads nor
extracts again.

The key is the document's sha256 (of its bytes), its file's name (a report that prints no publication date is dated
by it, a report naming no council is labelled by it) and `pipeline_version()` (the code and knowledge files): any
machine's entry is valid on any other with the same version, and a code or lexicon change never serves a stale item.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from findings import __version__
from findings.model import Extraction
from findings.resources import data_dir
from findings.write.files import atomic_write

_PACKAGE = Path(__file__).resolve().parent.parent


def pipeline_version() -> str:
    """Changes whenever the code or any knowledge file changes, so the cache never serves stale items."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    for path in sorted(data_dir("extract").rglob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def knowledge_version() -> str:
    """Changes whenever a file of ontology/ changes (themes, rules, shapes, queries): they decide linking, status and
    the graph, not a document's extraction, so they void the last build (its manifest), never the extraction cache."""
    digest = hashlib.sha256()
    folder = data_dir("ontology")
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """`folder`/<sha256[:32]>-<name's sha256[:8]>-<version>.pickle per document; a damaged entry is dropped and
    rebuilt, never trusted."""

    def __init__(self, folder: Path, version: str) -> None:
        self.folder = folder
        self.version = version

    def entry(self, sha256: str, rel: str) -> Path:
        name = hashlib.sha256(Path(rel).name.encode("utf-8")).hexdigest()[:8]  # the file's name, not its folder
        return self.folder / f"{sha256[:32]}-{name}-{self.version}.pickle"

    def has(self, sha256: str, rel: str) -> bool:
        return self.entry(sha256, rel).is_file()

    def load(self, sha256: str, rel: str) -> Extraction | None:
        """The cached extraction, its document recorded under `rel` (the same bytes and name may come by another
        folder)."""
        entry = self.entry(sha256, rel)
        try:
            part = pickle.loads(entry.read_bytes())
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry
            entry.unlink(missing_ok=True)
            return None
        part.documents[0].path = rel
        return part

    def store(self, part: Extraction) -> None:
        doc = part.documents[0]
        atomic_write(self.entry(doc.sha256, doc.path), pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
