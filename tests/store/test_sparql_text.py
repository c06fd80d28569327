"""Reading SPARQL text: its form, and how a parameter is bound: VALUES first in the WHERE clause, or the term itself."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from findings.store.sparql_text import declared_prefixes, inject_values, query_form, substitute
from findings.store.terms import typed_term


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("SELECT * {}", "SELECT"),
        ("# select\nPREFIX ask: <x:y>\nBASE <http://b/>\nask {}", "ASK"),
        ("prefix : <x:> construct { ?s :p ?o } where { ?s :select ?o }", "CONSTRUCT"),
        ("DESCRIBE <http://x/a>", "DESCRIBE"),
        ("PREFIX a: <x:y> INSERT DATA { <x:a> <x:b> <x:c> }", "UPDATE"),
        ("WITH <x:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "UPDATE"),
        ("hello there", None),
    ],
)
def test_query_form(text, form):
    assert query_form(text) == form


def run(text: str) -> list:
    store = ox.Store()
    store.add(
        ox.Quad(
            ox.NamedNode("http://x/a"),
            ox.NamedNode("http://x/p"),
            ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        )
    )
    return list(store.query(text))


def test_values_go_first_in_the_where_clause_past_comments_strings_and_templates():
    text = "# a { brace\nPREFIX x: <http://x/>\nCONSTRUCT { ?s x:q '{' } WHERE { ?s x:p ?n FILTER(?n < ?max) }"
    bound = inject_values(text, {"max": typed_term("integer", 5)})
    assert 'WHERE { VALUES ?max { "5"^^<http://www.w3.org/2001/XMLSchema#integer> }' in bound
    assert len(run(bound)) == 1 and len(run(inject_values(text, {"max": typed_term("integer", 2)}))) == 0


def test_values_in_a_select_without_where_and_escaped_strings():
    bound = inject_values("SELECT ?s { ?s ?p ?o FILTER(?o != ?t) }", {"t": typed_term("string", 'x"} DROP ALL {')})
    assert bound.startswith('SELECT ?s { VALUES ?t { "x\\"} DROP ALL {" }')
    assert run(bound) == run("SELECT ?s { ?s ?p ?o }")  # the value stayed one literal


def test_no_where_clause_is_an_error():
    with pytest.raises(ValueError, match="no WHERE clause"):
        inject_values("DESCRIBE <http://x/a>", {"a": typed_term("integer", 1)})


def test_declared_prefixes():
    assert declared_prefixes("PREFIX fo: <x:>\nprefix : <y:>\nSELECT * {}") == {"fo", ""}


def test_an_iri_parameter_becomes_the_iri_in_every_branch_of_a_union_not_in_comments_strings_or_projection():
    text = "# about ?n\nSELECT ?s WHERE { { ?s <http://x/p> ?o } UNION { ?n <http://x/q> ?o FILTER(?s != '?n') } }"
    text = text.replace("?s <http://x/p>", "$n <http://x/p>")
    bound = substitute(text, {"n": typed_term("iri", "http://x/a")})
    union = "{ <http://x/a> <http://x/p> ?o } UNION { <http://x/a> <http://x/q> ?o FILTER(?s != '?n') }"
    assert bound == f"# about ?n\nSELECT ?s WHERE {{ {union} }}"
    projected = substitute("SELECT ?n ?o WHERE { ?n <http://x/p> ?o }", {"n": typed_term("iri", "http://x/a")})
    assert projected.startswith("SELECT ?n ?o WHERE { VALUES ?n { <http://x/a> }") and len(run(projected)) == 1
    dated = substitute("SELECT ?s WHERE { ?s ?p ?o FILTER(?o < ?max) }", {"max": typed_term("integer", 5)})
    assert dated.startswith("SELECT ?s WHERE { VALUES ?max {") and len(run(dated)) == 1  # a literal: VALUES


def test_a_query_with_minus_keeps_values_and_a_sub_select_gets_the_item():
    iri = {"n": typed_term("iri", "http://x/a")}
    minus = "SELECT ?p WHERE { ?n ?p ?o MINUS { ?n <http://x/p> ?o } }"
    assert substitute(minus, iri).startswith("SELECT ?p WHERE { VALUES ?n {") and run(substitute(minus, iri)) == []
    sub = "SELECT ?o WHERE { { SELECT ?o WHERE { ?n ?p ?o } } }"  # the item reaches inside a sub-select
    assert (
        substitute(sub, iri) == "SELECT ?o WHERE { { SELECT ?o WHERE { <http://x/a> ?p ?o } } }"
        and len(run(substitute(sub, iri))) == 1
    )


def test_a_decimal_parameter_is_an_xsd_decimal_and_nothing_else_is():
    import pytest

    assert typed_term("decimal", "0.75").value == "0.75" and typed_term("decimal", "1e-1").value == "0.1"
    assert typed_term("decimal", 2).datatype.value.endswith("#decimal")
    for bad in ("abc", "nan", "inf", "", "1e300000000", "1e-40"):
        with pytest.raises(ValueError, match="not a decimal"):
            typed_term("decimal", bad)
