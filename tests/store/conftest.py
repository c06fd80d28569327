"""A built graph folder (graph.nt, no store yet) shared by the store and serve tests."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from findings.build import BuildResult, write_graph

QUERIES = Path(__file__).resolve().parent / "queries"


@pytest.fixture(scope="session")
def graph_dir(corpus_build: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus written as `findings build` writes it; tests copy it before changing anything."""
    folder = tmp_path_factory.mktemp("graph")
    write_graph(corpus_build.graph, folder)
    return folder


def triples_in(graph_file: Path) -> int:
    return sum(1 for line in graph_file.read_bytes().split(b"\n") if line.strip())  # not splitlines(): a literal may hold \f


def oxigraph_binary() -> str | None:
    """The `oxigraph` server from the `oxigraph` package (installed by the test extra), beside this Python or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")
