"""The tracker laid out for a QA lead to forward: real dates and numbers, coloured status cells, filters on,
the header frozen, widths set; sheets 'Open items', 'Lineage' and 'Sources'."""

from __future__ import annotations

import datetime as dt
import io

from findings.tracker.data import OpenItem, Tracker
from findings.tracker.stable import stable_zip
from findings.viz.style import STATUS_COLOURS, STATUS_NAMES

DATE_FORMAT = "yyyy-mm-dd"
MAX_CELL = 32767  # Excel's limit on the characters of one cell
_DARK = {"Open", "IndependentlyVerified", "Recurred"}  # fills dark enough for white text
_HEADER_FILL = "1F3A5F"

# (heading, width in characters, wrap): the first sheet's columns in order
OPEN_COLUMNS = (
    ("Reference", 34, False), ("Assessment", 24, False), ("Raised", 11, False), ("Recommendation", 60, True),
    ("Theme", 22, True), ("Lead", 28, True), ("Due by", 11, False), ("Slipped to", 11, False), ("Status", 20, False),
    ("Status date", 11, False), ("Acceptance", 14, False), ("Progress", 11, False), ("Assurance", 13, False),
    ("Latest evidence", 60, True), ("Evidence source", 36, True), ("Times recurred", 9, False),
)
LINEAGE_COLUMNS = (("Item", 34, False), ("Date", 11, False), ("Relation", 24, False), ("Node", 44, False),
                   ("Kind", 18, False), ("Detail", 80, True))
SOURCE_COLUMNS = (("Document", 44, False), ("Title", 50, True), ("Date", 11, False), ("Format", 24, False),
                  ("Holds", 30, True), ("SHA-256", 20, False))


def workbook_bytes(tracker: Tracker) -> bytes:
    """The .xlsx file's bytes: the same tracker gives the same bytes."""
    from openpyxl import Workbook

    book = Workbook()
    stamp = dt.datetime.combine(tracker.as_of, dt.time())
    book.properties.created = book.properties.modified = stamp
    book.properties.creator = "findings"
    book.properties.title = f"Open items as of {tracker.as_of.isoformat()}"
    sheet = book.active
    sheet.title = "Open items"
    headings = list(OPEN_COLUMNS)
    headings[8] = (f"Status on {tracker.as_of.isoformat()}", *OPEN_COLUMNS[8][1:])
    _table(sheet, headings, [_open_row(item) for item in tracker.items])
    for row, item in enumerate(tracker.items, start=2):
        _colour(sheet.cell(row, 9), item.status)
    _table(book.create_sheet("Lineage"), LINEAGE_COLUMNS, tracker.lineage)
    _table(book.create_sheet("Sources"), SOURCE_COLUMNS, tracker.sources)
    out = io.BytesIO()
    book.save(out)
    return stable_zip(out.getvalue(), stamp)


def _open_row(item: OpenItem) -> tuple:
    evidence = item.evidence
    where = None
    if evidence:  # as `findings show` gives it: the file, the characters, and the page or cell a person turns to
        where = f"{evidence.path} [{evidence.start}:{evidence.end}]"
        where += (f" p.{evidence.page}" if evidence.page else "") + (f" {evidence.location}" if evidence.location else "")
    return (item.reference, item.assessment, item.raised, item.text, "; ".join(item.themes), "; ".join(item.leads),
            item.due, item.slipped, STATUS_NAMES.get(item.status, item.status), item.status_date, item.acceptance,
            item.progress, item.assurance, evidence.quote if evidence else None, where, item.recurred)


def _table(sheet, columns, rows) -> None:
    """Header, rows, widths, frozen header and first column, and an autofilter over the whole table."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", start_color=_HEADER_FILL, end_color=_HEADER_FILL)
    for col, (heading, width, _) in enumerate(columns, start=1):
        cell = sheet.cell(1, col, heading)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        sheet.column_dimensions[get_column_letter(col)].width = width
    wraps = [Alignment(vertical="top", wrap_text=wrap) for _, _, wrap in columns]
    for r, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(r, col, _cell_value(value))
            cell.alignment = wraps[col - 1]
            if isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(rows) + 1)}"


def _cell_value(value: object) -> object:
    """Dates and numbers as themselves; text without the control characters a workbook cannot hold, cut to fit."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub(" ", value)
        return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"
    return value


def _colour(cell, status: str) -> None:
    from openpyxl.styles import Font, PatternFill

    colour = STATUS_COLOURS.get(status)
    if colour:
        cell.fill = PatternFill("solid", start_color=colour.lstrip("#").upper(), end_color=colour.lstrip("#").upper())
        cell.font = Font(bold=True, color="FFFFFF" if status in _DARK else "000000")
