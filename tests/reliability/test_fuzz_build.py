"""A bounded, seeded fuzz run of the build: mutated copies of real documents either build, with every span inside
its document, or are named with a one-line reason; nothing crashes the build and the graph still serialises."""

from __future__ import annotations

import random
import time
from pathlib import Path

from rdflib import Graph

from findings.build import build
from tests.conftest import CORPUS, OFSTED, need_shared
from tests.reliability.mutate import flip_bytes, mutate_text
from tests.reliability.test_properties import assert_spans_inside

SEED = 14
TEXT_MUTANTS = 36
PDF_MUTANTS = 12
BUDGET_S = 60


def _text_mutants(folder: Path) -> set[str]:
    """Write the mutated copies; the names of those made unreadable on purpose (damaged UTF-8 or a NUL byte)."""
    rng = random.Random(SEED)
    sources = sorted(CORPUS.glob("*/*.txt"))
    assert len(sources) >= 3
    broken: set[str] = set()
    for n in range(TEXT_MUTANTS):
        text = mutate_text(sources[n % len(sources)].read_text(encoding="utf-8"), rng)
        suffix = rng.choice([".txt", ".txt", ".md", ".html"])
        data = text.encode("utf-8")
        if suffix == ".html":
            data = b"<html><body><pre>" + data.replace(b"<", b"&lt;") + b"</pre></body></html>"
        name = f"m{n:02d}{suffix}"
        if rng.random() < 0.1 and data.strip():
            cut = rng.randrange(len(data))
            bad = rng.choice([b"\xff\xfe", b"\x00", b"\xc3"])
            if bad == b"\x00" or (bad == b"\xff\xfe" and cut == 0) or not data.isascii():
                broken.add(f"fuzz/{name}")  # else a byte standing alone in plain ASCII: Windows 'ANSI' text, read
            data = data[:cut] + bad + data[cut:]
        (folder / name).write_bytes(data)
    return broken


def test_mutated_corpus_documents_build_or_are_named(tmp_path):
    folder = tmp_path / "fuzz"
    folder.mkdir()
    broken = _text_mutants(folder)
    started = time.monotonic()
    result = build([folder])
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET_S
    skipped = dict(result.skipped)
    assert broken <= set(skipped)  # each file made unreadable is named ...
    empty = {rel for rel, reason in skipped.items() if reason in ("empty file", "no text could be read from it")}
    assert set(skipped) == broken | empty  # ... and nothing else is, but files a mutation emptied
    assert all("\n" not in reason for reason in skipped.values())
    assert len(result.extraction.documents) + len(skipped) == TEXT_MUTANTS
    assert len(result.extraction.documents) > TEXT_MUTANTS // 2
    assert assert_spans_inside(result.extraction) > 100  # the mutants still hold items, so the spans are tested
    turtle = result.graph.serialize(format="turtle")
    assert len(Graph().parse(data=turtle, format="turtle")) == len(result.graph)


def test_damaged_pdfs_build_or_are_named(tmp_path):
    need_shared()
    rng = random.Random(SEED)
    sources = sorted(OFSTED.glob("*/*.pdf"), key=lambda path: (path.stat().st_size, path.as_posix()))[:4]
    assert len(sources) == 4
    folder = tmp_path / "fuzz"
    folder.mkdir()
    for n in range(PDF_MUTANTS):
        data = flip_bytes(sources[n % len(sources)].read_bytes(), rng, rng.choice([1, 5, 50, 500]))
        if rng.random() < 0.3:
            data = data[: rng.randrange(1024, len(data))]
        (folder / f"m{n:02d}.pdf").write_bytes(data)
    result = build([folder])
    assert len(result.extraction.documents) + len(result.skipped) == PDF_MUTANTS
    assert result.extraction.documents  # some damage leaves a report readable ...
    assert all(reason.startswith("not a readable PDF") for _, reason in result.skipped)  # ... the rest is named
    assert_spans_inside(result.extraction)
