"""Action plans kept as a table of tab-separated cells, one row per line (an HTML table turned into text).

A row with a number opens a recommendation; rows without one continue it (a table split over pages repeats its
heading row, and a long recommendation runs on). A cell holding several paragraphs (<p>, <li>, or runs of spaces)
holds several actions; how the other cells are given to them is described on `_Rows`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

from findings.extract.action_log import reads_log
from findings.extract.context import organisation
from findings.extract.dates import heading_date, parse_day_month_year, parse_due
from findings.extract.lexicons import load_json, regex
from findings.extract.mentioned import register_mentioned
from findings.extract.rag import colour_means, rag_key
from findings.model import Action, Assessment, Document, Extraction, ProgressUpdate, Recommendation, Span
from findings.read.pdf_tables import FIGURES
from findings.segment.lines import Line, split_lines

LAYOUT = "table_plan_layout.json"
_TAG = re.compile(r"<[^>]+>")
_GLYPH = re.compile(r"^[●•·▪◼\s]+")
_GIVEN = ("due", "revised", "priority", "lead", "outcome", "status", "progress")  # what a row gives its actions
_REPORTED = ("status", "progress")  # what becomes a dated update


@dataclass
class Part:
    start: int
    end: int
    text: str


def _norm(text: str) -> str:
    return " ".join(text.replace("*", " ").split()).casefold()


def _heads(heading: str, words: str) -> bool:
    """Does a column heading start with `words` (or, for words ending in '$', is it `words`)?"""
    return heading == words[:-1] if words.endswith("$") else heading.startswith(words)


def columns(cells: list[str]) -> dict[str, int] | None:
    """Which column is which, from a heading row; None when the row is not a plan's heading."""
    known = load_json(LAYOUT)["columns"]
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        for kind, starts in known.items():
            if kind not in found and any(_heads(_norm(cell), s) for s in starts):
                found[kind] = index
                break
    return found if len(found) >= load_json(LAYOUT)["minimum_columns"] and "action" in found else None


def parts(doc: Document, start: int, end: int) -> list[Part]:
    """The paragraphs of one cell, tags and bullet glyphs outside every span."""
    raw = doc.text[start:end]
    pieces: list[tuple[int, int]] = []
    if re.search(r"<(?:p|li)\b", raw):
        for match in re.finditer(r"<(p|li)\b[^>]*>(.*?)(?:</\1>|$)", raw, re.S):
            pieces.append((start + match.start(2), start + match.end(2)))
    else:
        position = 0
        for piece in re.split(regex(LAYOUT, "part_separator").pattern, raw):
            offset = raw.index(piece, position) if piece else position
            position = offset + len(piece)
            pieces.append((start + offset, start + offset + len(piece)))
    out = []
    for s, e in pieces:
        text = doc.text[s:e]
        lead = len(text) - len(_GLYPH.sub("", _TAG.sub(lambda m: " " * len(m.group()), text)))
        s += lead
        text = doc.text[s:e]
        trail = len(text) - len(text.rstrip())
        e -= trail
        clean = " ".join(html.unescape(_TAG.sub(" ", doc.text[s:e])).split())
        if clean:
            out.append(Part(s, e, clean))
    return out


def cell_spans(line: Line) -> list[tuple[int, int]]:
    """[start, end) of each tab-separated cell of a line."""
    spans, position = [], line.start
    for cell in line.text.split("\t"):
        spans.append((position, position + len(cell)))
        position += len(cell) + 1
    return spans


_AS_AT_ABOVE = 600  # characters above a table's heading row where the plan states the day its status is as at


def _as_at(text: str) -> date | None:
    match = regex(LAYOUT, "as_at").search(text)
    if not match:
        return None
    raw = match.group("date")
    numeric = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{2,4})", raw)
    if numeric:
        day, month, year = (int(g) for g in numeric.groups())
        try:
            return date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            return None
    return parse_day_month_year(raw)


def _due(text: str | None) -> date | None:
    """'September 18' → its last day; '30 September 2018' and a spreadsheet's '2018-09-30' → that day."""
    if not text:
        return None
    text = regex(LAYOUT, "due_prefix").sub("", text)
    iso = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", text)
    if iso:
        try:
            return date(*(int(g) for g in iso.groups()))
        except ValueError:
            return None
    return parse_due(text) or parse_day_month_year(text)


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
    rows = _Rows(doc, out)
    found = False
    lines = split_lines(doc.text)
    above_made = 0
    paper_date = doc.date or heading_date(doc.text)  # 'Version 1.2 — 15th May 2023', 'tracker as at 31 January 2018'
    before, assessments = (len(out.recommendations), len(out.actions), len(out.updates)), dict(out.assessments)
    headless = False  # the table under way has no heading row: its rows showed its layout (rows_without_heading)
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
            heading, found = layout, True
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
            as_at = next((d for k in ("progress", "status") if k in layout and (d := _as_at(cells[layout[k]]))), None)
            if as_at is None and ("progress" in layout or "status" in layout):  # 'Status as at 31st August 2018' above it
                above = doc.text[max(0, line.start - _AS_AT_ABOVE) : line.start]
                as_at = _as_at(above.rsplit("\t", 1)[-1]) or paper_date  # not another table's cells; else the paper's day
            continue
        if heading is None:
            if not signalled or (shown := _rows_show(lines, index)) is None:
                continue
            key = _assessment(doc, max(0, line.start - 3000), line.start, out, key)  # a table with no heading row
            heading, found, headless = shown, True, True
            if above := _recommendation_above(doc, lines, index, key):  # 'Recommendation 1: …' over its rows
                rec = above
                out.recommendations.append(rec)
            if "status" in heading:
                as_at = _as_at(doc.text[max(0, line.start - _AS_AT_ABOVE) : line.start].rsplit("\t", 1)[-1]) or paper_date
        spans = cell_spans(line)
        cell = {kind: parts(doc, *spans[i]) if i < len(spans) else [] for kind, i in heading.items()}
        if headless and not cell.get("due") and cell.get("number") and _whole_number(cell["number"][0].text):
            cell["recommendation"] = cell.pop("action", [])  # '1 | Improve …' with no date: the recommendation itself
            cell = {kind: cell[kind] for kind in ("number", "recommendation") if kind in cell}
        if "number" not in heading and cell.get("recommendation") and _only_number(cell["recommendation"][0].text):
            cell["number"] = cell.pop("recommendation")[:1]  # an 'Area for improvement' column holding '1'
        elif "number" not in heading and cell.get("recommendation") and (label := _label_number(cell["recommendation"][0])):
            cell["number"] = [label]  # no number column: 'R1 Access for all …' numbers the recommendation it opens
        number = cell.get("number") and regex(LAYOUT, "number_cell").match(cell["number"][0].text)  # '3', 'R3', 'Rec 3'
        lettered = None  # '1b' in the number column: recommendation 1, its action b
        if number and number["sub"]:
            first = cell["number"][0]
            lettered = Part(first.start + number.start("n"), first.start + number.end("sub"), number["n"] + number["sub"])
        if number and rec is not None and _numbered(number)[0] == rec.identifier:
            number = None  # the number again (a merged cell, or a tracker that repeats it): the same recommendation
        if number or cell.get("action"):
            rows.settle()
        if not number and not cell.get("number") and "number" not in heading and _unnumbered(cell.get("recommendation", []), rec):
            ordinal = sum(r.assessment == key for r in out.recommendations[before[0] :]) + 1  # numbered in the plan's
            rec = Recommendation(key, str(ordinal), "", [])  # order, as a plan lists the report's recommendations
            out.recommendations.append(rec)
        if number:  # its words follow in the recommendation column, if the table has one; else it is known by number
            first = cell["number"][0]
            identifier, at, to = _numbered(number)
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
    if found and doc.date is None:  # the plan's own date, when its opening gives one: not its file's
        doc.date = paper_date
    return found


def _recommendation_row(doc: Document, line: Line, row: re.Match[str], key: str) -> Recommendation:
    rec = Recommendation(key, _numbered(row)[0], row.group("text"), [])
    if row.group("text"):
        rec.spans.append(doc.span(line.start + row.start("text"), line.start + row.end("text")))
    return rec


def _recommendation_above(doc: Document, lines: list[Line], index: int, key: str) -> Recommendation | None:
    """The recommendation a line right above a table's first row names ('Recommendation 1: The quality of …'), where
    the table has no heading row; None when the line above is none."""
    for line in reversed(lines[max(0, index - 3) : index]):
        if line.text.strip():
            row = regex(LAYOUT, "recommendation_row").match(line.text)
            return _recommendation_row(doc, line, row, key) if row and "\t" not in line.text else None
    return None


def _cell_words(cell: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", cell)).split())


def _whole_number(text: str) -> bool:
    return bool(regex(LAYOUT, "rows_without_heading/whole_number").match(text.strip()))


def _row_shows(cells: list[str]) -> dict[str, int] | None:
    """What one row of a table with no heading row shows of its layout (table_plan_layout.json rows_without_heading):
    its number's cell first, its action's (the first cell of words after it), and after that its due date's, lead's
    and status's, where it has them; None where its first cell is no number or no cell after it has words enough."""
    rules = load_json(LAYOUT)["rows_without_heading"]
    texts = [_cell_words(cell) for cell in cells]
    if not texts or not regex(LAYOUT, "rows_without_heading/number").match(texts[0]):
        return None

    def dated(text: str) -> bool:
        return len(text.split()) <= rules["most_date_words"] and _due(text) is not None

    action = next((i for i, t in enumerate(texts) if i and len(t.split()) >= rules["least_words"] and not dated(t)), None)
    if action is None:
        return None
    layout = {"number": 0, "action_number": 0, "action": action}
    status = regex(LAYOUT, "rows_without_heading/status")
    for i, text in enumerate(texts[action + 1 :], start=action + 1):
        if not text:
            continue
        if dated(text):
            layout.setdefault("due", i)
        elif status.match(text):
            layout.setdefault("status", i)
        elif len(text.split()) <= rules["most_lead_words"]:
            layout.setdefault("lead", i)
    return layout


def _rows_show(lines: list[Line], index: int) -> dict[str, int] | None:
    """The layout of a table with no heading row whose first row is lines[index]: at least `least_rows` of the rows
    from there on (one a line, cells apart by tabs) each show their number, action and due date in the same cells,
    and no row shows them elsewhere; a lead's or a status's cell counts where every row that shows one shows it
    there. None where the rows show no such layout."""
    shown: list[dict[str, int]] = []
    for line in lines[index:]:
        if "\t" not in line.text:
            if line.text.strip():
                break
            continue
        layout = _row_shows(line.text.split("\t"))
        if layout is not None and "due" in layout:
            shown.append(layout)
    first = _row_shows(lines[index].text.split("\t"))
    if not shown or first is None or len(shown) < load_json(LAYOUT)["rows_without_heading"]["least_rows"]:
        return None
    if any((s["action"], s["due"]) != (shown[0]["action"], shown[0]["due"]) for s in shown):
        return None
    out = {kind: shown[0][kind] for kind in ("number", "action_number", "action", "due")}
    for kind in ("lead", "status"):
        where = {s[kind] for s in shown if kind in s}
        if len(where) == 1 and where.pop() not in out.values():
            out[kind] = next(s[kind] for s in shown if kind in s)
    return out


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


class _Rows:
    """Assigns each row's date, priority, lead and progress to its actions.

    Parts that match the actions one to one go to them. A single part against several actions goes to the first;
    the rows below without actions of their own carry the values of the others (a cell spanning several rows),
    and if none do, the single part was one cell over them all and goes to the rest too. Anything else is not
    assigned: progress that cannot be is kept as an update about the recommendation.
    """

    def __init__(self, doc: Document, out: Extraction) -> None:
        self.doc, self.out = doc, out
        self.pending: list[Action] = []
        self.shared: dict[str, Part] = {}
        self.rec: Recommendation | None = None
        self.as_at: date | None = None
        self.rag = rag_key(doc.text)  # what the paper's own key says each colour means

    def add(self, rec: Recommendation, actions: list[Action], cell: dict[str, list[Part]], as_at: date | None) -> None:
        self.rec, self.as_at = rec, as_at
        if not actions:  # a continuation row: its values belong to the next action still waiting for them
            target = self.pending[:1]
            self.pending, self.shared = self.pending[1:], {}
            for kind in _GIVEN:
                values = cell.get(kind, [])
                if target and len(values) == 1:
                    self._give(target[0], kind, values[0])
                elif kind in _REPORTED and values:
                    self._about_recommendation(values)
            return
        for kind in _GIVEN:
            values = cell.get(kind, [])
            if len(values) == len(actions):
                for action, part in zip(actions, values, strict=True):
                    self._give(action, kind, part)
            elif len(values) == 1:
                self._give(actions[0], kind, values[0])
                self.shared[kind] = values[0]
            elif kind in _REPORTED and values:
                self._about_recommendation(values)
        self.pending = actions[1:] if self.shared else []

    def settle(self) -> None:
        """No continuation rows came: a single value was one cell over all the row's actions."""
        for action in self.pending:
            for kind, part in self.shared.items():
                self._give(action, kind, part)
        self.pending, self.shared = [], {}

    def _give(self, action: Action, kind: str, part: Part) -> None:
        span = self.doc.span(part.start, part.end)
        if kind in _REPORTED:  # a RAG or status cell too: what the council reported on the plan's date, no more
            update = ProgressUpdate(
                action.assessment, action.identifier, self.as_at, part.text, [span], source=f"table-{part.start}"
            )
            if (read := colour_means(self.doc, self.rag, part.text)) is not None:
                update.means, key_span = read  # 'Blue', by the plan's key: 'not yet due to start'
                update.spans.append(key_span)
            self.out.updates.append(update)
            return
        action.spans.append(span)
        if kind == "due":
            action.timescale, action.due_by = part.text, _due(part.text)
        elif kind == "revised":
            moved = _due(part.text)
            if moved and moved != action.due_by and moved not in [d for d, _ in action.slips]:
                action.slips.append((moved, span))
        elif kind == "lead":
            action.lead = part.text
        elif kind == "outcome":  # 'How we will know': several measures of one action are one outcome
            action.outcome = f"{action.outcome} {part.text}" if action.outcome else part.text
        else:
            action.priority = part.text

    def _about_recommendation(self, values: list[Part]) -> None:
        assert self.rec is not None
        spans: list[Span] = [self.doc.span(p.start, p.end) for p in values]
        self.out.updates.append(
            ProgressUpdate(
                self.rec.assessment,
                self.rec.identifier,
                self.as_at,
                " ".join(p.text for p in values),
                spans,
                source=f"table-{values[0].start}",
                about_kind="recommendation",
            )
        )


def _label_number(part: Part) -> Part | None:
    """The number in the label a recommendation's cell opens with ('R1 …', 'Recommendation 2: …', '3. …'), as a part
    of its own; None when the cell opens with its words."""
    label = regex(LAYOUT, "recommendation_label").match(part.text)
    digits = re.search(r"\d{1,3}", label.group()) if label else None
    return Part(part.start + digits.start(), part.start + digits.end(), digits.group()) if digits else None


def _only_number(text: str) -> bool:
    """Is a cell only a recommendation's number ('1', 'R1', 'Rec 1', 'AFI 1', 'Area for improvement 1', '(b)')?"""
    label = r"R|Rec\.?|AFI|[Aa]rea\s+for\s+(?:improvement|development)"
    return bool(re.fullmatch(rf"\s*(?:(?:{label})\s*)?\d{{1,3}}\s*|\s*\([a-z]\)\s*", text))


def _numbered(number: re.Match[str]) -> tuple[str, int, int]:
    """A recommendation's number from its cell, and where it stands: '3' as written; '(b)', a plan that letters the
    report's recommendations in order, the report's '2'."""
    if number["letter"]:
        return str(ord(number["letter"]) - 96), number.start("letter"), number.end("letter")
    return number["n"], number.start("n"), number.end("n")


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
    out.actions.append(action)
    return action
