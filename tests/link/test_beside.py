"""A build with two jobs links across years in a forked process beside the findings' triples (findings.link.beside):
its graph, review queue and summary are the bytes a one-job build makes, and a failure of the forked part is
reported or made good, never lost."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from findings.build import assemble, gather
from findings.link import beside, later
from findings.review.queue import queue_json
from findings.summary import summary_rows
from findings.write import serialise
from tests.conftest import DATA

# two councils, each with an earlier and a later report: recurrences, later findings on earlier recommendations
REPORTS = (
    "barnsley_style_ilacs_2019.txt",
    "barnsley_style_ilacs_2023.txt",
    "doncaster_style_sif_2015.txt",
    "doncaster_style_ilacs_2019.txt",
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    for name in REPORTS:
        council = name.split("_")[0]
        (folder / council).mkdir(parents=True, exist_ok=True)
        shutil.copy(DATA / "other_councils" / name, folder / council / name)
    return folder


def _built(folder: Path, jobs: int) -> tuple[bytes, bytes, bytes, list]:
    """(Turtle, N-Triples, review queue, summary rows) of `folder` assembled with `jobs`."""
    result = assemble(gather([folder], None), None, None, {}, jobs)
    turtle, ntriples = serialise(result.triples)
    return turtle, ntriples, queue_json(result.extraction, None), summary_rows(result)


def test_two_jobs_give_the_bytes_of_one(corpus):
    one = _built(corpus, 1)
    result = assemble(gather([corpus], None), None, None, {}, 2)
    assert result.extraction.mentions and any(link.kind == "recurs" for link in result.extraction.links)  # linked apart
    assert _built(corpus, 2) == one


def test_the_forked_part_runs_in_a_process_of_its_own(corpus, monkeypatch):
    """The links are made in another process (else nothing would be gained), and taken back."""
    made_in = []
    real = beside.link_later
    monkeypatch.setattr(beside, "link_later", lambda out: (made_in.append(os.getpid()), real(out))[1])
    result = assemble(gather([corpus], None), None, None, {}, 2)
    assert made_in == []  # the child's list, not this process's
    assert result.extraction.links


def test_a_lost_forked_part_is_made_here(corpus, monkeypatch):
    """The forked process dies without a word: the build links here and gives the same bytes."""
    one = _built(corpus, 1)
    parent = os.getpid()
    real = later.link_mentions

    def dies_apart(out):
        if os.getpid() != parent:
            os._exit(3)
        return real(out)

    monkeypatch.setattr("findings.link.corpus.link_mentions", dies_apart)
    assert _built(corpus, 2) == one


def test_a_fault_in_the_forked_part_is_raised(corpus, monkeypatch):
    """A fault of the linker's in the forked process is raised by the build, as with one job, not passed over."""

    def broken(out):
        raise ValueError("a broken linking rule")

    monkeypatch.setattr("findings.link.corpus.link_mentions", broken)
    with pytest.raises(ValueError, match="a broken linking rule"):
        _built(corpus, 2)


def test_a_finding_copied_with_its_clauses_polarity_comes_back(corpus, monkeypatch):
    """A later finding split by 'although'/'but' is a copy with the polarity of its clauses that speak of the
    recommendation (later._as_said_of), not one of the findings: it comes back as the same copy, linked apart (it had
    failed the forked part, and the build linked again here: twice the work, on one core)."""
    monkeypatch.setattr(later, "_as_said_of", lambda f, concerns, asked: replace(f, polarity=f"{f.polarity}Apart"))
    one = _built(corpus, 1)
    made_in = []
    real = beside.link_later
    monkeypatch.setattr(beside, "link_later", lambda out: (made_in.append(os.getpid()), real(out))[1])
    result = assemble(gather([corpus], None), None, None, {}, 2)
    assert made_in == []  # not linked again here
    copied = [f for m in result.extraction.mentions for _, f in m.findings]
    assert copied and all(f.polarity.endswith("Apart") and f not in result.extraction.findings for f in copied)
    assert _built(corpus, 2) == one
