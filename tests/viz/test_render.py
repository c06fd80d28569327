"""Each view in headless Chromium: no network, a drawn canvas, no JavaScript error, the known node with its tooltip.

The screenshots of the bundled corpus (and of the small status graph, which shows status colours) are the README's
pictures; screenshots are not byte-stable, so a run refreshes docs/pictures/ only when asked, leaving the tree clean:

    FINDINGS_UPDATE_PICTURES=1 .venv/bin/python -m pytest tests/viz/test_render.py
"""

from __future__ import annotations

import os
import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from html import unescape
from pathlib import Path

import pytest

from findings.viz.chromium import dump_dom, screenshot
from findings.viz.draw import VIEWS, build_view, select
from findings.viz.html import remote_references, write_html
from findings.viz.read import read_corpus
from tests.conftest import CORPUS, OFSTED
from tests.viz.conftest import KNOWN, PICTURES
from tests.viz.png import distinct_colours

REFRESH = os.environ.get("FINDINGS_UPDATE_PICTURES") == "1"  # rewrite docs/pictures/ from this run
JS_ERROR = re.compile(r"Uncaught|CONSOLE\(\d+\)\].*(?:Error|error)|:ERROR:CONSOLE")


def known_node(corpus) -> str:
    """The 2017 permanence recommendation, found the way a reader would: by inspection, kind and words."""
    hits = [
        i.iri
        for i in corpus.of_kind("Recommendation")
        if "/central-bedfordshire/ofsted-2017/recommendation/" in i.iri and "permanence" in i.text.lower()
    ]
    assert hits, "the 2017 permanence recommendation is missing from the graph"
    return hits[0]


def render(graph: Path, out: Path, item_of) -> dict[str, tuple[Path, str, str, str]]:
    """Write every view, then screenshot and dump each in parallel: view → (png, dom, console, focused node)."""
    corpus = read_corpus(graph)
    focus = item_of(corpus)
    themed = bool(corpus.theme_labels)
    pages = {}
    for view in VIEWS:
        pages[view] = write_html(build_view(view, corpus, select(corpus), focus), out / f"{view}.html")
    fragment = "#focus=" + focus

    def one(view: str) -> tuple[str, tuple[Path, str, str, str]]:
        png = out / f"{view}.png"
        shot = screenshot(pages[view], png)
        assert png.is_file(), shot.stderr[-2000:]
        for _ in range(3):  # a loaded machine can starve the layout past Chromium's time budget: try again, not pass
            dom = dump_dom(pages[view], fragment)
            tag = re.search(r"<html[^>]*>", dom.stdout)
            if tag and "data-drawn" in tag.group(0):
                break
        return view, (png, dom.stdout, dom.stderr, focus if themed or view != "themes" else "")

    with ThreadPoolExecutor(max_workers=2) as pool:  # two cores: four browsers at once starve the drawing
        return dict(pool.map(one, VIEWS))


@pytest.fixture(scope="module")
def bundled(chromium: str, bundled_graph: Path, tmp_path_factory) -> dict:
    return render(bundled_graph, tmp_path_factory.mktemp("bundled"), known_node)


@pytest.fixture(scope="module")
def status(chromium: str, mini_graph: Path, tmp_path_factory) -> dict:
    return render(mini_graph, tmp_path_factory.mktemp("status"), lambda corpus: KNOWN)


def check(result: dict, view: str, *, focus_expected: bool, own_node: bool = True) -> None:
    png, dom, console, focus = result[view]
    focus_expected = focus_expected and bool(focus)
    page = png.with_suffix(".html").read_text(encoding="utf-8")
    assert remote_references(page) == [], "the page would load something from the network"
    assert distinct_colours(png) > 40, f"{view}: the canvas looks blank"
    html_tag = re.search(r"<html[^>]*>", dom).group(0)
    assert "data-drawn" in html_tag, f"{view}: the network never drew"
    assert "data-js-error" not in html_tag and not JS_ERROR.search(console), console[-2000:]
    if focus_expected:
        assert 'data-focus="found"' in html_tag, f"{view}: {focus} is not in the picture"
        tip = unescape(re.search(r'id="fx-tip">(.*?)</div>', dom, re.DOTALL).group(1))
        panel = unescape(dom[dom.index('id="fx-panel"') : dom.rindex("</body>")])
        assert "permanence" in panel.lower(), panel[:500]
        if own_node:  # drawn as itself (not inside a group): its own tooltip, with status, dates and the quote
            assert "Status:" in tip and "Raised:" in tip and "“" in tip, tip


def keep(png: Path, name: str) -> None:
    """The README's picture refreshed from this run's screenshot, when FINDINGS_UPDATE_PICTURES=1 asks for it."""
    if REFRESH:
        PICTURES.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, PICTURES / name)


@pytest.mark.parametrize("view", VIEWS)
def test_bundled_views_render(bundled: dict, view: str) -> None:
    check(bundled, view, focus_expected=True, own_node=view in ("overview", "lineage"))
    keep(bundled[view][0], f"{view}.png")


@pytest.mark.parametrize("view", VIEWS)
def test_status_views_render(status: dict, view: str) -> None:
    check(status, view, focus_expected=True, own_node=view != "themes")
    keep(status[view][0], f"status-{view}.png")


def test_every_ofsted_report_with_the_corpus_opens_in_under_3_seconds(chromium: str, tmp_path: Path) -> None:
    if not OFSTED.is_dir():
        pytest.skip(f"{OFSTED} not present")
    from findings.build import build, write_graph

    write_graph(build([CORPUS, OFSTED]).graph, tmp_path)
    corpus = read_corpus(tmp_path / "graph.nt")
    page = write_html(build_view("overview", corpus, select(corpus)), tmp_path / "overview.html")
    started = time.monotonic()
    dom = dump_dom(page)
    wall = time.monotonic() - started
    drawn = int(re.search(r'data-drawn="(\d+)"', dom.stdout).group(1))
    assert drawn < 3000 and wall < 10, (drawn, wall)


def test_overview_slider_recounts_each_assessment_as_things_stood(chromium: str, bundled_graph: Path, tmp_path: Path) -> None:
    """#asof=DATE moves the slider; the page's counts must equal the model's status_on(DATE), and differ from today's."""
    import json
    from collections import Counter

    from findings.viz.model import TRACKED_KINDS

    corpus = read_corpus(bundled_graph)
    page = write_html(build_view("overview", corpus, select(corpus)), tmp_path / "overview.html")
    changes = sorted({d for i in corpus.items.values() for d, _ in i.history})
    assert len(changes) > 2, "the bundled graph should hold dated statuses"
    day = changes[len(changes) // 2 - 1]

    def expected(on: str | None) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for i in corpus.items.values():
            if i.kind in TRACKED_KINDS and i.assessment and (on is None or not i.date or i.date <= on):
                status = (i.status_on(on) if on else i.status) or ""
                counts[f"{i.assessment}#chip-{status or 'none'}"] += 1
        return dict(counts)

    dom = dump_dom(page, f"#asof={day}")
    shown = json.loads(unescape(re.search(r'data-counts="([^"]*)"', dom.stdout).group(1)))
    assert shown == expected(day)
    assert shown != expected(None)


def test_overview_opens_an_assessment_into_its_items(chromium: str, bundled_graph: Path, tmp_path: Path) -> None:
    """#open=ASSESSMENT (what a click does) shows exactly that assessment's items, which start hidden."""
    corpus = read_corpus(bundled_graph)
    g = build_view("overview", corpus, select(corpus))
    page = write_html(g, tmp_path / "overview.html")
    root = corpus.items[known_node(corpus)].assessment
    inside = [n for n, d in g.nodes(data=True) if d.get("detail_of") == root]
    starts = sum(1 for _, d in g.nodes(data=True) if not d.get("hidden"))
    assert len(inside) > 5

    def shown(fragment: str) -> int:
        dom = dump_dom(page, fragment).stdout
        return int(re.search(r'data-shown="(\d+)"', dom).group(1))

    assert shown("#asof=9999-12-31") == starts
    assert shown("#open=" + root) == starts + len(inside)
