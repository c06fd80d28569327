"""Workshop pictures of the findings graph: offline HTML (pyvis), SVG/PNG for slides, GEXF/GraphML for Gephi."""

from __future__ import annotations

from pathlib import Path

from findings.viz.draw import VIEWS, draw

__all__ = ["VIEWS", "draw", "draw_standard_set"]


def draw_standard_set(graph_dir: Path, out_dir: Path, *, png: bool = False) -> list[Path]:
    """Read GRAPH_DIR/graph.nt and write every view (HTML, SVG, GEXF, GraphML; PNG on request) to OUT_DIR.

    Without PNG the set is byte-identical for the same graph, so `findings build` can commit it as golden files."""
    return draw(Path(graph_dir) / "graph.nt", Path(out_dir), VIEWS, png=png)
