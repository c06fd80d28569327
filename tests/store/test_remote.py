"""A real Oxigraph server: push the graph, read the same count back, query it through the remote backend.

A stub Graph Store (in process) shows what push does on refusal, errors and transient failures.
"""

from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from findings.cli import cli
from findings.rdf.iris import DEFAULT_BASE
from findings.store import open_store
from tests.store.conftest import QUERIES, oxigraph_binary, triples_in

GRAPH_IRI = DEFAULT_BASE + "graph"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`oxigraph serve` on a free loopback port; its address. Stopped after the module."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install -e '.[test]' installs it)")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("oxigraph serve did not start within 20 s")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_push_then_read_the_same_count_back(oxigraph, graph_dir):
    expected = triples_in(graph_dir / "graph.nt")
    for _ in range(2):  # the second push replaces the graph, it does not add to it
        result = CliRunner().invoke(cli, ["push", str(graph_dir), "--store", oxigraph])
        assert result.exit_code == 0, result.output
        assert f"pushed {expected} triples" in result.stderr
        with open_store(oxigraph + "/query") as store:
            assert store.count(GRAPH_IRI) == expected
    other = CliRunner().invoke(cli, ["push", str(graph_dir), "--store", oxigraph + "/store", "--graph", "http://x.org/g"])
    assert other.exit_code == 0
    with open_store(oxigraph) as store:
        assert store.count("http://x.org/g") == expected


def test_the_remote_backend_answers_like_the_embedded_one(oxigraph, graph_dir, tmp_path):
    shutil.copy(graph_dir / "graph.nt", tmp_path / "graph.nt")
    with urllib.request.urlopen(
        urllib.request.Request(
            f"{oxigraph}/store?default",
            data=(tmp_path / "graph.nt").read_bytes(),
            method="PUT",
            headers={"Content-Type": "application/n-triples"},
        ),
        timeout=30,
    ):
        pass
    text = (QUERIES / "actions-due.rq").read_text(encoding="utf-8")
    with open_store(oxigraph) as remote, open_store(tmp_path) as embedded:
        for params in ({}, {"asOf": "2019-02-11"}):
            assert remote.select(text, params) == embedded.select(text, params)
        assert remote.ask("ASK { ?a a fo:Action }") is True
        leads = "CONSTRUCT WHERE { ?a fo:lead ?l }"
        assert set(Graph().parse(data=remote.construct(leads))) == set(Graph().parse(data=embedded.construct(leads)))


class Stub(BaseHTTPRequestHandler):
    """A Graph Store that answers from a script of statuses and records what it was sent."""

    script: list[int] = []
    seen: list[tuple[str, str | None, int]] = []

    def do_PUT(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Stub.seen.append((self.path, self.headers.get("Authorization"), len(body)))
        status = Stub.script.pop(0) if Stub.script else 204
        self.send_response(status)
        message = b"" if status < 400 else b"no entry\nsecond line"
        self.send_header("Content-Length", str(len(message)))
        self.end_headers()
        self.wfile.write(message)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def stub() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    Stub.script, Stub.seen = [], []
    yield f"http://127.0.0.1:{server.server_address[1]}/ds/data"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def push(folder: Path, url: str, *args: str, env: dict[str, str] | None = None):
    return CliRunner(env=env).invoke(cli, ["push", str(folder), "--store", url, *args])


def test_basic_auth_from_an_environment_variable(stub, graph_dir):
    result = push(graph_dir, stub, "--user", "qa", "--password-env", "FINDINGS_PW", env={"FINDINGS_PW": "s3cret"})
    assert result.exit_code == 0
    path, auth, size = Stub.seen[0]
    assert path == "/ds/data?graph=https%3A%2F%2Fw3id.org%2Ffindings%2Fid%2Fgraph"
    assert auth == "Basic " + base64.b64encode(b"qa:s3cret").decode() and size == (graph_dir / "graph.nt").stat().st_size
    unset = push(graph_dir, stub, "--user", "qa", "--password-env", "FINDINGS_NO_SUCH_VAR")
    assert unset.exit_code == 2 and "FINDINGS_NO_SUCH_VAR is not set" in unset.stderr


def test_transient_failures_are_retried(stub, graph_dir):
    Stub.script = [503, 502]
    result = push(graph_dir, stub)
    assert result.exit_code == 0 and len(Stub.seen) == 3


def test_a_refusal_is_one_line_and_not_retried(stub, graph_dir):
    Stub.script = [401]
    result = push(graph_dir, stub)
    assert result.exit_code == 1 and len(Stub.seen) == 1
    assert (
        result.stderr
        == f"Error: {stub}?graph=https%3A%2F%2Fw3id.org%2Ffindings%2Fid%2Fgraph answered 401 Unauthorized: no entry\n"
    )


def test_an_unreachable_store_is_one_line(graph_dir):
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    result = push(graph_dir, url, "--retries", "1")
    assert result.exit_code == 1 and time.monotonic() - started < 10
    assert result.stderr.startswith(f"Error: could not reach {url}/store?graph=") and result.stderr.endswith("(after 2 tries)\n")
    assert result.stderr.count("\n") == 1


def test_no_graph_to_push(tmp_path):
    result = push(tmp_path, "http://127.0.0.1:9")
    assert result.exit_code == 1 and "run 'findings build' first" in result.stderr
