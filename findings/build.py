"""The build, orchestrated: files → documents (in parallel, cached) → link → status → graph → written; nothing else."""

from __future__ import annotations

import contextlib
import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from findings.extract.dates import date_in_file_name
from findings.link.beside import link_beside
from findings.link.corpus import link_corpus
from findings.model import Extraction
from findings.parallel import Beside, TaskFailed, extract_all, read_and_extract
from findings.rdf.triples import Triples
from findings.rdf.writer import to_triples
from findings.read.walk import collect
from findings.resources import CACHE_DIR
from findings.review import CURATION, QUEUE, Decision, apply_decisions, apply_status_decisions, read_decisions
from findings.review.queue import queue_json
from findings.shacl import check_triples
from findings.status import assess_status
from findings.write import build_lock, serialise, write_graph
from findings.write.cache import ExtractionCache, knowledge_version, pipeline_version
from findings.write.files import atomic_write, sweep
from findings.write.manifest import digests_beside, inputs_key, record, reusable
from findings.write.serialise import GRAPH_FILES, write_files

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["BuildResult", "Written", "build", "build_into", "collect", "serialise", "write_graph"]
# serialise and write_graph live in findings.write; re-exported here for callers written before that stage existed


@dataclass
class BuildResult:
    extraction: Extraction
    triples: Triples  # the graph as the build holds and writes it (findings.rdf.triples)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason)
    stale: list[str] = field(default_factory=list)  # ids of reviewers' decisions that met no candidate of this build

    @property
    def graph(self) -> Graph:
        """The graph as an rdflib Graph, made on first use (the build itself never needs one)."""
        return self.triples.rdflib()


def _pictures(result: BuildResult, out_dir: Path, jobs: int) -> Beside:
    """The workshop pictures of the graph (findings.viz's standard set), drawn beside the writing and checking of
    the graph from the triples in memory when there are cores to spare, else once graph.nt is written, from it
    (pyoxigraph parses it faster than the index is made from the triples)."""
    from findings.viz import draw_standard_set, standard_set_task

    _forget_pictures(out_dir)  # an interrupted drawing leaves them missing, never stale (one that cannot be
    # removed fails the drawing, which says so)
    here = lambda: draw_standard_set(out_dir, out_dir)  # noqa: E731  (in this process: from the graph.nt just written)
    return Beside(standard_set_task(result.triples, out_dir), "the pictures", jobs, here=here)


def _forget_pictures(out_dir: Path) -> None:
    """The workshop pictures an earlier build drew into `out_dir`, removed: a build without pictures that changed the
    graph leaves none that show the graph before, so the next build with pictures draws them again."""
    from findings.viz import standard_set_files

    for path in standard_set_files(out_dir):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


class NothingRead(Exception):
    """No input could be read: nothing is written; `skipped` says why for each."""

    def __init__(self, skipped: list[tuple[str, str]]) -> None:
        super().__init__("no document could be read")
        self.skipped = skipped


@dataclass
class Input:
    """One file given to the build: its recorded path, sha256 (once known), extraction, or why it was skipped."""

    path: Path
    rel: str
    sha256: str | None = None
    part: Extraction | None = None
    skipped: str | None = None
    cached: bool = False
    copy_of: str | None = None  # the file given earlier with the same bytes: this one is read once, as that one


@dataclass
class Written:
    """What `build_into` did: the summary rows, the files skipped, the files (re)written, whether it reused the last."""

    rows: list[tuple[str, int]]
    skipped: list[tuple[str, str]]
    written: list[Path]
    reused: bool
    violations: list[str] = field(default_factory=list)  # one line each, from ontology/shapes.ttl
    pictures_failed: str | None = None  # why the pictures were not drawn (the graph files were written)
    unrecognised: list[str] = field(default_factory=list)  # files read in which no assessment or item was found
    stale: list[str] = field(default_factory=list)  # reviewers' decisions that met no candidate (BuildResult.stale)
    copies: list[tuple[str, str]] = field(default_factory=list)  # (file, the earlier file with the same bytes)
    notes: list[str] = field(default_factory=list)  # what the build left out of the graph, and why (Extraction.notes)
    empty: list[tuple[str, str, str]] = field(default_factory=list)  # (file, kind it was read as, what none was found of)
    held: object = field(default=None, repr=False, compare=False)  # the build's graph and documents, for a caller that
    # ends the process next to leave unfreed (freeing them object by object takes a few hundredths of a second)


def gather(
    paths: list[Path], cache: ExtractionCache | None, jobs: int = 1, progress: Callable[[str], None] | None = None
) -> list[Input]:
    """Every file under `paths`, in order: cache hits only hashed (not read), the rest read and extracted in `jobs`."""
    refused: list[tuple[str, str]] = []  # what the walk would not read, named with why
    inputs = [Input(path, rel) for path, rel in collect(paths, refused)]
    misses = []
    for item in inputs:
        if cache is not None:
            item.sha256 = _file_sha(item.path)
            if item.sha256 is not None and cache.has(item.sha256, item.rel):
                item.cached = True
                continue
        misses.append(item)
    with fewer_collections():
        for item, (_, outcome) in zip(misses, extract_all([(i.path, i.rel) for i in misses], jobs, progress), strict=True):
            _settle(item, outcome, cache)
    kept: dict[str, Input] = {}  # a report downloaded twice is one document, not two nodes with one IRI
    for item in inputs:
        if item.sha256 is not None and item.skipped is None:
            held = kept.setdefault(item.sha256, item)
            if _dated(item) and not _dated(held):
                kept[item.sha256] = item
    for item in inputs:
        keeper = kept.get(item.sha256) if item.sha256 is not None and item.skipped is None else None
        if keeper is not None and keeper is not item:
            item.copy_of, item.part, item.cached = keeper.rel, None, False
    return inputs + [Input(Path(rel), rel, skipped=reason) for rel, reason in refused]


def _dated(item: Input) -> bool:
    """Whether the file's name dates it: of two copies, the one kept, as some reports print their publication date
    only there (a renamed download would lose it)."""
    return date_in_file_name(Path(item.rel).name) is not None


def copies(inputs: list[Input]) -> list[tuple[str, str]]:
    """(file, the earlier file it copies) for every file given twice."""
    return [(item.rel, item.copy_of) for item in inputs if item.copy_of is not None]


def _settle(item: Input, outcome: Extraction | str, cache: ExtractionCache | None) -> None:
    if isinstance(outcome, str):
        item.skipped = outcome
        return
    item.part, item.sha256 = outcome, outcome.documents[0].sha256
    if cache is not None:
        cache.store(outcome)


def unrecognised(inputs: list[Input]) -> list[str]:
    """The files read whose extraction holds nothing: a kind of document no reader knows (a JTAI letter)."""
    items = ("assessments", "recommendations", "judgements", "kloes", "findings", "actions", "updates")
    return sorted(i.rel for i in inputs if i.part is not None and not any(getattr(i.part, name) for name in items))


_YIELDS = {"action plan": ("actions", "actions"), "progress report": ("updates", "progress updates")}


def empty_kinds(inputs: list[Input]) -> list[tuple[str, str, str]]:
    """(file, kind, what) for a file read as an action plan or a progress report in which none of what such a paper
    holds was found: its layout is one the readers do not know yet, said rather than passed over."""
    found = []
    for item in sorted((i for i in inputs if i.part is not None and i.copy_of is None), key=lambda i: i.rel):
        kinds = item.part.documents[0].kinds if item.part.documents else []
        for kind in kinds:
            attribute, what = _YIELDS.get(kind, (None, ""))
            restated = kind == "progress report" and (item.part.recommendations or item.part.judgements)
            if attribute and not getattr(item.part, attribute) and not restated:  # a paper restating the inspection's
                found.append((item.rel, kind, what))  # recommendations and grades holds no progress, and need not
    return found


def _file_sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # the reader names the reason


def _parts(inputs: list[Input], cache: ExtractionCache | None) -> list[Extraction]:
    """The extractions in input order, cache hits loaded now (a damaged entry is extracted again)."""
    for item in inputs:
        if item.cached and item.part is None and item.copy_of is None:
            item.part = cache.load(item.sha256, item.rel) if cache is not None else None
            if item.part is None:
                _settle(item, read_and_extract((item.path, item.rel))[1], cache)
    return [item.part for item in inputs if item.part is not None and item.copy_of is None]


@contextlib.contextmanager
def fewer_collections(first: int = 100_000) -> Iterator[None]:
    """Python's cyclic collector run less often while documents are read and extracted: spaCy's documents do leave
    cycles, so it still runs, but every `first` new objects rather than every 700 (about 5% of the extraction)."""
    was = gc.get_threshold()
    gc.set_threshold(first, *was[1:])
    try:
        yield
    finally:
        gc.set_threshold(*was)


@contextlib.contextmanager
def batch_memory() -> Iterator[None]:
    """Python's cyclic collector paused while a build piles up long-lived objects (it rescans the whole heap each
    time the heap grows by a quarter: a third of the RDF stages' time). Not around extraction,
    whose spaCy documents do leave cycles behind."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def curation(paths: Iterable[Path], file: Path | None = None) -> dict[str, Decision]:
    """The reviewers' decisions: those of `file` when given, else curation.json in each folder built."""
    if file is not None:
        return read_decisions(file)
    decisions: dict[str, Decision] = {}
    for root in paths:
        if root.is_dir():
            decisions.update(read_decisions(root / CURATION))
    return decisions


def assemble(
    inputs: list[Input],
    cache: ExtractionCache | None,
    base: str | None,
    decisions: dict[str, Decision] | None = None,
    jobs: int = 1,
) -> BuildResult:
    """Link, apply the reviewers' decisions, assess and turn into RDF the extractions of `inputs` (with two jobs or
    more, part of the linking on a second core: findings.link.beside)."""
    begun = None
    if jobs >= 2:
        extraction, begun = link_beside(_parts(inputs, cache), base, jobs)
    else:
        extraction = link_corpus(_parts(inputs, cache))
    used = apply_decisions(extraction, decisions or {})
    assess_status(extraction)
    used |= apply_status_decisions(extraction, decisions or {})
    skipped = [(item.rel, item.skipped) for item in inputs if item.skipped is not None]
    return BuildResult(extraction, to_triples(extraction, base, begun), skipped, sorted(set(decisions or {}) - used))


def _violations(triples: Triples) -> list[str]:
    """The report's violation lines: the shapes (findings.shacl) and the closure rules (ontology/rules/)."""
    from findings.rules import rule_store, rule_violations

    report = check_triples(triples)
    report.violations = sorted(set(report.violations) | set(rule_violations(rule_store(triples))))
    return [line for line in report.text().splitlines() if line.startswith("Violation")]


def build(
    paths: list[Path],
    cache_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
    base: str | None = None,
    jobs: int = 1,
) -> BuildResult:
    """Read and extract every file under `paths`; files that cannot be read are skipped with a reason."""
    cache = ExtractionCache(cache_dir, pipeline_version()) if cache_dir is not None else None
    decisions = curation(paths)
    inputs = gather(paths, cache, jobs, progress)
    with batch_memory():
        return assemble(inputs, cache, base, decisions, jobs)


def build_into(
    out_dir: Path,
    paths: list[Path],
    *,
    use_cache: bool = True,
    base: str | None = None,
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
    curation_path: str | None = None,
    curation_file: Path | None = None,
    pictures: bool = False,
) -> Written:
    """The build `findings build` runs: one build at a time into `out_dir`, files rewritten only when they change.

    With the cache and the same inputs as the last build into `out_dir` (and its files untouched), nothing is
    extracted, linked or written: the last summary is returned. The embedded store (`out_dir`/store) is not loaded
    here: the first query loads it when it is missing or older than graph.nt (findings.store.embedded.refresh_store).
    """
    from findings.summary import summary_rows

    cache_dir = out_dir / CACHE_DIR
    with build_lock(out_dir):
        sweep(out_dir)
        sweep(cache_dir)
        version = pipeline_version()
        cache = ExtractionCache(cache_dir, version) if use_cache else None
        decisions = curation(paths, curation_file)
        inputs = gather(paths, cache, jobs, progress)
        skipped = [(item.rel, item.skipped) for item in inputs if item.skipped is not None]
        if len(skipped) == len(inputs):  # a wrong folder must not replace a good graph with an empty one
            raise NothingRead(skipped)
        decided = sorted((d.id, d.decision, d.by, d.at, str(d.candidate.get("corrected_to", ""))) for d in decisions.values())
        key = inputs_key(
            f"{version}-{knowledge_version()}",
            base,
            [(item.rel, item.sha256) for item in inputs if item.skipped is None and item.copy_of is None]
            + [(CURATION, repr((curation_path, decided)))],
        )
        last = reusable(cache_dir, out_dir, key) if use_cache else None
        if last is not None:
            rows, stale, notes = last
            return Written(
                [(str(a), int(b)) for a, b in rows], skipped, [], True, stale=stale, copies=copies(inputs), notes=notes
            )
        with batch_memory():
            result = assemble(inputs, cache, base, decisions, jobs)
            drawn = _pictures(result, out_dir, jobs) if pictures else None
            checks = lambda: (  # noqa: E731
                _violations(result.triples),
                queue_json(result.extraction, curation_path),
                summary_rows(result),
            )
            checked: Beside[tuple[list[str], bytes, list[tuple[str, int]]]] | None = None
            try:
                checked = Beside(checks, "the checks", jobs)  # the shapes, closure rules, review queue and summary's
                # counts, beside the writing (the writing is the longer)
                turtle, ntriples = serialise(result.triples)
                hashed = digests_beside(dict(zip(GRAPH_FILES, (turtle, ntriples), strict=True)))  # for the manifest
                written = write_files(out_dir, turtle, ntriples)
                if drawn is None and written:
                    _forget_pictures(out_dir)  # pictures of the graph before (a review decision since) would mislead
                try:
                    violations, queue, rows = checked.wait()
                except TaskFailed:  # its process was lost: checked here, where a fault in the checks is raised
                    violations, queue, rows = checks()
                if atomic_write(out_dir / QUEUE, queue, only_if_changed=True):
                    written.append(out_dir / QUEUE)  # the candidates `findings review` lists
            except BaseException:
                for task in (drawn, checked):
                    if task is not None:
                        task.cancel()
                raise
        if not violations:  # a graph that breaks the shapes is never taken as the last good build
            record(cache_dir, out_dir, key, rows, GRAPH_FILES, result.stale, result.extraction.notes, hashed.result())
        done = Written(rows, skipped, written, False, violations, unrecognised=unrecognised(inputs), stale=result.stale)
        done.copies, done.notes, done.empty = copies(inputs), result.extraction.notes, empty_kinds(inputs)
        done.held = (result, inputs)
        if drawn is not None:
            try:
                done.written += drawn.wait()
            except TaskFailed as err:  # the graph stands; the pictures are drawn again by the next build
                done.pictures_failed = str(err)
        return done
