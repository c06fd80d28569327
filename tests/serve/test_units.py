"""Content negotiation, the result limit, and the serve command's address guard, without a server."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from findings.cli import cli
from findings.serve import is_loopback
from findings.serve.results import GRAPH_TYPES, SOLUTION_TYPES, NotAcceptable, answer, negotiate


@pytest.mark.parametrize(
    ("accept", "offered", "default", "chosen"),
    [
        ("", SOLUTION_TYPES, "application/sparql-results+json", "application/sparql-results+json"),
        (
            "text/html,application/xhtml+xml,*/*;q=0.8",
            SOLUTION_TYPES,
            "application/sparql-results+json",
            "application/sparql-results+json",
        ),
        ("text/csv;q=0.5, application/sparql-results+xml", SOLUTION_TYPES, "x", "application/sparql-results+xml"),
        ("application/sparql-results+json, text/turtle;q=0.9", GRAPH_TYPES, "text/turtle", "text/turtle"),
        ("text/*", GRAPH_TYPES, "text/turtle", "text/turtle"),
    ],
)
def test_negotiate(accept, offered, default, chosen):
    assert negotiate(accept, offered, default) == chosen


def test_nothing_acceptable():
    with pytest.raises(NotAcceptable, match="Accept asked for image/png"):
        negotiate("image/png", SOLUTION_TYPES, "application/sparql-results+json")


def test_the_limit_cuts_solutions_and_triples():
    store = ox.Store()
    for i in range(5):
        store.add(ox.Quad(ox.NamedNode(f"http://x/{i}"), ox.NamedNode("http://x/p"), ox.Literal(str(i))))
    cut = answer(store.query("SELECT * WHERE { ?s ?p ?o }"), "text/csv", 3)
    assert cut.truncated and cut.body.count(b"\r\n") == 4
    whole = answer(store.query("SELECT * WHERE { ?s ?p ?o }"), "text/csv", 5)
    assert not whole.truncated and whole.body.count(b"\r\n") == 6
    graph = answer(store.query("CONSTRUCT WHERE { ?s ?p ?o }"), "application/n-triples", 2)
    assert graph.truncated and graph.body.count(b"\n") == 2


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("192.168.1.4", False), ("example.org", False)],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_another_address_needs_public_and_warns(monkeypatch, tmp_path):
    refused = CliRunner().invoke(cli, ["serve", str(tmp_path), "--host", "0.0.0.0"])
    assert refused.exit_code == 2 and "add --public" in refused.stderr

    def no_server(*args, **kwargs):
        from findings.store import StoreError

        raise StoreError("stopped before listening")

    monkeypatch.setattr("findings.serve.make_server", no_server)
    warned = CliRunner().invoke(cli, ["serve", str(tmp_path), "--host", "0.0.0.0", "--public"])
    assert warned.stderr.startswith("warning: serving on 0.0.0.0: anyone who can reach this address can read the graph\n")
    assert warned.exit_code == 1 and "stopped before listening" in warned.stderr


def test_serve_without_a_graph_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["serve", str(tmp_path), "--port", "0"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: no graph in {tmp_path}: run 'findings build' first (looked for {tmp_path / 'graph.nt'})\n"
