"""Read a post-inspection action plan whose PDF table was flattened to text, columns interleaved.

The layout knowledge (headings, markers, relative column widths) is data in extract/plan_layout.json.
Cells are told apart by what a reader would use: markers ("1.1 Action", "Outcome", a lone number), a
timescale line, the width of their lines, the heading that precedes them, and whether the last cell
written to was left mid-sentence.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field

from findings.extract.dates import parse_month_year
from findings.extract.lexicons import load_json, regex
from findings.segment.headers import header_lines
from findings.segment.lines import Line, split_lines
from findings.segment.pages import page_break_lines

LAYOUT = "plan_layout.json"
_TERMINAL = (".", "!", "?", ")", ":")


@dataclass
class Cell:
    """Lines of one column of one row; a cell can be continued after a page break."""

    lines: list[Line] = field(default_factory=list)

    @property
    def ended(self) -> bool:
        return bool(self.lines) and self.lines[-1].stripped.endswith(_TERMINAL)

    def add(self, lines: list[Line]) -> None:
        self.lines.extend(lines)


@dataclass
class RowDraft:
    """One action row: its ids are unknown until its marker is seen (it can come after the cells)."""

    ids: list[str] | None = None
    marker: Line | None = None
    timescale: Line | None = None
    lead: Cell = field(default_factory=Cell)
    action: list[Cell] = field(default_factory=list)
    outcome: list[Cell] = field(default_factory=list)
    progress: list[Cell] = field(default_factory=list)
    mode: str = "action"
    last: Cell | None = None

    def write(self, column: str, lines: list[Line], new_cell: bool = True) -> None:
        if column == "lead":
            self.lead.add(lines)
            self.last = self.lead
            return
        cells = {"action": self.action, "outcome": self.outcome, "progress": self.progress}[column]
        if new_cell or not cells:
            cells.append(Cell())
        cells[-1].add(lines)
        self.last = cells[-1]


@dataclass
class PlanTable:
    """What the table holds: recommendation cells by number and the action rows in reading order."""

    start: int
    end: int
    recommendations: dict[str, Cell]
    rows: list[RowDraft]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _heading_columns() -> dict[str, str]:
    return {_norm(label): column for column, labels in load_json(LAYOUT)["headings"].items() for label in labels}


def table_headings(lines: list[Line], window: int = 16) -> dict[int, str]:
    """Repeated heading lines that stand near a heading of another column: the table's page headers.

    A lone 'RECOMMENDATIONS' title elsewhere in a pack is not one: it has no other column's heading nearby.
    """
    columns = _heading_columns()
    found = {i: columns[_norm(lines[i].text)] for i in header_lines(lines, list(columns))}
    body = [i for i, line in enumerate(lines) if not line.blank]
    rank = {i: r for r, i in enumerate(body)}
    confirmed = [
        i
        for i, column in found.items()
        if any(j in found and found[j] != column for j in body[max(0, rank[i] - window) : rank[i] + window + 1])
    ]
    if not confirmed:
        return {}
    labels = {_norm(lines[i].text) for i in confirmed}
    first = min(confirmed)
    return {i: column for i, column in found.items() if i >= first and _norm(lines[i].text) in labels}


def find_region(text: str) -> tuple[int, int] | None:
    """The plan table's extent: from its first page header to the page break after its last action."""
    lines = split_lines(text)
    headings = table_headings(lines)
    if len(headings) < 2:
        return None
    first = min(headings)
    markers = [i for i, line in enumerate(lines) if i > first and regex(LAYOUT, "action_marker").match(line.stripped)]
    if not markers:
        return None
    end = len(text)
    for i in page_break_lines(text, lines):
        if i > max(markers) and not any(j in headings for j in range(i, i + 4)):
            end = lines[i].start
            break
    return lines[first].start, end


def _split_at_markers(block: list[Line], breaks: set[int] = frozenset()) -> list[list[Line]]:
    """A flattened block can run several cells together; split before a page break or a line that opens a cell."""
    out: list[list[Line]] = []
    for line in block:
        if out and (line.start in breaks or _opens_cell(line.stripped)):
            out.append([line])
        elif out:
            out[-1].append(line)
        else:
            out.append([line])
    return out


def _opens_cell(text: str) -> bool:
    return bool(
        regex(LAYOUT, "action_marker").match(text)
        or regex(LAYOUT, "recommendation_number").match(text)
        or re.match(r"^(?:Intended\s+|Required\s+)?Outcomes?:?$", text)
        or parse_month_year(text)
    )


def read_table(text: str, start: int, end: int) -> PlanTable:
    """Assign every block of the region to a recommendation cell or to a column of an action row."""
    widths = load_json(LAYOUT)["column_width"]
    lines = split_lines(text, start, end)
    breaks = {lines[i].start for i in page_break_lines(text, lines)}
    hint_at = table_headings(lines)
    skip = set(hint_at)
    # Measure the widest column from the region itself: the 98th percentile line length.
    lengths = sorted(len(line.stripped) for line in lines if not line.blank)
    wide = lengths[int(len(lengths) * 0.98)] if lengths else 80
    act_w, lead_w = widths["action"] * wide, widths["lead"] * wide

    recs: dict[str, Cell] = {}
    pending: deque[str] = deque()
    last_rec: Cell | None = None
    rows: list[RowDraft] = []
    hint: str | None = None
    marker, rec_no, outcome_re = (regex(LAYOUT, k) for k in ("action_marker", "recommendation_number", "outcome_label"))

    # Walk blocks and headings in order; a heading is a hint for the next ambiguous block.
    sequence: list[tuple[str | None, list[Line]]] = []
    for i, line in enumerate(lines):
        if i in skip:
            sequence.append((hint_at[i], []))
        else:
            sequence.append((None, [line]))
    stream: list[tuple[str | None, list[Line]]] = []
    current: list[Line] = []
    for heading, piece in sequence:
        if heading is not None or (piece and piece[0].blank):
            if current:
                stream.append((None, current))
                current = []
            if heading is not None:
                stream.append((heading, []))
        else:
            current.extend(piece)
    if current:
        stream.append((None, current))

    def row() -> RowDraft:
        if not rows:
            rows.append(RowDraft())
        return rows[-1]

    for heading, block in stream:
        if heading is not None:
            hint = heading
            continue
        for cell in _split_at_markers(block, breaks):
            first = cell[0].stripped
            width = _width(cell)
            if match := marker.match(first):
                ids = re.findall(r"\d{1,2}\.\d{1,2}", match.group("ids"))
                if rows and rows[-1].ids is None:
                    rows[-1].ids = ids
                else:
                    rows.append(RowDraft(ids=ids))
                rows[-1].marker = cell[0]
                if cell[1:]:
                    rows[-1].write("action", cell[1:])
            elif rec_no.match(first) and len(cell) == 1:
                pending.append(first)
            elif parse_month_year(first) and len(first) <= lead_w:
                if not rows or rows[-1].timescale is not None:
                    rows.append(RowDraft())
                rows[-1].timescale = cell[0]
                if cell[1:]:
                    rows[-1].write("lead", cell[1:])
            elif match := outcome_re.match(first):
                r = row()
                r.mode = "outcome"
                rest = cell[1:]
                if rest:
                    r.write("outcome", rest)
            elif not first[:1].isupper() and _continues(rows, last_rec):
                target = _continues(rows, last_rec)
                target.add(cell)
                if rows and target in rows[-1].action:
                    rows[-1].mode = "action"
                elif rows and target in rows[-1].outcome:
                    rows[-1].mode = "outcome"
            elif pending and first[:1].isupper() and width <= act_w and not (rows and rows[-1].ids is None):
                last_rec = recs.setdefault(pending.popleft(), Cell())
                last_rec.add(cell)
            elif hint == "progress" and len(cell) == 1 and width <= act_w and _mode_filled(row()):
                row().write("progress", cell)
            elif width > act_w:
                row().write("progress", cell)
            elif width <= lead_w and rows and rows[-1].timescale and not rows[-1].lead.lines:
                rows[-1].write("lead", cell)
            else:
                r = row()
                r.write(r.mode, cell)
            hint = None
    return PlanTable(start, end, recs, rows)


def _width(cell: list[Line]) -> float:
    """A cell's column width: its first line or the upper quartile of its lines, so one merged line does not count."""
    lengths = [len(line.stripped) for line in cell]
    if len(lengths) == 1:
        return lengths[0]
    body = sorted(lengths[:-1])
    return max(lengths[0], body[len(body) * 3 // 4]) if len(body) > 2 else min(lengths[0], max(body))


def _mode_filled(row: RowDraft) -> bool:
    """Has the column the row is writing to (action or outcome) received its text yet?"""
    return bool(row.outcome if row.mode == "outcome" else row.action)


def _continues(rows: list[RowDraft], last_rec: Cell | None) -> Cell | None:
    """The cell a lower-case block continues: the last unfinished cell of the current row, else the recommendation."""
    if rows:
        r = rows[-1]
        if r.last is not None and not r.last.ended:
            return r.last
        for cell in reversed(r.action + r.outcome + r.progress):
            if not cell.ended:
                return cell
    if last_rec is not None and not last_rec.ended:
        return last_rec
    if rows and rows[-1].last is not None:
        return rows[-1].last
    return None
