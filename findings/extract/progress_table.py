"""A progress report's table of the inspection's recommendations ('No. | Area for improvement | Progress to date |
RAG'), as a PDF leaves it: each row's cells one after another, line by line. Each row's progress and rating become
one update on the recommendation of the row's number, and each sentence of it that names one of its actions one on
that action ('(action 5.1 complete)'); the layout is data (extract/progress_table_layout.json)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from findings.extract.action_mentions import sentence_statements
from findings.extract.lexicons import load_json
from findings.extract.mentioned import register_mentioned, speaks_of_an_inspection
from findings.extract.progress_report import report_date_before, stated_as_at
from findings.extract.rag import by_key, rag_key, rating_means
from findings.extract.spans import joined_spans, pieces_text
from findings.model import Document, Extraction, ProgressUpdate
from findings.segment.lines import Line
from findings.segment.running import body_lines
from findings.status.cues import denies_done, progress_of

LAYOUT = "progress_table_layout.json"
_HEAD = 6000  # characters above the table searched for the inspection it reports on
Rows = list[tuple[int, list[tuple[int, int]]]]  # (recommendation's number, the (start, end) of its progress and rating)


def extract_progress_tables(doc: Document, out: Extraction) -> int:
    """Add an update for every row read of every progress table in `doc`; returns how many were added."""
    rule = load_json(LAYOUT)
    header = re.compile(rule["header"])
    lines = body_lines(doc.text, doc.page_starts)  # a page's running header is no part of a row
    added, colours = 0, rag_key(doc.text)  # what the paper's own key says each colour means
    numbered = re.compile(rule["number_cell"])
    for i, line in enumerate(lines):
        if not _heads_a_table(line.stripped, rule, header, numbered):
            continue
        rows, by_cells = _table_rows(line, lines[i + 1 :], rule, out, doc.path)
        if len(rows) < (rule["least_cell_rows"] if by_cells else rule["least_rows"]):
            continue  # one row is a table only where its cells and a full heading say so
        if _read_as_a_plan(doc, out, line.start, max(b for _, pieces in rows for _, b in pieces)):
            continue  # a plan reader took its rows as actions, with their progress: one table is read once
        head_start = max(0, line.start - _HEAD)
        key = register_mentioned(doc, out, head_start, line.start)
        if key is None and not speaks_of_an_inspection(doc.text):
            continue  # an audit's or another review's recommendations: not an inspection's
        key = key or register_mentioned(doc, out, head_start, line.start, undated=True)
        paper_day = report_date_before(doc.text[head_start : line.start], doc.text[:2000])
        as_at = stated_as_at(doc.text[head_start : line.start], paper_day, out.assessments[key].ended) or paper_day
        for number, progress in rows:
            update = ProgressUpdate(
                assessment=key,
                about=str(number),
                as_at=as_at,
                text=" ".join(doc.text[a:b] for a, b in progress),
                spans=joined_spans(doc, progress),
                source=f"table-{doc.sha256[:8]}-{progress[0][0]}",
                about_kind="recommendation",
            )
            if len(progress) > 1 and (read := rating_means(doc, colours, doc.text[slice(*progress[-1])])) is not None:
                means = by_key(read[0], update.text)  # the row's rating ('Amber', 'On track') by the paper's key
                words = " ".join(doc.text[a:b] for a, b in progress[:-1])  # the row's progress, its rating aside
                rated = progress_of(means) if means is not None else None
                agree = rated == progress_of(words)
                falsely_done = rated == "Done" and denies_done(words)  # 'Complete' beside 'not commissioned'
                if means is not None and not (read[2] and (agree or falsely_done)):
                    update.means = means  # ('Amber – on track'), or a status word by itself: its verdict, whatever a
                    update.spans += [read[1]] if read[1] is not None else []  # sentence says; a status word the
            out.updates.append(update)  # words agree with leaves the row to its words, as it always was
            added += 1
            for action, pieces in sentence_statements(doc.text, progress):  # '(action 5.1 complete)': also on 5.1
                if action.split(".")[0] == str(number):
                    said = ProgressUpdate(key, action, as_at, pieces_text(doc.text, pieces), joined_spans(doc, pieces))
                    said.source, said.echo = f"table-{doc.sha256[:8]}-{progress[0][0]}-a{action}", True
                    out.updates.append(said)
            if doc.date is None and paper_day is not None:
                doc.date = paper_day  # the paper's day, not its file's
    return added


def _read_as_a_plan(doc: Document, out: Extraction, start: int, end: int) -> bool:
    """Did a plan reader, before this one, read actions from the table's stretch of `doc` (its heading to its last
    row's rating)? Then its rows' progress is already those actions' updates, dated as the plan dates them."""
    return any(s.doc == doc.sha256 and start <= s.start < end for action in out.actions for s in action.spans)


def _heads_a_table(text: str, rule: dict, header: re.Pattern, numbered: re.Pattern) -> bool:
    """Is this line a table's heading: named so ('header'), short, with no final stop and a first cell that gives no
    number? A sentence, or a row whose words name progress and a RAG status, is none."""
    if not header.match(text) or len(text.split()) > rule["header_words"] or text.endswith("."):
        return False
    return numbered.match(text.split("\t", 1)[0].strip()) is None


def _table_rows(header: Line, lines: list[Line], rule: dict, out: Extraction, path: str) -> tuple[Rows, bool]:
    """The rows under `header`, and whether they were read by their cells under a full heading (`_full_heading`): by
    their cells when a tab keeps them apart, else, or when the cells give fewer than `least_rows` rows (a layout the
    cells do not fit), line by line. What the cells said is noted only when their reading is the one kept, or when
    neither reads the table."""
    if "\t" not in header.stripped:
        return _rows(lines, rule), False
    said: list[str] = []
    rows = _cell_rows(header, lines, rule, said, path)
    if len(rows) < rule["least_rows"]:
        by_lines = _rows(lines, rule)
        if len(by_lines) >= rule["least_rows"]:
            return by_lines, False
    out.notes.extend(said)
    return rows, _full_heading(header.stripped.split("\t"), rule)


def _full_heading(columns: list[str], rule: dict) -> bool:
    """Does a tabbed heading give, after the number's column, a progress column and a rating column apart ('Rec |
    Area for improvement | Progress to date | Status'), so that a single row under it is a table of one
    recommendation, not a two-column table of minutes whose heading happens to name progress and a status
    ('Recommendation | Progress and status')?"""
    progress_at = next((n for n, c in enumerate(columns) if n and re.search(rule["progress_column"], c)), None)
    if progress_at is None:
        return False
    return any(n and n != progress_at and re.search(rule["rating_column"], c) for n, c in enumerate(columns))


def _cell_rows(header: Line, lines: list[Line], rule: dict, notes: list[str], path: str) -> Rows:
    """The rows of a table whose cells a tab keeps apart (a Word or web page's table, a text copy of one): the
    number from the first cell ('1', 'Rec 1', '1. "Improve …"'), the progress and rating from the columns the
    header names. Blank lines are passed over, and so is a row whose first cell alone is filled (its line has no
    tab left); the table ends at another line with no tab or at the next table's heading, and ending before rows
    that give a number is said. A row whose number cannot be read is said and passed over; one numbered as an action
    ('1.1': `action_number_cell`) is passed over too, said only where other rows are read as recommendations' (a
    plan tracker whose every row is an action's is the plan readers', who read it)."""
    columns = header.stripped.split("\t")
    progress_at = next((n for n, c in enumerate(columns) if n and re.search(rule["progress_column"], c)), None)
    rating_at = next((n for n, c in enumerate(columns) if n and n != progress_at and re.search(rule["rating_column"], c)), None)
    if progress_at is None:
        return []
    numbered, header = re.compile(rule["number_cell"]), re.compile(rule["header"])
    acting = re.compile(rule["action_number_cell"])
    heading = partial(_heads_a_table, rule=rule, header=header, numbered=numbered)
    rows: Rows = []
    actions: list[str] = []  # the rows numbered as actions
    for index, line in enumerate(lines):
        if "\f" in line.text or heading(line.stripped):
            break  # a Word table's end, or the next table's heading (read under it)
        if line.blank:
            continue
        if "\t" not in line.text:
            if numbered.match(line.stripped) and _goes_on(lines[index + 1 :], numbered, heading):
                continue  # a row whose only filled cell is its first: nothing to read, and the table goes on
            if _goes_on(lines[index + 1 :], numbered, heading):
                notes.append(
                    f"{path}: a progress table ends at {line.stripped[:40]!r}, a line that is no row, "
                    "though rows follow; the rows after it not read"
                )
            break
        cells, at = [], line.start
        for cell in line.text.split("\t"):
            cells.append((cell, at))
            at += len(cell) + 1
        number = numbered.match(cells[0][0].strip())
        if number is None and acting.match(cells[0][0].strip()):
            actions.append(cells[0][0].strip())  # an action's row ('1.1'): a plan's, unless the table's others are
            continue  # recommendations'
        if number is None:
            notes.append(
                f"{path}: a progress table's row gives no recommendation's number: {cells[0][0].strip()[:40]!r}; not read"
            )
            continue
        pieces = [_trimmed(*cells[n]) for n in (progress_at, rating_at) if n is not None and n < len(cells)]
        pieces = [(a, b) for a, b in pieces if b > a]
        if pieces:
            rows.append((int(number.group("n")), pieces))
    if rows and actions:  # a plan's rows (every row an action's: a tracker the plan readers read) are no loss
        notes.append(
            f"{path}: a progress table's rows {', '.join(repr(a[:12]) for a in actions[:5])} number actions, not "
            "recommendations: their progress is not read from this table"
        )
    return rows


def _goes_on(lines: list[Line], numbered: re.Pattern, heading: Callable[[str], bool]) -> bool:
    """Does a row that gives a number (a line with a tab, its first cell a number) come next, past blank lines and
    rows whose first cell alone is filled, before a line of prose, a Word table's end or another table's heading?"""
    for line in lines:
        if "\f" in line.text or heading(line.stripped):
            return False
        if line.blank:
            continue
        if "\t" in line.text:
            return numbered.match(line.text.split("\t", 1)[0].strip()) is not None
        if not numbered.match(line.stripped):
            return False
    return False


def _trimmed(cell: str, at: int) -> tuple[int, int]:
    """(start, end) of a cell's words, without the white space around them."""
    lead = len(cell) - len(cell.lstrip())
    return at + lead, at + len(cell.rstrip())


def _rows(lines: list[Line], rule: dict) -> Rows:
    """(number, the (start, end) pieces of its progress and rating) of each row read, in order, until the table
    ends: after a row's rating, a line that opens no next row. A row whose progress never opens with a status is
    passed over."""
    row, rag, rag_after = (re.compile(rule[k]) for k in ("row", "rag", "rag_after"))
    opens = re.compile(r"(?:^|(?<=\s))(?:" + rule["progress_opens"] + ")")
    rows: list[tuple[int, list[tuple[int, int]]]] = []
    number, progress, phase = 0, [], "done"
    for line in lines:
        text, at = line.stripped, line.content_start
        if not text:
            continue
        start = row.match(text)
        if start and int(start.group("n")) == number + 1 and (phase != "progress" or not rag.match(text)):
            if phase == "progress":
                rows.append((number, progress))  # the row's rating left blank
            number, progress, phase = number + 1, [], "item"
            text, at = text[start.start("text") :], at + start.start("text")  # its status may follow on the line
        if phase == "item":
            if (status := opens.search(text)) is None:
                continue  # the recommendation's words go on
            progress, phase = [], "progress"
            text, at = text[status.start() :], at + status.start()
        if phase != "progress":
            break  # after a row's rating, a line that opens no next row: the table is over
        progress.append((at, at + len(text)))
        if rag.match(text) or rag_after.search(text):
            rows.append((number, progress))
            phase = "done"
    if phase == "progress":
        rows.append((number, progress))
    return rows
