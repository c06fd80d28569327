"""The cells of a plan kept as a table (one row a line, cells apart by tabs): which column is which, a cell's
paragraphs, the numbers and dates a cell gives, and the layout of a table that has no heading row."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

from findings.extract.dates import parse_day_month_year, parse_due
from findings.extract.lexicons import load_json, regex
from findings.model import Document
from findings.segment.lines import Line

LAYOUT = "table_plan_layout.json"


_TAG = re.compile(r"<[^>]+>")


_GLYPH = re.compile(r"^[●•·▪◼\s]+")


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


AS_AT_ABOVE = 600  # characters above a table's heading row where the plan states the day its status is as at


def stated_as_at(text: str) -> date | None:
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


def due_on(text: str | None) -> date | None:
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


def cell_words(cell: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", cell)).split())


def whole_number(text: str) -> bool:
    return bool(regex(LAYOUT, "rows_without_heading/whole_number").match(text.strip()))


def _row_shows(cells: list[str]) -> dict[str, int] | None:
    """What one row of a table with no heading row shows of its layout (table_plan_layout.json rows_without_heading):
    its number's cell first, its action's (the first cell of words after it), and after that its due date's, lead's
    and status's, where it has them; None where its first cell is no number or no cell after it has words enough."""
    rules = load_json(LAYOUT)["rows_without_heading"]
    texts = [cell_words(cell) for cell in cells]
    if not texts or not regex(LAYOUT, "rows_without_heading/number").match(texts[0]):
        return None

    def dated(text: str) -> bool:
        return len(text.split()) <= rules["most_date_words"] and due_on(text) is not None

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


def rows_show(lines: list[Line], index: int) -> dict[str, int] | None:
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


def label_number(part: Part) -> Part | None:
    """The number in the label a recommendation's cell opens with ('R1 …', 'Recommendation 2: …', '3. …'), as a part
    of its own; None when the cell opens with its words."""
    label = regex(LAYOUT, "recommendation_label").match(part.text)
    digits = re.search(r"\d{1,3}", label.group()) if label else None
    return Part(part.start + digits.start(), part.start + digits.end(), digits.group()) if digits else None


def only_number(text: str) -> bool:
    """Is a cell only a recommendation's number ('1', 'R1', 'Rec 1', 'AFI 1', 'Area for improvement 1', '(b)', 'B')?"""
    label = r"R|Rec\.?|AFI|[Aa]rea\s+for\s+(?:improvement|development)"
    return bool(re.fullmatch(rf"\s*(?:(?:{label})\s*)?\d{{1,3}}\s*|\s*(?:\([A-Za-z]\)|[A-Za-z][.)]?)\s*", text))


def number_of(number: re.Match[str]) -> tuple[str, int, int]:
    """A recommendation's number from its cell, and where it stands: '3' as written; '(b)', a plan that letters the
    report's recommendations in order ('B' too), the report's '2'."""
    if number["letter"]:
        return str(ord(number["letter"].lower()) - 96), number.start("letter"), number.end("letter")
    return number["n"], number.start("n"), number.end("n")
