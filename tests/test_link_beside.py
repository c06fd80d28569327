"""findings.link.beside: linking across years in a forked process links as the build's own process does, and a forked
process that fails leaves the linking to this one."""

from __future__ import annotations

import pickle

import pytest

from findings.build import _parts, gather
from findings.link import beside
from findings.link.beside import link_beside
from findings.link.corpus import link_corpus
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def parts_pickled() -> bytes:
    """The bundled corpus's extractions, pickled: each test links a fresh copy (linking changes them)."""
    return pickle.dumps(_parts(gather([CORPUS], None), None))


def _linked(out) -> tuple:
    return out.links, out.themes, [(m.item, m.assessment, m.findings) for m in out.mentions], out.findings, out.notes


def test_linking_beside_links_as_linking_here(parts_pickled):
    """Two jobs (`link_later` in the forked process) give what one process gives."""
    alone = link_corpus(pickle.loads(parts_pickled))
    out, _ = link_beside(pickle.loads(parts_pickled), None, 2)
    assert _linked(out) == _linked(alone)


def test_a_failure_in_the_forked_linking_is_linked_here(parts_pickled, monkeypatch):
    """The forked process failing is not the build's failure: `link_later` runs here instead."""

    def fails(parts):
        raise ValueError("a linking that failed")

    monkeypatch.setattr(beside, "_link_later_apart", fails)
    alone = link_corpus(pickle.loads(parts_pickled))
    out, _ = link_beside(pickle.loads(parts_pickled), None, 2)
    assert _linked(out) == _linked(alone)
