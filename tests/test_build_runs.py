"""Build runs: the same bytes whatever the number of jobs; a cached rebuild neither reads, extracts nor rewrites."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import findings.build
import findings.extract.document
import findings.parallel
from findings.build import build, build_into
from findings.cli import cli
from findings.write import serialise
from tests.conftest import CORPUS, DATA


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The bundled corpus and the other councils' documents, copied so a test can add or change one."""
    root = tmp_path_factory.mktemp("inputs")
    shutil.copytree(CORPUS, root / "corpus")
    shutil.copytree(DATA / "other_councils", root / "other")
    return [root / "corpus", root / "other"]


def test_two_jobs_build_the_same_bytes_as_one(inputs, corpus_build):
    one = build(inputs, jobs=1)
    two = build(inputs, jobs=2)
    assert len(one.extraction.documents) > len(corpus_build.extraction.documents)
    assert serialise(two.graph) == serialise(one.graph)


def test_the_cli_with_two_jobs_writes_what_one_job_writes(inputs, tmp_path):
    for jobs in ("1", "2"):
        result = CliRunner().invoke(
            cli, ["--silent", "build", *map(str, inputs), "--out", str(tmp_path / jobs), "--no-cache", "--jobs", jobs]
        )
        assert result.exit_code == 0, result.output
    # the pictures too: with two jobs they are drawn in other processes while the graph is written
    names = sorted(p.name for p in (tmp_path / "1").iterdir() if p.is_file())
    assert {"graph.nt", "graph.ttl", "overview.html", "overview.svg", "lineage.gexf", "themes.graphml"} <= set(names)
    assert sorted(p.name for p in (tmp_path / "2").iterdir() if p.is_file()) == names
    for name in names:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_a_cache_hit_neither_reads_nor_extracts(inputs, tmp_path, monkeypatch):
    first = build(inputs, cache_dir=tmp_path / "cache")

    def refuse(*args, **kwargs):
        raise AssertionError("a cache hit must not read or extract the document again")

    monkeypatch.setattr(findings.parallel, "read_and_extract", refuse)
    monkeypatch.setattr(findings.build, "read_and_extract", refuse)
    monkeypatch.setattr(findings.extract.document, "extract_document", refuse)
    again = build(inputs, cache_dir=tmp_path / "cache")
    assert serialise(again.graph) == serialise(first.graph)


def test_an_unchanged_rebuild_rewrites_nothing_and_an_added_document_is_the_only_one_extracted(inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = build_into(out, inputs[:1], jobs=1)
    assert not first.reused and {p.name for p in first.written} == {"graph.nt", "graph.ttl", "review.json"}
    stamps = {name: (out / name).stat().st_mtime_ns for name in ("graph.nt", "graph.ttl")}
    again = build_into(out, inputs[:1], jobs=1)
    assert again.reused and again.written == [] and again.rows == first.rows
    assert {name: (out / name).stat().st_mtime_ns for name in stamps} == stamps

    extracted = []
    real = findings.parallel.read_and_extract
    monkeypatch.setattr(findings.parallel, "read_and_extract", lambda item: extracted.append(item[1]) or real(item))
    more = build_into(out, inputs, jobs=1)
    assert not more.reused and sorted(extracted) == sorted(
        p.relative_to(inputs[1].parent).as_posix() for p in inputs[1].iterdir()
    )
    assert (out / "graph.nt").read_bytes() == b"".join(serialise(build(inputs).graph)[1:])


def test_an_edited_theme_scheme_voids_the_reuse(inputs, tmp_path, monkeypatch):
    """A QA lead adds a label to ontology/themes.ttl and builds again: the graph carries it (the last build's
    manifest is void), though no document changed."""
    import findings.link.themes as themes
    import findings.resources
    import findings.write.cache

    out = tmp_path / "out"
    build_into(out, inputs[:1], jobs=1)
    ontology = tmp_path / "ontology"
    shutil.copytree(findings.resources.data_dir("ontology"), ontology)
    scheme = ontology / "themes.ttl"
    scheme.write_text(scheme.read_text(encoding="utf-8").replace('"sdqs",', '"sdqs", "wellbeing checks",'), encoding="utf-8")
    real = findings.resources.data_dir
    moved = lambda name: ontology if name == "ontology" else real(name)  # noqa: E731
    monkeypatch.setattr(findings.resources, "data_dir", moved)
    monkeypatch.setattr(findings.write.cache, "data_dir", moved)
    for cached in (themes.scheme, themes._labels, themes._broader):
        cached.cache_clear()
    try:
        again = build_into(out, inputs[:1], jobs=1)
    finally:
        for cached in (themes.scheme, themes._labels, themes._broader):
            cached.cache_clear()
    assert not again.reused
    assert b'"wellbeing checks"' in (out / "graph.nt").read_bytes()


def test_a_changed_output_file_voids_the_reuse(inputs, tmp_path):
    out = tmp_path / "out"
    build_into(out, inputs[:1], jobs=1)
    good = (out / "graph.nt").read_bytes()
    (out / "graph.nt").write_bytes(b"edited by hand\n")
    again = build_into(out, inputs[:1], jobs=1)
    assert not again.reused and (out / "graph.nt").read_bytes() == good


def test_a_build_killed_midway_leaves_the_last_output_and_the_next_build_is_right(inputs, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    import pyoxigraph as ox

    out = tmp_path / "out"
    build_into(out, [DATA / "plan_other_council.txt"], jobs=1)
    before = {name: (out / name).read_bytes() for name in ("graph.nt", "graph.ttl")}
    seen = set()
    for delay in (0.5, 2.0, 4.0):  # killed while reading, extracting or writing, as the machine's load decides
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "findings",
                "--silent",
                "build",
                *map(str, inputs),
                "--out",
                str(out),
                "--no-cache",
                "--jobs",
                "1",
            ],
            stdout=subprocess.DEVNULL,
        )
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        for name, fmt in (("graph.nt", ox.RdfFormat.N_TRIPLES), ("graph.ttl", ox.RdfFormat.TURTLE)):
            data = (out / name).read_bytes()
            seen.add(data == before[name])
            assert sum(1 for _ in ox.parse(data, format=fmt)) > 100  # whole: a strict parser reads it to the end
    assert True in seen  # at least one kill landed before the new graph replaced the old
    done = build_into(out, inputs, jobs=1, use_cache=False)
    assert not done.reused and done.violations == []
    assert (out / "graph.nt").read_bytes() == serialise(build(inputs).graph)[1]
    assert [p.name for p in out.rglob("*.tmp")] == []  # what a killed writer left is swept under the lock


def test_a_task_beside_the_build_gives_its_result_and_reports_a_failure_by_name(tmp_path):
    """`Beside` runs the pictures in a forked process (two jobs) or when waited for (one): the same files come back,
    and a task that fails is reported by name, as TaskFailed, not as a traceback."""

    from findings.parallel import Beside, TaskFailed

    def task() -> list[Path]:
        (tmp_path / "a").write_text("a", encoding="utf-8")
        return [tmp_path / "a"]

    def broken() -> list[Path]:
        raise ValueError("no graph to draw")

    for jobs in (1, 2):
        assert Beside(task, "a task", jobs).wait() == [tmp_path / "a"]
        with pytest.raises(TaskFailed, match="^the pictures: ValueError: no graph to draw$"):
            Beside(broken, "the pictures", jobs).wait()


def test_a_task_beside_the_build_neither_keeps_its_lock_nor_outlives_a_cancel(tmp_path):
    """The pictures' process is forked while the build holds its folder's lock: it must not keep the lock alive."""
    import time

    from findings.parallel import Beside
    from findings.write import build_lock

    with build_lock(tmp_path):
        task = Beside(lambda: time.sleep(30) or [], "a slow task", jobs=2)
    with build_lock(tmp_path):  # refused ('another build …') if the child still held the lock
        pass
    assert task.child is not None and task.child.is_alive()
    task.cancel()
    assert not task.child.is_alive()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_pictures_that_cannot_be_drawn_leave_the_graph_and_say_so(inputs, tmp_path, jobs):
    out = tmp_path / "out"
    (out / "overview.html").mkdir(parents=True)  # a folder where a picture goes
    (out / "themes.html").write_text("a picture of an older graph", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--silent", "build", str(inputs[0]), "--out", str(out), "--jobs", jobs])
    assert result.exit_code == 1
    assert f"the graph was written to {out}, but not the pictures: IsADirectoryError" in result.output
    assert "Traceback" not in result.output
    assert (out / "graph.nt").stat().st_size > 0 and (out / "graph.ttl").stat().st_size > 0
    stale = out / "themes.html"  # never left as it was: missing (redrawn by the next build) or drawn from this graph
    assert not stale.exists() or stale.read_text(encoding="utf-8") != "a picture of an older graph"
    (out / "overview.html").rmdir()
    again = CliRunner().invoke(cli, ["--silent", "build", str(inputs[0]), "--out", str(out), "--jobs", jobs])
    assert again.exit_code == 0, again.output  # nothing changed but a picture is missing: drawn again
    assert (out / "overview.html").is_file()


def test_a_build_without_pictures_that_changes_the_graph_leaves_no_picture_of_the_graph_before(inputs, tmp_path):
    """build → a change (a review decision, a document) → build --no-pictures → build: the last build, reusing the
    second, drew the pictures of the first again unless the second removed them (helper-60)."""
    out = tmp_path / "out"
    docs = tmp_path / "docs"
    shutil.copytree(inputs[0], docs)
    run = lambda *extra: CliRunner().invoke(cli, ["--silent", "build", str(docs), "--out", str(out), *extra])  # noqa: E731
    assert run().exit_code == 0
    before = (out / "overview.html").read_bytes()
    assert run("--no-pictures").exit_code == 0  # nothing changed: the pictures still show this graph
    assert (out / "overview.html").read_bytes() == before
    shutil.copy(DATA / "plan_other_council.txt", docs / "plan.txt")
    assert run("--no-pictures").exit_code == 0
    assert not (out / "overview.html").exists()
    assert run().exit_code == 0  # the graph is reused, the pictures drawn from it
    assert (out / "overview.html").read_bytes() != before


def test_two_jobs_give_every_outcome_in_order_whoever_read_the_file(inputs, tmp_path):
    """While the workers start, this process reads the first files and the workers extract them; later files are
    read and extracted by the workers. Either way the outcomes come back in the order given, a file that cannot be
    read as its reason."""
    from findings.build import collect
    from findings.parallel import extract_all

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    items = [(broken, "broken.pdf"), *collect(inputs), (tmp_path / "gone.txt", "gone.txt")]
    one = list(extract_all(items, 1))
    two = list(extract_all(items, 2))
    assert [rel for rel, _ in two] == [rel for _, rel in items]
    assert isinstance(two[0][1], str) and isinstance(two[-1][1], str)
    assert [o if isinstance(o, str) else len(o.recommendations) for _, o in two] == [
        o if isinstance(o, str) else len(o.recommendations) for _, o in one
    ]


def test_the_file_being_read_when_the_workers_come_up_is_extracted_once_in_its_place(inputs, monkeypatch):
    """The thread that starts the workers hands them the files read so far the moment they are up; the file this
    process is still reading then is submitted by it once read. Slow reads here make the workers come up mid-read
    (surely on the second run, whose server is running already): every file this process read is extracted once,
    none is lost or read twice, and the outcomes keep their order."""
    import threading
    import time

    from findings.build import collect
    from findings.parallel import extract_all

    items = list(collect(inputs))[:6]
    one = [len(o.findings) for _, o in extract_all(items, 1)]
    real_read, real_submitted = findings.parallel.read_only, findings.parallel._submitted
    by_this_thread: list[bool] = []

    def slow_read(item):
        time.sleep(0.3)
        read_here.append(item[1])
        return real_read(item)

    def counted(pool, read):
        submitted.append(read[0])
        by_this_thread.append(threading.current_thread() is threading.main_thread())
        return real_submitted(pool, read)

    real_start = findings.parallel._start

    def start_after_the_first_read_began(pool, early):  # a server already running comes up in milliseconds: were it
        time.sleep(0.1)  # up before this process's first look, no file would be read here at all (nothing to test)
        real_start(pool, early)

    monkeypatch.setattr(findings.parallel, "read_only", slow_read)
    monkeypatch.setattr(findings.parallel, "_submitted", counted)
    monkeypatch.setattr(findings.parallel, "_start", start_after_the_first_read_began)
    for _ in range(2):
        read_here: list[str] = []
        submitted: list[str] = []
        two = list(extract_all(items, 2))
        assert [rel for rel, _ in two] == [rel for _, rel in items]
        assert read_here and sorted(submitted) == sorted(read_here)  # each file read here given to the workers once
        assert [len(o.findings) for _, o in two] == one
    assert any(by_this_thread)  # the file under way when the workers came up, submitted once read


def test_a_renamed_file_is_extracted_again_since_its_name_may_date_it(tmp_path):
    """A report that prints no publication date is dated by its file's name: the cache answers for the bytes under
    that name only, so a renamed copy never keeps the old name's date."""
    from tests.extract.test_report_council import WESTMINSTER_LIKE
    from tests.pdfmaker import make_pdf

    text = WESTMINSTER_LIKE.replace("City of Westminster", "Kirklees Council")
    data = make_pdf([[line.encode("latin-1", "replace").decode("latin-1") for line in text.splitlines()]])
    folder, cache = tmp_path / "in", tmp_path / "cache"
    folder.mkdir()
    first = folder / "Kirklees_ILACS_10_October_2019.pdf"
    first.write_bytes(data)
    issued = {a.issued for a in build([folder], cache_dir=cache).extraction.assessments.values()}
    assert {str(d) for d in issued} == {"2019-10-10"}
    first.rename(folder / "Kirklees_ILACS_2_March_2020.pdf")
    issued = {a.issued for a in build([folder], cache_dir=cache).extraction.assessments.values()}
    assert {str(d) for d in issued} == {"2020-03-02"}


def test_a_build_with_two_jobs_leaves_spacy_to_the_workers(tmp_path):
    """With two jobs the build's own process reads the first files while the workers' server imports spaCy (half a
    second): were the build process to import spaCy too, through the linker, that half second would be paid twice."""
    code = (
        "import sys; from pathlib import Path; from findings.build import build_into; "
        f"build_into(Path({str(tmp_path / 'out')!r}), [Path({str(CORPUS)!r})], use_cache=False, jobs=2); "
        "sys.exit('spacy' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False, timeout=120).returncode == 0


def test_the_extractors_import_spacy_without_its_command_line():
    """spaCy's command line (typer and the training commands, about a fifth of a second) is never needed to
    extract, so importing the extractors leaves it out; asked for later, it is the real one."""
    code = (
        "import sys; import findings.extract.document; import spacy; "
        "left = 'spacy.cli' not in sys.modules and 'typer' not in sys.modules; "
        "import spacy.cli; from spacy.cli.info import info; "
        "sys.exit(0 if left and hasattr(spacy.cli, 'download') and spacy.info()['spacy_version'] else 1)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False, timeout=120).returncode == 0


def test_spacy_imports_with_the_collector_paused_and_is_frozen_after_it():
    """No collection runs while spaCy imports (its objects live as long as the process), the collector runs again
    after it, and what was in memory then is frozen, so later collections do not walk it; a collector the user had
    turned off stays off."""
    code = (
        "import gc, sys; import findings.extract; counts = []; "
        "gc.callbacks.append(lambda phase, info: counts.append(1) if 'spacy' in sys.modules and phase == 'start' else None); "
        "before = len(counts); import spacy; during = 'spacy.language' in sys.modules and len(counts) == before; "
        "sys.exit(0 if during and gc.isenabled() and gc.get_freeze_count() > 10_000 else 1)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False, timeout=120).returncode == 0
    off = "import gc, sys; gc.disable(); import findings.extract.document; sys.exit(1 if gc.isenabled() else 0)"
    assert subprocess.run([sys.executable, "-c", off], check=False, timeout=120).returncode == 0


def test_the_checks_beside_the_writing_report_what_they_report_in_the_build(inputs, tmp_path, monkeypatch):
    """With two jobs the shapes and closure rules run in a forked process while the graph is written: the same
    violations come back as with one job, and a graph that breaks them is never taken as the last good build."""
    import findings.build as building
    from findings.shacl import check_triples

    def breaking(triples):
        report = check_triples(triples)
        report.violations.append(("ex:item", "fo:text", "sh:MinCountConstraintComponent", "", "made up", "ex:Shape"))
        return report

    monkeypatch.setattr(building, "check_triples", breaking)
    got = {jobs: build_into(tmp_path / str(jobs), inputs, jobs=jobs).violations for jobs in (1, 2)}
    assert got[1] == got[2] == ["Violation: ex:item fo:text sh:MinCountConstraintComponent: made up (ex:Shape)"]
    assert not build_into(tmp_path / "2", inputs, jobs=2).reused  # not recorded as a good build: built again


def test_a_task_beside_whose_process_dies_is_reported_not_waited_for_forever():
    """A forked task that dies before it answers is TaskFailed with its exit code (the build then checks in its own
    process), never a build that hangs (reviewer helper-106)."""
    import os

    from findings.parallel import Beside, TaskFailed

    with pytest.raises(TaskFailed, match="^the checks: its process ended with code 3$"):
        Beside(lambda: os._exit(3), "the checks", jobs=2).wait()


def test_the_workers_are_handed_the_largest_files_first_and_the_outcomes_keep_their_order(inputs, tmp_path, monkeypatch):
    """So that no worker is left alone with a long report at the end: files handed out by size, largest first (ties
    and unreadable files in the order given), the outcomes still in the order given and the same as one job's."""
    from findings.build import collect
    from findings.parallel import extract_all, largest_first

    (tmp_path / "a.txt").write_text("x" * 10, encoding="utf-8")
    (tmp_path / "b.txt").write_text("x" * 30, encoding="utf-8")
    (tmp_path / "c.txt").write_text("x" * 10, encoding="utf-8")
    files = [(tmp_path / name, name) for name in ("a.txt", "gone.txt", "b.txt", "c.txt")]
    assert largest_first(files) == [2, 0, 3, 1]
    items = list(collect(inputs))
    sizes = [path.stat().st_size for path, _ in items]
    assert sizes != sorted(sizes, reverse=True)  # the order given is not the order handed out
    real_read = findings.parallel.read_only
    read_here: list[str] = []
    monkeypatch.setattr(findings.parallel, "read_only", lambda item: read_here.append(item[1]) or real_read(item))
    two = list(extract_all(items, 2))
    assert read_here[0] == items[sizes.index(max(sizes))][1]  # this process reads the first while the workers start
    assert [rel for rel, _ in two] == [rel for _, rel in items]
    one = list(extract_all(items, 1))
    assert [len(o.findings) for _, o in two] == [len(o.findings) for _, o in one]


def test_the_last_outcome_is_given_without_waiting_for_the_idle_workers_to_end(inputs, monkeypatch):
    """Once every outcome is in, the pool is shut down without waiting for its workers to end (the executor's own
    thread waits for them, beside the link stage); a consumer that stops early still waits for them."""
    from concurrent.futures import ProcessPoolExecutor

    from findings.build import collect
    from findings.parallel import extract_all

    waited: list[bool] = []
    real = ProcessPoolExecutor.shutdown

    def shutdown(pool, wait=True, **kwargs):
        waited.append(wait)
        real(pool, wait, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "shutdown", shutdown)
    items = list(collect(inputs))[:3]
    assert len(list(extract_all(items, 2))) == 3
    assert waited == [False]
    outcomes = extract_all(items, 2)
    next(outcomes)
    outcomes.close()  # stopped early: the workers are waited for
    assert waited == [False, True]


def test_the_summary_is_counted_in_the_checks_process_beside_the_writing(inputs, tmp_path, monkeypatch):
    """With two jobs the summary's counts are made in the checks' forked process, beside the writing of the graph
    (the longer of the two), and they are the counts a one-job build gives."""
    import os

    import findings.summary

    counted = tmp_path / "counted"
    real_rows = findings.summary.summary_rows

    def rows(result):
        with counted.open("a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")
        return real_rows(result)

    monkeypatch.setattr(findings.summary, "summary_rows", rows)
    two = build_into(tmp_path / "two", inputs, use_cache=False, jobs=2)
    assert counted.read_text(encoding="utf-8").split() != [str(os.getpid())]
    one = build_into(tmp_path / "one", inputs, use_cache=False, jobs=1)
    assert two.rows == one.rows and ("documents", len(list(findings.build.collect(inputs)))) in one.rows


@pytest.mark.parametrize("ends", [True, False])
def test_a_build_that_ends_the_process_leaves_its_graph_unfreed(inputs, tmp_path, monkeypatch, ends):
    """`findings build` run as a process (`main`) leaves its graph and documents to the process's end rather than
    freeing them object by object as the command returns (a few hundredths of a second); the command invoked in a
    longer process (a test, a notebook) frees them."""
    import gc
    import weakref

    import findings.cli

    made: list[weakref.ref] = []
    real = findings.build.assemble
    monkeypatch.setattr(findings.build, "assemble", lambda *args, **kwargs: _kept_ref(made, real(*args, **kwargs)))
    monkeypatch.setattr(findings.cli, "_ENDS_PROCESS", ends)
    done = CliRunner().invoke(cli, ["--silent", "build", *map(str, inputs), "--out", str(tmp_path / "out"), "--no-cache"])
    assert done.exit_code == 0, done.output
    gc.collect()
    assert (made[0]() is not None) == ends


def _kept_ref(made: list, result):
    import weakref

    made.append(weakref.ref(result))
    return result


def test_the_workers_run_this_package_not_a_findings_folder_where_the_build_runs(tmp_path):
    """Python starts the workers' server with `-c`, which imports the extractors first from the folder it starts in:
    a build run beside another checkout's `findings` (a tester's clone) had its workers run that code, and a report
    the installed code reads came out empty with two jobs only. The server starts beside this package instead."""
    other = tmp_path / "findings" / "extract"
    other.mkdir(parents=True)
    (tmp_path / "findings" / "__init__.py").write_text("open('IMPORTED', 'w').write('the wrong findings')\n")
    (other / "__init__.py").write_text("")
    (other / "warm.py").write_text("")
    shutil.copytree(CORPUS, tmp_path / "papers")
    code = (
        "import sys; sys.path.remove('') if '' in sys.path else None; sys.path.insert(0, sys.argv[1]); "
        "from pathlib import Path; from findings.build import build_into; "
        "[build_into(Path(f'out{jobs}'), [Path('papers')], use_cache=False, jobs=jobs) for jobs in (1, 2)]"
    )
    root = str(Path(findings.build.__file__).resolve().parents[1])  # this checkout's, whatever folder the test runs in
    done = subprocess.run([sys.executable, "-c", code, root], cwd=tmp_path, check=False, timeout=300)
    assert done.returncode == 0
    assert not (tmp_path / "IMPORTED").exists()
    assert (tmp_path / "out2" / "graph.nt").read_bytes() == (tmp_path / "out1" / "graph.nt").read_bytes()
