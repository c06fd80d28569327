"""Read and extract documents in a pool of processes: extraction is per document, so it scales with the cores.

Results come back in the order the documents were given, so the graph is byte-identical whatever the number of jobs.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Generic, TypeVar

from findings.model import Document, Extraction

DEBUG = "FINDINGS_DEBUG"  # set by `findings --debug`: a fault extracting one paper is raised, not skipped
Outcome = tuple[str, Extraction | str]  # (rel, the extraction, or the one-line reason it was skipped)
T = TypeVar("T")


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def read_and_extract(item: tuple[Path, str]) -> Outcome:
    """One file → its extraction, or the reason it could not be read."""
    read = read_only(item)
    return read if isinstance(read[1], str) else extract_read(read)


def read_only(item: tuple[Path, str]) -> tuple[str, Document | str]:
    """One file → its text (no spaCy needed), or the reason it could not be read."""
    from findings.read import ReadError, read_document

    path, rel = item
    try:
        return rel, read_document(path, rel)
    except ReadError as err:
        return rel, str(err)
    except OSError as err:
        return rel, err.strerror or str(err)


def extract_read(read: tuple[str, Document]) -> Outcome:
    """A document already read → its extraction."""
    from findings.extract.document import extract_document

    rel, doc = read
    try:
        return rel, extract_document(doc)
    except Exception as err:  # a fault of the tool's on one paper loses that paper, not the build (the project's own
        if os.environ.get(DEBUG) or type(err).__module__.startswith("findings."):  # errors, a broken pattern file,
            raise  # are every paper's and say so themselves)
        return rel, f"the tool failed on it ({type(err).__name__}: {err}); please report it (--debug shows where)"


def _ready() -> bool:
    return True


class _Early:
    """The files this process read while the workers' server started, and their outcomes once handed over: the thread
    that starts the workers hands them over the moment they are up, not when this process ends the read under way."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.read: list[tuple[str, Document | str]] = []
        self.ready = False
        self.pending: list[Future | Outcome] = []
        self.failed: list[BaseException] = []

    def keep(self, read: tuple[str, Document | str]) -> bool:
        """Keep a file read before the workers were up (True); once they are, the caller submits it itself."""
        with self.lock:
            if not self.ready:
                self.read.append(read)
            return not self.ready

    def reading(self, total: int) -> bool:
        """Whether to read another file: the workers are not up yet and some file is still unread."""
        with self.lock:
            return not self.ready and len(self.read) < total


def _start(pool: ProcessPoolExecutor, early: _Early) -> None:
    """Start the pool's workers (in a thread: it waits for the forkserver), then give them the files read meanwhile;
    a failure is the caller's to raise. Ctrl-C is blocked in this thread, so the forkserver it starts (and the workers
    it forks) inherit the block: the build's own thread takes Ctrl-C and stops the pool, and no half-started server
    prints a traceback."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool.submit(_ready)
        with early.lock:
            early.ready = True
            handed = list(early.read)
        early.pending += [_submitted(pool, read) for read in handed]
    except BaseException as err:  # noqa: BLE001  (handed to the thread that raises it)
        early.failed.append(err)
        with early.lock:
            early.ready = True  # no more reading: the caller raises it


def _submitted(pool: ProcessPoolExecutor, read: tuple[str, Document | str]) -> Future | Outcome:
    """A file read here, given to the workers to extract (or its reason, when it could not be read)."""
    return read if isinstance(read[1], str) else pool.submit(extract_read, read)


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
    start_server(jobs)  # here, before any thread: started by the pool instead, it would import from this folder
    order = largest_first(items)  # handed out largest first, so that no worker is left alone with a long report at
    given = [items[i] for i in order]  # the end; the outcomes are still yielded in the order of `items`
    with _ending_unwaited(ProcessPoolExecutor(max_workers=jobs, mp_context=context)) as pool:
        # Starting the workers waits for the forkserver to import the extractors (about a second): a thread waits
        # for that while this one reads the first files, which the thread gives the workers as soon as they are up.
        early = _Early()
        starter = threading.Thread(target=_start, args=(pool, early), daemon=True)
        starter.start()
        late = None  # the file this process was reading when the workers came up
        while early.reading(len(given)):
            read = read_only(given[len(early.read)])
            if not early.keep(read):
                late = read
        starter.join()
        if early.failed:
            raise _unstarted(early.failed[0])
        pending = early.pending + ([_submitted(pool, late)] if late is not None else [])
        pending += [pool.submit(read_and_extract, item) for item in given[len(pending) :]]
        at = {i: k for k, i in enumerate(order)}  # where each item of `items` was given
        for entry in (pending[at[i]] for i in range(len(items))):
            outcome = entry.result() if isinstance(entry, Future) else entry
            if progress:
                progress(outcome[0])
            yield outcome


@contextlib.contextmanager
def _ending_unwaited(pool: ProcessPoolExecutor) -> Iterator[ProcessPoolExecutor]:
    """The pool, shut down at the end: once every outcome is in, without waiting for its idle workers to end (their
    ending, a few hundredths of a second, is the executor's own thread's to wait for, beside the link stage); after a
    failure or Ctrl-C, waiting for them, as the executor's own `with` does."""
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=True)
        raise
    pool.shutdown(wait=False)


def start_server(jobs: int) -> None:
    """Start the workers' server now, before the build's own imports: its process imports spaCy and the extractors
    (about a second of CPU) on another core meanwhile, and the pool that `extract_all` starts later finds it
    running. Only the server's process is started here (no thread); Ctrl-C is blocked while it starts, as in `_start`."""
    if jobs < 2 or _context().get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    masked = hasattr(signal, "pthread_sigmask")
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if masked else None
    try:
        with _beside_the_package():
            forkserver.ensure_running()
    finally:
        if masked:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)


@contextlib.contextmanager
def _beside_the_package() -> Iterator[None]:
    """In the folder that holds this package while the workers' server starts: Python runs the server with `-c`, so
    it imports the extractors first from the folder it starts in, and a `findings` folder there (another checkout,
    a folder of papers with that name) would be what the workers ran. The workers go back to this process's folder
    (multiprocessing's preparation data), so paths given relative to it still hold."""
    here = os.getcwd()
    os.chdir(Path(__file__).resolve().parent.parent)
    try:
        yield
    finally:
        os.chdir(here)


def largest_first(items: Sequence[tuple[Path, str]]) -> list[int]:
    """The positions of `items`, their files largest first (bytes on disk, the nearest guess at the work a file is;
    one that cannot be read counts as empty); files of one size in the order given."""
    sizes = []
    for path, _ in items:
        try:
            sizes.append(path.stat().st_size)
        except OSError:
            sizes.append(0)
    return sorted(range(len(items)), key=lambda i: -sizes[i])


class WorkersFailed(Exception):
    """The extraction workers could not be started: their server ended before it forked them, or no process could
    be made. Said in one line (not click's bare 'Aborted.', which an EOFError from the server's socket would give)."""


def _unstarted(err: BaseException) -> BaseException:
    """What the build raises when starting the workers failed with `err`."""
    if isinstance(err, EOFError | OSError | BrokenProcessPool):
        reason = "their server ended before it started them" if isinstance(err, EOFError) else f"{type(err).__name__}: {err}"
        failed = WorkersFailed(f"the extraction workers could not be started ({reason}); --jobs 1 extracts without them")
        failed.__cause__ = err
        return failed
    return err


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (no fork of a process with threads; the server imports the extractors once)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["findings.extract.warm", "findings.quick_end"])  # the server, its end quick
        return context
    return multiprocessing.get_context("spawn")


class TaskFailed(Exception):
    """A task run beside the build failed: what it was, and why."""


class Beside(Generic[T]):
    """A task (the build's pictures, its checks) run in a forked process, which sees this process's data without
    copying it, while this one goes on (writes the graph); `wait` gives its result (any value that pickles),
    `cancel` stops it. Where there is no safe fork (one job, or not Linux), or the fork fails, `here` (by default
    the task itself) runs in this process when `wait` is called, by when this process may have made what makes it
    cheaper."""

    def __init__(self, task: Callable[[], T], name: str, jobs: int, here: Callable[[], T] | None = None) -> None:
        self.task, self.name, self.here = task, name, here or task
        self.child: multiprocessing.process.BaseProcess | None = None
        if jobs < 2 or not sys.platform.startswith("linux"):
            return
        context = multiprocessing.get_context("fork")
        self.receive, send = context.Pipe(duplex=False)
        try:
            self.child = context.Process(target=_run_and_send, args=(task, send, os.getpid()), daemon=True)
            self.child.start()
        except OSError:  # no process to spare: the task runs here instead
            self.child = None
            self.receive.close()
        send.close()
        if self.child is not None and not self.receive.poll(5):  # set up (locks let go, tied to this process)?
            self.cancel()
            self.child = None

    def wait(self) -> T:
        """The task's result, once it is done; TaskFailed if it failed (the build's own files are kept)."""
        if self.child is None:
            try:
                return self.here()
            except Exception as err:
                raise TaskFailed(f"{self.name}: {type(err).__name__}: {err}") from err
        try:
            try:
                self.receive.recv()  # the child's word that it is set up
                while not self.receive.poll(1.0):  # a child gone without closing its end (its own child holds it)
                    if not self.child.is_alive() and not self.receive.poll(0):  # what it sent as it ended is read
                        raise EOFError
                ok, value = self.receive.recv()
            except EOFError:
                self.child.join(5)
                ok, value = False, f"its process ended with code {self.child.exitcode}"
            self.child.join()
        except BaseException:  # Ctrl-C while waiting: the child goes too
            self.cancel()
            raise
        if not ok:
            raise TaskFailed(f"{self.name}: {value}")
        return value

    def cancel(self) -> None:
        """Stop the task (the build failed or was interrupted before it waited)."""
        if self.child is not None and self.child.is_alive():
            self.child.terminate()
            self.child.join(5)


def _run_and_send(task: Callable[[], object], send, parent: int) -> None:
    """In the forked child: Ctrl-C is the parent's to handle, no stream the parent's threads may have held is
    touched, and the child ends with its parent (Linux); the result or the reason it failed goes back."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  (the child's for its life)
    _end_with(parent)
    send.send(None)  # set up: the parent goes on
    try:
        result = (True, task())
    except Exception as err:  # reported to the parent, which says so
        result = (False, f"{type(err).__name__}: {err}")
    send.send(result)
    send.close()


def _end_with(parent: int) -> None:
    """Ask Linux to end this process when its parent ends (prctl PR_SET_PDEATHSIG), and end now if it already has."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)
