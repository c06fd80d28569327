"""A two-job build whose extraction workers cannot start says why in one line, as a one-job build does, and writes
no graph (findings.parallel, findings.extract.warm)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_with(tmp_path: Path, pythonpath: Path, prelude: str = "") -> subprocess.CompletedProcess:
    """A two-job build of the bundled corpus through the command line, with `pythonpath` first on the path."""
    argv = ["findings", "--silent", "build", str(ROOT / "corpus"), "--out", str(tmp_path / "out"), "--no-cache", "-j", "2"]
    script = f"import sys\n{prelude}\nsys.argv = {argv!r}\nfrom findings.cli import main\nmain()\n"
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env)


def test_a_server_that_cannot_import_spacy_is_one_line(tmp_path):
    """spaCy raising at import in the workers' server (not an ImportError, which multiprocessing passes over): one
    line on stderr, no traceback from the server's process, no graph."""
    (tmp_path / "lib" / "spacy").mkdir(parents=True)
    (tmp_path / "lib" / "spacy" / "__init__.py").write_text('raise RuntimeError("spaCy is broken here")\n', encoding="utf-8")
    done = _build_with(tmp_path, tmp_path / "lib")
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["Error: RuntimeError: spaCy is broken here (run with --debug for the traceback)"]
    assert not (tmp_path / "out" / "graph.nt").exists()


def test_a_server_that_ends_at_once_is_one_line(tmp_path):
    """A server that dies before it forks the workers: one line naming the cause and the way round it."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "ends_at_once.py").write_text("import os\nos._exit(3)\n", encoding="utf-8")
    prelude = (
        "import multiprocessing, findings.parallel\n"
        "def _ending():\n"
        "    context = multiprocessing.get_context('forkserver')\n"
        "    context.set_forkserver_preload(['ends_at_once'])\n"
        "    return context\n"
        "findings.parallel._context = _ending\n"
    )
    done = _build_with(tmp_path, tmp_path / "lib", prelude)
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.startswith("Error: the extraction workers could not be started"), done.stderr
    assert not (tmp_path / "out" / "graph.nt").exists()
