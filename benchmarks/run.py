"""The performance harness: time and peak memory of every build stage, the floor beside it, and the targets' ratios.

    python benchmarks/run.py                       # bundled corpus ×1 and ../shared/ofsted, ratios checked
    python benchmarks/run.py --scale 1 10 100      # also the corpus copied ×10 and ×100 (council names varied)
    python benchmarks/run.py --quick --check       # what CI runs: ×1 stages, the ofsted ratios, exit 1 on a miss
    python benchmarks/run.py --plot out.svg        # also the figures as a picture, with the commit

The build's stages (start-up = its imports) and the floor's (pypdfium2's text and a spaCy sentencizer pass, after
their imports) each run in a fresh process, so peak memory is that workload's own (ru_maxrss after the stage: a running
peak). Wall time is what a user waits; CPU time (user + system) is also shown because this machine is shared and
wall time then includes waiting for a core. Ratios are taken on wall time and on CPU time; `--check` judges CPU
time, the figure that other people's load cannot move (wall ratios are printed beside it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OFSTED = ROOT.parent / "shared" / "ofsted"
STAGES = ("start-up", "read", "segment", "extract", "link", "status", "rdf", "write", "validate")
AFTER = "store (first query)"  # loading the embedded store: the first query's cost, not the build's
PARALLEL = "build --no-cache, all N cores × N / floor"  # judged on wall time: CPU time cannot show cores at work
TARGETS = {  # name: (limit, what it is a ratio of, or an absolute time in seconds)
    "build --no-cache -j1 / floor": 2.0,
    "cached rebuild / cold build": 0.3,
    "validate / build": 0.10,
    "findings --help (s)": 0.3,
    "findings open, bundled corpus (s)": 1.0,
    PARALLEL: 2.5,
}


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Clock:
    """Wall and CPU time of each stage of this process, and the running peak of its memory after it."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, float]] = {}

    def run(self, name: str, step):
        wall, cpu = time.perf_counter(), _cpu_self()
        value = step()
        self.rows[name] = {"wall": time.perf_counter() - wall, "cpu": _cpu_self() - cpu, "peak_mb": _peak_mb()}
        return value


def stages(paths: list[Path]) -> dict:
    """Every stage of a one-job build without cache, in this process, as `findings build` runs them (imports first)."""
    import gc

    clock = Clock()
    clock.run("start-up", _import_build)

    from findings.build import collect, fewer_collections
    from findings.extract.document import extract_document
    from findings.link.corpus import link_corpus
    from findings.rdf.writer import to_triples
    from findings.read import ReadError, read_document
    from findings.rules import rule_store, rule_violations
    from findings.shacl import check_triples
    from findings.status import assess_status
    from findings.store import load_store
    from findings.write import serialise
    from findings.write.serialise import write_files

    def read():
        docs = []
        for path, rel in collect(paths):
            try:
                docs.append(read_document(path, rel))
            except (ReadError, OSError):
                pass
        return docs

    with fewer_collections():  # as findings.build.gather reads and extracts
        docs = clock.run("read", read)
        parts = clock.run("extract", lambda: [extract_document(doc) for doc in docs])
    gc.disable()  # from here on, as the build runs (findings.build.batch_memory)
    share = segment_share(docs[:30])
    segment = clock.rows["segment"] = dict(clock.rows["extract"])
    for key in ("wall", "cpu"):
        segment[key] = clock.rows["extract"][key] * share
        clock.rows["extract"][key] -= segment[key]
    extraction = clock.run("link", lambda: link_corpus(parts))
    clock.run("status", lambda: assess_status(extraction))
    graph = clock.run("rdf", lambda: to_triples(extraction))
    out = Path(tempfile.mkdtemp(prefix="findings-bench-"))
    try:
        turtle, ntriples = clock.run("write", lambda: _write(serialise, write_files, graph, out))
        report = clock.run("validate", lambda: _validate(check_triples, rule_violations, rule_store, graph))
        clock.run(AFTER, lambda: load_store(out))  # last: RocksDB's threads work on after it
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {
        "documents": len(docs),
        "triples": len(graph),
        "conforms": report.conforms,
        "segment_share": share,
        "stages": {name: clock.rows[name] for name in STAGES},
        "after": {AFTER: clock.rows[AFTER]},
    }


def _import_build() -> None:
    import findings.build  # noqa: F401  (the stages after extraction and the shapes)
    import findings.extract.document  # noqa: F401  (spaCy and the extractors: a one-job build imports them)
    import findings.rules  # noqa: F401
    import findings.summary  # noqa: F401


def _validate(check_triples, rule_violations, rule_store, graph):
    """The shapes on the build's triples, then the closure rules, as `findings build` checks them."""
    report = check_triples(graph)
    report.violations = sorted(set(report.violations) | set(rule_violations(rule_store(graph))))
    return report


def _write(serialise, write_files, graph, out: Path):
    turtle, ntriples = serialise(graph)
    write_files(out, turtle, ntriples)
    return turtle, ntriples


def segment_share(docs) -> float:
    """The share of extraction time spent in findings/segment (called from the extractors), from a cProfile pass."""
    import cProfile
    import pstats

    from findings.extract.document import extract_document

    profile = cProfile.Profile()
    profile.enable()
    for doc in docs:
        extract_document(doc)
    profile.disable()
    stats = pstats.Stats(profile).stats  # {func: (cc, nc, tt, ct, callers{caller: (cc, nc, tt, ct)})}
    total = sum(tt for (_, _, tt, _, _) in stats.values())
    segment = 0.0
    for (file, _, _), (_, _, _, _, callers) in stats.items():
        if f"findings{os.sep}segment{os.sep}" in file:
            segment += sum(
                ct for (cfile, _, _), (_, _, _, ct) in callers.items() if f"findings{os.sep}segment{os.sep}" not in cfile
            )
    return min(segment / total, 1.0) if total else 0.0


def floor(files: list[Path]) -> dict:
    """The least any build must do: pypdfium2's text of each PDF (a text file's bytes decoded) and a sentencizer pass.

    `files` are the ones the build reads (the parent lists them with the build's own `collect`)."""
    clock = Clock()
    clock.run("start-up", lambda: (__import__("pypdfium2"), __import__("spacy")))
    import pypdfium2
    import spacy

    def read():
        texts = []
        for path in files:
            if path.suffix.lower() == ".pdf":
                try:
                    pdf = pypdfium2.PdfDocument(path)
                except pypdfium2.PdfiumError:
                    continue
                texts.append("\f".join(page.get_textpage().get_text_range() for page in pdf))
            else:
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
        return texts

    texts = clock.run("read", read)

    def sentencize():
        """The pipeline made (as the build's extract stage makes its own), then run over every text."""
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.max_length = max([nlp.max_length, *(len(t) + 1 for t in texts)])
        return [nlp(text) for text in texts]

    clock.run("sentencize", sentencize)
    return {"documents": len(texts), "stages": clock.rows}


def _child(kind: str, paths: list[Path]) -> dict:
    """Run `stages` or `floor` in a fresh process and return what it measured."""
    if kind == "floor":
        from findings.build import collect

        paths = [path for path, _ in collect(paths)]
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, *map(str, paths)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def workload(paths: list[Path], repeat: int = 1) -> dict:
    """A workload's build and floor, each the run of least CPU time of `repeat`, taken in turn (build, floor, build …)
    so that a slower stretch of a shared machine weighs on both; other people's load only ever adds time."""
    runs = [(_child("stages", paths), _child("floor", paths)) for _ in range(repeat)]
    build = min((b for b, _ in runs), key=lambda r: _build_total(r, "cpu"))
    floor_ = min((f for _, f in runs), key=lambda r: _floor_total(r, "cpu"))
    return {"build": build, "floor": floor_, "runs": repeat}


def timed(command: list[str], repeat: int = 1, before_each=None) -> dict[str, float]:
    """Wall and CPU time (the child's user + system) of one command, start-up included: the run of least wall time
    of `repeat` (`before_each` restores what a run changed, e.g. empties a cache)."""
    best: dict[str, float] | None = None
    for _ in range(repeat):
        if before_each is not None:
            before_each()
        start_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - start_usage.ru_utime) + (after.ru_stime - start_usage.ru_stime)
        if best is None or wall < best["wall"]:
            best = {"wall": wall, "cpu": cpu}
    assert best is not None
    return best


def findings(*args: str) -> list[str]:
    return [sys.executable, "-m", "findings", *args]


def scaled_corpus(scale: int, into: Path) -> Path:
    """The bundled corpus `scale` times, each copy's council renamed (folder and text) to another registered English
    authority that the corpus never mentions, so nothing deduplicates and every copy is read as a council of its own."""
    from findings.extract.authorities import display, register
    from findings.extract.context import slug
    from findings.resources import bundled_corpus

    corpus = bundled_corpus()
    councils = sorted(p for p in corpus.iterdir() if p.is_dir())
    text = " ".join(path.read_text(encoding="utf-8").lower() for c in councils for path in c.iterdir())
    others = sorted({display(name) for _, name in register().values()})
    others = [name for name in others if name.lower() not in text]
    if len(others) < (scale - 1) * len(councils):
        raise SystemExit(f"only {len(others)} authorities to rename copies to: ×{scale} needs {(scale - 1) * len(councils)}")
    target = into / f"corpus-x{scale}"
    for n, council in enumerate(councils):
        pattern = re.compile(r"\b" + r"[\s-]+".join(map(re.escape, council.name.split("-"))) + r"\b", re.IGNORECASE)
        for copy in range(scale):
            name = others[n * (scale - 1) + copy - 1] if copy else None
            folder = target / (slug(name) if name else council.name)
            folder.mkdir(parents=True)
            for path in sorted(council.iterdir()):
                content = path.read_text(encoding="utf-8")
                (folder / path.name).write_text(pattern.sub(name, content) if name else content, encoding="utf-8")
    return target


def compile_project() -> None:
    """The project's modules compiled to bytecode before anything is timed, as installing a package compiles them
    (pip does; the floor's spaCy and pypdfium2 were): an editable install under PYTHONDONTWRITEBYTECODE, as here,
    otherwise compiles every module from source at every start, about 0.15 s that no installed build pays."""
    import compileall

    compileall.compile_dir(ROOT / "findings", quiet=1)


def measure(scales: list[int], ofsted: Path | None, quick: bool, repeat: int = 1) -> dict:
    from findings.resources import bundled_corpus

    compile_project()
    results: dict = {"workloads": {}, "ratios": {}, "commands": {}, "cores": _cores(), "repeat": repeat}
    work = Path(tempfile.mkdtemp(prefix="findings-bench-"))
    try:
        for scale in scales:
            folder = bundled_corpus() if scale == 1 else scaled_corpus(scale, work)
            results["workloads"][f"corpus ×{scale}"] = workload([folder], repeat)
        if ofsted is not None:
            results["workloads"]["ofsted"] = workload([ofsted], repeat)
            commands = results["commands"]
            if not quick:
                commands["build --no-cache -j1"] = timed(
                    findings("--silent", "build", str(ofsted), "--out", str(work / "nocache"), "--no-cache", "-j", "1"), repeat
                )
            commands["cold build -j1 (empty cache)"] = timed(
                findings("--silent", "build", str(ofsted), "--out", str(work / "cached"), "-j", "1"),
                repeat,
                lambda: shutil.rmtree(work / "cached", ignore_errors=True),
            )
            commands["cached rebuild"] = timed(
                findings("--silent", "build", str(ofsted), "--out", str(work / "cached"), "-j", "1"), repeat
            )
            if not quick:
                commands["cold build, all cores"] = timed(
                    findings("--silent", "build", str(ofsted), "--out", str(work / "jobs"), "--no-cache"), repeat
                )
                for jobs in ("1", str(_cores())):  # the graph alone, the pictures left out, as the stages above
                    bare = ("--out", str(work / f"bare-j{jobs}"), "--no-cache", "--no-pictures", "-j", jobs)
                    name = f"build --no-cache --no-pictures -j{jobs}"
                    commands[name] = timed(findings("--silent", "build", str(ofsted), *bare), repeat)
        results["commands"]["findings --help"] = timed(findings("--help"), repeat)
        (work / "corpus").mkdir()  # the bundled corpus's graph (tests/rdf checks it is the build's), its store loaded
        shutil.copy(ROOT / "graphs" / "graph.nt", work / "corpus" / "graph.nt")  # as `findings build` leaves it
        timed(findings("open", "--graph", str(work / "corpus")))
        results["commands"]["findings open, bundled corpus"] = timed(findings("open", "--graph", str(work / "corpus")), repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["ratios"] = ratios(results)
    return results


def _floor_total(floor_result: dict, key: str) -> float:
    return sum(row[key] for row in floor_result["stages"].values())


def _build_total(build_result: dict, key: str) -> float:
    return sum(row[key] for row in build_result["stages"].values())


def ratios(results: dict) -> dict[str, dict[str, float]]:
    """Each target's measured value, by wall and by CPU time."""
    out: dict[str, dict[str, float]] = {}
    commands, workloads = results["commands"], results["workloads"]
    ofsted = workloads.get("ofsted")
    if ofsted:
        out["build --no-cache -j1 / floor"] = {
            k: _build_total(ofsted["build"], k) / _floor_total(ofsted["floor"], k) for k in ("wall", "cpu")
        }
        out["cached rebuild / cold build"] = {
            k: commands["cached rebuild"][k] / commands["cold build -j1 (empty cache)"][k] for k in ("wall", "cpu")
        }
    cores = results.get("cores") or _cores()  # the machine the figures were taken on
    parallel = commands.get(f"build --no-cache --no-pictures -j{cores}")
    if ofsted and parallel:  # both include their start-up: the command's, and the floor's fresh process's
        wall = parallel["wall"] * cores / _floor_total(ofsted["floor"], "wall")
        out[PARALLEL] = {"wall": wall, "cpu": wall, "judged": "wall"}
    biggest = max(workloads.values(), key=lambda w: w["build"]["triples"])
    out["validate / build"] = {
        k: biggest["build"]["stages"]["validate"][k] / _build_total(biggest["build"], k) for k in ("wall", "cpu")
    }
    out["findings --help (s)"] = dict(commands["findings --help"])
    out["findings open, bundled corpus (s)"] = dict(commands["findings open, bundled corpus"])
    return out


def table(results: dict) -> str:
    """The figures as Markdown tables: stages per workload, commands, then the targets."""
    lines = []
    for name, entry in results["workloads"].items():
        lines += [f"\n### {name}\n", "| stage | wall s | CPU s | peak MB |", "|---|---:|---:|---:|"]
        if "build" in entry:
            build = entry["build"]
            for stage, row in build["stages"].items():
                lines.append(f"| {stage} | {row['wall']:.2f} | {row['cpu']:.2f} | {row['peak_mb']:.0f} |")
            lines.append(
                f"| **build, all stages** ({build['documents']} documents, {build['triples']} triples) | "
                f"**{_build_total(build, 'wall'):.2f}** | **{_build_total(build, 'cpu'):.2f}** | |"
            )
            for stage, row in build.get("after", {}).items():
                lines.append(f"| {stage}, not in the build | {row['wall']:.2f} | {row['cpu']:.2f} | {row['peak_mb']:.0f} |")
        for stage, row in entry["floor"]["stages"].items():
            lines.append(f"| floor: {stage} | {row['wall']:.2f} | {row['cpu']:.2f} | {row['peak_mb']:.0f} |")
        lines.append(
            f"| **floor** ({entry['floor']['documents']} documents) | **{_floor_total(entry['floor'], 'wall'):.2f}** "
            f"| **{_floor_total(entry['floor'], 'cpu'):.2f}** | |"
        )
    lines += ["\n### Commands (start-up included)\n", "| command | wall s | CPU s |", "|---|---:|---:|"]
    for name, row in results["commands"].items():
        lines.append(f"| {name} | {row['wall']:.2f} | {row['cpu']:.2f} |")
    lines += ["\n### Targets\n", "| target | limit | wall | CPU | met |", "|---|---:|---:|---:|---|"]
    for name, row in results["ratios"].items():
        limit, on = TARGETS[name], row.get("judged", "cpu")
        cpu = "—" if on == "wall" else f"{row['cpu']:.2f}"
        met = "yes" if row[on] <= limit else "NO"
        lines.append(f"| {name} | {limit} | {row['wall']:.2f} | {cpu} | {met} ({'CPU' if on == 'cpu' else 'wall'}) |")
    return "\n".join(lines) + "\n"


def misses(results: dict) -> list[str]:
    return [
        f"{name}: {row[on]:.2f} > {TARGETS[name]}"
        for name, row in results["ratios"].items()
        if row[(on := row.get("judged", "cpu"))] > TARGETS[name]
    ]


def _cores() -> int:
    from findings.parallel import default_jobs

    return default_jobs()


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, nargs="+", default=[1], help="Copies of the bundled corpus (1, 10, 100).")
    parser.add_argument("--ofsted", type=Path, default=OFSTED, help="A folder of Ofsted PDFs (default ../shared/ofsted).")
    parser.add_argument("--quick", action="store_true", help="Skip the whole-command --no-cache and all-core builds.")
    parser.add_argument("--check", action="store_true", help="Exit 1 when a target is missed (judged on CPU time).")
    parser.add_argument(
        "--repeat", type=int, default=3, help="Runs of each measure; the least time is kept (default 3; CI's test runs 1)."
    )
    parser.add_argument("--json", type=Path, help="Also write every figure here as JSON.")
    parser.add_argument("--plot", type=Path, help="Also draw the figures here as an SVG picture (benchmarks/plot.py).")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *paths = args.child
        print(json.dumps((stages if kind == "stages" else floor)([Path(p) for p in paths])))
        return 0
    ofsted = args.ofsted if args.ofsted.is_dir() else None
    if ofsted is None:
        print(f"no {args.ofsted}: the ofsted workload and its ratios are left out", file=sys.stderr)
    results = measure(args.scale, ofsted, args.quick, max(1, args.repeat))
    results["commit"] = _commit()
    results["load_average"] = os.getloadavg()[0]
    print(
        f"commit {results['commit']}, {results['cores']} cores, load average {results['load_average']:.2f} at the end, "
        f"best of {results['repeat']} runs each"
    )
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.plot:
        from plot import svg  # beside this script

        args.plot.write_text(svg(results, TARGETS), encoding="utf-8")
    failed = misses(results)
    for line in failed:
        print(f"target missed: {line}", file=sys.stderr)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
