"""The same named queries on the same graph in rdflib's SPARQL engine and in Oxigraph: time each and the ratio.

    python benchmarks/rdflib_vs_oxigraph.py DIR [--query NAME …] [--param asOf=2019-02-28] [--limit 600]

DIR holds graph.nt (a build, or benchmarks/synthetic.py's output). Both engines load the same file into memory;
each query runs twice in each and the faster run counts (the first pays for warming caches). Rows must agree.
rdflib runs in a child process stopped after --limit seconds, so a query it cannot finish is reported as such.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import time
from pathlib import Path


def _params(query, given: dict[str, str]) -> dict[str, str]:
    return {p.name: given.get(p.name, p.default) for p in query.params if given.get(p.name, p.default) is not None}


def time_oxigraph(graph: Path, names: list[str], given: dict[str, str]) -> dict[str, tuple[float, int]]:
    """name → (best seconds of two runs, rows) in an in-memory Oxigraph store."""
    from findings.store.embedded import EmbeddedStore
    from findings.store.named import find_named

    started = time.perf_counter()
    store = EmbeddedStore.in_memory(graph)
    print(f"oxigraph: loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    out = {}
    for name in names:
        query = find_named(name)
        best, rows = float("inf"), 0
        for _ in range(2):
            started = time.perf_counter()
            rows = len(store.select(query.text, _params(query, given))[1])
            best = min(best, time.perf_counter() - started)
        out[name] = (best, rows)
    return out


def _rdflib_worker(graph: str, names: list[str], given: dict[str, str], results) -> None:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import XSD

    from findings.store.base import PREFIXES
    from findings.store.named import find_named

    started = time.perf_counter()
    g = Graph()
    g.parse(graph, format="nt")
    results.put(("loaded", time.perf_counter() - started, 0))
    for name in names:
        query = find_named(name)
        bindings = {}
        for p in query.params:
            value = given.get(p.name, p.default)
            if value is not None:
                datatype = XSD.date if p.type == "date" else None
                bindings[p.name] = URIRef(value) if p.type == "iri" else Literal(value, datatype=datatype)
        best, rows = float("inf"), 0
        for _ in range(2):
            started = time.perf_counter()
            rows = len(list(g.query(query.text, initNs=PREFIXES, initBindings=bindings)))
            best = min(best, time.perf_counter() - started)
        results.put((name, best, rows))


def time_rdflib(graph: Path, names: list[str], given: dict[str, str], limit: float) -> dict[str, tuple[float, int] | None]:
    """name → (best seconds of two runs, rows) in rdflib's engine, or None when it ran out of time."""
    results: mp.Queue = mp.Queue()
    worker = mp.Process(target=_rdflib_worker, args=(str(graph), names, given, results), daemon=True)
    worker.start()
    out: dict[str, tuple[float, int] | None] = dict.fromkeys(names)
    deadline = time.monotonic() + limit
    pending = ["loaded", *names]
    while pending and time.monotonic() < deadline:
        try:
            name, seconds, rows = results.get(timeout=max(0.1, min(5.0, deadline - time.monotonic())))
        except Exception:  # queue.Empty: keep waiting until the deadline
            if not worker.is_alive():
                break
            continue
        pending.remove(name)
        if name == "loaded":
            print(f"rdflib: loaded in {seconds:.1f} s", file=sys.stderr)
        else:
            out[name] = (seconds, rows)
    if worker.is_alive():
        worker.terminate()
    worker.join()
    return out


def main(argv: list[str] | None = None) -> int:
    from findings.store.named import named_queries

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with graph.nt")
    parser.add_argument("--query", action="append", default=None, help="named query (repeatable; default: all)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="parameter value (repeatable)")
    parser.add_argument("--limit", type=float, default=600.0, help="seconds rdflib may take in all (default 600)")
    args = parser.parse_args(argv)
    graph = args.folder / "graph.nt"
    names = args.query or [q.name for q in named_queries()]
    given = dict(pair.split("=", 1) for pair in args.param)
    with graph.open("rb") as handle:
        triples = sum(1 for _ in handle)
    ox = time_oxigraph(graph, names, given)
    rd = time_rdflib(graph, names, given, args.limit)
    print("query\ttriples\toxigraph_s\trdflib_s\tratio\trows")
    report = []
    for name in names:
        o_s, o_rows = ox[name]
        if rd[name] is None:
            print(f"{name}\t{triples}\t{o_s:.3f}\t>{args.limit:.0f} (stopped)\t-\t{o_rows}")
            continue
        r_s, r_rows = rd[name]
        agree = "" if r_rows == o_rows else f"\trows differ: rdflib {r_rows}"
        print(f"{name}\t{triples}\t{o_s:.3f}\t{r_s:.3f}\t{r_s / max(o_s, 1e-6):.0f}\t{o_rows}{agree}")
        report.append({"query": name, "oxigraph": o_s, "rdflib": r_s, "rows": o_rows})
    print(json.dumps(report), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
