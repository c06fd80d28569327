"""Workshop pictures of the findings graph: offline HTML (pyvis), SVG/PNG for slides, GEXF/GraphML for Gephi."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from findings.viz.draw import VIEWS, draw

if TYPE_CHECKING:
    from findings.rdf.triples import Triples

__all__ = ["VIEWS", "draw", "draw_standard_set", "standard_set_tasks"]


def draw_standard_set(graph_dir: Path, out_dir: Path, *, png: bool = False) -> list[Path]:
    """Read GRAPH_DIR/graph.nt and write every view (HTML, SVG, GEXF, GraphML; PNG on request) to OUT_DIR.

    Without PNG the set is byte-identical for the same graph, so `findings build` can commit it as golden files."""
    return draw(Path(graph_dir) / "graph.nt", Path(out_dir), VIEWS, png=png)


def standard_set_tasks(triples: Triples, out_dir: Path, parts: int) -> list[Callable[[], list[Path]]]:
    """The standard set of a build's graph, held in memory, as `parts` tasks that can run at once (each reads the
    graph itself): the overview, the view of every item, alone; the smaller views together."""
    import pyvis.network  # noqa: F401  (imported here, before any fork: a child never waits on an import lock)

    from findings.viz.read import index_of

    groups = [VIEWS] if parts < 2 else [VIEWS[:1], VIEWS[1:]]
    return [lambda views=views: draw(index_of(triples), Path(out_dir), views, png=False) for views in groups]
