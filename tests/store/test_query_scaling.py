"""Each named query's time grows no faster than the graph: 4 and 16 synthetic copies of the corpus, timed alike.

A query that joins every status with every other of its item (the NOT EXISTS ranking this replaced) grows with the
square of the graph and fails here long before the 1M-triple benchmark (benchmarks/synthetic.py --time) would.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from findings.build import write_graph
from findings.store import open_store
from findings.store.named import named_queries
from tests.conftest import ROOT

COPIES = (4, 16)
TRIPLES_PER_COPY = 18_000  # a little under one corpus graph: the script stops at the first copy past the target
FLOOR = 0.05  # seconds: below this a ratio is noise


def synthetic(source: Path, out: Path, copies: int) -> Path:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "synthetic.py"),
            str(out),
            "--source",
            str(source),
            "--triples",
            str(copies * TRIPLES_PER_COPY),
        ],
        check=True,
        capture_output=True,
    )
    return out


def best_times(folder: Path) -> dict[str, tuple[float, int]]:
    """name → (best of five CPU seconds, rows), lineage about the item with the most status assessments: five, for a
    store still settling after its load makes one slow run in three on a busy machine; CPU, not wall, time, for a
    shared machine's load only makes a query wait."""
    with open_store(folder) as store:
        sample = store.select("SELECT ?i WHERE { ?s fo:of ?i } GROUP BY ?i ORDER BY DESC(COUNT(?s)) STR(?i) LIMIT 1")[1][0][0]
        out = {}
        for query in named_queries():
            params = {p.name: sample for p in query.params if p.type == "iri" and p.default is None}
            best, rows = float("inf"), 0
            for _ in range(5):
                started = time.process_time()
                rows = len(store.select(query.text, params)[1])
                best = min(best, time.process_time() - started)
            out[query.name] = (best, rows)
    return out


@pytest.fixture(scope="module")
def timings(corpus_build, tmp_path_factory) -> dict[int, dict[str, tuple[float, int]]]:
    source = tmp_path_factory.mktemp("source")
    write_graph(corpus_build.graph, source)
    return {n: best_times(synthetic(source / "graph.nt", tmp_path_factory.mktemp(f"copies{n}"), n)) for n in COPIES}


@pytest.mark.parametrize("name", [q.name for q in named_queries()])
def test_time_grows_at_most_linearly_with_the_graph(timings, name):
    (small, small_rows), (large, large_rows) = timings[COPIES[0]][name], timings[COPIES[1]][name]
    growth = COPIES[1] / COPIES[0]
    assert small_rows >= 1 and large_rows >= small_rows, (small_rows, large_rows)
    assert large < 1.0, f"{name}: {large:.3f} s on {COPIES[1]} copies"
    assert large <= max(FLOOR, 2.5 * growth * small), f"{name}: {small:.3f} s → {large:.3f} s for {growth:.0f}× the graph"
