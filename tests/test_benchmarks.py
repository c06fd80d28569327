"""The performance harness at ×1 with the targets' ratios (benchmarks/run.py; ×10 and ×100 run on demand)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, need_shared

sys.path.insert(0, str(ROOT / "benchmarks"))  # the harness is a script, not part of the package
import run as harness  # noqa: E402


@pytest.fixture(scope="module")
def measured() -> dict:
    need_shared()
    results = harness.measure([1], harness.OFSTED, quick=True, repeat=2)  # the lesser of two, build and floor in turn:
    # one slow stretch of a shared machine (a CI run saw 3.1× where a quiet one sees 2.0×) weighs on neither
    results["ratios"] = harness.ratios(results)
    print(harness.table(results))
    return results


def test_the_harness_measures_every_stage_and_the_floor(measured):
    corpus, ofsted = measured["workloads"]["corpus ×1"], measured["workloads"]["ofsted"]
    assert list(ofsted["build"]["stages"]) == list(harness.STAGES)
    assert ofsted["build"]["documents"] == ofsted["floor"]["documents"] == 26
    assert corpus["build"]["documents"] == 5 and corpus["build"]["conforms"] and ofsted["build"]["conforms"]
    assert 0 < ofsted["build"]["segment_share"] < 1
    assert all(row["wall"] >= 0 and row["peak_mb"] > 0 for row in ofsted["build"]["stages"].values())
    assert "| validate |" in harness.table(measured)
    assert list(ofsted["build"]["after"]) == [harness.AFTER]  # the store: loaded by the first query, not the build


def test_targets_met(measured):
    """Judged on CPU time (this machine is shared; wall time waits for cores). Printed with -s."""
    ratios = measured["ratios"]
    for name in ("cached rebuild / cold build", "validate / build", "findings --help (s)", "findings open, bundled corpus (s)"):
        assert ratios[name]["cpu"] <= harness.TARGETS[name], (name, ratios[name])


def test_the_build_stays_within_reach_of_the_floor(measured):
    """The target is 2× the floor; measured 1.9–2.0× since the floor makes its pipeline inside its clock, as the build
    does (docs/performance.md says where the rest goes). A guard against regressions, with room for this shared
    machine's noise."""
    assert measured["ratios"]["build --no-cache -j1 / floor"]["cpu"] <= 3.0


def test_a_scaled_corpus_has_no_duplicates(tmp_path):
    folder = harness.scaled_corpus(3, tmp_path)
    from findings.build import build

    one = build([ROOT / "corpus"])
    three = build([folder])
    assert len(three.extraction.documents) == 3 * len(one.extraction.documents)
    assert len(three.extraction.recommendations) == 3 * len(one.extraction.recommendations)


@pytest.mark.parametrize(
    "args,absent",
    [
        (["--help"], ("spacy", "rdflib", "pyoxigraph", "pyshacl")),
        (["show", "ofsted-2017/action/2.2", "--graph", str(ROOT / "graphs" / "graph.ttl")], ("spacy", "rdflib", "pyshacl")),
        (["open", "--graph", str(ROOT / "graphs" / "graph.nt")], ("spacy", "rdflib", "pyshacl")),
    ],
)
def test_commands_import_only_what_they_use(args, absent):
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "findings", *args], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-500:]
    imported = {line.split("|")[-1].strip().split(".")[0] for line in out.stderr.splitlines() if line.startswith("import time:")}
    assert "click" in imported
    assert [name for name in absent if name in imported] == []


def test_the_picture_draws_each_workload_on_one_scale_and_every_target(measured):
    """The SVG (`run.py --plot`): a workload's build and floor bars share one scale, so their lengths stand in the ratio
    the table gives; every stage is a bar named in its tooltip; every target is drawn, marked met or missed as the
    table says."""
    from xml.etree import ElementTree

    import plot

    ns = "{http://www.w3.org/2000/svg}"
    root = ElementTree.fromstring(plot.svg(measured, harness.TARGETS))
    bars = [(float(r.get("width")), r.findtext(f"{ns}title")) for r in root.iter(f"{ns}rect")]
    bars = [(width, title.rsplit(":", 1)[0]) for width, title in bars if title and title.endswith(" s CPU")]
    ofsted = measured["workloads"]["ofsted"]  # the last workload drawn
    names = list(ofsted["build"]["stages"]) + [f"floor: {stage}" for stage in ofsted["floor"]["stages"]]
    last = bars[-len(names) :]
    assert [name for _, name in last] == names
    build = sum(width for width, name in last if not name.startswith("floor"))
    floor = sum(width for width, name in last if name.startswith("floor"))
    assert build / floor == pytest.approx(measured["ratios"]["build --no-cache -j1 / floor"]["cpu"], rel=1e-3)
    texts = [t.text or "" for t in root.iter(f"{ns}text")]
    targets = [name for name in measured["ratios"] if name in harness.TARGETS]
    assert all(name in texts for name in targets)
    verdicts = [t for t in texts if t.endswith(("met)", "missed)"))]
    assert len(verdicts) == len(targets)
    assert sum(v.endswith("missed)") for v in verdicts) == len(harness.misses(measured))


def test_a_repeated_measure_keeps_each_side_at_its_least_time(monkeypatch):
    """Other people's load only adds time, so of several runs the least is the build's own; build and floor each."""
    totals = iter([3.0, 2.0, 2.5, 1.5, 2.8, 1.9])  # build, floor, build, floor, build, floor

    def child(kind: str, paths: list) -> dict:
        return {"documents": 1, "triples": 1, "stages": {"read": {"wall": 9.0, "cpu": next(totals), "peak_mb": 1.0}}}

    monkeypatch.setattr(harness, "_child", child)
    best = harness.workload([], repeat=3)
    assert (best["build"]["stages"]["read"]["cpu"], best["floor"]["stages"]["read"]["cpu"], best["runs"]) == (2.5, 1.5, 3)


def test_a_repeated_command_keeps_its_quickest_run_and_restores_before_each(tmp_path):
    marks = tmp_path / "marks"
    command = [sys.executable, "-c", f"import pathlib; p = pathlib.Path({str(marks)!r}); p.write_text(p.read_text() + 'x')"]
    marks.write_text("")
    row = harness.timed(command, repeat=3, before_each=lambda: marks.write_text(marks.read_text() + "|"))
    assert marks.read_text() == "|x|x|x" and row["wall"] > 0 and row["cpu"] > 0
