"""docs/sparql.md is what docs/make_sparql_doc.py writes from the bundled corpus, and every worked query answers."""

from __future__ import annotations

import re
import subprocess
import sys

from findings.build import write_graph
from tests.conftest import ROOT

DOC = ROOT / "docs" / "sparql.md"


def test_the_sparql_guide_is_regenerated_identically_with_ten_worked_queries_that_answer(corpus_build, tmp_path):
    write_graph(corpus_build.graph, tmp_path)
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "make_sparql_doc.py"), "--graph", str(tmp_path), "--out", "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == DOC.read_text(encoding="utf-8"), "docs/sparql.md is stale: run python docs/make_sparql_doc.py"
    counts = [int(n) for n in re.findall(r"^Answer on the bundled corpus \((\d+) rows?", done.stdout, re.MULTILINE)]
    assert len(counts) >= 10 and min(counts) >= 1, counts
    assert "```mermaid" in done.stdout
