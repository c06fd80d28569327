"""The embedded store: loaded from graph.nt beside it, reloaded when that changes, answers in plain Python values."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph

from findings.store import QuerySyntaxError, StoreError, load_store, open_store
from tests.store.conftest import QUERIES, triples_in

ACTION = "https://w3id.org/findings/id/central-bedfordshire/ofsted-2017/action/2.2"


@pytest.fixture
def folder(graph_dir: Path, tmp_path: Path) -> Path:
    shutil.copy(graph_dir / "graph.nt", tmp_path / "graph.nt")
    return tmp_path


def test_the_store_is_built_beside_the_graph_and_holds_every_triple(folder):
    with open_store(folder) as store:
        assert store.count() == triples_in(folder / "graph.nt")
    assert (folder / "store").is_dir() and not list(folder.glob(".store-*"))


def test_a_changed_graph_is_loaded_again(folder):
    open_store(folder).close()
    lines = (folder / "graph.nt").read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "graph.nt").write_text("".join(lines[:100]), encoding="utf-8")
    os.utime(folder / "graph.nt", ns=(1, 1))
    with open_store(folder) as store:
        assert store.count() == 100


def test_load_store_reloads_even_when_it_looks_fresh(folder):
    open_store(folder).close()
    assert load_store(folder) == folder / "store"
    with open_store(folder) as store:
        assert store.count() == triples_in(folder / "graph.nt")


def test_select_gives_plain_values_and_none_for_unbound(folder):
    query = f"""SELECT ?due ?id ?n ?d ?b ?missing WHERE {{
      <{ACTION}> fo:dueBy ?due ; fo:identifier ?id . BIND(3 AS ?n) BIND(2.50 AS ?d) BIND(true AS ?b)
      OPTIONAL {{ <{ACTION}> fo:nothing ?missing }} }}"""
    with open_store(folder) as store:
        headers, rows = store.select(query)
    assert headers == ["due", "id", "n", "d", "b", "missing"]
    assert rows == [(dt.date(2018, 3, 31), "2.2", 3, Decimal("2.50"), True, None)]


def test_parameters_bind_projected_and_unprojected_variables(folder):
    due = (QUERIES / "actions-due.rq").read_text(encoding="utf-8")
    fields = (QUERIES / "item-fields.rq").read_text(encoding="utf-8")
    with open_store(folder) as store:
        _, early = store.select(due)  # default 2010-01-01
        _, later = store.select(due, params={"asOf": "2019-02-11"})
        _, item = store.select(fields, params={"item": ACTION})
    assert early and len(later) > len(early) and all(row[2] <= dt.date(2010, 1, 1) for row in early)
    assert {row[0] for row in item} == {ACTION} and ("https://w3id.org/findings/ontology#lead",) in {row[1:2] for row in item}


def test_ask_and_construct(folder):
    with open_store(folder) as store:
        assert store.ask("ASK { ?a a fo:Action }") is True
        assert store.ask("ASK { ?a a fo:Nothing }") is False
        turtle = store.construct("CONSTRUCT { ?a fo:lead ?l } WHERE { ?a fo:lead ?l }")
        actions = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?a fo:lead ?l }")[1][0][0]
    assert len(Graph().parse(data=turtle, format="turtle")) == actions > 0


def test_errors_are_one_line(folder, tmp_path):
    with open_store(folder) as store:
        with pytest.raises(QuerySyntaxError, match="^malformed query: error at 1:"):
            store.select("SELECT ?x WHERE {")
        with pytest.raises(StoreError, match="expected a SELECT query"):
            store.select("ASK {}")
    with pytest.raises(StoreError, match="run 'findings build' first"):
        open_store(tmp_path / "empty")


def test_a_graph_file_is_queried_in_memory(folder):
    with open_store(folder / "graph.nt") as store:
        assert store.count() == triples_in(folder / "graph.nt")
    assert not (folder / "store").exists()
