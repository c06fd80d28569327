"""The extraction workers' server ends as soon as the build's process does, without Python's teardown of spaCy
(findings.quick_end): a pipe reading a two-job build's output to its end is not kept waiting."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys

from findings.parallel import _context

_SCRIPT = """
import atexit, sys
atexit.register(lambda: print("finalised", flush=True))  # an exit handler of a library the server imported
import findings.quick_end
sys.stdout.write("written, not yet flushed")
"""


def test_a_process_that_imported_it_ends_without_finalising_but_flushes_what_it_wrote():
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout == "written, not yet flushed"  # flushed, and no later exit handler ran


def test_the_workers_server_imports_it_after_the_extractors():
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return  # no server (spawn): nothing to end
    _context()
    from multiprocessing import forkserver

    assert forkserver._forkserver._preload_modules[-1] == "findings.quick_end"
