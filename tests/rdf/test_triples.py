"""The build's plain-string triples write the bytes Oxigraph would, and read back as the rdflib graph they stand for."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import XSD, Graph, Literal, URIRef

from findings.rdf.triples import Triples, from_rdflib, integer_literal, literal, parse_literal, quoted
from findings.shacl import check_rdflib, check_triples
from findings.write import serialise

EVERY_CHARACTER = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]


def test_every_character_is_escaped_as_oxigraph_escapes_it():
    for chunk in range(0, len(EVERY_CHARACTER), 4096):
        text = "".join(EVERY_CHARACTER[chunk : chunk + 4096])
        assert quoted(text) == str(ox.Literal(text)), hex(ord(text[0]))
    assert [quoted(c) for c in EVERY_CHARACTER[:256]] == [str(ox.Literal(c)) for c in EVERY_CHARACTER[:256]]


def test_a_literal_has_the_lexical_form_and_datatype_rdflib_gives_it():
    decimal = str(XSD.decimal)
    values = [
        ("text", None),
        ('a "quoted" \\ line\nand\ttab\x0b\x7f\ufffe', None),
        ("", None),
        (0, None),
        (-12, None),
        (10**20, None),
        (date(2019, 2, 11), None),
        (True, None),
        (1.5, None),
        (0.5, decimal),
        (0.83, decimal),
        (round(2 / 3, 3), decimal),
        (1, decimal),
        (1e-07, decimal),
        ("2019-02-11", str(XSD.date)),
        ("x", str(XSD.string)),
    ]
    for value, datatype in values:
        expected = Literal(value, datatype=URIRef(datatype) if datatype else None)
        assert literal(value, datatype) == from_rdflib(expected), (value, datatype)
        lexical, dt, language = parse_literal(literal(value, datatype))
        assert (lexical, dt, language) == (
            str(expected),
            str(expected.datatype) if expected.datatype and expected.datatype != XSD.string else None,
            None,
        )
    assert parse_literal(from_rdflib(Literal('say "hi"\n', lang="en"))) == ('say "hi"\n', None, "en")


def test_the_same_graph_gives_the_same_bytes_by_either_path(corpus_build):
    triples = corpus_build.triples
    graph = corpus_build.graph  # made from the triples on first use
    assert len(graph) == len(triples)
    assert serialise(triples) == serialise(graph)
    again = Triples(triples.prefixes)
    again.update((str(s), str(p), from_rdflib(o)) for s, p, o in graph)
    assert again.triples == triples.triples


def test_odd_text_and_lone_surrogates_serialise_as_through_oxigraph():
    texts = ["plain", "form\ffeed", "nel\x85", "line\u2028sep", "broken \ud800 surrogate", "z\ud83d", "tab\tnew\nline"]
    triples, graph = Triples({"ex": "http://example.org/"}), Graph()
    graph.bind("ex", "http://example.org/")
    for n, text in enumerate(texts):
        s, p = f"http://example.org/s{n}", "http://example.org/p"
        triples.add(s, p, literal(text))
        graph.add((URIRef(s), URIRef(p), Literal(text)))
    assert serialise(triples) == serialise(graph)
    assert serialise(Triples()) == serialise(Graph(bind_namespaces="none"))


def test_the_shapes_read_the_triples_as_they_read_rdflib(corpus_build):
    assert check_triples(corpus_build.triples).violations == check_rdflib(corpus_build.graph).violations == []


def test_the_one_pass_writer_gives_the_bytes_oxigraph_writes(corpus_build):
    from findings.write.serialise import _sorted_documents, through_oxigraph, used_prefixes

    triples = corpus_build.triples
    one_pass = _sorted_documents(triples, triples.prefixes)
    assert one_pass is not None and one_pass[2] == used_prefixes(triples)  # the build's graph never needs Oxigraph
    assert serialise(triples) == through_oxigraph(triples.ntriples(), used_prefixes(triples))


def test_what_the_one_pass_writer_does_not_know_goes_through_oxigraph():
    """IRIs Oxigraph abbreviates with escapes, numbers it writes bare or not, every character: the same bytes."""
    from findings.write.serialise import _sorted_documents, through_oxigraph, used_prefixes

    ex, xsd = "http://example.org/", "http://www.w3.org/2001/XMLSchema#"
    usual = [
        (ex + "a", ex + "p", literal(3)),
        (ex + "a", ex + "p", literal(-3)),
        (ex + "a", ex + "p", literal(0.5, xsd + "decimal")),
        (ex + "a", ex + "p", literal(True)),
        (ex + "a", ex + "p", literal(date(2019, 2, 11))),
        (ex + "a", ex + "p", from_rdflib(Literal("x", lang="en"))),
        (ex + "a", ex + "p", literal("".join(EVERY_CHARACTER[:4096]))),
        (ex + "a", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ex + "C"),
        (ex + "a", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ex + "D"),
        (ex + "a", ex + "q", ex + "_x-1"),
        (ex + "a", ex + "q", "http://elsewhere.org/x.y"),
        ("http://other.org/a/b", ex + "q", ex + "a"),  # '/' sorts before '>': this line after the next
        ("http://other.org/a", ex + "q", ex + "a"),
        ("http://other.org/ab", ex + "q", ex + "a"),
    ]
    unusual = [
        (ex + "a", ex + "q", ex + "x."),
        (ex + "a", ex + "q", ex + "-x"),
        (ex + "a", ex + "q", ex + "x%20y"),
        (ex + "a", ex + "q", ex + "é"),
        (ex + "a/b", ex + "q", ex + "a"),
        (ex + "a", ex + "q", ex),
        (ex + "a", ex + "p", literal("+1", xsd + "integer")),
        (ex + "a", ex + "p", literal(1e-07, xsd + "decimal")),
        (ex + "a", ex + "p", literal(1.5)),
    ]
    for extra in [[], *([u] for u in unusual)]:
        triples = Triples({"ex": ex, "xsd": xsd, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"})
        triples.update(usual + extra)
        prefixes = used_prefixes(triples)
        one_pass = _sorted_documents(triples, triples.prefixes)
        assert (one_pass is None) == bool(extra) and (one_pass is None or one_pass[2] == prefixes), extra
        assert serialise(triples) == through_oxigraph(triples.ntriples(), prefixes), extra


def test_subjects_of_every_width_give_the_bytes_oxigraph_writes():
    """The one-pass writer encodes each subject's lines on their own (ASCII, Latin-1, two- and four-byte characters
    side by side, several objects of one predicate): the same bytes as the whole graph through Oxigraph."""
    from findings.write.serialise import _sorted_documents, through_oxigraph, used_prefixes

    ex = "http://example.org/"
    triples = Triples({"ex": ex})
    texts = ["plain", "café", "it’s", "🙂 smile", "", 'a "quote"\nand\ttab']
    for n, text in enumerate(texts):
        triples.add(ex + f"s{n}", ex + "p", literal(text))
        triples.add(ex + f"s{n}", ex + "q", literal(text + "’"))
        triples.add(ex + f"s{n}", ex + "q", literal(str(n)))
        triples.add(ex + f"s{n}", ex + "r", ex + f"s{(n + 1) % len(texts)}")
        triples.add(ex + "all", ex + "p", literal(text))
    assert _sorted_documents(triples, triples.prefixes) is not None
    assert serialise(triples) == through_oxigraph(triples.ntriples(), used_prefixes(triples))


def test_the_build_path_names_terms_without_rdflib_and_as_rdflib_would():
    """The writer's closed vocabulary and the prefix table graph.ttl may declare match what rdflib gave (_fo.py,
    Graph().bind); and building imports no rdflib at all (its import was a twentieth of a build's time)."""
    import subprocess
    import sys

    from rdflib import Graph

    from findings.rdf import vocabulary as writer  # the writer's vocabulary (findings.rdf.vocabulary)
    from findings.rdf._fo import FO as RDFLIB_FO

    assert writer._fo_terms() == frozenset(RDFLIB_FO.__annotations__)
    assert writer.FO.Recommendation == str(RDFLIB_FO.Recommendation)
    with pytest.raises(AttributeError):
        writer.FO.Recomendation  # noqa: B018  (a misspelt term)
    graph = Graph()
    for prefix, ns in (("fo", writer.FO_NS), ("prov", writer.PROV._base), ("oa", writer.OA._base)):
        graph.bind(prefix, ns)
    graph.bind("dcterms", writer.DCTERMS._base)
    graph.bind("skos", writer.SKOS._base)
    assert list(writer.prefixes().items()) == [(p, str(ns)) for p, ns in graph.namespaces() if p]
    code = "import sys, findings.build, findings.rules, findings.summary; sys.exit('rdflib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@given(st.integers())
def test_integer_literal_is_literal(value: int) -> None:
    """A span's offsets are written without `literal`'s type checks: the same term."""
    assert integer_literal(value) == literal(value)
