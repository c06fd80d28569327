"""Read and extract documents in a pool of processes: extraction is per document, so it scales with the cores.

Results come back in the order the documents were given, so the graph is byte-identical whatever the number of jobs.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from findings.model import Extraction

Outcome = tuple[str, Extraction | str]  # (rel, the extraction, or the one-line reason it was skipped)


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def read_and_extract(item: tuple[Path, str]) -> Outcome:
    """One file → its extraction, or the reason it could not be read."""
    from findings.build import extract_document
    from findings.read import ReadError, read_document

    path, rel = item
    try:
        doc = read_document(path, rel)
    except ReadError as err:
        return rel, str(err)
    except OSError as err:
        return rel, err.strerror or str(err)
    return rel, extract_document(doc)


def extract_all(items: Sequence[tuple[Path, str]], jobs: int, progress: Callable[[str], None] | None = None) -> Iterator[Outcome]:
    """`read_and_extract` over `items`, in their order; in this process when one job (or one item) is enough."""
    jobs = max(1, min(jobs, len(items)))
    if jobs == 1:
        for item in items:
            if progress:
                progress(item[1])
            yield read_and_extract(item)
        return
    context = _context()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for outcome in pool.map(read_and_extract, items, chunksize=1):
            if progress:
                progress(outcome[0])
            yield outcome


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (no fork of a process with threads; the server imports the extractors once)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["findings.build"])
        return context
    return multiprocessing.get_context("spawn")
