"""The views as data: status colours, time, arcs, lineage, filters, exports, offline HTML — no browser needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from findings.cli import cli
from findings.viz import draw_standard_set
from findings.viz.draw import build_view, select
from findings.viz.html import remote_references, render_html
from findings.viz.read import read_corpus
from findings.viz.static import render_svg
from findings.viz.style import KIND_COLOURS, STATUS_COLOURS
from tests.viz.conftest import KNOWN

OLD = "https://w3id.org/findings/id/central-bedfordshire/ofsted-2012/recommendation/lac-3"


@pytest.fixture(scope="module")
def mini(mini_graph: Path):
    return read_corpus(mini_graph)


def test_reads_status_history_themes_and_links(mini) -> None:
    rec = mini.items[KNOWN]
    assert rec.status == "IndependentlyVerified"
    assert [s for _, s in rec.history] == ["Open", "ActionPlanned", "InProgress", "ReportedComplete", "IndependentlyVerified"]
    assert rec.status_on("2018-12-31") == "InProgress" and rec.status_on("2017-01-01") is None
    assert ("recurs", OLD) in rec.links and mini.theme_labels[rec.themes[0]] == "permanence"
    assert rec.quotes[0].page == "31" and "p. 31" in rec.quotes[0].cite()


def test_overview_colours_by_status_where_present_and_by_kind_where_absent(mini) -> None:
    g = build_view("overview", mini, list(mini.items.values()))
    assert g.nodes[KNOWN]["color"] == STATUS_COLOURS["IndependentlyVerified"]
    kloe = "https://w3id.org/findings/id/central-bedfordshire/peer-review-2018/kloe/2"
    assert g.nodes[kloe]["color"] == KIND_COLOURS["KeyLineOfEnquiry"]
    assert json.loads(g.nodes[KNOWN]["history"])[0] == ["2017-08-25", "Open"]
    assert all("x" in d and "y" in d for _, d in g.nodes(data=True))
    tip = g.nodes[KNOWN]["title"]
    assert "Independently verified" in tip and "2017-08-25" in tip and "reports/ofsted-2017.pdf, p. 31" in tip


def test_matrix_cells_take_the_status_of_each_year_and_recurrences_are_arcs(mini) -> None:
    g = build_view("matrix", mini, list(mini.items.values()))
    assert g.nodes[f"{KNOWN}@2018"]["color"] == STATUS_COLOURS["InProgress"]
    assert g.nodes[f"{KNOWN}@2019"]["color"] == STATUS_COLOURS["ReportedComplete"]
    assert g.nodes[f"{OLD}@2017"]["color"] == STATUS_COLOURS["Recurred"]
    assert g.edges[KNOWN, OLD]["arc"] and g.edges[KNOWN, OLD]["relation"] == "recurs"


def test_lineage_runs_from_the_2012_ancestor_to_the_2022_verdict(mini) -> None:
    g = build_view("lineage", mini, list(mini.items.values()), KNOWN)
    xs = {n: d["x"] for n, d in g.nodes(data=True)}
    verdict = "https://w3id.org/findings/id/central-bedfordshire/ofsted-2022/update/rec-3"
    assert xs[OLD] < xs[KNOWN] < xs[verdict]
    assert any(n.endswith("/kloe/2") for n in g) and any(n.endswith("/action/3.1") for n in g)


def test_themes_and_as_of(mini) -> None:
    g = build_view("themes", mini, list(mini.items.values()))
    assert {d["label"] for n, d in g.nodes(data=True) if n.startswith("theme:")} == {"permanence", "supervision"}
    before = select(mini, as_of="2018-12-31")
    rec = next(i for i in before if i.iri == KNOWN)
    assert rec.status == "InProgress" and all(i.date <= "2018-12-31" for i in before if i.date)
    assert {i.iri for i in select(mini, theme="supervision")} >= {
        "https://w3id.org/findings/id/central-bedfordshire/ofsted-2017/recommendation/1"
    }


def test_html_is_offline_and_svg_is_well_formed(mini) -> None:
    for view in ("overview", "lineage", "matrix", "themes"):
        g = build_view(view, mini, list(mini.items.values()), KNOWN)
        page = render_html(g)
        assert remote_references(page) == [] and "bootstrap" not in page.lower() and "vis.Network" in page
        xml.dom.minidom.parseString(render_svg(g))


def test_remote_reference_check_catches_cdn_links() -> None:
    assert remote_references('<script src="https://cdn.example/x.js"></script><link href=//x.org/a.css>')
    assert remote_references("<style>@import url(http://x.org/a.css)</style>")


def test_remote_references_are_quoted_as_written_in_page_order() -> None:
    """A leak after text that is not ASCII (a quote's curly marks, a lone surrogate) is still found, quoted as the
    page writes it; several come in the page's order whichever word opens them."""
    page = "“Children’s” \ud800 <IMG SRC = 'HTTP://x.org/a.png'> é <style>@Import '//y.org/b.css'</style> <a Href=//z>"
    assert remote_references(page) == ["SRC = 'HTTP://", "@Import '//", "Href=//"]
    assert remote_references("src=./lib/x.js href='#top' url(data:x) // a comment") == []


def test_standard_set_writes_every_view_and_no_lib_folder(bundled_graph: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FINDINGS_CHROMIUM", "no-such-browser")  # PNGs are the render tests' business
    written = draw_standard_set(bundled_graph.parent, tmp_path / "pics")
    names = {p.name for p in written}
    for view in ("overview", "lineage", "matrix", "themes"):
        assert {f"{view}.html", f"{view}.svg", f"{view}.gexf", f"{view}.graphml"} <= names
    assert not (tmp_path / "lib").exists()
    gexf = nx.read_gexf(tmp_path / "pics" / "overview.gexf")
    assert KNOWN in gexf and gexf.number_of_nodes() > 100


def test_cli_draw_one_view(mini_graph: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "draw",
            "lineage",
            "--graph",
            str(mini_graph),
            "--out",
            str(tmp_path),
            "--item",
            "ofsted-2017/recommendation/3",
            "--no-static",
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "lineage.html").is_file() and not (tmp_path / "overview.html").exists()
    missing = CliRunner().invoke(cli, ["draw", "lineage", "--graph", str(mini_graph), "--out", str(tmp_path), "--item", "nope/1"])
    assert missing.exit_code == 1


def test_help_does_not_import_the_drawing_libraries() -> None:
    code = "import sys, findings.cli; print(any(m in sys.modules for m in ('pyvis', 'networkx', 'findings.viz.draw')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ}, check=True)
    assert out.stdout.strip() == "False"


def test_committed_pictures_are_the_standard_set_of_the_committed_graph(bundled_graph: Path, tmp_path: Path) -> None:
    """graphs/ holds what `findings build` draws: the same bytes again from graphs/graph.nt (golden, like the graph)."""
    written = draw_standard_set(bundled_graph.parent, tmp_path)
    assert len(written) == 16 and not any(p.suffix == ".png" for p in written)
    stale = [p.name for p in written if (bundled_graph.parent / p.name).read_bytes() != p.read_bytes()]
    assert stale == [], f"graphs/ pictures are stale, run `findings build`: {stale}"


def test_overview_collapses_each_assessment_into_status_counts_that_expand(bundled_graph: Path) -> None:
    corpus = read_corpus(bundled_graph)
    g = build_view("overview", corpus, select(corpus))
    boxes = {n for n, d in g.nodes(data=True) if d.get("tracked")}
    shown = [d for _, d in g.nodes(data=True) if not d.get("hidden") and d.get("kind") != "Label"]
    assert boxes and len(shown) < 60, len(shown)  # the room sees assessments and counts, not every item
    for box in boxes:
        chips = [d for _, d in g.nodes(data=True) if d.get("chip_of") == box]
        assert sum(d["count"] for d in chips) == len(json.loads(g.nodes[box]["tracked"]))
    rec = g.nodes[known(corpus)]
    assert rec["hidden"] and rec["detail_of"] in boxes  # drawn inside its assessment, opened by a click


def test_build_has_a_no_pictures_switch() -> None:
    result = CliRunner().invoke(cli, ["build", "--help"])
    assert result.exit_code == 0 and "--no-pictures" in result.output


def known(corpus) -> str:
    hits = [i.iri for i in corpus.of_kind("Recommendation") if "/ofsted-2017/recommendation/" in i.iri and "permanence" in i.text]
    assert hits
    return hits[0]


def test_build_draws_the_standard_set_unless_told_not_to(bundled_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "graphs"
    bare = CliRunner().invoke(cli, ["--silent", "build", "--out", str(out), "--no-pictures", "--format", "csv"])
    assert bare.exit_code == 0, bare.output
    assert (out / "graph.nt").is_file() and not list(out.glob("*.html"))
    drawn = CliRunner().invoke(cli, ["--silent", "build", "--out", str(out), "--format", "csv"])
    assert drawn.exit_code == 0, drawn.output
    for view in ("overview", "lineage", "matrix", "themes"):
        for suffix in (".html", ".svg", ".gexf", ".graphml"):
            name = view + suffix
            assert (out / name).read_bytes() == (bundled_graph.parent / name).read_bytes(), name


def test_the_tools_own_verification_awaits_review_until_a_person_accepts_it(mini_graph: Path, tmp_path: Path) -> None:
    """A verification below the review bar (extract/lexicons/status.json) that nobody accepted is not drawn as
    assured, as `findings open` and the tracker say; once accepted (attributed to a person) it is."""
    text = mini_graph.read_text(encoding="utf-8")
    low = tmp_path / "low.ttl"
    # as the build writes the tool's own call nobody accepted: its confidence, also as fo:unreviewedConfidence
    low.write_text(text.replace("fo:confidence 0.8 .", "fo:confidence 0.3 ; fo:unreviewedConfidence 0.3 ."), encoding="utf-8")
    rec = read_corpus(low).items[KNOWN]
    assert rec.status == "AwaitingReview" and rec.history[-1] == ("2022-03-04", "AwaitingReview")
    g = build_view("matrix", read_corpus(low), list(read_corpus(low).items.values()))
    assert g.nodes[f"{KNOWN}@2022"]["color"] == STATUS_COLOURS["AwaitingReview"] != STATUS_COLOURS["IndependentlyVerified"]
    accepted = tmp_path / "accepted.ttl"
    accepted.write_text(
        text.replace("fo:confidence 0.8 .", "fo:confidence 0.3 ; prov:wasAttributedTo <https://w3id.org/findings/id/person/a> ."),
        encoding="utf-8",
    )
    assert read_corpus(accepted).items[KNOWN].status == "IndependentlyVerified"


def test_the_tools_own_reading_that_a_matter_recurred_awaits_review_as_findings_open_says(mini_graph: Path, tmp_path: Path):
    """A Recurred below the review bar that nobody accepted is drawn apart from a Recurred raised by a later
    recommendation, as `findings open` reads it ('Recurred (awaiting review)')."""
    recurred = (
        "[] a fo:StatusAssessment ; fo:of cb:ofsted-2012\\/recommendation\\/lac-3 ; fo:status fo:Recurred ; "
        'fo:asOf "2017-08-25"^^xsd:date'
    )
    text = mini_graph.read_text(encoding="utf-8")
    assert recurred + " ." in text
    low = tmp_path / "low.ttl"
    low.write_text(
        text.replace(recurred + " .", recurred + " ; fo:confidence 0.3 ; fo:unreviewedConfidence 0.3 ."), encoding="utf-8"
    )
    corpus = read_corpus(low)
    assert corpus.items[OLD].status == "RecurredAwaitingReview"
    g = build_view("matrix", corpus, list(corpus.items.values()))
    assert g.nodes[f"{OLD}@2017"]["color"] == STATUS_COLOURS["RecurredAwaitingReview"] != STATUS_COLOURS["Recurred"]
    assert read_corpus(mini_graph).items[OLD].status == "Recurred"  # no confidence: a later recommendation's, settled


def test_the_overview_and_the_matrix_count_the_earlier_items_an_arc_carries(tmp_path):
    """helper-138: Rochdale 2023 → 2018 read '2 raised again' in the overview (two 2023 recommendations raising one of
    2018's) and '1 raised again' in the matrix. Both count the earlier items raised again."""
    from findings.build import build, write_graph
    from findings.viz.matrix import matrix
    from findings.viz.overview import overview
    from tests.conftest import OFSTED, need_shared

    need_shared()
    write_graph(build([OFSTED / "rochdale"]).graph, tmp_path)
    corpus = read_corpus(tmp_path / "graph.ttl")

    def arcs(g: nx.DiGraph) -> dict[tuple[str, str], str]:
        said = [(a, b, str(d.get("label", ""))) for a, b, d in g.edges(data=True)]
        return {
            (a.split("@")[0].rsplit("/", 1)[-1], b.split("@")[0].rsplit("/", 1)[-1]): x for a, b, x in said if "raised again" in x
        }

    assert arcs(overview(corpus))[("ofsted-2023", "ofsted-2018")] == "1 raised again"
    assert arcs(matrix(corpus))[("ofsted-2023", "ofsted-2018")] == "1 raised again"


def test_cli_draw_says_which_councils_it_took(tmp_path: Path) -> None:
    """helper-138: `open` and `report` say on stderr which councils --council took; `draw` said nothing."""
    from tests.conftest import ROOT

    graph = ROOT / "graphs" / "graph.ttl"
    result = CliRunner().invoke(
        cli, ["draw", "overview", "--graph", str(graph), "--out", str(tmp_path), "--council", "bedf", "--no-static"]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == "--council bedf: Central Bedfordshire"
    quiet = CliRunner().invoke(
        cli, ["--silent", "draw", "overview", "--graph", str(graph), "--out", str(tmp_path), "--council", "bedf", "--no-static"]
    )
    assert quiet.exit_code == 0 and quiet.stderr == ""
