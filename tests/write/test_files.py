"""The write stage: hostile literals survive a strict parser, files are ordinary and atomic, one build at a time."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from findings.cli import cli
from findings.write import BuildLocked, atomic_write, build_lock, serialise, write_graph
from findings.write.serialise import clean_text, oxigraph_triples
from tests.conftest import DATA

HOSTILE = [
    "a quote across a page break\x0cthe next page",
    "next line\x85 (NEL)",
    "line\u2028separator",
    "paragraph\u2029separator",
    "file\x1cgroup\x1drecord\x1eunit",
    "nul\x00 bell\x07 backspace\x08 vertical tab\x0b escape\x1b delete\x7f",
    'tab\there, "quoted", back\\slash, CR\r and LF\n',
    "C1 controls \x80\x9f",
    "non-BMP 😀 and an accent é",
]
DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
SURROGATES = "broken PDF \ud800 text \udfff end"


def hostile_graph() -> Graph:
    g = Graph()
    g.bind("ex", "http://example.org/")
    for n, text in enumerate(HOSTILE):
        g.add((URIRef(f"http://example.org/s{n}"), URIRef("http://example.org/text"), Literal(text)))
    g.add((URIRef("http://example.org/s"), URIRef("http://example.org/n"), Literal(3)))
    g.add((URIRef("http://example.org/s"), URIRef("http://example.org/d"), Literal("2019-02-11", datatype=DATE)))
    g.add((URIRef("http://example.org/s"), URIRef("http://example.org/l"), Literal("colour", lang="en-GB")))
    return g


@pytest.mark.parametrize("name,fmt", [("graph.nt", ox.RdfFormat.N_TRIPLES), ("graph.ttl", ox.RdfFormat.TURTLE)])
def test_hostile_literals_parse_back_strictly_to_the_same_graph(tmp_path, name, fmt):
    graph = hostile_graph()
    write_graph(graph, tmp_path)
    quads = ox.parse(path=str(tmp_path / name), format=fmt)  # Oxigraph's parser is strict: a cut literal fails
    back = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    assert back == set(oxigraph_triples(graph))
    assert {t.object.value for t in back if t.predicate.value.endswith("/text")} == set(HOSTILE)
    assert set(Graph().parse(tmp_path / name)) == set(graph)  # rdflib reads it back too


def test_sorted_ntriples_has_one_line_per_triple(tmp_path):
    graph = hostile_graph()
    write_graph(graph, tmp_path)
    lines = (tmp_path / "graph.nt").read_bytes().split(b"\n")
    assert lines[-1] == b"" and len(lines) - 1 == len(graph)
    assert lines[:-1] == sorted(lines[:-1])
    # str.splitlines() would cut these literals: the writer must never rely on it
    assert len((tmp_path / "graph.nt").read_text(encoding="utf-8").splitlines()) > len(graph)


def test_lone_surrogates_become_replacement_characters_of_the_same_length(tmp_path):
    graph = Graph()
    graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/text"), Literal(SURROGATES)))
    write_graph(graph, tmp_path)
    (back,) = ox.parse(path=str(tmp_path / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
    assert back.object.value == "broken PDF \ufffd text \ufffd end" == clean_text(SURROGATES)
    assert len(back.object.value) == len(SURROGATES)  # offsets around the quote stay right


def test_output_is_byte_identical_whatever_order_the_triples_came_in():
    graph = hostile_graph()
    reverse = Graph()
    for prefix, ns in graph.namespaces():
        reverse.bind(prefix, ns)
    for triple in sorted(graph, reverse=True):
        reverse.add(triple)
    assert serialise(graph) == serialise(reverse)


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_written_files_get_the_umask_permissions(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        write_graph(hostile_graph(), tmp_path)
        atomic_write(tmp_path / "other.bin", b"x")
    finally:
        os.umask(old)
    for name in ("graph.nt", "graph.ttl", "other.bin"):
        assert (tmp_path / name).stat().st_mode & 0o777 == mode, name


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "graph.nt"
    atomic_write(target, b"old\n")

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        atomic_write(target, b"new\n" * 1000)
    assert target.read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt"]


def test_a_killed_writer_leaves_the_old_file_or_the_new_one_whole(tmp_path):
    target = tmp_path / "big.bin"
    old, new = b"o" * 1_000_000, b"n" * 50_000_000
    atomic_write(target, old)
    code = (
        f"from pathlib import Path; from findings.write import atomic_write\n"
        f"while True: atomic_write(Path({str(target)!r}), b'n' * 50_000_000)"
    )
    child = subprocess.Popen([sys.executable, "-c", code])
    time.sleep(1.5)
    child.kill()
    child.wait()
    assert target.read_bytes() in (old, new)


def test_an_unchanged_file_is_not_rewritten(tmp_path):
    graph = hostile_graph()
    assert len(write_graph(graph, tmp_path)) == 2
    stamps = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    assert write_graph(graph, tmp_path) == []
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == stamps


def test_a_second_build_into_the_same_folder_is_refused(tmp_path):
    out = tmp_path / "out"
    with build_lock(out):
        with pytest.raises(BuildLocked, match="another build"):
            with build_lock(out):
                pass
        result = CliRunner().invoke(cli, ["build", str(DATA / "plan_other_council.txt"), "--out", str(out)])
        assert result.exit_code == 1
        assert result.stderr == f"Error: another build (pid {os.getpid()}) is writing into {out}; wait for it to finish\n"
        assert not (out / "graph.nt").exists()
    result = CliRunner().invoke(cli, ["--silent", "build", str(DATA / "plan_other_council.txt"), "--out", str(out)])
    assert result.exit_code == 0 and (out / "graph.nt").is_file()


def test_a_lock_left_by_a_killed_build_does_not_block_the_next(tmp_path):
    out = tmp_path / "out"
    code = (
        f"import time; from pathlib import Path; from findings.write import build_lock\n"
        f"with build_lock(Path({str(out)!r})):\n    print('held', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert child.stdout.readline() == b"held\n"
    with pytest.raises(BuildLocked, match=f"pid {child.pid}"):
        with build_lock(out):
            pass
    child.kill()
    child.wait()
    with build_lock(out) as lock:
        assert lock.read_text() == str(os.getpid())


def test_the_build_folder_is_readable_by_others_under_an_ordinary_umask(tmp_path):
    old = os.umask(0o022)
    try:
        result = CliRunner().invoke(cli, ["--silent", "build", str(DATA / "plan_other_council.txt"), "--out", str(tmp_path)])
        opened = CliRunner().invoke(cli, ["open", "--graph", str(tmp_path)])  # the first query loads the store
    finally:
        os.umask(old)
    assert result.exit_code == 0 and opened.exit_code == 0, result.output + opened.output
    modes = {
        p.relative_to(tmp_path).as_posix(): p.stat().st_mode & 0o777 for p in tmp_path.rglob("*") if not p.name.startswith("LOCK")
    }  # RocksDB's own lock file keeps the mode RocksDB gives it
    assert modes["graph.nt"] == modes["graph.ttl"] == 0o644 and modes["store"] == 0o755
    assert [path for path in modes if path.endswith(".pickle")]  # the cache entry is there, and ordinary too
    assert {path: mode for path, mode in modes.items() if path.startswith(".cache/") and mode != 0o644} == {}


def test_a_build_sweeps_what_a_killed_writer_left(tmp_path):
    from findings.build import build_into

    out = tmp_path / "out"
    (out / ".cache").mkdir(parents=True)
    left = [out / ".graph.nt.0123456789ab.tmp", out / ".cache" / ".abc-def.pickle.0123456789ab.tmp"]
    for path in left:
        path.write_bytes(b"half a file")
    (out / "notes.tmp").write_text("not ours: no leading dot", encoding="utf-8")
    build_into(out, [DATA / "plan_other_council.txt"], jobs=1)
    assert [path.exists() for path in left] == [False, False] and (out / "notes.tmp").exists()
