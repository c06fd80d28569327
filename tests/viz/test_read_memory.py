"""The pictures a build draws from its graph in memory are the ones `findings draw` draws from the graph.nt it wrote."""

from __future__ import annotations

from findings.rdf.triples import Triples
from findings.viz.read import index_of, load_index
from findings.write import serialise


def test_the_index_in_memory_is_the_index_of_the_file_written_lone_surrogates_and_all(tmp_path):
    triples = Triples()
    s, p = "https://example.org/s", "https://example.org/p"
    for o in (
        '"a\\uFB01b"',
        '"a\ud800b"',
        '"a\ufffdb"',
        '"line\\nbreak"',
        "https://example.org/o",
        '"2"^^<http://www.w3.org/2001/XMLSchema#integer>',
    ):
        triples.add(s, p, o)
    triples.add("https://example.org/a", p, '"z"')
    _, ntriples = serialise(triples)
    (tmp_path / "graph.nt").write_bytes(ntriples)
    from_file = load_index(tmp_path / "graph.nt")
    in_memory = index_of(triples)
    assert list(in_memory) == list(from_file)
    assert {k: dict(v) for k, v in in_memory.items()} == {k: dict(v) for k, v in from_file.items()}
