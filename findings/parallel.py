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
    from findings.extract.document import extract_document
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
        context.set_forkserver_preload(["findings.extract.document"])
        return context
    return multiprocessing.get_context("spawn")


def beside(tasks: Sequence[Callable[[], list[Path]]], jobs: int) -> Callable[[], list[Path]]:
    """Start `tasks` in forked processes, which see this process's data without copying it, and return the call that
    waits for them and gives their results joined in order: the build's pictures drawn while it writes and checks
    its graph. With one job, or no fork on this system, the tasks run in this process when that call is made."""
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return lambda: [path for task in tasks for path in task()]
    context = multiprocessing.get_context("fork")
    started = []
    for task in tasks:
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_run_and_send, args=(task, send), daemon=True)
        child.start()
        send.close()
        started.append((child, receive))

    def wait() -> list[Path]:
        results: list[Path] = []
        failures = []
        for child, receive in started:
            try:
                ok, value = receive.recv()
            except EOFError:
                ok, value = False, f"the process ended with code {child.exitcode}"
            child.join()
            if ok:
                results += [Path(p) for p in value]
            else:
                failures.append(value)
        if failures:
            raise RuntimeError("; ".join(failures))
        return results

    return wait


def _run_and_send(task: Callable[[], list[Path]], send) -> None:
    try:
        result = (True, [str(path) for path in task()])
    except Exception as err:  # reported to the parent, which raises it
        result = (False, f"{type(err).__name__}: {err}")
    send.send(result)
    send.close()
