"""`findings review`: the candidate links below the threshold, both quotes side by side; accept or reject them.

Decisions go to curation.json beside the corpus (the folder built), so they persist across rebuilds; the next
`findings build` applies them and the graph attributes each accepted link to its reviewer (prov:wasAttributedTo).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from pathlib import Path

import click

from findings.output import format_option, render_rows


def _queue(graph_dir: Path) -> tuple[list[dict], str | None]:
    path = graph_dir / "review.json"
    if not path.is_file():
        raise click.ClickException(f"no review queue in {graph_dir} (run `findings build` first)")
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["candidates"], data.get("curation")


@click.command()
@click.option(
    "--graph",
    "graph_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("graphs"),
    show_default=True,
    help="The build's output folder (its review.json).",
)
@click.option(
    "--curation",
    "curation",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The curation file to record decisions in (default: the one beside the corpus the build read).",
)
@click.option("--accept", "accept", multiple=True, metavar="ID", help="Accept a candidate (repeatable).")
@click.option("--reject", "reject", multiple=True, metavar="ID", help="Reject a candidate (repeatable).")
@click.option("--by", "by", default=None, help="Who decides (default: the login name).")
@format_option
def review(
    graph_dir: Path, curation: Path | None, accept: tuple[str, ...], reject: tuple[str, ...], by: str | None, fmt: str
) -> None:
    """List candidate links waiting for a person, or record decisions on them (then rebuild to apply)."""
    from findings.review import CurationError, decide, read_decisions

    queue, built_with = _queue(graph_dir)
    if curation is None:
        if built_with is None:
            raise click.ClickException("the build read no folder; give the curation file with --curation")
        curation = Path(built_with)
    if not accept and not reject:
        try:
            decided = read_decisions(curation)
        except CurationError as err:
            raise click.ClickException(str(err)) from None
        headers = ["id", "type", "score", "decision", "from", "from quote", "to", "to quote"]
        rows = [
            (
                c["id"],
                c["type"],
                c["score"],
                decided[c["id"]].decision if c["id"] in decided else "",
                c["from"]["item"],
                c["from"].get("quote", ""),
                c["to"]["item"],
                c["to"].get("quote", ""),
            )
            for c in queue
        ]
        click.echo(render_rows(headers, rows, fmt), nl=False)
        return
    who = by or getpass.getuser()
    today = dt.date.today()
    unknown = []
    try:
        if accept:
            unknown += decide(curation, queue, list(accept), "accept", who, today)
        if reject:
            unknown += decide(curation, queue, list(reject), "reject", who, today)
    except CurationError as err:
        raise click.ClickException(str(err)) from None
    if unknown:
        raise click.ClickException(f"not in the review queue of {graph_dir}: {', '.join(unknown)}")
    click.echo(
        f"recorded {len(accept)} accepted, {len(reject)} rejected by {who} in {curation}; run `findings build` to apply", err=True
    )
