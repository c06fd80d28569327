"""A committee's or improvement board's action log ('Ref | Meeting date | Action | Owner | Due date | Status |
Update'), at the end of its minutes or as a paper of its own: each row is something the body asked to be done.

Each row becomes a resolution of the meeting that set it (the row's meeting date; else the meeting whose minutes or
paper carry the log), known by the log's Ref ('A3': fo:logReference, its identity in every later log; its
identifier 'log-A3'), with its owner (fo:addressedTo) and due date; its status and update become a progress update
on it as at the log's meeting, so `findings open` lists it until a log says it is closed. The layout is data
(extract/action_log_layout.json); what a status word indicates is the cue lexicon's (lexicons/status.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from findings.extract.context import organisation, slug
from findings.extract.dates import parse_day, parse_day_month_year, parse_due
from findings.extract.lexicons import load_json, regex, regexes
from findings.extract.minutes import Region, led_by_council, regions, register_meeting
from findings.extract.rag import colour_means, rag_key
from findings.extract.spans import joined_spans, pieces_text
from findings.model import Assessment, Document, Extraction, ProgressUpdate, Recommendation, Span
from findings.segment.lines import Line, split_lines
from findings.status.cues import cell_status

LAYOUT = "action_log_layout.json"
Piece = tuple[int, int]


@dataclass
class Heading:
    """A log's heading row: which column is which, and where each heading starts on its line."""

    line: Line
    columns: dict[str, int]  # kind → index of its cell
    starts: list[int]  # each heading cell's offset from the line's start (columns apart by spaces)
    tabbed: bool


@dataclass
class Row:
    """One logged action: the (start, end) pieces of each of its cells, by kind."""

    cells: dict[str, list[Piece]] = field(default_factory=dict)

    def add(self, kind: str, piece: Piece) -> None:
        if piece[1] > piece[0]:
            self.cells.setdefault(kind, []).append(piece)


def _norm(cell: str) -> str:
    """'Update / Comments:' → 'update comments'."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", cell.casefold()).split())


@cache
def _column_names() -> frozenset[str]:
    """Every heading name a log's column may have (action_log_layout.json, 'columns')."""
    return frozenset(name for names in load_json(LAYOUT)["columns"].values() for name in names)


def heading_columns(cells: list[str]) -> dict[str, int] | None:
    """Which column is which when `cells` are an action log's headings; else None (also when a column holds an
    inspection's recommendations: a plan's tracker)."""
    layout = load_json(LAYOUT)
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = _norm(cell)
        kind = next((k for k, names in layout["columns"].items() if k not in found and name in names), None)
        if kind is not None:
            found[kind] = index
    enough = len(found) >= int(layout["least_columns"]) and all(k in found for k in layout["required"])
    plan = any(_norm(cell).startswith(tuple(layout["plan_columns"])) for cell in cells)  # a plan's recommendations
    return found if enough and not plan else None


def _cells(line: Line, tabbed: bool) -> list[Piece]:
    """[start, end) of each cell's words: apart by tabs (an empty cell kept), or by runs of spaces (an empty one lost)."""
    if tabbed:
        spans, at = [], line.start
        for cell in line.text.split("\t"):
            lead = len(cell) - len(cell.lstrip())
            spans.append((at + lead, at + len(cell.rstrip())) if cell.strip() else (at, at))
            at += len(cell) + 1
        return spans
    gap = regex(LAYOUT, "cell_gap")
    spans, at = [], 0
    for found in [*gap.finditer(line.text), None]:
        end = found.start() if found else len(line.text)
        if line.text[at:end].strip():
            spans.append((line.start + at, line.start + end))
        at = found.end() if found else at
    return spans


def _titled(lines: list[Line], index: int) -> bool:
    """Does a log's title ('ACTION LOG', 'Actions arising') stand a few lines above line `index`, and not a plan's
    tracker's ('Ofsted Improvement Plan: action tracker': its rows are the plan's actions, for the plan readers)?"""
    layout = load_json(LAYOUT)
    above = [ln for ln in lines[max(0, index - 3 * int(layout["title_within"])) : index] if ln.text.strip()]
    title, plan = regex(LAYOUT, "title"), regex(LAYOUT, "plan_title")
    titles = [t for ln in above[-int(layout["title_within"]) :] if title.match(t := ln.text.strip().strip("*#").strip())]
    return bool(titles) and not plan.search(titles[-1])


def log_heading(lines: list[Line], index: int) -> Heading | None:
    """The log heading row that lines[index] is, or None: a row naming the log's columns, and either the meeting or
    minute that set each action or a log's title above it (a plan's 'Ref | Action | Lead | RAG' is no log)."""
    line = lines[index]
    tabbed = "\t" in line.text
    pieces = _cells(line, tabbed)
    if len(pieces) < int(load_json(LAYOUT)["least_columns"]):
        return None  # too few cells to name a log's columns
    columns = heading_columns([line.text[s - line.start : e - line.start] for s, e in pieces])
    if columns is None:
        return None
    if not any(k in columns for k in load_json(LAYOUT)["log_only"]) and not _titled(lines, index):
        return None
    return Heading(line, columns, [s - line.start for s, _ in pieces], tabbed)


def _kinds(heading: Heading, line: Line, pieces: list[Piece]) -> list[tuple[str, Piece]]:
    """Each cell of a row's line with the kind of its column: by position in a tabbed row, or in a row apart by
    spaces with as many cells as headings; else by the heading it starts nearest to."""
    by_index = {i: k for k, i in heading.columns.items()}
    if heading.tabbed or len(pieces) == len(heading.starts):
        return [(by_index[i], p) for i, p in enumerate(pieces) if i in by_index]
    out = []
    for piece in pieces:
        offset = piece[0] - line.start
        nearest = min(range(len(heading.starts)), key=lambda i: abs(heading.starts[i] - offset))
        if nearest in by_index:
            out.append((by_index[nearest], piece))
    return out


def _ref(doc: Document, heading: Heading, line: Line) -> tuple[list[tuple[str, Piece]], str]:
    """A line's cells by kind, and the text of its Ref cell ('' when it has none)."""
    cells = _kinds(heading, line, _cells(line, heading.tabbed))
    return cells, next((doc.text[s:e] for k, (s, e) in cells if k == "reference"), "")


def _rows(
    doc: Document, lines: list[Line], heading: Heading, start: int, skipped: list[int] | None = None
) -> tuple[list[tuple[str, Row]], int]:
    """The rows under a heading, each with its Ref, and the index of the line after the table: a row opens with a
    Ref; a line opening none continues the row above (a cell wrapped by a PDF) if it is indented or tabbed so. A line
    that is neither, with a row opening with a Ref right under it (a row whose Ref cell is empty, a stray line), is
    passed over and its index put in `skipped`, so one broken row does not lose the rows after it."""
    reference = regex(LAYOUT, "reference")
    rows: list[tuple[str, Row]] = []
    index = start
    for index in range(start, len(lines)):
        line = lines[index]
        if not line.text.strip():
            continue
        pieces = _cells(line, heading.tabbed)
        texts = [doc.text[s:e] for s, e in pieces]
        if heading_columns(texts) is not None:
            continue  # the heading row repeated over a new page
        cells, ref = _ref(doc, heading, line)
        if reference.match(ref):
            rows.append((ref, Row()))
        elif not rows or (not heading.tabbed and not line.text[:1].isspace()) or any(k == "reference" for k, _ in cells):
            after = next((ln for ln in lines[index + 1 :] if ln.text.strip()), None)
            if after is not None and reference.match(_ref(doc, heading, after)[1]):
                if skipped is not None:
                    skipped.append(index)
                continue
            return rows, index  # prose after the table, or a row that opens with no Ref: the log is over
        for kind, piece in cells:
            if kind != "reference":
                rows[-1][1].add(kind, piece)
    return rows, len(lines)


def _paper_meeting(doc: Document, out: Extraction, at: int, logged: set[str]) -> str | None:
    """The meeting the log belongs to: that whose minutes carry it (the last to open before it); on a paper of its
    own, the body named above it and the meeting date given there ('Corporate Parenting Panel' / 'Action log – for
    the meeting on 5 March 2025'). None when neither is found."""
    held = [
        (a.spans[0].start if a.spans and a.spans[0].doc == doc.sha256 else 0, key)
        for key, a in out.assessments.items()
        if a.kind == "Meeting" and doc.sha256 in a.documents and key not in logged  # not one a log's row named
    ]
    before = [h for h in held if h[0] <= at]
    if before:
        return max(before)[1]
    region = _paper_region(doc.text, at)
    return register_meeting(doc, region, organisation(doc.text), out) if region is not None else None


def _paper_region(text: str, at: int) -> Region | None:
    """The meeting a log paper of its own names above its heading row at `at`: its body and the meeting's day."""
    layout = load_json(LAYOUT)
    top = max(0, at - int(layout["paper_within"]))
    bodies = list(regex(LAYOUT, "paper_body").finditer(text, top, at))
    dated = next((m for p in regexes(LAYOUT, "paper_date") if (m := p.search(text, top, at))), None)
    when = parse_day_month_year(dated.group("date")) if dated else None
    if not bodies or when is None:
        return None
    return Region(dated.start("date"), dated.end("date"), bodies[-1].group("body"), when, dated.span("date"))


def reads_log(doc: Document, lines: list[Line], index: int) -> bool:
    """Will the log reader read the table whose heading row is lines[index]: a log's heading with rows under it that
    open with Refs, in minutes or under a meeting its paper names? A table titled 'Action tracker' over a plan's rows
    ('Recommendation 1: …' then '1.1 …') or with no meeting to put its rows on is left to the plan readers."""
    heading = log_heading(lines, index)
    if heading is None or not _rows(doc, lines, heading, index + 1)[0]:
        return False
    at = heading.line.start
    return any(r.start <= at for r in regions(doc.text)) or _paper_region(doc.text, at) is not None


def _row_meeting(doc: Document, out: Extraction, paper: Assessment, piece: Piece | None, logged: set[str]) -> str | None:
    """The meeting a row says set the action ('14/11/2024' in its meeting column): the same body's, on that day."""
    if piece is None:
        return None
    text = doc.text[piece[0] : piece[1]].strip()
    when = parse_day(text) or parse_day_month_year(text)
    if when is None:
        return None
    scratch = Extraction()
    key = register_meeting(doc, Region(piece[0], piece[1], paper.label, when, piece), paper.org, scratch)
    if key not in out.assessments:  # a meeting already read keeps its own spans
        out.assessments[key] = scratch.assessments[key]
        logged.add(key)
    return key


def extract_action_logs(doc: Document, out: Extraction) -> int:
    """Add every action logged in `doc` as a resolution, and its status as an update; returns how many."""
    lines = split_lines(doc.text)
    added, index = 0, 0
    logged: set[str] = set()  # meetings known only from a row's meeting date
    while index < len(lines):
        heading = log_heading(lines, index)
        stacked = _stacked(doc, lines, index) if heading is None else None
        if heading is None and stacked is None:
            index += 1
            continue
        at = index
        if heading is not None:
            passed: list[int] = []
            rows, index = _rows(doc, lines, heading, index + 1, passed)
            start, short = heading.line.start, False
            for n in passed:
                out.notes.append(
                    f"{doc.path}: line {_line_number(doc, n, lines)} under an action log's heading opens with no Ref the "
                    "log reader knows; passed over, the rows after it read (extract/action_log_layout.json)"
                )
        else:
            rows, index, short = stacked
            start = lines[at].start
        paper = _paper_meeting(doc, out, start, logged) if rows else None
        if (paper is None or short) and not out.actions:  # a log (or its rest) not read, and no plan reader read the
            line = _line_number(doc, at, lines)  # table: said, not passed over
            if short:
                why = "its cells stand one a line, and after the rows read"
                why += f" ({', '.join(ref for ref, _ in rows)})" if rows and paper is not None else ""
                why += " the rest cannot be told apart by the count of its headings; they are not read"
            else:
                why = "no row under it opens with a Ref the log reader knows" if not rows else "no meeting it belongs to"
                why += "; its rows are not read"
            out.notes.append(
                f"{doc.path}: an action log's heading row at line {line} was found, but {why} (extract/action_log_layout.json)"
            )
        if paper is None:
            continue  # a log whose meeting cannot be told: whose actions they are is not known
        meeting = out.assessments[paper]
        added += _log(doc, out, meeting, rows, logged, _pack_day(doc, meeting) or meeting.date)
    return added


def _pack_day(doc: Document, minutes: Assessment) -> date | None:
    """The day of the meeting an agenda pack is for, when the log stands under the last meeting's minutes in it: the
    same body and a later day named on the pack's cover, above those minutes ('Corporate Parenting Panel' / 'Tuesday,
    19 November 2024' over 'Minutes of the meeting … held on 17 September 2024'). The log is as it stood for that
    meeting, not the last. None when the paper is the minutes of its meeting alone."""
    opened = [s.start for s in minutes.spans if s.doc == doc.sha256]
    cover = _paper_region(doc.text, min(opened)) if opened and minutes.date else None
    if (
        cover is None
        or cover.when is None
        or cover.when <= minutes.date
        or slug(led_by_council(cover.body)[0]) != slug(minutes.label)
    ):
        return None
    return cover.when


def _bare_colour(cell: str) -> bool:
    """Is the cell only a RAG colour ('Green', 'Blue.')?"""
    colours = {c.casefold() for c in load_json("table_plan_layout.json")["rag_key"]["colours"]}
    return " ".join(cell.split()).strip(" .").casefold() in colours


def _status_means(doc: Document, rag: dict[str, tuple[str, int, int]], cell: str) -> tuple[str | None, Span | None]:
    """What a status cell says, for the status cues to read, and the key entry that says it: a colour alone by the
    paper's own RAG key ('Key: Blue = complete'; extract/table_plan_layout.json, 'rag_key'), else by the status words
    where a colour means the same in every key ('Red'; lexicons/status.json); a colour every key reads its own way
    ('Green', 'Blue') says nothing here, so the update's words decide. A cell opening with a colour is read by what
    follows it ('Blue – complete'); one opening with a status word by that word ('Closed – superseded by A7')."""
    if not cell.strip():
        return None, None
    colours = "|".join(re.escape(c) for c in load_json("table_plan_layout.json")["rag_key"]["colours"])
    colour = re.match(rf"\W*(?P<colour>{colours})\b[\W_]*", cell, re.IGNORECASE)
    if colour and not cell[colour.end() :].strip():
        read = colour_means(doc, rag, colour.group("colour"))
        return read if read is not None else (cell_status(cell), None)
    rest = (cell[colour.end() :] if colour else cell).strip()
    word = cell_status(rest)  # 'closed' of 'Closed – superseded by A7'; a cell that is only its word stays as written
    return (word if word is not None and word != " ".join(rest.split()).casefold() else rest), None


def _stacked(doc: Document, lines: list[Line], index: int) -> tuple[list[tuple[str, Row]], int, bool] | None:
    """A log whose PDF text gives one cell a line ('Ref' / 'Meeting date' / 'Action' … then 'IB/22/07' /
    '22/11/2022' / …) when lines[index] opens its headings: its rows, the index of the line after them, and whether
    lines were left that look like more rows. A row is as many lines as there are headings, the first a Ref; a row
    that is not (an empty cell dropped, a cell wrapped onto two lines) ends the reading there, and the caller says so."""
    layout = load_json(LAYOUT)
    if _norm(lines[index].text) not in _column_names():
        return None  # not the first heading (a blank line: the heading, if any, is read from its own line)
    filled = [n for n in range(index, len(lines)) if lines[n].text.strip()]
    names: list[str] = []
    for n in filled:
        if _norm(lines[n].text) not in _column_names() or len(names) >= 12:
            break
        names.append(lines[n].text.strip())
    columns = heading_columns(names) if len(names) >= int(layout["least_columns"]) else None
    if columns is None or (not any(k in columns for k in layout["log_only"]) and not _titled(lines, index)):
        return None
    by_index = {i: k for k, i in columns.items()}
    reference, width = regex(LAYOUT, "reference"), len(names)
    cells = filled[width:]
    rows: list[tuple[str, Row]] = []
    at = 0
    while at + width <= len(cells):
        group = [lines[n] for n in cells[at : at + width]]
        dated = "meeting" not in columns or parse_day(group[columns["meeting"]].text.strip()) is not None
        if not reference.match(group[0].text.strip()) or not dated:
            break
        row = Row()
        for i, line in enumerate(group):
            if i in by_index and by_index[i] != "reference":
                lead = len(line.text) - len(line.text.lstrip())
                row.add(by_index[i], (line.start + lead, line.start + len(line.text.rstrip())))
        rows.append((group[0].text.strip(), row))
        at += width
    left = cells[at:]
    short = any(reference.match(lines[n].text.strip()) for n in left[:width])  # more rows, out of step with the count
    end = left[0] if left else len(lines)
    return rows, end, short


def _line_number(doc: Document, index: int, lines: list[Line]) -> int:
    return doc.text.count("\n", 0, lines[index].start) + 1


def _log(
    doc: Document, out: Extraction, paper: Assessment, rows: list[tuple[str, Row]], logged: set[str], as_at: date | None
) -> int:
    """Each row's resolution and update; a Ref met again in the same log is passed over."""
    seen: set[str] = set()
    added, rag = 0, rag_key(doc.text)  # what the paper's own key says each colour means
    unread: dict[str, list[str]] = {}  # a bare colour no key explains and no status word reads: said, not guessed
    for ref, row in rows:
        action = row.cells.get("action", [])
        if ref in seen or not action:
            if not action:
                out.notes.append(f"{doc.path}: the action log's row {ref} gives no action; not read")
            continue
        seen.add(ref)
        key = _row_meeting(doc, out, paper, (row.cells.get("meeting") or [None])[0], logged) or paper.key
        identifier = "log-" + re.sub(r"[^\w.]+", "-", ref).strip("-.")
        owner, due, minute = (pieces_text(doc.text, row.cells.get(k, [])) or None for k in ("owner", "due", "minute"))
        res = Recommendation(key, identifier, pieces_text(doc.text, action), joined_spans(doc, action), kind="Resolution")
        res.addressed_to, res.timescale, res.due_by = owner, due, parse_due(due) if due else None
        res.minute, res.log_reference = minute, ref
        res.due_span = (joined_spans(doc, row.cells["due"]) or [None])[0] if res.due_by else None
        revised = row.cells.get("revised", [])
        moved = parse_due(pieces_text(doc.text, revised)) if revised else None
        if moved and res.due_by and moved > res.due_by:  # a 'Revised date' cell: re-planned, the first date kept
            res.slips.append((moved, joined_spans(doc, revised)[0]))
        out.recommendations.append(res)
        said = sorted(row.cells.get("status", []) + row.cells.get("update", []))  # as printed: 'Update | RAG' too
        if said:
            source = f"log-{doc.sha256[:8]}-{identifier[4:]}"
            update = ProgressUpdate(key, identifier, as_at, pieces_text(doc.text, said), joined_spans(doc, said), source)
            update.about_kind = "recommendation"
            status = pieces_text(doc.text, row.cells.get("status", []))
            update.means, key_span = _status_means(doc, rag, status)
            if update.means is None and _bare_colour(status):  # 'Green' that no key explains: the update's words
                written = pieces_text(doc.text, row.cells.get("update", []))
                update.means = cell_status(written) if written else None  # decide ('Closed – audit circulated')
                if not written:
                    unread.setdefault(" ".join(status.split()), []).append(ref)
            if key_span is not None:
                update.spans.append(key_span)  # 'Blue', by the paper's key: 'not yet due to start'
            out.updates.append(update)
        added += 1
    for colour, refs in sorted(unread.items()):
        out.notes.append(
            f"{doc.path}: the action log's status '{colour}' ({', '.join(refs)}) means different things in different "
            "councils' keys and the paper prints none: read as progress reported, nothing more; a key ('Key: Blue = "
            "complete') or an update in words decides"
        )
    if added and doc.date is None:
        doc.date = as_at  # the log's meeting: the paper's day
    return added
