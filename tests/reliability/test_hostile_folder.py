"""A folder of downloads as a QA lead has one: good documents beside every kind of bad file; the good ones are built,
each bad one is named with a one-line reason, nothing outside the folder is read, and the exit status says so."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph

from findings.build import build
from findings.cli import EXIT_SKIPPED, cli
from findings.rdf._fo import FO
from findings.read.walk import Limits, walk
from tests.conftest import CORPUS, OFSTED, need_shared
from tests.pdfmaker import make_pdf
from tests.reliability.hostile import (
    BAD_FILES,
    BROKEN_BUT_READABLE_HTML,
    SECRET,
    big_pdf,
    encrypted_pdf,
    make_links,
)

GOOD = sorted(CORPUS.glob("*/00[12]_*.txt"))  # an update report and committee minutes of the bundled corpus
ROOT_READS_ALL = "running as root: root reads files and folders whatever their permissions"


def _good_folder(folder: Path) -> None:
    folder.mkdir()
    assert len(GOOD) == 2, GOOD
    for path in GOOD:
        shutil.copy(path, folder / path.name)


def _items(graph: Graph, kind) -> set[str]:
    return {str(node) for node in graph.subjects(RDF.type, kind)}


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> Graph:
    """The good documents built on their own: what the hostile folder must still yield."""
    folder = tmp_path_factory.mktemp("clean") / "docs"
    _good_folder(folder)
    return build([folder]).graph


def test_bad_files_beside_good_ones_are_named_and_the_good_ones_built(tmp_path, clean):
    docs = tmp_path / "docs"
    _good_folder(docs)
    for name, (data, _) in BAD_FILES.items():
        (docs / name).write_bytes(data)
    (docs / "locked.pdf").write_bytes(encrypted_pdf(["Ensure that nothing locked is read."]))
    (docs / "readable.html").write_bytes(BROKEN_BUT_READABLE_HTML)
    (docs / "big.pdf").write_bytes(big_pdf(["A 25 MB agenda pack"], 25_000_000))
    os.mkfifo(docs / "pipe.txt")  # reading a named pipe would wait for ever
    links = make_links(docs, tmp_path / "outside")
    out = tmp_path / "out"

    result = CliRunner().invoke(cli, ["--silent", "build", str(docs), "--out", str(out), "--format", "csv"])

    assert "Traceback" not in result.output
    expected = {f"docs/{name}": reason for name, (_, reason) in BAD_FILES.items()}
    expected |= links
    expected["docs/locked.pdf"] = "not a readable PDF (encrypted: it needs a password)"
    expected["docs/pipe.txt"] = "a named pipe, not a document"
    assert result.stderr.splitlines() == [f"skipped {rel}: {reason}" for rel, reason in sorted(expected.items())]
    assert result.exit_code == EXIT_SKIPPED
    assert (docs / "big.pdf").stat().st_size > 25_000_000
    assert "documents,4" in result.stdout  # the two good ones, the big PDF and the HTML that is broken but readable

    graph = Graph().parse(out / "graph.nt", format="nt")
    for kind in (FO.Recommendation, FO.Resolution, FO.ProgressUpdate):
        assert _items(clean, kind), kind  # the good documents hold each kind, so the comparison below can fail
        assert _items(graph, kind) == _items(clean, kind)
    paths = {str(o) for o in graph.objects(None, FO.sourcePath)}
    assert paths == {f"docs/{p.name}" for p in GOOD} | {"docs/big.pdf", "docs/readable.html"}
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    assert SECRET not in nt and "nothing locked" not in nt


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_a_file_given_twice_is_one_document_and_the_build_succeeds(tmp_path, clean, cache):
    """A report downloaded twice under two names was two sources of one document node (a graph that broke the
    shapes, a failed build); it is read once, the copy named, the build a success (helper-60)."""
    docs = tmp_path / "docs"
    _good_folder(docs)
    shutil.copy(GOOD[0], docs / f"copy of {GOOD[0].name}")
    out = tmp_path / "out"
    for _ in range(2):  # the second build reuses the first and still names the copy
        result = CliRunner().invoke(cli, ["build", str(docs), "--out", str(out), "--no-pictures", "--format", "csv", *cache])
        assert result.exit_code == 0, result.output
        assert f"read docs/copy of {GOOD[0].name} once: it is the same file as docs/{GOOD[0].name}" in result.stderr
        assert "Violation" not in result.output and "documents,2" in result.stdout
    graph = Graph().parse(out / "graph.nt", format="nt")
    assert {str(o) for o in graph.objects(None, FO.sourcePath)} == {f"docs/{p.name}" for p in GOOD}
    assert _items(graph, FO.Resolution) == _items(clean, FO.Resolution)


def test_a_folder_with_nothing_readable_keeps_the_previous_graph(tmp_path):
    docs = tmp_path / "docs"
    _good_folder(docs)
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["--silent", "build", str(docs), "--out", str(out)]).exit_code == 0
    before = (out / "graph.nt").read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["--silent", "build", str(bad), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "skipped bad/empty.txt: empty file",
        f"Error: no document could be read, so nothing was written to {out}",
    ]
    assert (out / "graph.nt").read_bytes() == before


def test_usage_errors_exit_2_with_one_line(tmp_path):
    """Through the installed entry point (findings.cli:main), as a user runs it."""
    import subprocess
    import sys

    missing = tmp_path / "missing"
    for args in (["build", str(missing)], ["build", "--format", "yaml"], ["no-such-command"]):
        done = subprocess.run([sys.executable, "-m", "findings", *args], capture_output=True, text=True, timeout=60)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.splitlines()[-1].startswith("Error: ") and "Traceback" not in done.stderr


def test_the_size_limit_is_configurable_and_names_the_file(tmp_path):
    docs = tmp_path / "docs"
    _good_folder(docs)
    sizes = {p.name: p.stat().st_size for p in docs.iterdir()}
    limit = min(sizes.values()) + 1  # the smaller document fits, the larger does not
    found, skipped = walk([docs], Limits(max_bytes=limit, not_documents=frozenset()))
    assert [rel for _, rel in found] == [f"docs/{n}" for n, s in sorted(sizes.items()) if s <= limit]
    assert len(skipped) == 1
    rel, reason = skipped[0]
    assert rel == f"docs/{max(sizes, key=sizes.get)}"
    assert reason.endswith(f"over the {limit / 1e6:.1f} MB limit (max_bytes in extract/reading.json)")


def test_the_default_limit_takes_a_25_MB_file_and_names_a_larger_one_without_reading_it(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    limit = Limits.configured().max_bytes
    assert limit >= 25_000_000
    with open(docs / "huge.pdf", "wb") as handle:  # sparse: over the limit without filling the disk
        handle.truncate(limit + 1)
    with open(docs / "large.txt", "wb") as handle:
        handle.truncate(25_000_000)
    found, skipped = walk([docs])
    assert [rel for _, rel in found] == ["docs/large.txt"]
    assert skipped == [
        ("docs/huge.pdf", f"{(limit + 1) / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit (max_bytes in extract/reading.json)")
    ]


def test_a_link_inside_the_folder_is_read_once_at_its_target(tmp_path):
    docs = tmp_path / "docs"
    _good_folder(docs)
    (docs / "blobs").mkdir()
    shutil.copy(GOOD[0], docs / "blobs" / "3f2a")  # a store of blobs without suffixes, named by links
    os.symlink("blobs/3f2a", docs / "report.txt")
    os.symlink(GOOD[1].name, docs / "again.txt")  # a second name for a document read anyway
    found, skipped = walk([docs])
    assert skipped == []
    assert [rel for _, rel in found] == [f"docs/{p.name}" for p in GOOD] + ["docs/report.txt"]


def test_a_folder_given_through_a_link_is_walked(tmp_path):
    docs = tmp_path / "docs"
    _good_folder(docs)
    os.symlink(docs, tmp_path / "latest")
    found, skipped = walk([tmp_path / "latest"])
    assert skipped == []
    assert [rel for _, rel in found] == [f"latest/{p.name}" for p in GOOD]


@pytest.mark.skipif(os.geteuid() == 0, reason=ROOT_READS_ALL)
def test_unreadable_file_and_folder_are_named(tmp_path):
    docs = tmp_path / "docs"
    _good_folder(docs)
    (docs / "private").mkdir()
    shutil.copy(GOOD[0], docs / "private" / "hidden.txt")
    shutil.copy(GOOD[0], docs / "locked.txt")
    (docs / "locked.txt").chmod(0)
    (docs / "private").chmod(0)
    try:
        result = CliRunner().invoke(cli, ["--silent", "build", str(docs), "--out", str(tmp_path / "out")])
    finally:
        (docs / "private").chmod(stat.S_IRWXU)
        (docs / "locked.txt").chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert result.stderr.splitlines() == [
        "skipped docs/locked.txt: Permission denied",
        "skipped docs/private/: folder cannot be read (Permission denied)",
    ]
    assert result.exit_code == EXIT_SKIPPED


def test_unreadable_file_and_folder_are_named_even_as_root(tmp_path, monkeypatch):
    """The same refusals as the operating system gives an ordinary user, injected where root would not get them."""
    import findings.read.walk as walk_module

    docs = tmp_path / "docs"
    _good_folder(docs)
    (docs / "private").mkdir()
    shutil.copy(GOOD[0], docs / "private" / "hidden.txt")
    shutil.copy(GOOD[0], docs / "locked.txt")
    real_scandir, real_read = os.scandir, Path.read_bytes

    def scandir(path):
        if Path(path).name == "private":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(walk_module.os, "scandir", scandir)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = build([docs])
    assert sorted(result.skipped) == [
        ("docs/locked.txt", "Permission denied"),
        ("docs/private/", "folder cannot be read (Permission denied)"),
    ]
    assert sorted(d.path for d in result.extraction.documents) == [f"docs/{p.name}" for p in GOOD]


def test_a_pdf_with_a_header_after_leading_junk_is_still_read(tmp_path):
    """PDFium accepts a header within the first kilobyte; so does the sniffing that refuses web pages."""
    from findings.read import read_document

    path = tmp_path / "junk-first.pdf"
    path.write_bytes(b"\r\n\r\n" + make_pdf([["Ensure that leading bytes do not stop a report being read."]]))
    assert "leading bytes" in read_document(path).text


def test_of_two_copies_the_one_whose_name_dates_it_is_kept(tmp_path):
    """Later reports print no publication date; Ofsted's file name carries it. A renamed copy sorted first
    ('Inspection report.pdf') had been kept and the date lost; the dated name is kept, the other named as its copy."""
    need_shared()
    report = OFSTED / "derby" / "children's services inspection - 11 may 2022.pdf"
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(report, docs / "Inspection report.pdf")
    shutil.copy(report, docs / report.name)
    result = CliRunner().invoke(cli, ["build", str(docs), "--out", str(tmp_path / "out"), "--no-pictures", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert f"read docs/Inspection report.pdf once: it is the same file as docs/{report.name}" in result.stderr
    built = build([docs]).extraction
    (inspection,) = built.assessments.values()
    assert [d.path for d in built.documents] == [f"docs/{report.name}"]
    assert (str(inspection.issued), inspection.date_source) == (
        "2022-05-11",
        "publication date from the file name (not printed in the report)",
    )
