"""`findings report`: the open items for a panel by theme, with quotes and lineage, as Markdown or HTML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from findings.cli_answers import council_option
from findings.cli_sparql import as_of_option, graph_option


@click.command()
@as_of_option
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the report here: .md for Markdown, .html for a self-contained page (default: Markdown on stdout).",
)
@graph_option
@council_option
@click.pass_obj
def report(obj, as_of: dt.datetime | None, out_file: Path | None, graph: str, council: str | None) -> None:
    """A panel's report: every open item by theme, with its quote, document and page, and its lineage."""
    from findings.cli_answers import NONE_OPEN, _store, council_only, future_hint
    from findings.councils import council_assessments
    from findings.report import gather, holdings, markdown, to_html

    day = (as_of.date() if as_of else dt.date.today()).isoformat()
    store = _store(graph)
    items = gather(store, day, council_only(graph, council))
    hint = NONE_OPEN.format(day=day) if not items else future_hint(day) if as_of else None
    if hint and not getattr(obj, "silent", False):  # as `findings open` says it: the report itself is unchanged
        click.echo(hint, err=True)
    text = markdown(items, day, holdings(store, council_assessments(store, council)[0] if council else None))
    if out_file is None:
        click.echo(text, nl=False)
        return
    suffix = out_file.suffix.lower()
    if suffix not in (".md", ".html", ".htm"):
        raise click.UsageError(f"--out {out_file}: give a .md or .html file")
    from findings.write import atomic_write

    data = text if suffix == ".md" else to_html(text, f"Open items as of {day}")
    atomic_write(out_file, data.encode("utf-8"))
    click.echo(f"wrote {out_file}", err=True)
