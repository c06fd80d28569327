"""Output options defined once for every listing command: --format table|csv|json|md, data on stdout."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal

import click

FORMATS = ("table", "csv", "json", "md")


def format_option(fn: Callable) -> Callable:
    """Add --format to a command."""
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")(
        fn
    )


def render(headers: Sequence[str], rows: Sequence[Sequence[object]], fmt: str) -> str:
    """Rows as text in one of FORMATS; cells are shown as given, None as empty."""
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    if fmt == "json":
        return json.dumps([dict(zip(headers, row, strict=True)) for row in cells], indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(cells)
        return buffer.getvalue()
    if fmt == "md":
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        lines += ["| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in row) + " |" for row in cells]
        return "\n".join(lines) + "\n"
    whole = [[c.replace("\n", " ") for c in row] for row in cells]  # one row, one line
    cells = [[_cut(c) for c in row] for row in whole]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]
    if sys.stdout.isatty():
        columns = [[row[i] for row in cells] for i in range(len(headers))]
        widths = fit(widths, [_narrowable(column) for column in columns], _terminal_width())
        paths = [_paths(column) for column in columns]
        cells = [[_shortened(c, w, path) for c, w, path in zip(row, widths, paths, strict=True)] for row in cells]
        if cells != whole:
            click.echo(CUT_HINT, err=True)
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"


TERMINAL_CELL = 100  # a table on a terminal cuts longer prose (quotes, texts) to this; piped, csv, json, md keep all


def _cut(cell: str) -> str:
    """A cell as a table shows it: whole when piped, prose at most TERMINAL_CELL characters on a terminal."""
    if len(cell) <= TERMINAL_CELL or " " not in cell or not sys.stdout.isatty():
        return cell  # an IRI or identifier (no space) stays whole, to be copied
    source = _SOURCE.match(cell)
    return _source_shortened(source, TERMINAL_CELL) if source else cell[: TERMINAL_CELL - 1] + "…"


LABEL_WIDTH = 40  # a column none of whose cells is longer (a status, a date, a grade) is never narrowed
_PATH = re.compile(r"[^\s/]+/.*\.\w{2,5}$")  # a document's path: folders, then a file name with its extension


def _narrowable(column: list[str]) -> bool:
    """May a table on a terminal narrow this column? Prose (texts, quotes: cells with spaces) and documents' paths
    may; identifiers and IRIs (no spaces) are kept whole to be copied, and short labels ('IndependentlyVerified
    (awaiting review)') whole to be read."""
    return any(" " in c for c in column) and max(map(len, column), default=0) > LABEL_WIDTH


def _paths(column: list[str]) -> bool:
    """Is every filled cell of the column a document's path (cut from its start, where paths share their folders)?"""
    filled = [c for c in column if c]
    return bool(filled) and all(_PATH.match(c) for c in filled)


_NAME_END = 12  # a path cut to fit keeps its last folder only with at least this much of the file's name after it


def _shortened(cell: str, width: int, path: bool) -> str:
    """`cell` in `width` characters: prose keeps its start; a path its last folder (the council's) and its end (the
    file's own name and date); a reference (no spaces: an item's IRI, an identifier) is never cut, to be copied."""
    if len(cell) <= width or " " not in cell:
        return cell
    if not path:
        source = _SOURCE.match(cell)
        return _source_shortened(source, width) if source else cell[: width - 1] + "…"
    return _path_cut(cell, width)


def _path_cut(path: str, width: int) -> str:
    """A document's path in `width`: its last folder (the council's) and as much of its file name's end as fits."""
    if len(path) <= width:
        return path
    folder = path.rsplit("/", 2)[-2] + "/" if "/" in path else ""
    if len(folder) + _NAME_END > width:  # no room for the folder and enough of the name: the name's end alone
        return "…" + path[len(path) - width + 1 :]
    return folder + "…" + path[len(path) - (width - len(folder) - 1) :]


_SOURCE = re.compile(r"(?P<path>[^\s/]+/.*?\.\w{2,5}) (?P<where>\[\d+:\d+\][^“]*) “(?P<quote>.*?)(?:”|…)$")  # `show`'s source
_QUOTE_KEPT = 12  # of a source cut to fit, at least this much of the quote (marks included) is kept before its path is cut
_PATH_KEPT = 8  # … and at least this much of its path, or the source is cut as any prose


def _source_shortened(source: re.Match[str], width: int) -> str:
    """A source ('path [start:end] p.N “quote”') in `width`: its offsets and page whole, to be looked up; the quote
    cut first, then the path as a path is (its council's folder and its file's end)."""
    path, where, quote = source.group("path"), source.group("where").rstrip(), source.group("quote")
    room = width - len(where) - 4  # two spaces and the quote marks
    if room - len(path) >= _QUOTE_KEPT:
        return f"{path} {where} “{quote[: room - len(path) - 1]}…”"
    if room - _QUOTE_KEPT >= _NAME_END:
        return f"{_path_cut(path, room - _QUOTE_KEPT)} {where} “{quote[: _QUOTE_KEPT - 3]}…”"
    if room + 3 >= _PATH_KEPT:  # no room for a quote: the file's name and where in it
        return f"{_path_cut(path, room + 3)} {where}"
    return source.group()[: width - 1] + "…"


CUT_HINT = "texts cut to fit the terminal: piped, or with --format md, csv or json, they are whole"
PROSE_FLOOR = 24  # a column of prose (texts, quotes) fitted to the terminal keeps at least this many characters


def _terminal_width() -> int:
    return shutil.get_terminal_size((200, 24)).columns


def fit(widths: list[int], prose: list[bool], room: int) -> list[int]:
    """Column widths that fit a terminal `room` characters wide (two spaces between columns), narrowing only the
    columns of prose, widest first and none below PROSE_FLOOR: identifiers and IRIs stay whole to be copied; a
    table that cannot fit keeps its widths and wraps."""
    spare = room - sum(widths) - 2 * (len(widths) - 1)
    narrowable = sorted((w for w, p in zip(widths, prose, strict=True) if p and w > PROSE_FLOOR), reverse=True)
    if spare >= 0 or not narrowable:
        return widths
    cap = narrowable[0]
    while spare < 0 and cap > PROSE_FLOOR:  # lower a common cap on the prose columns until the table fits
        cap -= 1
        spare += sum(1 for w in narrowable if w > cap)
    return [min(w, cap) if p else w for w, p in zip(widths, prose, strict=True)]


def _plain(value: object) -> object:
    """A cell for table, CSV and Markdown: ISO dates, lower-case booleans, None as empty."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _json_value(value: object) -> object:
    """A cell for JSON: numbers stay numbers, dates become ISO strings."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def tail(iri: object) -> object:
    """'…/id/central-bedfordshire/ofsted-2017/recommendation/3' → 'central-bedfordshire/ofsted-2017/recommendation/3';
    anything else as given."""
    text = str(iri)
    return text.split("/id/", 1)[1] if "/id/" in text else iri


def render_rows(headers: list[str], rows: list[tuple], fmt: str) -> str:
    """Rows of plain values in `fmt`; JSON keeps numbers and booleans as JSON numbers and booleans."""
    if fmt == "json":
        records = [{h: _json_value(v) for h, v in zip(headers, row, strict=True)} for row in rows]
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    return render(headers, [[_plain(v) for v in row] for row in rows], fmt)


def natural_key(text: str) -> tuple:
    """'Rec 2' before 'Rec 10': digit runs compare as numbers, the rest as text."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text) if p)


def in_item_order(headers: list[str], rows: list[tuple]) -> list[tuple]:
    """Rows of items by raised date, assessment, then identifier as a report numbers them ('lac-2' before 'lac-10';
    SPARQL orders strings character by character)."""
    at = [headers.index(h) for h in ("raised", "assessment", "identifier")]
    return sorted(rows, key=lambda r: (str(r[at[0]] or ""), str(r[at[1]] or ""), natural_key(str(r[at[2]] or ""))))
