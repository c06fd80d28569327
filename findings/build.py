"""The build: files → documents → extraction → graph written atomically; unreadable files are reported, not fatal."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from findings import __version__
from findings.extract.minutes import extract_minutes
from findings.extract.peer_review import extract_peer_review
from findings.extract.plan import extract_plan
from findings.extract.progress_report import extract_progress_report
from findings.extract.report import extract_report
from findings.extract.summary_list import extract_summary_lists
from findings.extract.table_plan import extract_table_plan
from findings.extract.tracker_sheet import extract_tracker
from findings.link.corpus import link_corpus
from findings.model import Document, Extraction
from findings.rdf.writer import to_graph
from findings.read import ReadError, read_document
from findings.read.walk import collect
from findings.resources import data_dir
from findings.review import CURATION, apply_decisions, read_decisions
from findings.status import assess_status


@dataclass
class BuildResult:
    extraction: Extraction
    graph: Graph
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason)


def _extractor_version() -> str:
    """Changes whenever the code or any knowledge file changes, so the cache never serves stale items."""
    digest = hashlib.sha256(__version__.encode())
    code = Path(__file__).resolve().parent  # the extractors themselves: a code change must never be served stale
    for path in sorted(code.rglob("*.py")):
        digest.update(path.relative_to(code).as_posix().encode())
        digest.update(path.read_bytes())
    for path in sorted(data_dir("extract").rglob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def extract_document(doc: Document) -> Extraction:
    """Everything one document yields, and which kinds of paper it holds (an agenda pack holds several)."""
    part = Extraction(documents=[doc])
    kinds: list[str] = []
    if extract_report(doc, part):
        kinds.append("inspection report")
    elif extract_tracker(doc, part):  # a tracker this tool wrote, edited: only the edits are read
        kinds.append("tracker")
    else:
        steps = (
            ("action plan", extract_plan), ("action plan", extract_table_plan), ("progress report", extract_progress_report),
            ("progress report", extract_summary_lists), ("minutes", extract_minutes), ("peer review", extract_peer_review),
        )
        for kind, step in steps:
            if step(doc, part):
                kinds.append(kind)
    doc.kinds = sorted(set(kinds))
    return part


def build(
    paths: list[Path],
    cache_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
    base: str | None = None,
) -> BuildResult:
    """Read and extract every file under `paths`; files that cannot be read are skipped with a reason."""
    version = _extractor_version()
    parts: list[Extraction] = []
    skipped: list[tuple[str, str]] = []
    for path, rel in collect(paths, skipped):
        if progress:
            progress(rel)
        try:
            doc = read_document(path, rel)
        except ReadError as err:
            skipped.append((rel, str(err)))
            continue
        except OSError as err:
            skipped.append((rel, err.strerror or str(err)))
            continue
        parts.append(_cached(doc, cache_dir, version))
    extraction = link_corpus(parts)
    apply_decisions(extraction, curation(paths))
    assess_status(extraction)
    return BuildResult(extraction, to_graph(extraction, base), skipped)


def curation(paths: Iterable[Path]) -> dict:
    """The reviewers' decisions kept beside the corpus: curation.json in each folder built."""
    decisions: dict = {}
    for root in paths:
        if root.is_dir():
            decisions.update(read_decisions(root / CURATION))
    return decisions


def _cached(doc: Document, cache_dir: Path | None, version: str) -> Extraction:
    if cache_dir is None:
        return extract_document(doc)
    entry = cache_dir / f"{doc.sha256[:32]}-{version}.pickle"
    if entry.exists():
        try:
            part = pickle.loads(entry.read_bytes())
            part.documents[0].path = doc.path  # the same bytes may be given by another path
            return part
        except Exception:  # a damaged cache entry is rebuilt, never trusted
            entry.unlink(missing_ok=True)
    part = extract_document(doc)
    cache_dir.mkdir(parents=True, exist_ok=True)
    _atomic_write(entry, pickle.dumps(part))
    return part


def _atomic_write(target: Path, data: bytes) -> None:
    """Write to a temporary file beside `target`, then rename over it: readers never see half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def serialise(graph: Graph) -> tuple[bytes, bytes]:
    """(Turtle, sorted N-Triples): both byte-identical for the same graph."""
    turtle = graph.serialize(format="turtle").encode("utf-8")
    lines = sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())
    return turtle, ("\n".join(lines) + "\n").encode("utf-8")


def write_graph(graph: Graph, out_dir: Path) -> list[Path]:
    """Write graph.ttl and graph.nt atomically into `out_dir`."""
    turtle, ntriples = serialise(graph)
    written = []
    for name, data in (("graph.ttl", turtle), ("graph.nt", ntriples)):
        _atomic_write(out_dir / name, data)
        written.append(out_dir / name)
    return written
