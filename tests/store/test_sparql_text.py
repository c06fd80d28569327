"""Reading SPARQL text: its form, and where VALUES goes to bind a parameter on a remote store."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from findings.store.sparql_text import declared_prefixes, inject_values, query_form
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
