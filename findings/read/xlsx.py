"""Excel (.xlsx) workbooks as text: each sheet its name on a line, then one row a line with tab-separated cells.

The rendering (documented in README 'Reading Word and Excel'): sheets in workbook order; a sheet's name on a line
of its own in square brackets (reference: the sheet name), then each row that holds a value as a line, from column A to its last
value, cells apart by a tab, referenced `Sheet!C14`. A value is the one Excel saved (formulas as last calculated);
a date cell reads as an ISO date (`2018-09-30`), a whole number without a decimal point, text with line breaks and
other white space runs as one space, except a blank line inside a cell, which parts two paragraphs (two spaces).
A merged range is read in its first column on every row it spans (its value applies to each row), referenced
`Sheet!A3 (merged A2:A4)`. Each sheet is followed by a line holding a form feed (U+000C).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time

from findings.read.cells import PARAGRAPH_JOIN, Office, Rendering, clean, day
from findings.read.errors import ReadError

NORMALISATION = (
    "Excel workbook rendered to text: a sheet's name, then a row a line, cells apart by a tab, merged ranges read on "
    "every row they span, dates as ISO dates, white space runs as one space, a blank line in a cell as two spaces"
)
_PARAGRAPHS = re.compile(r"\n\s*\n")


def read_xlsx(data: bytes) -> Office:
    """The rendering, its references, and the workbook's created and last-saved dates and last author."""
    import openpyxl  # imported only when a workbook is read
    from openpyxl.utils import get_column_letter

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise ReadError(f"not a readable Excel workbook ({type(err).__name__}: {err})") from None
    out = Rendering()
    for sheet in book.worksheets:
        merged: dict[tuple[int, int], tuple[object, str]] = {}
        for rng in sheet.merged_cells.ranges:
            value = sheet.cell(rng.min_row, rng.min_col).value
            for row in range(rng.min_row, rng.max_row + 1):
                for col in range(rng.min_col, rng.max_col + 1):
                    merged[(row, col)] = (value if col == rng.min_col else None, rng.coord)
        out.title(clean(sheet.title), sheet.title)
        for row in sheet.iter_rows():
            cells: list[list[tuple[str, str]]] = []
            for cell in row:
                key = (cell.row, cell.column)
                value, note = merged.get(key, (cell.value, ""))
                text = render_value(value)
                name = f"{sheet.title}!{get_column_letter(cell.column)}{cell.row}"
                ref = f"{name} (merged {note})" if note and not note.startswith(name.split("!")[1] + ":") else name
                cells.append([(text, ref)] if text else [])
            out.row(cells)
        out.end()
    props = book.properties
    return Office(
        out.text, out.refs, NORMALISATION, day(props.created), day(props.modified), props.lastModifiedBy or props.creator or None
    )


def render_value(value: object) -> str:
    """A cell's value as the rendering shows it (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return PARAGRAPH_JOIN.join(p for p in (clean(x) for x in _PARAGRAPHS.split(str(value))) if p)
