"""Action plans kept as a table of tab-separated cells, one row per line (an HTML table turned into text).

A row with a number opens a recommendation; rows without one continue it (a table split over pages repeats its
heading row, and a long recommendation runs on). A cell holding several paragraphs (<p>, <li>, or runs of spaces)
holds several actions; how the other cells are given to them is described on `Rows` (table_rows.py); which
column is which and what a cell gives, in table_cells.py.
"""

from __future__ import annotations

import re
from datetime import date

from findings.extract.action_log import reads_log
from findings.extract.context import organisation
from findings.extract.dates import heading_date
from findings.extract.group_rows import action_under, group_number, group_words, is_group_row
from findings.extract.lexicons import load_json, regex
from findings.extract.mentioned import register_mentioned
from findings.extract.table_cells import (
    AS_AT_ABOVE,
    LAYOUT,
    Part,
    cell_spans,
    columns,
    label_number,
    number_of,
    only_number,
    parts,
    rows_show,
    stated_as_at,
    whole_number,
)
from findings.extract.table_rows import Rows
from findings.model import Action, Assessment, Document, Extraction, Recommendation
from findings.read.pdf_tables import FIGURES
from findings.segment.lines import Line, split_lines


def _assessment(doc: Document, head_start: int, head_end: int, out: Extraction, known: str = "") -> str:
    """The national review the plan answers (from the lexicon), else the inspection it mentions; a later table of
    the same paper that names no inspection of its own answers the one before (`known`), not an undated one."""
    head = doc.text[head_start:head_end]
    org = organisation(doc.text)
    for review in load_json("lexicons/external_reviews.json")["reviews"]:
        if review["match"] in head:
            key = f"{org.key}/{review['key']}"
            a = out.assessments.setdefault(key, Assessment(key=key, kind="ExternalReview", org=org, label=review["label"]))
            if review.get("published") and a.issued is None:  # its recommendations stand from then
                a.issued = date.fromisoformat(review["published"])
                a.date_source = "publication date of the national review (extract/lexicons/external_reviews.json)"
            a.documents.add(doc.sha256)
            return key
    return register_mentioned(doc, out, head_start, head_end, undated=not known) or known


def extract_table_plan(doc: Document, out: Extraction) -> bool:
    """Add every tab-separated plan table in `doc`; False when there is none."""
    heading = None
    key = ""
    as_at = None
    rec: Recommendation | None = None
    rows = Rows(doc, out)
    found = False
    lines = split_lines(doc.text)
    above_made = 0
    paper_date = doc.date or heading_date(doc.text)  # 'Version 1.2 — 15th May 2023', 'tracker as at 31 January 2018'
    stated: list[date] = []  # the days its progress columns say they stand at ('Progress as at 31 March 2020')
    before, assessments = (len(out.recommendations), len(out.actions), len(out.updates)), dict(out.assessments)
    headless = False  # the table under way has no heading row: its rows showed its layout (rows_without_heading)
    lettered_to = 0  # the furthest letter the table's number column has run to from A ('C': 3)
    signalled = bool(regex(LAYOUT, "plan_signal").search(doc.text))  # only such a paper's rows are read so
    for index, line in enumerate(lines):
        if line.start and doc.text[line.start - 1] == "\f":  # a table ends at a form feed (the Word and Excel
            if _over_the_page(doc, lines, index, heading):  # readers end each table and sheet with one) …
                continue
            rows.settle()
            heading, rec, headless = None, None, False
            continue
        if "\t" not in line.text:
            if heading is not None and (row := regex(LAYOUT, "recommendation_row").match(line.text)):
                rows.settle()  # a row of one cell across the table: the recommendation the rows below answer
                rec = _recommendation_row(doc, line, row, key)
                out.recommendations.append(rec)
            elif headless and line.text.strip():
                rows.settle()  # a line of prose: a table without a heading row ends there
                heading, rec, headless = None, None, False
            continue
        cells = line.text.split("\t")
        layout = columns(cells)
        if layout and reads_log(doc, lines, index):  # a committee's action log the log reader reads, not a plan
            rows.settle()
            heading, rec = None, None
            continue
        if layout:
            if heading is None:
                key = _assessment(doc, max(0, line.start - 3000), line.start, out, key)
            heading, found, lettered_to = layout, True, 0
            below = lines[index + 1].text if index + 1 < len(lines) else ""
            if (
                "number" not in layout
                and "recommendation" not in layout
                and not regex(LAYOUT, "recommendation_row").match(below)  # its rows name their recommendations
                and (above := _above(doc, lines, index))
            ):
                rows.settle()  # the recommendation stands above its own table ('What needs to improve', then it)
                above_made += 1
                rec = Recommendation(key, _first_number(lines, index, layout) or str(above_made), above.text, [])
                rec.spans.append(doc.span(above.start, above.end))
                out.recommendations.append(rec)
            as_at = next((d for k in ("progress", "status") if k in layout and (d := stated_as_at(cells[layout[k]]))), None)
            if as_at is None and ("progress" in layout or "status" in layout):  # 'Status as at 31st August 2018' above it
                above = doc.text[max(0, line.start - AS_AT_ABOVE) : line.start]
                as_at = stated_as_at(above.rsplit("\t", 1)[-1])  # not another table's cells
            stated += [d for cell in cells if (d := stated_as_at(cell))] or ([as_at] if as_at else [])  # every column's
            as_at = as_at or paper_date  # else the paper's day
            continue
        if heading is None:
            if not signalled or (shown := rows_show(lines, index)) is None:
                continue
            key = _assessment(doc, max(0, line.start - 3000), line.start, out, key)  # a table with no heading row
            heading, found, headless, lettered_to = shown, True, True, 0
            if above := _recommendation_above(doc, lines, index, key):  # 'Recommendation 1: …' over its rows
                rec = above
                out.recommendations.append(rec)
            if "status" in heading:
                as_at = stated_as_at(doc.text[max(0, line.start - AS_AT_ABOVE) : line.start].rsplit("\t", 1)[-1]) or paper_date
        spans = cell_spans(line)
        cell = {kind: parts(doc, *spans[i]) if i < len(spans) else [] for kind, i in heading.items()}
        if headless and not cell.get("due") and cell.get("number") and whole_number(cell["number"][0].text):
            cell["recommendation"] = cell.pop("action", [])  # '1 | Improve …' with no date: the recommendation itself
            cell = {kind: cell[kind] for kind in ("number", "recommendation") if kind in cell}
        if "number" not in heading and cell.get("recommendation") and only_number(cell["recommendation"][0].text):
            cell["number"] = cell.pop("recommendation")[:1]  # an 'Area for improvement' column holding '1'
        elif "number" not in heading and cell.get("recommendation") and (label := label_number(cell["recommendation"][0])):
            cell["number"] = [label]  # no number column: 'R1 Access for all …' numbers the recommendation it opens
        if not headless and (group := group_number(cell)) and is_group_row(lines, index, heading, group["n"]):
            rows.settle()  # 'R1: The timeliness …' across the table over its actions '1.1', '1.2': no action itself
            rec = _group_row(doc, cell, group, key)
            out.recommendations.append(rec)
            continue
        number = cell.get("number") and regex(LAYOUT, "number_cell").match(cell["number"][0].text)  # '3', 'R3', 'Rec 3'
        if number and number["letter"] and number.start("letter") == 0:  # a bare letter ('A', 'B.'), not
            place = ord(number["letter"].lower()) - 96  # '(d)' or 'Rec D': the column's letters run from A in order; a
            # lone 'X', 'Y' or 'N' is no recommendation's
            number, lettered_to = (number, max(lettered_to, place)) if place <= lettered_to + 1 else (None, lettered_to)
        lettered = None  # '1b' in the number column: recommendation 1, its action b
        if number and number["sub"]:
            first = cell["number"][0]
            lettered = Part(first.start + number.start("n"), first.start + number.end("sub"), number["n"] + number["sub"])
        if number and rec is not None and number_of(number)[0] == rec.identifier:
            number = None  # the number again (a merged cell, or a tracker that repeats it): the same recommendation
        if number or cell.get("action"):
            rows.settle()
        if not number and not cell.get("number") and "number" not in heading and _unnumbered(cell.get("recommendation", []), rec):
            ordinal = sum(r.assessment == key for r in out.recommendations[before[0] :]) + 1  # numbered in the plan's
            rec = Recommendation(key, str(ordinal), "", [])  # order, as a plan lists the report's recommendations
            out.recommendations.append(rec)
        if number:  # its words follow in the recommendation column, if the table has one; else it is known by number
            first = cell["number"][0]
            identifier, at, to = number_of(number)
            rec = Recommendation(key, identifier, "", [doc.span(first.start + at, first.start + to)])
            out.recommendations.append(rec)
        if rec is None:
            continue
        for part in cell.get("recommendation", []):
            if (label := regex(LAYOUT, "recommendation_label").match(part.text)) and label.end() < len(part.text):
                part = Part(part.start + label.end(), part.end, part.text[label.end() :])  # 'AFI 1: The pace …'
            if part.text in rec.text:  # repeated on the rows a merged cell spans
                continue
            if not rec.text:  # its words, not the number that named it
                rec.spans = []
            rec.text = f"{rec.text} {part.text}".strip()
            rec.spans.append(doc.span(part.start, part.end))
        numbers = cell.get("action_number", [])
        if not numbers and number and number.group("action"):  # 'R7 / 7.2': the action's number after the recommendation's
            first = cell["number"][0]
            numbers = [Part(first.start + number.start("action"), first.start + number.end("action"), number.group("action"))]
        if not numbers and lettered is not None and len(cell.get("action", [])) == 1:
            numbers = [lettered]
        printed = cell.get("number", [])[:1]
        if not numbers and len(cell.get("action", [])) == 1 and printed and _own_number(out, rec, printed[0]):
            numbers = printed  # '1.1' printed in the number column: the action's own number
        actions = [
            _action(doc, rec, part, out, numbers[i] if len(numbers) == len(cell["action"]) else None)
            for i, part in enumerate(cell.get("action", []))
        ]
        rows.add(rec, actions, cell, as_at)
    rows.settle()
    mine = out.recommendations[before[0] :]
    if found and not any(r.text for r in mine) and not regex(LAYOUT, "plan_signal").search(doc.text):
        # numbered rows of actions in a paper that speaks of no inspection, plan or recommendation: a meeting's
        # action log, not a plan (nothing it holds answers anything)
        _forget(out, before, assessments)
        return False
    if found and doc.date is None:  # the plan's own date, when its opening gives one (not its file's); else the first
        doc.date = paper_date or max(stated, default=None)  # the latest day its progress is said to stand at: written by then
    return found


def _recommendation_row(doc: Document, line: Line, row: re.Match[str], key: str) -> Recommendation:
    rec = Recommendation(key, number_of(row)[0], row.group("text"), [])
    if row.group("text"):
        rec.spans.append(doc.span(line.start + row.start("text"), line.start + row.end("text")))
    return rec


def _own_number(out: Extraction, rec: Recommendation, printed: Part) -> bool:
    """Is a number cell's '1.1' the row's action's own number: under its recommendation, and no action before it
    has that number (a row's reference over a cell of two actions, numbered in order, is not)?"""
    if not action_under(printed.text, rec.identifier):
        return False
    dotted = printed.text.strip().rstrip(".")
    mine = [a for a in out.actions if a.assessment == rec.assessment and a.responds_to == rec.identifier]
    return not any(a.identifier == dotted for a in mine)


def _group_row(doc: Document, cell: dict[str, list[Part]], group: re.Match[str], key: str) -> Recommendation:
    """The recommendation a group row restates, its words in every cell the PDF reader cut the row into."""
    first = cell["number"][0]
    rec = Recommendation(key, group["n"], "", [doc.span(first.start + group.start("n"), first.start + group.end("n"))])
    if words := group_words(cell, group):
        rec.text = " ".join(part.text for part in words)
        rec.spans = [doc.span(part.start, part.end) for part in words]
    return rec


def _recommendation_above(doc: Document, lines: list[Line], index: int, key: str) -> Recommendation | None:
    """The recommendation a line right above a table's first row names ('Recommendation 1: The quality of …'), where
    the table has no heading row; None when the line above is none."""
    for line in reversed(lines[max(0, index - 3) : index]):
        if line.text.strip():
            row = regex(LAYOUT, "recommendation_row").match(line.text)
            return _recommendation_row(doc, line, row, key) if row and "\t" not in line.text else None
    return None


def _over_the_page(doc: Document, lines: list[Line], index: int, heading: dict[str, int] | None) -> bool:
    """… but a PDF's form feed is only a page's end: where the next page opens with the table's rows (the PDF reader
    carried its columns over the page, findings/read/pdf_tables.py) and no heading row of its own, under nothing but
    the running header the page before printed too, the table goes on."""
    if heading is None or doc.media_type != "application/pdf":
        return False
    page_start = lines[index].start
    before = doc.text[doc.text.rfind("\f", 0, page_start - 1) + 1 : page_start]
    printed = {FIGURES.sub("0", ln.strip()) for ln in before.split("\n") if ln.strip() and "\t" not in ln}
    for line in lines[index:]:
        if "\t" in line.text:
            return columns(line.text.split("\t")) is None
        if line.text.strip() and FIGURES.sub("0", line.text.strip()) not in printed:
            return False  # the page opens with text of its own
    return False


def _unnumbered(parts: list[Part], rec: Recommendation | None) -> bool:
    """Does a row of a plan that numbers nothing open a recommendation: words in its recommendation column that are
    not the one under way's again (a merged cell is read on every row it spans)?"""
    words = " ".join(part.text for part in parts).strip()
    return bool(words) and (rec is None or words not in rec.text)


def _forget(out: Extraction, before: tuple[int, int, int], assessments: dict) -> None:
    """Undo what one reading added to `out`."""
    del out.recommendations[before[0] :], out.actions[before[1] :], out.updates[before[2] :]
    out.assessments.clear()
    out.assessments.update(assessments)


def _above(doc: Document, lines: list[Line], index: int) -> Part | None:
    """The paragraph right above a heading row, below a heading of its own ('What needs to improve', 'Area for
    improvement 1': above_heading): a recommendation whose actions the table lists. None when there is none."""
    taken: list[Line] = []
    for line in reversed(lines[max(0, index - 6) : index]):
        text = line.text.strip()
        if not text or "\t" in line.text or "\f" in doc.text[line.start - 1 : line.start]:
            return None  # no heading of its own over it
        if len(text.split()) <= 6 and not text.endswith((".", ";")):
            if not regex(LAYOUT, "above_heading").match(text):
                return None  # a heading of another kind: the paragraph is prose (a meeting's action log under it)
            break  # its heading
        taken.insert(0, line)
    else:
        return None  # nothing closed it off: running text, not one recommendation
    if not taken or len(" ".join(t.text for t in taken).split()) < 4:
        return None
    start, end = taken[0].content_start, taken[-1].content_end
    return Part(start, end, " ".join(doc.text[start:end].split()))


def _first_number(lines: list[Line], index: int, layout: dict[str, int]) -> str | None:
    """The recommendation's number from the first action's ('2.1' under the second), when the table numbers them."""
    if "action_number" not in layout or index + 1 >= len(lines):
        return None
    cells = lines[index + 1].text.split("\t")
    cell = cells[layout["action_number"]].strip() if layout["action_number"] < len(cells) else ""
    match = re.match(r"(?:[A-Z]{1,5}[-‐–])?(\d{1,3})\.\d", cell)
    return match.group(1) if match else None


def _action(doc: Document, rec: Recommendation, part: Part, out: Extraction, number: Part | None = None) -> Action:
    """The row's action: numbered as its own column says, else in order under its recommendation. The same action
    again (its number, or with no numbers the text of the action just above: a merged cell) is that action."""
    mine = [a for a in out.actions if a.assessment == rec.assessment and a.responds_to == rec.identifier]
    numbered = regex(LAYOUT, "action_number").match(number.text) if number else None
    given = (numbered["dotted"] or number.text) if numbered else None  # 'AP-2.2' is action 2.2
    if numbered and numbered["letter"]:  # 'B2' under the second recommendation; under another it only orders them
        given = f"{rec.identifier}.{numbered['n']}" if str(ord(numbered["letter"]) - 64) == rec.identifier else None
    elif numbered and numbered["sub"]:  # '3b' under the third: its second action
        given = f"{rec.identifier}.{ord(numbered['sub']) - 96}" if numbered["rec"] == rec.identifier else None
    same = [a for a in mine if a.identifier == given] if given else [a for a in mine[-1:] if a.text == part.text]
    span = doc.span(part.start, part.end)
    if same:
        if part.text not in same[0].text:
            same[0].text = f"{same[0].text} {part.text}"
        same[0].spans.append(span)
        return same[0]
    action = Action(rec.assessment, given or f"{rec.identifier}.{len(mine) + 1}", rec.identifier, part.text, [span])
    if number and given:
        action.spans.append(doc.span(number.start, number.end))
        if numbered and (numbered["letter"] or numbered["sub"]):  # '1b' as the plan prints it: found by it, keyed 1.2
            action.reference = number.text.strip()
    out.actions.append(action)
    return action
