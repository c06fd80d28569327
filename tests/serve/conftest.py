"""One `findings serve` process for the serve tests, on a free loopback port."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store.conftest import QUERIES, graph_dir  # noqa: F401  (the shared built graph)

TIMEOUT = 2  # the server's --timeout: the slow query in the tests must be stopped by it
LIMIT = 50


@pytest.fixture(scope="session")
def server(graph_dir: Path) -> Iterator[str]:  # noqa: F811
    """`python -m findings serve DIR --port 0` in its own process; its base URL. Stopped (and its workers) at the end."""
    command = [
        sys.executable,
        "-m",
        "findings",
        "serve",
        str(graph_dir),
        "--port",
        "0",
        "--timeout",
        str(TIMEOUT),
        "--limit",
        str(LIMIT),
        "--queries",
        str(QUERIES),
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        deadline = time.monotonic() + 30
        line = ""
        while time.monotonic() < deadline and proc.poll() is None:
            line = proc.stderr.readline()
            if "serving" in line:
                break
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, f"findings serve did not start: {line!r}"
        # keep reading its log (a line a request): a pipe nobody empties fills up and stalls the server
        threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()
        yield f"http://127.0.0.1:{match.group(1)}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stderr is not None:
            proc.stderr.close()
