"""Fixtures for the picture tests: the committed bundled graph, the hand-written status graph, Chromium or a skip."""

from __future__ import annotations

from pathlib import Path

import pytest

from findings.viz.chromium import find_chromium

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
PICTURES = ROOT / "docs" / "pictures"
KNOWN = "https://w3id.org/findings/id/central-bedfordshire/ofsted-2017/recommendation/3"


@pytest.fixture(scope="session")
def chromium() -> str:
    found = find_chromium()
    if found is None:
        pytest.skip("chromium is not installed (apt-get install chromium): the render tests need a headless browser")
    return found


@pytest.fixture(scope="session")
def bundled_graph() -> Path:
    """The committed build of the bundled corpus (graphs/graph.nt): what `findings build` writes."""
    path = ROOT / "graphs" / "graph.nt"
    if not path.is_file():
        pytest.skip(f"{path} missing: run `findings build` first")
    return path


@pytest.fixture(scope="session")
def mini_graph() -> Path:
    """A small Turtle graph with status over time, recurrences, follow-ups and themes."""
    return DATA / "mini.ttl"
