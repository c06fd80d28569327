"""helper-141: what a panel member preparing a workshop found wrong in `findings draw` and `findings report`."""

from __future__ import annotations

import json

from findings.viz.model import Corpus, Item
from findings.viz.overview import YEAR_W, overview

ID = "https://w3id.org/findings/id/town/"
STEPS = ["Open", "ActionPlanned", "InProgress", "ReportedComplete", "AwaitingReview", "Recurred", "Lapsed"]


def _assessment(name: str, date: str) -> Item:
    return Item(ID + name, "Inspection", name, date=date, council=ID + "council")


def _rec(assessment: Item, n: int, history: list[tuple[str, str]]) -> Item:
    return Item(
        f"{assessment.iri}/recommendation/{n}",
        "Recommendation",
        f"Rec {n}",
        text=f"recommendation {n}",
        date=assessment.date,
        assessment=assessment.iri,
        council=assessment.council,
        status=history[-1][1],
        history=history,
        links=[("madeIn", assessment.iri)],
    )


def busy_corpus() -> Corpus:
    """Two inspections a year apart, the later one's items having passed through every status over time."""
    early, late = _assessment("inspection-a", "2012-04-10"), _assessment("inspection-b", "2013-08-25")
    items = [early, late, _rec(early, 1, [("2012-04-10", "Open")])]
    for n, last in enumerate(STEPS, start=1):
        steps = STEPS[: STEPS.index(last) + 1]
        items.append(_rec(late, n, [(f"2013-{8 + i:02d}-25", s) for i, s in enumerate(steps)]))
    return Corpus({i.iri: i for i in items}, {}, {ID + "council": "Town"})


def test_each_status_count_sits_with_the_assessment_it_counts() -> None:
    """A chip of an assessment with many statuses over time was drawn under the previous year's box (Ofsted 2017's
    'Recurred' beside Ofsted 2012's counts): every chip, shown now or by the slider, stays inside its own column."""
    g = overview(busy_corpus())
    chips = [d for _, d in g.nodes(data=True) if d.get("chip_of")]
    assert len(chips) >= len(STEPS)
    for chip in chips:
        box = g.nodes[chip["chip_of"]]
        assert abs(chip["x"] - box["x"]) + 50 < YEAR_W / 2, (chip["chip_status"], chip["x"], box["x"])
        nearest = min((n for n, d in g.nodes(data=True) if d.get("tracked")), key=lambda n: (g.nodes[n]["x"] - chip["x"]) ** 2)
        assert nearest == chip["chip_of"]
    assert sum(c["count"] for c in chips if c["chip_of"] == ID + "inspection-b") == len(
        json.loads(g.nodes[ID + "inspection-b"]["tracked"])
    )


def test_a_later_inspections_finding_is_drawn_as_that_inspections_not_as_the_councils_update(mini_graph) -> None:
    """`draw --item ofsted-2022/recommendation/2 lineage` drew Ofsted 2025's sentences as grey 'Update 2025-04-24'
    squares, with no Ofsted 2025 box: evidence from a later independent assessment is labelled and drawn as its."""
    from findings.viz.draw import build_view
    from findings.viz.read import read_corpus
    from findings.viz.style import KIND_COLOURS

    corpus = read_corpus(mini_graph)
    later = ID.replace("town/", "central-bedfordshire/") + "ofsted-2022/update/rec-3"
    council = ID.replace("town/", "central-bedfordshire/") + "ofsted-2017/recommendation/3/update/2019-02-11"
    g = build_view("lineage", corpus, list(corpus.items.values()), "ofsted-2017/recommendation/3")
    assert g.nodes[later]["label"].startswith("Ofsted 2022 finding")
    assert g.nodes[later]["kind"] != g.nodes[council]["kind"] == "ProgressUpdate"
    assert g.nodes[later]["color"] != KIND_COLOURS["ProgressUpdate"] and g.nodes[later]["shape"] != g.nodes[council]["shape"]
    box = ID.replace("town/", "central-bedfordshire/") + "ofsted-2022"
    assert box in g and g.has_edge(later, box)
    assert "Ofsted 2022" in g.nodes[later]["title"].splitlines()[0]
    assert g.nodes[council]["label"].startswith("Update 2019-02-11")


def test_the_themes_view_says_what_it_counts_and_reads_on_a_projector(bundled_graph) -> None:
    """The caption said 'findings and recommendations' where the cells count recommendations and KLOEs; the default
    picture (2924×5022 units, 55 rows at font 34) put row labels at ~6 px on a 1400×1000 screen, cut ('front door,
    thresholds and strate…'). Now: a row per broad theme, labels whole, at least 14 px when the SVG fills the screen."""
    import re

    from findings.viz.draw import build_view, select
    from findings.viz.read import read_corpus
    from findings.viz.static import render_svg
    from findings.viz.themes import COUNTED

    corpus = read_corpus(bundled_graph)
    g = build_view("themes", corpus, select(corpus))
    counted = {json.loads(d["members"])[0] if "members" in d else n for n, d in g.nodes(data=True) if "@" in n}
    kinds = {corpus.items[i].kind for n, d in g.nodes(data=True) if "@" in n for i in json.loads(d.get("members", "[]"))}
    assert counted and kinds
    subtitle = g.graph["subtitle"]
    assert all(COUNTED[k] in subtitle for k in kinds) and all(w not in subtitle for k, w in COUNTED.items() if k not in kinds)
    rows = {n[len("theme:") :]: d["label"] for n, d in g.nodes(data=True) if n.startswith("theme:")}
    assert rows and not any(t in corpus.broader for t in rows)  # broad themes only: the report's sections
    assert all("…" not in label and label == corpus.theme_labels[t] for t, label in rows.items())
    width, height = (float(v) for v in re.search(r'viewBox="\S+ \S+ (\S+) (\S+)"', render_svg(g)).groups())
    font = min(int(d["font_size"]) for n, d in g.nodes(data=True) if n.startswith("theme:"))
    assert font * min(1400 / width, 1000 / height) >= 14, (width, height, font)


def test_a_picture_drawn_for_one_theme_says_so_and_counts_only_what_it_shows(mini_graph, tmp_path) -> None:
    """`draw --theme permanence` kept 'all themes' in the dropdown, the title unchanged and every finding counted
    ('Ofsted 2012 378 findings'): the title and the dropdown now name the theme, and the counts are the filtered ones."""
    from findings.viz.draw import draw

    draw(mini_graph, tmp_path, ("overview",), theme="permanence", static=False)
    page = (tmp_path / "overview.html").read_text(encoding="utf-8")
    config = json.loads(page.split("var FINDINGS = ", 1)[1].split(";</script>", 1)[0].replace("<\\/", "</"))
    assert config["title"].endswith("— theme: permanence") and config["only"] == {"themes": "permanence"}
    assert '"only " + only' in page
    box = ID.replace("town/", "central-bedfordshire/") + "ofsted-2017"
    label = json.loads(page.split("nodes = new vis.DataSet(", 1)[1].split(");", 1)[0])
    shown = next(n["label"] for n in label if n["id"] == box)
    assert shown.endswith("1 rec · 1 finding"), shown  # of two findings, one is on permanence
    draw(mini_graph, tmp_path, ("overview",), static=False)
    everything = (tmp_path / "overview.html").read_text(encoding="utf-8")
    assert "2 findings" in everything and '"only": {}' in everything


def test_draw_says_when_a_date_has_nothing_yet_or_is_after_today(mini_graph, tmp_path) -> None:
    """`draw --as-of 2030-01-01` silently equalled every date; `--as-of 2005-01-01` said 'No assessments in this
    graph.' (none YET). A line on stderr as `findings open` gives it; the picture's note says 'nothing yet'."""
    from click.testing import CliRunner

    from findings.cli import cli

    args = ["draw", "overview", "--graph", str(mini_graph), "--out", str(tmp_path), "--no-static", "--as-of"]
    future = CliRunner().invoke(cli, [*args, "2030-01-01"])
    assert future.exit_code == 0, future.output
    assert future.stderr.splitlines()[0] == "2030-01-01 is after today: the picture rests on the evidence the graph holds now"
    early = CliRunner().invoke(cli, [*args, "2005-01-01"])
    assert early.exit_code == 0, early.output
    assert early.stderr.splitlines()[0] == "nothing in the picture as of 2005-01-01: the first assessment is dated 2012-04-10"
    page = (tmp_path / "overview.html").read_text(encoding="utf-8")
    assert "Nothing yet on 2005-01-01: the first assessment is dated 2012-04-10." in page
    assert "No assessments in this graph." not in page
    plain = CliRunner().invoke(cli, [*args, "2018-12-31"])
    assert plain.exit_code == 0 and plain.stderr.splitlines()[0].startswith("wrote ")


def test_legends_name_the_arcs_wrap_long_names_and_keep_kloe_apart_from_verified(mini_graph) -> None:
    """Every legend cut 'Independently verified (awa…' at 1400×1000, none said what the solid purple and dashed cyan
    arcs are, and the KLOE cyan (#17a2b8) read as the verified teal (#5fb8a8)."""
    from findings.viz.draw import build_view
    from findings.viz.read import read_corpus
    from findings.viz.static import render_svg
    from findings.viz.style import KIND_COLOURS, STATUS_COLOURS, legend

    def rgb(c: str) -> tuple[int, ...]:
        return tuple(int(c[i : i + 2], 16) for i in (1, 3, 5))

    kloe = rgb(KIND_COLOURS["KeyLineOfEnquiry"])
    assert all(sum((a - b) ** 2 for a, b in zip(kloe, rgb(s), strict=True)) ** 0.5 > 80 for s in STATUS_COLOURS.values())
    rows = legend({"Recommendation"}, {"Open"}, {"recurs", "followsUp"})
    assert [r[2] for r in rows if r[0].startswith(("Raised again", "Followed up"))] == ["line", "dashed"]
    corpus = read_corpus(mini_graph)
    svg = render_svg(build_view("overview", corpus, list(corpus.items.values())))
    assert "Raised again (solid)" in svg and "Followed up (dashed)" in svg
    assert ">Independently verified (awaiting review)<" not in svg  # wrapped onto two lines within the legend
    css = (__import__("findings.viz.html", fromlist=["_asset"]))._asset("ui.css")
    assert "white-space: nowrap" not in css.split("#fx-legend div", 1)[1].split("}", 1)[0]


def test_an_assessments_long_name_is_whole_in_its_box_and_its_counts_clear_it() -> None:
    """helper-143: box names were cut at 18 characters × 2 lines ('Eastern Region Peer Review Looke…'). The whole
    name is wrapped onto as many short lines as it needs; the box grows downwards, and its counts and the next box
    in the column move down with it, so nothing overlaps."""
    from findings.viz.overview import BOX_FONT, CHIP_TOP

    long = _assessment("peer-review", "2012-06-01")
    long.label = "Eastern Region Peer Review Looked After Children and Permanence"
    later = _assessment("inspection-c", "2012-09-01")
    items = [long, later, _rec(long, 1, [("2012-06-01", "Open")]), _rec(later, 1, [("2012-09-01", "Open")])]
    g = overview(Corpus({i.iri: i for i in items}, {}, {ID + "council": "Town"}))
    box = g.nodes[long.iri]
    lines = box["label"].split("\n")
    assert " ".join(lines[:-1]) == long.label and "…" not in box["label"]
    foot = box["y"] + len(lines) * 1.2 * BOX_FONT / 2
    chips = [d for _, d in g.nodes(data=True) if d.get("chip_of") == long.iri]
    assert chips and all(c["y"] - 40 > foot for c in chips)  # a chip (radius about 40) below the box's foot
    assert json.loads(box["chip_grid"])[3] > CHIP_TOP
    nxt = g.nodes[later.iri]
    assert nxt["x"] != box["x"] or nxt["y"] - len(nxt["label"].split("\n")) * 0.6 * BOX_FONT > max(c["y"] + 40 for c in chips)
