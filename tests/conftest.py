"""Shared fixtures: the bundled corpus built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from findings.build import BuildResult, build

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"  # built as `findings build` builds it: paths recorded as corpus/<council>/<file>
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"  # beside the checkout in CI; read, never copied into the project
OFSTED = SHARED / "ofsted"


def need_shared() -> None:
    """Skip (with the reason) when ../shared is not beside the checkout; CI always has it."""
    if not OFSTED.is_dir():
        pytest.skip(f"{OFSTED} not present")


@pytest.fixture(scope="session")
def corpus_build() -> BuildResult:
    return build([CORPUS])


@pytest.fixture(scope="session")
def ofsted_build() -> BuildResult:
    need_shared()
    return build([OFSTED])


def build_copies(folder: Path, source: Path, names: list[str]) -> BuildResult:
    """Build copies of the files `names` of `source` in `folder` (a test's own corpus)."""
    for name in names:
        (folder / name).write_bytes((source / name).read_bytes())
    return build([folder])


def status_on(result: BuildResult, identifier: str, as_of) -> str:
    """The status of the recommendation numbered `identifier` as of a date: its latest status by then."""
    mine = [s for s in result.extraction.statuses if s.item.identifier == identifier and s.as_of <= as_of]
    return max(mine, key=lambda s: s.as_of).status


def polarity_of(sentence: str) -> str | None:
    """The polarity the finding rules give one sentence ('Strength', 'Weakness' or None), asserting it is one."""
    from findings.extract.polarity import sentence_polarities

    (read,) = sentence_polarities(sentence)
    return read[2]
