"""A short run of benchmarks/load.py against the test server: concurrent clients running every named query of
ontology/queries/ get answers, no errors (the 50-client, 30-second run and its figures are in docs/reliability.md)."""

from __future__ import annotations

from benchmarks.load import named_requests, run_load
from findings.store.named import named_queries


def test_ten_clients_for_three_seconds_get_no_error(server):
    requests = named_requests(server)
    names = {name for name, _ in requests}
    assert names == {query.name for query in named_queries(None)}  # every named query, lineage with real items
    report = run_load(server, requests, clients=10, seconds=3)
    assert report.errors == {}
    assert report.requests >= 10
    assert report.summary()["latency_ms"]["p50"] > 0
