"""Output options defined once for every listing command: --format table|csv|json|md, data on stdout."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence

import click

FORMATS = ("table", "csv", "json", "md")


def format_option(fn: Callable) -> Callable:
    """Add --format to a command."""
    return click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format."
    )(fn)


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
    cells = [[c.replace("\n", " ") for c in row] for row in cells]  # one row, one line
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"
