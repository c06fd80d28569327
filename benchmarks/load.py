"""A bounded load test of `findings serve` on loopback: N concurrent clients run the named queries for S seconds.

Each client posts the named queries of ontology/queries/ in turn (with their default parameters; `lineage` gets
items taken from the graph) and records status and latency. Prints requests, errors and latency percentiles.

    python benchmarks/load.py graphs --clients 50 --seconds 30      # starts `findings serve` on a copy of graphs/
    python benchmarks/load.py --url http://127.0.0.1:7878 ...        # or loads a server already running

Exit status 0 when no request failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ITEMS = "SELECT ?s WHERE { ?s a fo:Recommendation } ORDER BY ?s LIMIT 20"


@dataclass
class Report:
    clients: int
    seconds: float
    latencies: dict[str, list[float]] = field(default_factory=dict)  # query name -> seconds of each 200 answer
    errors: Counter = field(default_factory=Counter)  # 'query: status or exception' -> count

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values()) + sum(self.errors.values())

    def summary(self) -> dict:
        every = sorted(t for v in self.latencies.values() for t in v)
        return {
            "clients": self.clients,
            "seconds": round(self.seconds, 1),
            "requests": self.requests,
            "per_second": round(self.requests / self.seconds, 1) if self.seconds else 0,
            "errors": dict(sorted(self.errors.items())),
            "latency_ms": _percentiles(every),
            "by_query_ms": {name: _percentiles(sorted(v)) for name, v in sorted(self.latencies.items())},
        }


def _percentiles(values: list[float]) -> dict[str, float]:
    """Nearest-rank p50/p90/p99 and the maximum of sorted `values`, in milliseconds."""
    if not values:
        return {}
    marks = {"p50": 0.5, "p90": 0.9, "p99": 0.99}
    picked = {name: values[min(len(values) - 1, int(q * len(values)))] for name, q in marks.items()}
    return {name: round(1000 * value, 1) for name, value in {**picked, "max": values[-1]}.items()}


def named_requests(url: str, queries_folder: Path | None = None) -> list[tuple[str, dict[str, str]]]:
    """(name, form fields) for every named query; an iri parameter without a default gets items of the graph in turn."""
    from findings.store.named import named_queries

    items = [row["s"]["value"] for row in _post(url, {"query": ITEMS})["results"]["bindings"]]
    requests: list[tuple[str, dict[str, str]]] = []
    for query in named_queries(queries_folder):
        fields = {"query": query.text}
        needs_item = [p.name for p in query.params if p.type == "iri" and p.default is None]
        for param in query.params:
            if param.default is not None:
                fields[f"${param.name}"] = param.default
        if needs_item:
            if not items:
                continue
            for item in items[:5]:
                requests.append((query.name, {**fields, **{f"${name}": item for name in needs_item}}))
        else:
            requests.append((query.name, fields))
    return requests


def _post(url: str, fields: dict[str, str], timeout: float = 60) -> dict:
    body = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(f"{url}/sparql", data=body, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        return json.loads(answer.read())


def run_load(url: str, requests: list[tuple[str, dict[str, str]]], clients: int, seconds: float) -> Report:
    """`clients` threads posting `requests` round-robin (each from its own offset) until `seconds` have passed."""
    report = Report(clients, 0.0)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        n = offset
        while time.monotonic() < deadline:
            name, fields = requests[n % len(requests)]
            n += 1
            started = time.monotonic()
            try:
                _post(url, fields)
                outcome = None
            except urllib.error.HTTPError as err:
                outcome = f"{name}: HTTP {err.code} {err.read()[:120].decode('utf-8', 'replace')}"
            except Exception as err:  # a refused or dropped connection is an error of the run, counted
                outcome = f"{name}: {type(err).__name__}: {err}"
            took = time.monotonic() - started
            with lock:
                if outcome is None:
                    report.latencies.setdefault(name, []).append(took)
                else:
                    report.errors[outcome] += 1

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report.seconds = time.monotonic() - started
    return report


class Served:
    """`findings serve` on a copy of a graph folder, on a free loopback port; its URL while open."""

    def __init__(self, folder: Path, workers: int = 2) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="findings-load-"))
        shutil.copy(folder / "graph.nt", self.tmp / "graph.nt")
        self.log = open(self.tmp / "serve.log", "w+", encoding="utf-8")  # noqa: SIM115 (closed in close())
        command = [sys.executable, "-m", "findings", "serve", str(self.tmp), "--port", "0", "--workers", str(workers)]
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=self.log)
        self.url = self._wait()

    def _wait(self) -> str:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and self.proc.poll() is None:
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", (self.tmp / "serve.log").read_text(encoding="utf-8"))
            if match:
                return f"http://127.0.0.1:{match.group(1)}"
            time.sleep(0.2)
        self.close()
        raise RuntimeError("findings serve did not start")

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("graphs"), help="graph folder (graph.nt)")
    parser.add_argument("--url", help="load this running server instead of starting one")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2, help="the server's query workers (when this starts it)")
    args = parser.parse_args(argv)
    served = None if args.url else Served(args.folder, args.workers)
    try:
        url = args.url or served.url
        report = run_load(url, named_requests(url), args.clients, args.seconds)
    finally:
        if served is not None:
            served.close()
    print(json.dumps(report.summary(), indent=1))
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
