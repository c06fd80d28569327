"""Every named query's answer on the bundled corpus equals the expected answer beside it, so no answer drifts unseen.

`ontology/queries/NAME.expected.csv` opens with the command that produces it (`# findings query NAME --param … --format
csv`) and then holds that command's exact output. After a deliberate change, rewrite them all and read the diff:

    FINDINGS_UPDATE_EXPECTED=1 .venv/bin/python -m pytest tests/store/test_expected_answers.py
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from findings.build import write_graph
from findings.cli import cli
from findings.store.named import default_folder, named_queries

UPDATE = os.environ.get("FINDINGS_UPDATE_EXPECTED") == "1"
QUERIES = named_queries()


@pytest.fixture(scope="module")
def built(corpus_build, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("expected")
    write_graph(corpus_build.graph, out)
    return out


def expected_file(name: str) -> Path:
    return default_folder() / f"{name}.expected.csv"


def test_there_are_named_queries_and_each_has_an_expected_answer():
    assert len(QUERIES) >= 7
    assert [q.name for q in QUERIES if not expected_file(q.name).is_file()] == []
    stray = {p.name.removesuffix(".expected.csv") for p in default_folder().glob("*.expected.csv")}
    assert stray == {q.name for q in QUERIES}  # no expected answer of a query that is gone


@pytest.mark.parametrize("name", [q.name for q in QUERIES])
def test_the_answer_on_the_bundled_corpus_is_the_expected_one(built, name):
    path = expected_file(name)
    command, _, expected = path.read_text(encoding="utf-8").partition("\n")
    args = shlex.split(command.removeprefix("#"))
    assert args[:3] == ["findings", "query", name] and "--format" in args, f"{path.name}: first line {command!r}"
    result = CliRunner().invoke(cli, [*args[1:], "--graph", str(built)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.count("\n") > 1, f"{name}: no rows on the bundled corpus"  # a header alone proves nothing
    if UPDATE:
        path.write_text(f"{command}\n{result.output}", encoding="utf-8")
    assert result.output == expected, f"{name}: the answer changed; see the module docstring to accept it"
