"""A synthetic graph of about a million triples in the project's vocabulary, to time the named queries at scale.

It copies the bundled corpus's graph under invented councils (the first path segment of every instance IRI gets a
copy number; the shared vocabulary concepts and the extraction run stay shared) and moves each copy's dates by a few
years, so date filters select different amounts. Every shape a named query can meet (inspections, recommendations,
actions, updates, status assessments, spans with selectors, qualified links) is there in the real proportions. What
the build materialises from the copied triples (fo:supersededOn, fo:takenBackOn) is dropped from the source and
computed again over the copies by the build's own function (findings.rdf.supersession), as a build of those councils
would.

    python benchmarks/synthetic.py /tmp/synthetic                # writes /tmp/synthetic/graph.nt (sorted N-Triples)
    python benchmarks/synthetic.py /tmp/synthetic --time         # then times every named query (best of three)
    findings query NAME --graph /tmp/synthetic                   # the store is built on first use
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

BASE = "https://w3id.org/findings/id/"
SHARED = {"concept", "run"}  # first segments that name one thing across every copy
_INSTANCE = re.compile(r"<" + re.escape(BASE) + r"([^/>]+)")
FO = "https://w3id.org/findings/ontology#"
_TRIPLE = re.compile(r"^(<[^>]*>) <([^>]*)> (.*) \.$")
_DATE = re.compile(r'"(\d{4})-(\d{2})-(\d{2})"\^\^<http://www\.w3\.org/2001/XMLSchema#date>')


def source_lines(source: Path | None) -> list[str]:
    """The corpus graph as N-Triples lines: `source` if given, else a fresh build of the bundled corpus."""
    if source is not None:
        return [line for line in source.read_text(encoding="utf-8").split("\n") if line.strip()]
    from findings.build import build
    from findings.resources import bundled_corpus
    from findings.write import serialise

    # split at LF only: N-Triples escapes it in literals, while splitlines() would also cut at \f, \x85, U+2028…
    return [line for line in serialise(build([bundled_corpus()]).graph)[1].decode("utf-8").split("\n") if line.strip()]


def copy_lines(lines: list[str], number: int) -> list[str]:
    """Copy `number` of the graph: instance IRIs renamed, dates moved by `number % 7` years."""
    if number == 0:
        return lines

    def rename(match: re.Match[str]) -> str:
        segment = match.group(1)
        return match.group(0) if segment in SHARED else f"<{BASE}{segment}-s{number}"

    years = number % 7

    def move(match: re.Match[str]) -> str:
        day = min(int(match.group(3)), 28) if match.group(2) == "02" else int(match.group(3))
        return f'"{int(match.group(1)) + years:04d}-{match.group(2)}-{day:02d}"^^<http://www.w3.org/2001/XMLSchema#date>'

    return [_DATE.sub(move, _INSTANCE.sub(rename, line)) if years else _INSTANCE.sub(rename, line) for line in lines]


_MARKS = ("supersededOn", "takenBackOn")  # the dates the build computes over all of an item's status assessments


def supersession_lines(graph: set[str]) -> list[str]:
    """The fo:supersededOn and fo:takenBackOn triples a build would add to `graph` (N-Triples lines), by the build's
    own function."""
    from findings.rdf.supersession import dated_marks

    fields: dict[str, dict[str, str]] = {}
    for line in graph:
        match = _TRIPLE.match(line)
        if match and match.group(2) in (FO + "of", FO + "asOf", FO + "status"):
            fields.setdefault(match.group(1), {})[match.group(2)[len(FO) :]] = match.group(3)
    rows = [
        (sa, f["of"], f["asOf"].split('"')[1], f["status"].strip("<>").rpartition("#")[2])
        for sa, f in fields.items()
        if {"of", "asOf", "status"} <= f.keys()
    ]
    xsd_date = "<http://www.w3.org/2001/XMLSchema#date>"
    return [f'{sa} <{FO}{prop}> "{day}"^^{xsd_date} .' for sa, prop, day in dated_marks(rows)]


def write_synthetic(out: Path, triples: int = 1_000_000, source: Path | None = None) -> int:
    """Write out/graph.nt with at least `triples` triples (sorted, distinct); return how many."""
    lines = [line for line in source_lines(source) if not any(f"<{FO}{mark}>" in line for mark in _MARKS)]
    shared = {
        line for line in lines if _INSTANCE.search(line) is None or all(m.group(1) in SHARED for m in _INSTANCE.finditer(line))
    }
    graph: set[str] = set()
    number = 0
    while len(graph) < triples:
        graph.update(copy_lines(lines, number))
        number += 1
    graph.update(supersession_lines(graph))
    out.mkdir(parents=True, exist_ok=True)
    (out / "graph.nt").write_text("\n".join(sorted(graph)) + "\n", encoding="utf-8")
    print(
        f"wrote {out / 'graph.nt'}: {len(graph)} triples, {number} copies of {len(lines)} ({len(shared)} shared)", file=sys.stderr
    )
    return len(graph)


SAMPLE_ITEM = """SELECT ?item WHERE { ?sa fo:of ?item } GROUP BY ?item ORDER BY DESC(COUNT(?sa)) STR(?item) LIMIT 1"""


def time_named_queries(out: Path, limit_seconds: float = 1.0, runs: int = 3) -> bool:
    """Run every named query on out/ through the store, best of `runs`; True when each is in time.

    Parameters take their defaults; an IRI parameter without one gets the item with the most status assessments
    (the longest lineage), since such a query asks about one item.
    """
    from findings.store import open_store
    from findings.store.named import named_queries

    started = time.perf_counter()
    store = open_store(out)
    print(f"store ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    sample = store.select(SAMPLE_ITEM)[1][0][0]
    ok = True
    print("query\trows\tseconds")
    for query in named_queries():
        params = {p.name: sample for p in query.params if p.type == "iri" and p.default is None}
        best, rows = float("inf"), 0
        for _ in range(runs):
            started = time.perf_counter()
            rows = len(store.select(query.text, params)[1])
            best = min(best, time.perf_counter() - started)
        ok = ok and best < limit_seconds
        print(f"{query.name}\t{rows}\t{best:.3f}" + ("" if best < limit_seconds else "\tSLOW"))
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write graph.nt into")
    parser.add_argument("--triples", type=int, default=1_000_000, help="at least this many triples (default 1,000,000)")
    parser.add_argument("--source", type=Path, default=None, help="graph.nt to copy (default: build the bundled corpus)")
    parser.add_argument("--time", action="store_true", help="then time every named query (exit 1 if one takes 1 s or more)")
    args = parser.parse_args(argv)
    write_synthetic(args.out, args.triples, args.source)
    return 0 if not args.time or time_named_queries(args.out) else 1


if __name__ == "__main__":
    sys.exit(main())
