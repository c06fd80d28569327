"""Write docs/sparql.md: the intro and each worked query of docs/sparql/ with its answer on a built graph.

    python docs/make_sparql_doc.py                      # from graphs/ (the committed build), into docs/sparql.md
    python docs/make_sparql_doc.py --graph DIR --out -  # any built folder, to stdout
    python docs/make_sparql_doc.py --check              # exit 1 when docs/sparql.md is not what it would write

Queries run through the project's store with their header parameters' defaults, as `findings query FILE.rq` does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from findings.output import render_rows
from findings.rdf.iris import DEFAULT_BASE
from findings.store import PREFIXES, StoreError, open_store
from findings.store.named import named_queries

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
MAX_ROWS, MAX_CELL = 12, 80


def _cell(value: object) -> object:
    if isinstance(value, str):
        value = value.removeprefix(DEFAULT_BASE)
        if value.startswith(PREFIXES["fo"]):
            value = "fo:" + value.removeprefix(PREFIXES["fo"])
        if len(value) > MAX_CELL:
            value = value[: MAX_CELL - 1].rstrip() + "…"
    return value


def _body(text: str) -> str:
    """The query without its header comment: what an analyst copies."""
    lines = text.splitlines()
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)


def section(number: int, store, query) -> str:
    """One worked query as Markdown: title, description, parameters, the SPARQL and its answer."""
    headers, rows = store.select(query.text, {p.name: p.default for p in query.params if p.default is not None})
    shown = [tuple(_cell(v) for v in row) for row in rows[:MAX_ROWS]]
    params = ", ".join(f"`?{p.name}` = `{_cell(p.default)}`" for p in query.params if p.default is not None)
    parts = [f"### {number}. {query.title}", "", query.description, ""]
    if params:
        parts += [f"Parameters (`--param NAME=VALUE`): {params}.", ""]
    parts += [f"`docs/sparql/{query.name}.rq`:", "", "```sparql", _body(query.text), "```", ""]
    count = f"{len(rows)} row{'s' if len(rows) != 1 else ''}"
    parts += [f"Answer on the bundled corpus ({count}{', first ' + str(MAX_ROWS) + ' shown' if len(rows) > MAX_ROWS else ''}):"]
    parts += ["", render_rows(headers, shown, "md").rstrip("\n"), ""]
    return "\n".join(parts)


def document(graph: Path) -> str:
    """The whole of docs/sparql.md for the graph folder `graph`."""
    queries = named_queries(DOCS / "sparql")
    if not queries:
        raise SystemExit(f"no worked queries in {DOCS / 'sparql'}")
    intro = (DOCS / "sparql" / "intro.md").read_text(encoding="utf-8").rstrip("\n")
    with open_store(graph) as store:
        sections = [section(n, store, q) for n, q in enumerate(queries, 1)]
    return intro + "\n\n" + "\n".join(sections)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "graphs", help="built folder (default: graphs/)")
    parser.add_argument("--out", default=str(DOCS / "sparql.md"), help="file to write, or - for stdout")
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = parser.parse_args(argv)
    try:
        text = document(args.graph)
    except StoreError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    if args.check:
        current = Path(args.out).read_text(encoding="utf-8") if Path(args.out).is_file() else ""
        if current != text:
            print(f"{args.out} is stale: run python docs/make_sparql_doc.py", file=sys.stderr)
            return 1
        return 0
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
