"""benchmarks/timeline.py: a process tree's CPU ticks become each process's share of a core per slice of wall time."""

from __future__ import annotations

import os
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import timeline  # noqa: E402


def test_ticks_between_samples_count_in_the_later_samples_slice():
    samples = [(0.1, {1: 10}), (0.3, {1: 30, 2: 5}), (0.6, {1: 40, 2: 25})]
    shares = timeline.slices(samples, 0.25, 100)
    assert [at for at, _ in shares] == [0.0, 0.25, 0.5]
    assert shares[0][1] == pytest.approx({1: 0.4})  # 10 ticks of 100 a second in a quarter second: 0.4 of a core
    assert shares[1][1] == pytest.approx({1: 0.8, 2: 0.2})  # a process first seen counts from zero
    assert shares[2][1] == pytest.approx({1: 0.4, 2: 0.8})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_tree_holds_this_process_and_its_children():
    import subprocess

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2)"])
    try:
        found = timeline.tree(os.getppid())
        assert os.getpid() in found and child.pid in found
        assert all(ticks >= 0 for ticks in found.values())
    finally:
        child.kill()
        child.wait()
