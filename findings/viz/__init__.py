"""Workshop pictures of the findings graph: offline HTML (pyvis), SVG/PNG for slides, GEXF/GraphML for Gephi."""

from __future__ import annotations

from pathlib import Path

from findings.viz.draw import VIEWS, draw

__all__ = ["VIEWS", "draw", "draw_standard_set"]


def draw_standard_set(graph_dir: Path, out_dir: Path) -> list[Path]:
    """Read GRAPH_DIR/graph.nt and write every view (HTML, SVG, PNG when Chromium is present, GEXF, GraphML) to OUT_DIR."""
    return draw(Path(graph_dir) / "graph.nt", Path(out_dir), VIEWS)
