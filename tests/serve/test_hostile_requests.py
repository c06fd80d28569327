"""Hostile requests to `findings serve`, sent as raw bytes: each gets a short plain answer (never a stack trace, never
a file from outside the server's own), and the server answers ordinary queries afterwards."""

from __future__ import annotations

import json
import re
import socket
import urllib.parse

import pytest

from findings.serve.app import MAX_BODY
from tests.conftest import ROOT
from tests.serve.test_serve import fetch, get
from tests.store.conftest import graph_dir  # noqa: F401  (the shared built graph)

TRACE = re.compile(rb'Traceback|File "|line \d+, in ')
SECRETS = (b"root:x:0:0", b"[build-system]", b"def make_server")  # /etc/passwd, pyproject.toml, a module's source


def raw(server: str, request: bytes, timeout: float = 30) -> tuple[int, bytes]:
    """Send `request` as it is; (status, whole answer) — status 0 when the server closed without one."""
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as conn:
        conn.sendall(request.replace(b"HOST", f"{host}:{port}".encode()))
        chunks = []
        while True:
            try:
                chunk = conn.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    answer = b"".join(chunks)
    match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    return (int(match.group(1)) if match else 0), answer


def assert_plain(answer: bytes) -> None:
    assert not TRACE.search(answer), answer[:500]
    assert not any(secret in answer for secret in SECRETS), answer[:500]


TRAVERSALS = [
    "/static/../../../../etc/passwd",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2f..%2f..%2fpyproject.toml",
    "/static/%2E%2E%5C%2E%2E%5Cpyproject.toml",
    "/static//etc/passwd",
    "//etc/passwd",
    "/../pyproject.toml",
    "/item/../../../../etc/passwd",
    "/item/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/item/..%2f..%2f..%2fpyproject.toml",
    "/item?iri=file:///etc/passwd",
    "/item?iri=" + urllib.parse.quote("file://" + str(ROOT / "pyproject.toml")),
    "/item/x%3E%20%3Fp%20%3Fo%20%7D%20%23",  # '> ?p ?o } #': an attempt to break out of the IRI into the query
    "/ontology.ttl/../../pyproject.toml",
    "/static/app.css%00.html",
    "/queries.json/../../../../findings/serve/app.py",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_nothing_is_served_from_outside_the_server(server, path):
    status, answer = raw(server, f"GET {path} HTTP/1.1\r\nHost: HOST\r\nConnection: close\r\n\r\n".encode())
    assert status in (200, 400, 404), answer[:300]
    assert_plain(answer)
    if status == 200:  # only what the server makes itself: the query page, an asset, or an item page saying nothing
        assert b"text/html" in answer.split(b"\r\n\r\n")[0] or b"text/" in answer.split(b"\r\n\r\n")[0]


@pytest.mark.parametrize(
    "request_bytes, statuses",
    [
        (b"POST /sparql HTTP/1.1\r\nHost: HOST\r\nContent-Length: %d\r\n\r\n" % (MAX_BODY + 1), {413}),
        (b"POST /sparql HTTP/1.1\r\nHost: HOST\r\nContent-Length: 12abc\r\n\r\nquery=ASK{}", {400}),
        (b"POST /sparql HTTP/1.1\r\nHost: HOST\r\nContent-Length: -5\r\n\r\nquery=ASK{}", {400}),
        (b"POST /sparql HTTP/1.1\r\nHost: HOST\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nabc", {415}),
        (b"GET /sparql?query=%ff%fe%00 HTTP/1.1\r\nHost: HOST\r\n\r\n", {400}),
        (b"GET /sparql?query=ASK%7B%7D&format=exe HTTP/1.1\r\nHost: HOST\r\n\r\n", {400}),
        (b"GET /sparql?query=ASK%7B%7D&%24x=%3C HTTP/1.1\r\nHost: HOST\r\n\r\n", {200, 400}),
        (b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: HOST\r\nAccept: ;;;q=x,*/*;q=\r\n\r\n", {200, 406}),
        (b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: HOST\r\nAccept: image/png\r\n\r\n", {406}),
        (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: HOST\r\n\r\n", {414}),
        (b"GET / HTTP/1.1\r\nHost: HOST\r\n" + b"X-A: b\r\n" * 200 + b"\r\n", {431}),
        (b"NOT A REQUEST\r\n\r\n", {0, 400}),  # HTTP/0.9-style: the reason without a status line
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(64)) + b"\r\n\r\n", {0, 400}),  # TLS to plain HTTP
        (b"BREW /sparql HTTP/1.1\r\nHost: HOST\r\n\r\n", {501}),
        (b"DELETE /sparql HTTP/1.1\r\nHost: HOST\r\n\r\n", {403}),
    ],
)
def test_malformed_and_oversized_requests_get_a_short_plain_answer(server, request_bytes, statuses):
    status, answer = raw(server, request_bytes)
    assert status in statuses, answer[:300]
    assert_plain(answer)
    assert len(answer) < 4096  # a reason, not a dump


def test_every_answer_to_a_broken_query_is_plain(server):
    for query in (
        "SELECT * WHERE { ?s ?p ?o } GROUP BY ?nothing ORDER BY",
        "SELECT (1/0 AS ?x) {}",
        "ASK { <a:b> <c:d> ?o . FILTER(REGEX(?o, '('))}",
        "DESCRIBE <x:" + "a" * 5000 + ">",
        "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    ):
        status, _, body = get(server, query)
        assert status in (200, 400, 500), (query, body[:300])
        assert_plain(body)
    assert json.loads(get(server, "ASK { ?a a fo:Action }")[2])["boolean"] is True  # and it goes on serving


def test_a_client_that_stops_mid_body_does_not_stop_the_server(server):
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(f"POST /sparql HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Length: 5000\r\n\r\nquery=".encode())
        # ... and goes away without sending the rest
    status, _, body = fetch(server + "/queries.json")
    assert status == 200 and json.loads(body)["queries"]


def test_a_failure_inside_the_server_is_a_one_line_500(graph_dir, monkeypatch, capfd):  # noqa: F811
    """A bug in a page (injected here) answers 500 with one line and logs one line: no traceback either side."""
    import threading

    import findings.serve.app as app
    from findings.serve import close_server, make_server

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in a page")

    monkeypatch.setattr(app, "item_page", broken)
    server = make_server(graph_dir, "127.0.0.1", 0, workers=1, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        status, _, body = fetch(url + "/item/anything")
        assert (status, body) == (500, b"the server could not answer this request (the reason is in its log)")
        assert fetch(url + "/queries.json")[0] == 200  # and it goes on serving
    finally:
        close_server(server)
        thread.join(timeout=10)
    log = capfd.readouterr().err
    assert "RuntimeError: a bug in a page" in log and "Traceback" not in log
