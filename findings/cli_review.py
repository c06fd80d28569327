"""`findings review`: the candidate links below the threshold and the status calls below the review confidence,
both quotes side by side; accept or reject them.

Decisions go to curation.json beside the corpus (the folder built), so they persist across rebuilds; the next
`findings build` applies them and the graph attributes each accepted link or status call to its reviewer
(prov:wasAttributedTo).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from pathlib import Path

import click

from findings.cli_answers import council_only, council_option
from findings.output import format_option, render_rows, tail


def _queue(graph_dir: Path) -> tuple[list[dict], str | None]:
    path = graph_dir / "review.json"
    if not path.is_file():
        raise click.ClickException(f"no review queue in {graph_dir} (run `findings build` first)")
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["candidates"], data.get("curation")


def _proposed(candidate: dict) -> str:
    """What accepting it asserts: "'from' raises 'to' again" (the link in words, its two items by their columns), or
    'Recurred as of 2022-03-04 (why)'."""
    if candidate["type"] == "status":
        return f"{candidate['status']} as of {candidate['as_of']} ({candidate['basis']})"
    return _LINK_WORDS.get(candidate["type"], f"'from' {candidate['type']} 'to'")


_LINK_WORDS = {  # fo:recurs … as a reader says it
    "recurs": "'from' raises 'to' again",
    "followsUp": "'from' follows up 'to'",
    "fulfils": "'from' fulfils 'to'",
}


@click.command()
@click.option(
    "--graph",
    "graph_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
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
@click.option(
    "--correct",
    "correct",
    multiple=True,
    metavar="ID=STATUS",
    help="Read a status call's evidence as the other verdict: Recurred (the later report says it persists) or "
    "IndependentlyVerified (repeatable).",
)
@click.option("--by", "by", default=None, help="Who decides (default: the login name).")
@click.option(
    "--type",
    "kind",
    type=click.Choice(["all", "link", "status"]),
    default="all",
    show_default=True,
    help="List only candidate links or only status calls.",
)
@council_option
@format_option
def review(
    graph_dir: Path,
    curation: Path | None,
    accept: tuple[str, ...],
    reject: tuple[str, ...],
    correct: tuple[str, ...],
    by: str | None,
    kind: str,
    council: str | None,
    fmt: str,
) -> None:
    """List what waits for a person, or record decisions on it (then rebuild to apply).

    \b
    Two kinds of candidate, each with the later quote ("from") beside the earlier one ("to"):
    - links (recurs, followsUp …) scored below the threshold that makes them triples (extract/lexicons/linking.json;
      a higher one for two items sharing only how the service is run, recurrence.machinery), or held for a person
      however high they score by a rule of recurrence (its "why" in review.json says which);
    - status calls whose confidence is below review.below in extract/lexicons/status.json: in practice every later
      inspection's word on the last one (IndependentlyVerified, or Recurred when it finds the matter unresolved), and
      every verdict read from a later inspection's or peer review's findings on the recommendation's concerns
      (IndependentlyVerified or Recurred; its basis counts the strengths and weaknesses weighed).

    \b
    Until decided, a candidate link stays out of the graph; a status call stays in it, with its low confidence.
    Accepted: the link becomes a triple, the status call stays; both attributed to the reviewer (prov:wasAttributedTo
    a prov:Person, dcterms:date the day decided). Rejected: the link stays out (or leaves, had the threshold asserted
    it); the status call leaves the graph and the item's current status is the latest of its other statuses.
    Corrected (a status call only, --correct ID=Recurred or ID=IndependentlyVerified): the call stays with the
    person's verdict on the same evidence, attributed to them.
    """
    from findings.review import CORRECTIONS, CurationError, decide, read_decisions

    corrections: dict[str, str] = {}
    for given in correct:
        cid, _, status = given.partition("=")
        if status not in CORRECTIONS:
            raise click.BadParameter(f"{given!r}: give ID=STATUS, STATUS one of {', '.join(CORRECTIONS)}", param_hint="--correct")
        corrections[cid] = status

    queue, built_with = _queue(graph_dir)
    if curation is None:
        if built_with is None:
            raise click.ClickException("the build read no folder; give the curation file with --curation")
        curation = Path(os.path.normpath(graph_dir / built_with))  # relative to the graph's folder, or absolute
        if not curation.parent.is_dir():
            raise click.ClickException(
                f"the folder the build read its decisions from, {curation.parent}, is not there: "
                "give the curation file with --curation"
            )
    both = sorted((set(accept) & set(reject)) | ((set(accept) | set(reject)) & corrections.keys()))
    if both:
        raise click.UsageError(f"{both[0]} is decided twice at once: decide once")
    if not accept and not reject and not corrections:
        try:
            decided = read_decisions(curation)
        except CurationError as err:
            raise click.ClickException(str(err)) from None
        only = council_only(str(graph_dir), council)
        theirs = None if only is None else {str(tail(iri)) for iri in only}  # the council's items, as the queue names them
        headers = ["id", "type", "score", "proposed", "decision", "from", "from quote", "from page", "to", "to quote", "to page"]
        rows = [
            (
                c["id"],
                c["type"],
                c["score"],
                _proposed(c),
                decided[c["id"]].decision if c["id"] in decided else "",
                c["from"]["item"],
                c["from"].get("quote", "") + "".join(f"\n+ {m['quote']}" for m in c["from"].get("more", [])),
                c["from"].get("page"),  # where a reader finds the quote in the PDF ('p19-3' is a paragraph's number)
                c["to"]["item"],
                c["to"].get("quote", ""),
                c["to"].get("page"),
            )
            for c in queue
            if (kind == "all" or (c["type"] == "status") == (kind == "status")) and (theirs is None or c["to"]["item"] in theirs)
        ]
        click.echo(render_rows(headers, rows, fmt), nl=False)
        if not rows:  # the header alone says nothing to a person: say why the list is empty
            what = {"all": "candidate", "link": "candidate link", "status": "status call"}.get(kind, "candidate")
            click.echo(f"no {what} waits for review in {graph_dir} (decided ones are in {curation})", err=True)
        return
    who = by or getpass.getuser()
    today = dt.date.today()
    unknown: list[str] = []
    replaced: list = []
    try:
        if accept:
            unknown += decide(curation, queue, list(accept), "accept", who, today, replaced)
        if reject:
            unknown += decide(curation, queue, list(reject), "reject", who, today, replaced)
        for cid, status in sorted(corrections.items()):
            if any(c["id"] == cid and c["type"] != "status" for c in queue):
                raise click.BadParameter(f"{cid} is a link: only a status call is corrected", param_hint="--correct")
            unknown += decide(curation, queue, [cid], "correct", who, today, replaced, corrected_to=status)
    except CurationError as err:
        raise click.ClickException(str(err)) from None
    if unknown:
        raise click.ClickException(f"neither in the review queue of {graph_dir} nor decided in {curation}: {', '.join(unknown)}")
    for earlier in replaced:
        click.echo(f"{earlier.id}: replaces the {earlier.decision} by {earlier.by} on {earlier.at}", err=True)
    click.echo(
        f"recorded {len(accept)} accepted, {len(reject)} rejected, {len(corrections)} corrected by {who} in {curation}; "
        "run `findings build` to apply",
        err=True,
    )
