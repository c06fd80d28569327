"""`findings query` in process: named queries, files, text; every output format; exit codes; and `build` loads the store."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from findings.cli import cli
from findings.store import open_store
from tests.conftest import DATA
from tests.store.conftest import QUERIES


@pytest.fixture
def folder(graph_dir: Path, tmp_path: Path) -> Path:
    shutil.copy(graph_dir / "graph.nt", tmp_path / "graph.nt")
    return tmp_path


def query(folder: Path, *args: str):
    return CliRunner().invoke(cli, ["query", "--graph", str(folder), "--queries", str(QUERIES), *args])


def test_list_shows_each_named_query_with_its_title(folder):
    result = query(folder, "--list", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout == (
        "name,title,params\nactions-due,Actions due by a date,asOf:date=2010-01-01\n"
        "item-fields,Fields of one item,item:iri\ntypes,Items by type,\n"
    )


def test_a_named_query_with_a_param_in_every_format(folder):
    with open_store(folder) as store:
        _, expected = store.select((QUERIES / "actions-due.rq").read_text(encoding="utf-8"), {"asOf": "2009-06-30"})
    assert expected
    csv_out = query(folder, "actions-due", "--param", "asOf=2009-06-30", "--format", "csv")
    assert csv_out.exit_code == 0, csv_out.output
    rows = list(csv.reader(io.StringIO(csv_out.stdout)))
    assert rows[0] == ["action", "lead", "due"]
    assert rows[1:] == [[action, lead or "", due.isoformat()] for action, lead, due in expected]
    table = query(folder, "actions-due", "--param", "asOf=2009-06-30")
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["action", "lead", "due"] and set(lines[1]) == {"-", " "} and len(lines) == len(expected) + 2
    md = query(folder, "actions-due", "--param", "asOf=2009-06-30", "--format", "md")
    assert md.stdout.startswith("| action | lead | due |\n|---|---|---|\n")


def test_json_keeps_numbers_as_numbers(folder):
    records = json.loads(query(folder, "types", "--format", "json").stdout)
    assert isinstance(records[0]["items"], int) and records[0]["items"] == max(r["items"] for r in records)
    decimals = query(folder, "SELECT (2.5 AS ?d) (true AS ?b) ?none WHERE { OPTIONAL { ?x fo:none ?none } }", "--format", "json")
    assert json.loads(decimals.stdout) == [{"d": 2.5, "b": True, "none": None}]


def test_a_query_file_and_text(folder, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?a a fo:Action }", encoding="utf-8")
    with open_store(folder) as store:
        actions = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?a a fo:Action }")[1][0][0]
    assert query(folder, str(rq), "--format", "csv").stdout == f"n\n{actions}\n"
    assert query(folder, "ASK { ?a a fo:Action }").stdout == "true\n"
    turtle = query(folder, "CONSTRUCT WHERE { ?a fo:lead ?l } LIMIT 1").stdout
    assert "@prefix fo: <https://w3id.org/findings/ontology#>" in turtle and "fo:lead" in turtle


def test_ask_and_construct_answer_in_the_format_asked_for(folder):
    assert json.loads(query(folder, "ASK { ?a a fo:Action }", "--format", "json").stdout) == [{"answer": True}]
    assert query(folder, "ASK { ?a a fo:Nothing }", "--format", "csv").stdout == "answer\nfalse\n"
    with open_store(folder) as store:
        leads = sorted(store.select("SELECT ?a ?l WHERE { ?a fo:lead ?l }")[1])
    assert leads
    rows = list(csv.reader(io.StringIO(query(folder, "CONSTRUCT WHERE { ?a fo:lead ?l }", "--format", "csv").stdout)))
    lead = "https://w3id.org/findings/ontology#lead"
    assert rows == [["subject", "predicate", "object"]] + [[a, lead, who] for a, who in leads]
    records = json.loads(query(folder, "CONSTRUCT WHERE { ?a fo:lead ?l } LIMIT 1", "--format", "json").stdout)
    assert len(records) == 1 and set(records[0]) == {"subject", "predicate", "object"}
    md = query(folder, "CONSTRUCT WHERE { ?a fo:lead ?l } LIMIT 1", "--format", "md").stdout
    assert md.startswith("| subject | predicate | object |")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["nosuch"], 2, "no named query 'nosuch'"),
        (["actions-due", "--param", "asOf=soon"], 2, "parameter asOf: not a date"),
        (["actions-due", "--param", "when=2019-01-01"], 2, "unknown parameter 'when'"),
        (["actions-due", "--param", "asOf"], 2, "expected NAME=VALUE"),
        (["missing.rq"], 2, "no file missing.rq"),
        ([], 2, "give a named query"),
        (["SELECT ?x WHERE {"], 1, "Error: malformed query: error at 1:18"),
        (["INSERT DATA { <x:a> <x:b> <x:c> }"], 1, "Error: findings query runs queries only: updates are refused"),
    ],
)
def test_errors_and_exit_codes(folder, args, code, message):
    result = query(folder, *args)
    assert result.exit_code == code
    assert message in result.stderr
    if code == 1:
        assert result.stderr.count("\n") == 1


def test_a_missing_graph_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["query", "--graph", str(tmp_path), "SELECT * WHERE { ?s ?p ?o }"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: no graph in {tmp_path}: run 'findings build' first (looked for {tmp_path / 'graph.nt'})\n"


def test_the_first_query_loads_the_store_from_the_graph_the_build_wrote(tmp_path):
    out = tmp_path / "out"
    built = CliRunner().invoke(cli, ["build", str(DATA / "plan_other_council.txt"), "--out", str(out)])
    assert built.exit_code == 0 and not (out / "store").exists()  # the build does not pay for it
    result = query(out, "SELECT (COUNT(*) AS ?n) WHERE { ?a a fo:Action }", "--format", "csv")
    assert result.stdout == "n\n3\n"
    assert (out / "store" / "findings-source.json").is_file()
    rebuilt = CliRunner().invoke(
        cli, ["build", str(DATA / "plan_other_council.txt"), str(DATA / "other_councils"), "--out", str(out)]
    )
    assert rebuilt.exit_code in (0, 3), rebuilt.output  # another graph: the store it left is stale, so reloaded
    assert query(out, "SELECT (COUNT(*) AS ?n) WHERE { ?a a fo:Action }", "--format", "csv").stdout != "n\n3\n"


def test_one_line_sparql_longer_than_a_file_name_is_run_as_sparql(folder):
    text = "SELECT (COUNT(?a) AS ?actions) WHERE { ?a a fo:Action " + " " * 300 + "}"
    result = query(folder, text, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "actions" and int(result.stdout.splitlines()[1]) > 0


def test_an_item_parameter_may_be_the_tail_that_lineage_takes():
    """docs/sparql.md writes '?item = central-bedfordshire/ofsted-2017/recommendation/7': the tail is accepted and
    gives the answer the full IRI gives; a tail no item ends with is a one-line error."""
    from tests.conftest import ROOT

    run = lambda item: CliRunner().invoke(  # noqa: E731
        cli, ["query", "lineage", "--graph", str(ROOT / "graphs"), "--param", f"item={item}", "--format", "csv"]
    )
    full = run("https://w3id.org/findings/id/central-bedfordshire/ofsted-2017/recommendation/7")
    assert full.exit_code == 0 and len(full.output.splitlines()) > 5
    assert run("central-bedfordshire/ofsted-2017/recommendation/7").output == full.output
    missing = run("ofsted-2017/recommendation/77")
    assert missing.exit_code == 1 and "no item ends with 'ofsted-2017/recommendation/77'" in missing.output


def test_a_table_shows_items_by_their_tail_and_terms_by_prefixed_name_csv_keeps_iris_whole(folder):
    text = (
        "SELECT ?item ?status ?label WHERE { ?item fo:currentStatus ?status . BIND('https://w3id.org/findings/id/x' AS ?label) }"
        " LIMIT 1"
    )
    whole = next(csv.DictReader(io.StringIO(query(folder, text, "--format", "csv").stdout)))
    assert whole["item"].startswith("https://w3id.org/findings/id/") and whole["status"].startswith(
        "https://w3id.org/findings/ontology#"
    )
    md = query(folder, text, "--format", "md").stdout.splitlines()[2]
    status = whole["status"].split("#")[1]
    # a string that only looks like an IRI stays as written: only IRIs are shortened
    assert md == f"| {whole['item'].split('/id/', 1)[1]} | fo:{status} | https://w3id.org/findings/id/x |"
    table = query(folder, text).stdout.splitlines()[2].split()
    assert table == [whole["item"].split("/id/", 1)[1], f"fo:{status}", "https://w3id.org/findings/id/x"]
