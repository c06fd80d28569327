"""`findings draw`: the workshop pictures, from a graph `findings build` wrote."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

VIEW_NAMES = ("overview", "lineage", "matrix", "themes")


@click.command()
@click.argument("views", nargs=-1, type=click.Choice(VIEW_NAMES))
@click.option(
    "--graph",
    "graph",
    type=click.Path(exists=True, path_type=Path),
    default=Path("graphs"),
    show_default=True,
    help="The folder `findings build` wrote (graph.nt inside), or a .nt/.ttl file.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the pictures (default: the graph's folder).",
)
@click.option(
    "--council",
    default=None,
    help="Only this council: its name or key ('Derby'), else every council whose name holds the words ('bedfordshire'), "
    "else the one whose initials it is ('WBC').",
)
@click.option("--theme", default=None, help="Only items on this theme (part of its label, e.g. 'permanence').")
@click.option(
    "--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="The graph as it stood on this date."
)
@click.option("--item", default=None, help="The lineage view's item: an IRI or its tail, e.g. 'ofsted-2017/recommendation/3'.")
@click.option("--no-static", is_flag=True, help="HTML only: skip SVG, PNG, GEXF and GraphML.")
@click.pass_context
def draw(
    ctx: click.Context,
    views: tuple[str, ...],
    graph: Path,
    out_dir: Path | None,
    council: str | None,
    theme: str | None,
    as_of: dt.datetime | None,
    item: str | None,
    no_static: bool,
) -> None:
    """Draw VIEWS (default: all) as offline HTML, SVG, PNG, GEXF and GraphML."""
    from findings.viz.draw import draw as run_draw
    from findings.viz.draw import graph_file

    if not graph_file(graph).is_file():
        raise click.ClickException(f"{graph_file(graph)} not found: run `findings build` first")
    target = out_dir or (graph if graph.is_dir() else graph.parent)
    try:
        written = run_draw(
            graph,
            target,
            views or VIEW_NAMES,
            council=council,
            theme=theme,
            as_of=as_of.date().isoformat() if as_of else None,
            item=item,
            static=not no_static,
            say=None if getattr(ctx.obj, "silent", False) else lambda line: click.echo(line, err=True),
        )
    except KeyError as err:
        raise click.ClickException(str(err.args[0])) from None
    quiet = getattr(ctx.obj, "silent", False)
    for path in written:
        if not quiet:
            click.echo(f"wrote {path}", err=True)
