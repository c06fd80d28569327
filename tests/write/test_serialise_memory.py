"""Both graph files are written into buffers that grow in place and are handed over as they are, not kept as a list of
each subject's bytes and then joined: a second copy of both files at the write stage's peak (the stage's peak memory
and about half its page faults: 37,300 -> 19,200 minor faults over the corpus and the 26 Ofsted reports). The same
bytes as Oxigraph writes (tests/rdf/test_graph.py holds the two paths to each other)."""

from __future__ import annotations

import tracemalloc

from findings.rdf.triples import Triples, literal
from findings.write import serialise
from findings.write.serialise import through_oxigraph, used_prefixes

FO = "https://example.org/findings#"


def _graph(subjects: int, words: int) -> Triples:
    graph = Triples({"fo": FO})
    for n in range(subjects):
        node = f"https://example.org/finding/{n:05d}"
        graph.add(node, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", FO + "Finding")
        graph.add(node, FO + "text", literal(" ".join(f"word{n}-{k}" for k in range(words))))
        graph.add(node, FO + "paragraph", literal(str(n)))
    return graph


def test_the_files_are_the_bytes_oxigraph_writes():
    graph = _graph(50, 20)
    turtle, ntriples = serialise(graph)
    assert (turtle, ntriples) == through_oxigraph(graph.ntriples(), used_prefixes(graph))
    assert ntriples.endswith(b" .\n") and ntriples.count(b"\n") == 150


def test_the_peak_holds_one_copy_of_the_files():
    graph = _graph(2000, 150)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        turtle, ntriples = serialise(graph)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    size = len(turtle) + len(ntriples)  # about 5 MB each
    assert peak < 1.8 * size  # about 1.5 (a buffer moved as it grows counts twice for a moment); the pieces and the
    # joined files: 2.2
