"""Worker processes that answer queries, each with a deadline: a query past it is stopped by ending its process."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from pathlib import Path

from findings.serve.results import Answer

TEXT = "text/plain; charset=utf-8"


class Worker:
    """One `python -m findings.serve.worker STORE` process and the pipe to it."""

    def __init__(self, store_dir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "findings.serve.worker", str(store_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,
        )
        self.killed = threading.Event()

    def kill(self) -> None:
        self.killed.set()
        self.proc.kill()

    def exchange(self, request: dict) -> Answer:
        """Send one request and read its answer; EOFError when the process ended first."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        try:
            self.proc.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            raise EOFError("worker gone") from None
        line = self.proc.stdout.readline()
        if not line:
            raise EOFError("worker gone")
        header = json.loads(line)
        body = self.proc.stdout.read(header["length"]) if header["length"] else b""
        if len(body) != header["length"]:
            raise EOFError("worker gone")
        return Answer(header["status"], header["type"], body, header["truncated"])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


class WorkerPool:
    """`size` workers over one read-only store; a request waits at most `timeout` for a worker and for its answer."""

    def __init__(self, store_dir: Path, size: int = 2, timeout: float = 30.0, limit: int = 10_000) -> None:
        self.store_dir, self.timeout, self.limit = store_dir, timeout, limit
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.all: list[Worker] = []
        self.lock = threading.Lock()
        for _ in range(max(1, size)):
            self._start()

    def _start(self) -> None:
        worker = Worker(self.store_dir)
        with self.lock:
            self.all.append(worker)
        self.idle.put(worker)

    def _retire(self, worker: Worker) -> None:
        worker.stop()
        with self.lock:
            if worker in self.all:
                self.all.remove(worker)

    def run(self, query: str, params: dict[str, str] | None = None, accept: str = "") -> Answer:
        """The answer, or 503 when no worker was free in time or the query passed the deadline."""
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer(503, TEXT, f"the server is busy: no worker free within {self.timeout:g} s".encode())
        timer = threading.Timer(self.timeout, worker.kill)
        timer.daemon = True
        timer.start()
        request = {"query": query, "params": params or {}, "accept": accept, "limit": self.limit}
        try:
            reply = worker.exchange(request)
        except EOFError:
            reply = None
        finally:
            timer.cancel()
            timer.join()
        if reply is not None and not worker.killed.is_set():
            self.idle.put(worker)
            return reply
        self._retire(worker)
        self._start()
        if reply is not None:
            return reply
        if worker.killed.is_set():
            return Answer(503, TEXT, f"query stopped: it ran longer than the server's timeout of {self.timeout:g} s".encode())
        return Answer(500, TEXT, b"the query worker ended unexpectedly")

    def close(self) -> None:
        with self.lock:
            workers, self.all = list(self.all), []
        for worker in workers:
            worker.stop()
