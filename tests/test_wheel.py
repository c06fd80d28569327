"""The wheel carries its data: built, unpacked and run from outside the checkout, it builds and validates the corpus."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT

pytest.importorskip("hatchling")


def test_wheel_runs_build_and_validate_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = dist.glob("findings_kg-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(site)
    assert "findings/_data/ontology/shapes.ttl" in names
    assert "findings/_data/extract/plan_layout.json" in names
    assert "findings/_data/corpus/central-bedfordshire/SOURCES.md" in names
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = subprocess.run(
        [sys.executable, "-c", "import findings; print(findings.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.startswith(str(site))
    built = subprocess.run(
        [sys.executable, "-m", "findings", "--silent", "build", "--format", "csv"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    assert "actions,96" in built.stdout
    checked = subprocess.run(
        [sys.executable, "-m", "findings", "validate"], cwd=work, env=env, capture_output=True, text=True, timeout=300
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert (work / "graphs" / "graph.nt").read_bytes() == (ROOT / "graphs" / "graph.nt").read_bytes()
