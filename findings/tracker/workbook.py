"""The tracker laid out for a QA lead to forward: real dates and numbers, coloured status cells, filters on,
the header frozen, widths set; sheets 'Open items', 'Lineage' and 'Sources'. 'Open items' ends with an empty
'Progress note' column for the lead, and hidden copies of the due dates, so that an edited tracker put back in a
corpus folder is read as the lead's dated progress (findings.extract.tracker_sheet)."""

from __future__ import annotations

import datetime as dt
import io

from findings.extract.lexicons import load_json
from findings.tracker.data import OpenItem, Tracker
from findings.tracker.stable import stable_zip
from findings.viz.style import STATUS_COLOURS, STATUS_NAMES

LAYOUT = "tracker_layout.json"
DATE_FORMAT = "yyyy-mm-dd"
MAX_CELL = 32767  # Excel's limit on the characters of one cell
MAX_WIDTH = 70  # the widest a column that does not wrap is made, in characters
LINE_HEIGHT, MAX_LINES, MAX_HEIGHT = 15, 12, 409  # points a wrapped line takes; a row shows at most 12 lines
_DARK = {"Open", "IndependentlyVerified", "Recurred", "Lapsed"}  # fills dark enough for white text
_HEADER_FILL = "1F3A5F"

# width in characters and wrap of the first sheet's columns; their headings are data (extract/tracker_layout.json)
OPEN_WIDTHS = {
    "reference": (34, False),
    "assessment": (24, False),
    "raised": (11, False),
    "text": (60, True),
    "theme": (22, True),
    "lead": (28, True),
    "due": (11, False),
    "slipped": (11, False),
    "status": (20, False),
    "status_date": (11, False),
    "acceptance": (14, False),
    "progress": (11, False),
    "assurance": (13, False),
    "evidence": (60, True),
    "evidence_source": (36, True),
    "recurred": (9, False),
    "note": (40, True),
    "due_kept": (11, False),
    "slipped_kept": (11, False),
}
LINEAGE_COLUMNS = (
    ("Item", 34, False),
    ("Date", 11, False),
    ("Relation", 24, False),
    ("Node", 44, False),
    ("Kind", 18, False),
    ("Detail", 80, True),
)
SOURCE_COLUMNS = (
    ("Document", 44, False),
    ("Title", 50, True),
    ("Date", 11, False),
    ("Format", 24, False),
    ("Holds", 30, True),
    ("SHA-256", 20, False),
)


def workbook_bytes(tracker: Tracker) -> bytes:
    """The .xlsx file's bytes: the same tracker gives the same bytes."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    stamp = dt.datetime.combine(tracker.as_of, dt.time())
    book.properties.created = book.properties.modified = stamp
    book.properties.creator = "findings"
    book.properties.title = f"Open items as of {tracker.as_of.isoformat()}"
    layout = load_json(LAYOUT)
    sheet = book.active
    sheet.title = layout["sheet"]
    kinds = list(layout["columns"])
    headings = [(layout["columns"][k].format(date=tracker.as_of.isoformat()), *OPEN_WIDTHS[k]) for k in kinds]
    _table(sheet, headings, [_open_row(item, kinds) for item in tracker.items])
    status = kinds.index("status") + 1
    for row, item in enumerate(tracker.items, start=2):
        _colour(sheet.cell(row, status), item.status)
    for kind in layout["kept"].values():  # the tool's own copy, to tell a person's change from what it wrote
        sheet.column_dimensions[get_column_letter(kinds.index(kind) + 1)].hidden = True
    _table(book.create_sheet("Lineage"), LINEAGE_COLUMNS, tracker.lineage)
    _table(book.create_sheet("Sources"), SOURCE_COLUMNS, tracker.sources)
    out = io.BytesIO()
    book.save(out)
    return stable_zip(out.getvalue(), stamp)


def _open_row(item: OpenItem, kinds: list[str]) -> tuple:
    evidence = item.evidence
    where = None
    if evidence:  # as `findings show` gives it: the file, the characters, and the page or cell a person turns to
        where = f"{evidence.path} [{evidence.start}:{evidence.end}]"
        where += (f" p.{evidence.page}" if evidence.page else "") + (f" {evidence.location}" if evidence.location else "")
    values = {
        "reference": item.reference,
        "assessment": item.assessment,
        "raised": item.raised,
        "text": item.text,
        "theme": "; ".join(item.themes),
        "lead": "; ".join(item.leads),
        "due": item.due,
        "slipped": item.slipped,
        "status": _status_name(item.status),
        "status_date": item.status_date,
        "acceptance": item.acceptance,
        "progress": item.progress,
        "assurance": f"{item.assurance} (awaiting review)"
        if item.assurance and "(awaiting review)" in item.status
        else item.assurance,
        "evidence": evidence.quote if evidence else None,
        "evidence_source": where,
        "recurred": item.recurred,
        "note": None,
        "due_kept": item.due,
        "slipped_kept": item.slipped,
    }
    return tuple(values[k] for k in kinds)


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
    longest = [len(heading) for heading, _, _ in columns]
    for r, values in enumerate(rows, start=2):
        lines = 1
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(r, col, _cell_value(value))
            cell.alignment = wraps[col - 1]
            if isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, str):
                longest[col - 1] = max(longest[col - 1], len(value))
                if columns[col - 1][2]:
                    lines = max(lines, _lines(value, columns[col - 1][1]))
        if lines > 1:  # spreadsheet programs do not grow a row to its wrapped text on opening: say how tall it is
            sheet.row_dimensions[r].height = min(MAX_HEIGHT, LINE_HEIGHT * min(lines, MAX_LINES))
    for col, (_, width, wrap) in enumerate(columns, start=1):  # a column that does not wrap is as wide as its text
        if not wrap:
            sheet.column_dimensions[get_column_letter(col)].width = max(width, min(MAX_WIDTH, longest[col - 1] + 2))
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(rows) + 1)}"
    sheet.print_title_rows = "1:1"  # printed or made a PDF for a panel: landscape, one page wide, header on each page
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _lines(text: str, width: int) -> int:
    """How many lines `text` takes wrapped in a column `width` characters wide (words never split)."""
    total = 0
    for paragraph in text.split("\n"):
        line, count = 0, 1
        for word in paragraph.split():
            if line and line + 1 + len(word) > width:
                count, line = count + 1, len(word)
            else:
                line += (1 if line else 0) + len(word)
        total += count
    return total


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


def _status_name(status: str) -> str:
    """'Independently verified (awaiting review)' for the query's 'IndependentlyVerified (awaiting review)'."""
    base, _, note = status.partition(" (")
    return STATUS_NAMES.get(base, base) + (f" ({note}" if note else "")


def _colour(cell, status: str) -> None:
    from openpyxl.styles import Font, PatternFill

    base, _, awaiting = status.partition(" (")
    verified = base == "IndependentlyVerified"
    status = "ReportedComplete" if awaiting and verified else base  # a verification awaiting review: said done, not assured
    colour = STATUS_COLOURS.get(status)
    if colour:
        cell.fill = PatternFill("solid", start_color=colour.lstrip("#").upper(), end_color=colour.lstrip("#").upper())
        cell.font = Font(bold=True, color="FFFFFF" if status in _DARK else "000000")
