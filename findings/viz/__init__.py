"""Workshop pictures of the findings graph: offline HTML (pyvis), SVG/PNG for slides, GEXF/GraphML for Gephi."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from findings.rdf.triples import Triples

__all__ = ["VIEWS", "draw_standard_set", "standard_set_files", "standard_set_task"]

VIEWS = ("overview", "lineage", "matrix", "themes")  # the standard set; networkx and pyvis load only to draw


def draw_standard_set(graph_dir: Path, out_dir: Path, *, png: bool = False) -> list[Path]:
    """Read GRAPH_DIR/graph.nt and write every view (HTML, SVG, GEXF, GraphML; PNG on request) to OUT_DIR.

    Without PNG the set is byte-identical for the same graph, so `findings build` can commit it as golden files."""
    from findings.viz.draw import draw

    return draw(Path(graph_dir) / "graph.nt", Path(out_dir), VIEWS, png=png)


def standard_set_task(triples: Triples, out_dir: Path) -> Callable[[], list[Path]]:
    """The standard set of a build's graph, drawn from the graph held in memory (the same files as from its
    graph.nt), as a task the build can run beside its writing."""
    import pyvis.network  # noqa: F401  (imported here, before any fork: a child never waits on an import lock)

    from findings.viz.draw import draw
    from findings.viz.read import index_of

    return lambda: draw(index_of(triples), Path(out_dir), VIEWS, png=False)


def standard_set_files(out_dir: Path) -> list[Path]:
    """The files of the standard set (no PNG), every one of which a build leaves in its folder."""
    return [Path(out_dir) / f"{view}{ext}" for view in VIEWS for ext in (".html", ".svg", ".gexf", ".graphml")]
