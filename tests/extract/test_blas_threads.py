"""spaCy imported by the extractors leaves no OpenBLAS thread spinning beside the build (numpy's, which it never
uses), and the variable that says so is as the user left it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

_PROBE = """
import json, os
import findings.extract.polarity  # spaCy, and numpy with it
print(json.dumps({"threads": len(os.listdir("/proc/self/task")), "variable": os.environ.get("OPENBLAS_NUM_THREADS")}))
"""


def _probe(**env: str) -> dict:
    clean = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", _PROBE], env={**clean, **env}, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_spacy_imported_for_extraction_starts_no_blas_threads():
    assert _probe() == {"threads": 1, "variable": None}


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_a_users_own_setting_is_kept():
    assert _probe(OPENBLAS_NUM_THREADS="2")["variable"] == "2"
