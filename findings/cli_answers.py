"""The answers a QA lead asks for first: what is open (as of a date), the lineage of one item, what recurs.

Each is a named query of ontology/queries/ run through the store the build loaded (findings.store), so the command
line, the SPARQL endpoint and an analyst's own tool give the same answer.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import click

from findings.cli_sparql import as_of_option, graph_option, is_address
from findings.output import FORMATS, format_option, in_item_order, natural_key, render_rows, tail


def _run(name: str, params: dict[str, object], graph: str) -> tuple[list[str], list[tuple]]:
    from findings.store.named import find_named

    query = find_named(name)
    if query is None:
        raise click.ClickException(f"the named query {name!r} is missing from ontology/queries")
    return _store(graph).select(query.text, params=params)


def _store(graph: str):
    """The store of a built graph (folder, file or endpoint); a one-line error when nothing was built there."""
    from findings.store import open_store

    if not is_address(graph) and not (Path(graph) / "graph.nt").exists() and not Path(graph).is_file():
        raise click.ClickException(f"no built graph in {graph} (run `findings build` first)")
    return open_store(graph)


council_option = click.option(
    "--council",
    default=None,
    help="Only this council's items and its board's: its name or key ('Derby'), else every council whose name holds "
    "the words ('bedfordshire'), else the one whose initials it is ('WBC'); stderr says which were taken.",
)


def council_only(graph: str, council: str | None, assessments: bool = False) -> set[str] | None:
    """The items (or `assessments`) of the council asked for, or None for every council's; a clear error when none
    matches."""
    if council is None:
        return None
    from findings.councils import NoSuchCouncil, council_assessments, council_items

    try:
        items, taken = (council_assessments if assessments else council_items)(_store(graph), council)
    except NoSuchCouncil as err:
        raise click.ClickException(str(err)) from None
    context = click.get_current_context(silent=True)
    if not getattr(context.obj if context else None, "silent", False):
        click.echo(f"--council {council}: {'; '.join(taken)}", err=True)
    return items


evidence_option = click.option(
    "--evidence", is_flag=True, help="Add the quote, document and page behind each row (an item's own; a status's evidence)."
)
item_evidence_option = click.option("--evidence", is_flag=True, help="Add the document and page of each item's quote.")


def _show(headers: list[str], rows: list[tuple], iris: set[str], fmt: str) -> None:
    """Print rows with the IRIs of the `iris` columns cut to their readable tail."""
    shown = [tuple(tail(v) if h in iris else v for h, v in zip(headers, row, strict=True)) for row in rows]
    click.echo(render_rows(headers, shown, fmt), nl=False)


@click.command(name="open")
@as_of_option
@graph_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS + ("xlsx",)),
    default="table",
    show_default=True,
    help="Output format; xlsx writes the QA lead's tracker workbook to --out.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The workbook to write with --format xlsx (open items, lineage, sources).",
)
@council_option
@evidence_option
@click.pass_obj
def open_items(
    obj, as_of: dt.datetime | None, graph: str, fmt: str, out: Path | None, council: str | None, evidence: bool
) -> None:
    """Recommendations still open on a date: latest status, since when, on what evidence's date."""
    day = (as_of.date() if as_of else dt.date.today()).isoformat()
    if out is not None and fmt == "table" and out.suffix.lower() == ".xlsx":
        fmt = "xlsx"  # '--out tracker.xlsx' says which format
    if (fmt == "xlsx") != (out is not None):
        raise click.UsageError("--format xlsx and --out FILE go together: the workbook is written to a file")
    if fmt == "xlsx" and evidence:
        raise click.UsageError("--evidence is for the listing formats: the workbook has its own Sources sheet")
    only = council_only(graph, council)
    if fmt == "xlsx":
        from findings.tracker import write_tracker

        try:
            count = write_tracker(_store(graph), dt.date.fromisoformat(day), out, only)
        except OSError as err:
            raise click.ClickException(f"cannot write {out}: {err.strerror or err}") from None
        if not getattr(obj, "silent", False):
            click.echo(f"wrote {out}: {count} open items as of {day}", err=True)
        return
    headers, rows = _run("open-items", {"asOf": day}, graph)
    rows = in_item_order(headers, rows)
    if only is not None:
        rows = [row for row in rows if str(row[headers.index("item")]) in only]
    if not rows and not getattr(obj, "silent", False):  # an empty table alone reads as a fault
        click.echo(NONE_OPEN.format(day=day), err=True)
    elif as_of and (hint := future_hint(day)) and not getattr(obj, "silent", False):
        click.echo(hint, err=True)
    keep = ["item", "status", "raised", "statusDate", "text"]
    index = [headers.index(h) for h in keep]
    shown = [tuple(row[i] for i in index) for row in rows]
    if evidence:  # the item's own quote, then the quote its status rests on
        quoted = Quoter(graph)
        at = headers.index("statusAssessment")
        keep += ["document", "page", "evidence", "evidenceDocument", "evidencePage"]
        shown = [s + quoted.where(r[0]) + quoted.behind(r[at]) for s, r in zip(shown, rows, strict=True)]
    _show(keep, shown, {"item"}, fmt)


def future_hint(day: str) -> str | None:
    """The line a date after today needs on stderr (open, report, draw): the answer is today's, not a forecast."""
    if day > dt.date.today().isoformat():
        return f"{day} is after today: the picture rests on the evidence the graph holds now"
    return None


NONE_OPEN = "no item open as of {day}: none raised by then, or every one settled"


@click.command()
@click.argument("item")
@graph_option
@format_option
@evidence_option
def lineage(item: str, graph: str, fmt: str, evidence: bool) -> None:
    """ITEM's lineage in date order (an IRI or its tail, e.g. 'ofsted-2017/recommendation/3')."""
    headers, rows = _run("lineage", {"item": resolve_item(item, graph)}, graph)
    if evidence:  # each row's quote: an item's own, a status's evidence, an assessment's document
        quoted, at = Quoter(graph), headers.index("node")
        rows = [row + quoted.behind(row[at]) for row in rows]
        headers = headers + ["quote", "document", "page"]
    _show(headers, rows, {"node"}, fmt)


@click.command()
@graph_option
@format_option
@council_option
@evidence_option
@click.pass_obj
def recurring(obj, graph: str, fmt: str, council: str | None, evidence: bool) -> None:
    """Concerns raised again across the years: each later item, the earlier one it recurs, score and themes."""
    only = council_only(graph, council)
    headers, rows = _run("recurring", {}, graph)
    if only is not None:
        rows = [row for row in rows if str(row[headers.index("later")]) in only]
    at = [headers.index(h) for h in ("earlierAssessment", "earlier", "later")]  # 'recommendation/3' before '…/10'
    rows = sorted(rows, key=lambda r: (str(r[at[0]]), natural_key(str(r[at[1]])), natural_key(str(r[at[2]]))))
    if evidence:  # where each of the two items is printed
        quoted = Quoter(graph)
        rows = [row + quoted.where(row[at[2]]) + quoted.where(row[at[1]]) for row in rows]
        headers = headers + ["laterDocument", "laterPage", "earlierDocument", "earlierPage"]
    if fmt == "json":  # the shared concerns as a list, not the one string a table shows
        t = headers.index("themes")
        rows = [(*row[:t], str(row[t]).split("; ") if row[t] else [], *row[t + 1 :]) for row in rows]
    _show(headers, rows, {"later", "earlier"}, fmt)
    waiting = waiting_for_review(graph, "recurs", only)
    if waiting and not getattr(obj, "silent", False):  # an empty or short table is not the whole answer
        click.echo(f"{len(waiting)} more candidate recurrence(s) wait in `findings review`{why_waiting(waiting)}", err=True)


def why_waiting(candidates: list[dict]) -> str:
    """How many of the queue's `candidates` scored below a threshold and how many a rule holds for a person whatever
    they score (their "why", findings/link/recurs.py): a candidate scoring more than one asserted is not a mistake but a
    rule's doing (unseen tester helper-307). Nothing for a queue written before candidates said why."""
    held = sum(c.get("why", "").startswith("held") for c in candidates)
    below = sum(c.get("why", "").startswith("scored below") for c in candidates)
    if held + below < len(candidates):
        return ", scored below the threshold"
    told = [f"{below} scored below the threshold"] if below else []
    told += [f"{held} held for a person by a rule however high they score (its 'why' says which)"] if held else []
    return ": " + "; ".join(told)


def waiting_for_review(graph: str, kind: str, only: set[str] | None = None) -> list[dict]:
    """The candidate links of `kind` the build's review queue holds undecided (of the council's items, given
    `only`); none where the graph has no queue beside it (a file elsewhere, an endpoint)."""
    import json

    if is_address(graph):
        return []
    queue = (Path(graph) if Path(graph).is_dir() else Path(graph).parent) / "review.json"
    try:
        candidates = json.loads(queue.read_text(encoding="utf-8"))["candidates"]
    except (OSError, ValueError, KeyError):
        return []
    mine = [c for c in candidates if c.get("type") == kind]
    if only is not None:
        mine = [c for c in mine if any(iri.endswith("/" + c["from"]["item"]) for iri in only)]
    return mine


class Quoter:
    """The quote, document and page behind a node of the graph, one node at a time (cheap however large the graph):
    findings.quotes.quote_behind, on the graph's store."""

    def __init__(self, graph: str) -> None:
        self.store = _store(graph)

    def behind(self, iri: object) -> tuple:
        """(quote, document, page) of `iri`, or of what it was derived from."""
        from findings.quotes import quote_behind

        return quote_behind(self.store, iri)

    def where(self, iri: object) -> tuple:
        """(document, page) of `iri`'s first quote."""
        return self.behind(iri)[1:]


def resolve_item(item: str, graph: str) -> str:
    """A full IRI as given, or the one item whose IRI ends with the tail given."""
    from findings.store import open_store

    store = open_store(graph)  # once, for the check and the search
    if is_address(item):
        if not store.ask("ASK { ?item ?p ?o }", params={"item": item}):
            raise click.ClickException(f"no item {item} in {graph}")
        return item

    from findings.store.named import items_ending, items_referenced

    needle = "/" + item.strip("/")
    rows = [(iri,) for iri in items_ending(store, item) or items_referenced(store, item)]  # '…/action/1b': printed so
    if not rows:
        _, other = store.select("SELECT DISTINCT ?s WHERE { ?s a ?t . FILTER(STRENDS(STR(?s), ?tail)) }", params={"tail": needle})
        if other:  # an assessment, a status, a link: `show` shows it; lineage is an item's
            hint = f"`findings show {item}` shows it; `findings list --assessment {item}` lists its items"
            raise click.ClickException(f"{needle.lstrip('/')!r} is not an item with a text ({hint})")
        raise missing_item(store, item, graph)
    if len(rows) > 1:
        shown = ", ".join(_tail_of(str(r[0])) for r in rows[:5]) + (", …" if len(rows) > 5 else "")
        raise click.ClickException(f"{item!r} matches {len(rows)} items: {shown}; give more of the IRI")
    return str(rows[0][0])


def missing_item(store, item: str, graph: object) -> click.ClickException:
    """The one message `show` and `lineage` give for an item no node's IRI ends with, naming the nearest one there is
    ('ofsted-2014/recommendation/17' for 'ofsted-2104/recommendation/17'): its tail compared, as many parts of it as
    were given, with the tail of every typed node of the graph."""
    import difflib

    given = item.strip("/")
    parts = given.count("/") + 1
    _, rows = store.select("SELECT DISTINCT ?s WHERE { ?s a ?t . FILTER(isIRI(?s)) }")
    near: dict[str, str] = {}
    for (iri,) in rows:
        whole = _tail_of(str(iri))
        near.setdefault("/".join(whole.split("/")[-parts:]), whole)
    best = difflib.get_close_matches(given, list(near), n=1, cutoff=0.8)
    hint = f"; did you mean {near[best[0]]!r}?" if best else ""
    return click.ClickException(f"no item ends with {given!r} in {graph}{hint} (`findings search WORDS` finds one by its words)")


def _tail_of(iri: str) -> str:
    """'…/id/wigan/ofsted-2017/recommendation/1' → 'wigan/ofsted-2017/recommendation/1'."""
    return iri.split("/id/", 1)[1] if "/id/" in iri else iri


_KINDS = {"kloe": "KeyLineOfEnquiry", "update": "ProgressUpdate", "progress": "ProgressUpdate"}
_ITEM_KINDS = ("Recommendation", "KeyLineOfEnquiry", "Finding", "Action", "ProgressUpdate", "Resolution", "Judgement")


def _items(kind: str | None, assessment: str | None, graph: str) -> tuple[list[str], list[tuple]]:
    if kind:
        kind = _KINDS.get(kind.casefold(), kind)
        if kind.casefold() not in {k.casefold() for k in (*_ITEM_KINDS, "any")}:
            known = ", ".join(_ITEM_KINDS)
            raise click.BadParameter(
                f"{kind!r} is not a kind of item: {known} (or kloe, update, any); the assessments themselves "
                "(inspections, visits, reviews, meetings) with their dates and grades: `findings query assessments`",
                param_hint="--kind",
            )
    params = {k: v for k, v in (("kind", kind or "any"), ("within", assessment)) if v}  # the query's default: recommendations
    headers, rows = _run("items", params, graph)
    if assessment and not rows and not _run("items", {"kind": "any", "within": assessment}, graph)[1]:
        hint = "`findings list` lists every item with its assessment"
        raise click.ClickException(f"no assessment's IRI holds {assessment!r} ({hint})")
    at = [headers.index(h) for h in ("assessment", "type", "item")]  # as the query, but 'recommendation/2' before
    return headers, sorted(rows, key=lambda r: (str(r[at[0]]), str(r[at[1]]), natural_key(str(r[at[2]]))))  # '/10'


def _of_council(headers: list[str], rows: list[tuple], council: str | None, graph: str) -> tuple[list[str], list[tuple]]:
    """The rows of items in assessments of the council asked for (all of them when none is)."""
    only = council_only(graph, council, assessments=True)
    if only is None:
        return headers, rows
    at = headers.index("assessment")
    return headers, [row for row in rows if str(row[at]) in only]


def _with_evidence(headers: list[str], rows: list[tuple], evidence: bool, graph: str) -> tuple[list[str], list[tuple]]:
    """The item, its kind, assessment and text; with --evidence also the document and page of its quote, chosen as
    every answer chooses it (Quoter: one item at a time, cheap however large the graph)."""
    keep = ["item", "type", "assessment", "text"]
    index = [headers.index(h) for h in keep]
    shown = [tuple(row[i] for i in index) for row in rows]
    if not evidence:
        return keep, shown
    quoted = Quoter(graph)
    return keep + ["document", "page"], [row + quoted.where(row[0]) for row in shown]


@click.command(name="list")
@click.option(
    "--kind", default=None, help="Only items of this kind (Recommendation, Finding, Action, KeyLineOfEnquiry, Judgement …)."
)
@click.option("--assessment", default=None, help="Only items of assessments whose IRI contains this (e.g. ofsted-2017).")
@council_option
@item_evidence_option
@graph_option
@format_option
def list_items(kind: str | None, assessment: str | None, council: str | None, evidence: bool, graph: str, fmt: str) -> None:
    """Every item of the graph (or of one kind, assessment or council), to find one without knowing its IRI."""
    headers, rows = _with_evidence(*_of_council(*_items(kind, assessment, graph), council, graph), evidence, graph)
    _show(headers, rows, {"item", "assessment"}, fmt)


_PRINTED = """PREFIX fo: <https://w3id.org/findings/ontology#>
SELECT ?item ?ref WHERE {
  { ?item fo:minute ?n BIND(CONCAT("minute ", ?n) AS ?ref) } UNION { ?item fo:logReference ?ref }
  UNION { ?item fo:reference ?ref } UNION { ?item fo:lead ?ref FILTER(isLiteral(?ref)) }
}"""


def _as_minute(words: str) -> re.Pattern[str] | None:
    """'min. no. 12' as the minute number it names, read by the minutes' own patterns (extract/minutes_layout.json,
    findings.extract.minute_numbers): 'minute 12', whole (not minute 120 or 12/24); None for other words."""
    from findings.extract.minute_numbers import minute_of_cell

    asked = " ".join(words.split())
    asked = asked[:1].upper() + asked[1:]  # as a heading prints it: 'Min. No. 12', 'Item 10'
    number = minute_of_cell(asked)
    return re.compile(re.escape(f"minute {number}".casefold()) + r"(?![\w/])") if number != asked else None


def _whole_word(word: str) -> re.Pattern[str]:
    """`word` where it stands as a word of its own, or with a plural's or possessive's ending ('plans', 'child's'):
    not inside another ('PLO' in 'exploitation', 'age' in 'management'). A word that ends or starts with a sign
    ('45/24', 'A3.') is matched from and to that sign."""
    before = r"(?<!\w)" if re.match(r"\w", word[:1]) else ""
    after = r"(?:e?s|['’]s)?(?!\w)" if re.match(r"\w", word[-1:]) else ""
    return re.compile(before + re.escape(word) + after)


def _printed_references(graph: str) -> dict[str, list[str]]:
    """Item IRI → the references its source prints for it: a minute's number ('minute 45/24'), an action log's Ref, a
    plan's own label for an action keyed otherwise ('1b'), the lead it names ('Principal Social Worker': a QA lead
    looks up what one role owns)."""
    found: dict[str, list[str]] = {}
    for item, ref in _store(graph).select(_PRINTED)[1]:
        found.setdefault(str(item), []).append(str(ref))
    return found


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _folded(text: str) -> str:
    """`text` as search compares it: any case, a typed apostrophe the same as a printed one ('children's', 'children’s')."""
    return text.casefold().translate(_APOSTROPHES)


@click.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--kind", default=None, help="Only items of this kind.")
@council_option
@item_evidence_option
@graph_option
@format_option
def search(words: tuple[str, ...], kind: str | None, council: str | None, evidence: bool, graph: str, fmt: str) -> None:
    """Items whose text, or the minute number, log Ref or lead printed for them ('45/24', 'A3', 'Head of Service'),
    holds every one of WORDS as a whole word (any case; 'plan' finds 'plans', never 'planning'; 'PLO' never
    'exploitation'), most mentions first."""
    wanted = [_folded(w) for w in words if w.strip()]
    if not wanted:
        raise click.UsageError("give the words to search for (e.g. `findings search return home interviews`)")
    headers, rows = _of_council(*_items(kind, None, graph), council, graph)
    text, item = headers.index("text"), headers.index("item")
    printed = _printed_references(graph)
    from findings.link.themes import unhyphenated  # 'pre-proceedings' finds 'preproceedings', and the other way round

    ways = [(_whole_word(unhyphenated(w)), _as_minute(w)) for w in wanted]  # 'Min. No. 12', 'Item 10': minute 12, 10
    scored = []
    for row in rows:
        body = _folded(" ".join((str(row[text] or ""), *printed.get(str(row[item]), ()))))
        joined = unhyphenated(body)
        counts = [max(len(w.findall(joined)), len(minute.findall(body)) if minute else 0) for w, minute in ways]
        if all(counts):
            scored.append((-sum(counts), row))
    found = [row for _, row in sorted(scored, key=lambda s: s[0])]
    if not found:
        what = f"no item of kind {_KINDS.get(kind.casefold(), kind)} holds" if kind else "no item holds"
        raise click.ClickException(f"{what} {' '.join(words)!r}")
    _show(*_with_evidence(headers, found, evidence, graph), {"item", "assessment"}, fmt)
