"""Shared fixtures: the bundled corpus built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from findings.build import BuildResult, build

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"  # built as `findings build` builds it: paths recorded as corpus/<council>/<file>
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def corpus_build() -> BuildResult:
    return build([CORPUS])
