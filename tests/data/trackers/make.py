"""Make the Word and Excel action plans under tests/data/trackers/ from the bundled corpus's real action plan.

The content (recommendations, actions, leads, timescales, progress as at September 2018) is the post-Ofsted action
plan in the bundled corpus, as this project extracts it from the flattened PDF text; only the layout is new. Three
layouts: a Word table (merged recommendation cells, the timescale as written), an Excel workbook (merged cells,
real Excel dates, a RAG column), and a fictional council's Excel tracker with other headings in another order.
The plan's RAG colours did not survive the PDF-to-text step: the RAG column applies the plan's own key (green:
achieved, amber: on track) to each update's words through the project's status lexicon. Run from the project
root: `python tests/data/trackers/make.py`; the files are committed, so tests never depend on this running.
"""

from __future__ import annotations

import io
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from findings.extract.plan import extract_plan  # noqa: E402
from findings.model import Extraction  # noqa: E402
from findings.read import read_document  # noqa: E402
from findings.status.cues import progress_of  # noqa: E402
from findings.tracker.stable import stable_zip  # noqa: E402

OUT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
MADE = datetime(2018, 10, 1)
INTRO_MARK = "This Post Ofsted Action Plan has been developed"
PUBLISHED_MARK = "The Action Plan is informed by"
AS_AT = "30 September 2018"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def plan_content() -> tuple[list[str], dict[str, str], list]:
    """The intro sentences, the recommendations by number and the actions (with their update) of the text plan."""
    for path in sorted(CORPUS.rglob("*.txt")):
        doc = read_document(path, path.relative_to(ROOT).as_posix())
        part = Extraction(documents=[doc])
        if not extract_plan(doc, part):
            continue
        lines = doc.text.splitlines()
        intro = [_one_line(" ".join(lines[i : i + 2])) for i, line in enumerate(lines) if line.startswith(INTRO_MARK)]
        published = [_one_line(line) for line in lines if line.startswith(PUBLISHED_MARK)]
        recs = {r.identifier: _one_line(r.text) for r in part.recommendations}
        updates = {u.about: _one_line(u.text) for u in part.updates if u.about_kind == "action"}
        actions = sorted(part.actions, key=lambda a: tuple(int(n) for n in a.identifier.split(".")))
        rows = [(a, updates.get(a.identifier, "")) for a in actions]
        return [intro[0].split(". The Ofsted")[0] + "."] + [published[0].split(". The inspection")[0] + "."], recs, rows
    raise SystemExit("no flattened action plan found under corpus/")


def rag(update: str) -> str:
    """The plan's key: green, the action is achieved; amber, on track to achieve."""
    return "Green" if progress_of(update) == "Done" else "Amber"


def word(council: str, intro: list[str], recs: dict[str, str], rows: list) -> bytes:
    """(a) A Word action plan: intro paragraphs, then a table whose recommendation cells are merged down its actions."""
    import docx

    document = docx.Document()
    document.core_properties.created = MADE
    document.core_properties.modified = MADE
    document.core_properties.author = document.core_properties.last_modified_by = council
    document.add_paragraph(f"{council} Children’s Services")
    document.add_paragraph("Post Ofsted Inspection Action Plan")
    for sentence in intro:
        document.add_paragraph(sentence)
    headings = ["Rec no", "Recommendation", "Action no", "Action", "Timescale", "Lead", f"Progress update as at {AS_AT}"]
    table = document.add_table(rows=1, cols=len(headings))
    for cell, text in zip(table.rows[0].cells, headings, strict=True):
        cell.text = text
    by_rec = defaultdict(list)
    for action, update in rows:
        by_rec[action.responds_to].append((action, update))
    for number, items in by_rec.items():
        first = len(table.rows)
        for action, update in items:
            cells = table.add_row().cells
            for index, text in (
                (2, action.identifier),
                (3, _one_line(action.text)),
                (4, action.timescale or ""),
                (5, action.lead or ""),
                (6, update),
            ):
                cells[index].text = text
        last = len(table.rows) - 1
        for column, text in ((0, number), (1, recs[number])):
            merged = table.cell(first, column).merge(table.cell(last, column)) if last > first else table.cell(first, column)
            merged.text = text
    document.add_paragraph("Key to RAG status: green, the action is achieved; amber, the action is on track to achieve.")
    out = io.BytesIO()
    document.save(out)
    return stable_zip(out.getvalue(), MADE)


def excel(council: str, intro: list[str], recs: dict[str, str], rows: list) -> bytes:
    """(b) An Excel tracker: a merged title, merged recommendation and lead cells, real dates, a RAG column."""
    import openpyxl

    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = MADE
    book.properties.creator = book.properties.lastModifiedBy = council
    sheet = book.active
    sheet.title = "Action plan"
    sheet["A1"] = f"{council} – Post Ofsted Inspection Action Plan"
    sheet.merge_cells("A1:H1")
    for row, sentence in enumerate(intro, start=2):
        sheet.cell(row, 1, sentence)
    top = len(intro) + 3
    headings = [
        "Ref",
        "Recommendation",
        "Action ref",
        "Action",
        "Lead officer",
        "Target date",
        "RAG status",
        f"Progress as at {AS_AT}",
    ]
    for column, text in enumerate(headings, start=1):
        sheet.cell(top, column, text)
    row = top + 1
    by_rec = defaultdict(list)
    for action, update in rows:
        by_rec[action.responds_to].append((action, update))
    for number, items in by_rec.items():
        first = row
        for action, update in items:
            due = datetime(action.due_by.year, action.due_by.month, action.due_by.day) if action.due_by else None
            for column, value in (
                (3, action.identifier),
                (4, _one_line(action.text)),
                (5, action.lead),
                (6, due),
                (7, rag(update)),
                (8, update),
            ):
                sheet.cell(row, column, value)
            if action.due_by:
                sheet.cell(row, 6).number_format = "dd/mm/yyyy"
            row += 1
        sheet.cell(first, 1, int(number))
        sheet.cell(first, 2, recs[number])
        if row - 1 > first:
            sheet.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
            sheet.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
        _merge_runs(sheet, first, row - 1, 5)
    key = book.create_sheet("RAG key")
    meanings = (
        ("Green", "The action is achieved"),
        ("Amber", "The action is on track to achieve"),
        ("Red", "The action is not yet on track"),
    )
    for index, (colour, meaning) in enumerate(meanings, start=1):
        key.cell(index, 1, colour)
        key.cell(index, 2, meaning)
    out = io.BytesIO()
    book.save(out)
    return stable_zip(out.getvalue(), MADE)


def _merge_runs(sheet, first: int, last: int, column: int) -> None:
    """Merge runs of the same value down a column (one lead over several actions), keeping the first cell's value."""
    start = first
    for row in range(first + 1, last + 2):
        if row > last or sheet.cell(row, column).value != sheet.cell(start, column).value:
            if row - 1 > start:
                for inner in range(start + 1, row):
                    sheet.cell(inner, column).value = None
                sheet.merge_cells(start_row=start, start_column=column, end_row=row - 1, end_column=column)
            start = row


def other_layout(council: str, intro: list[str], recs: dict[str, str], rows: list) -> bytes:
    """(c) A fictional council's tracker: other headings in another order, every row repeating its recommendation."""
    import openpyxl

    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = MADE
    book.properties.creator = book.properties.lastModifiedBy = council
    sheet = book.active
    sheet.title = "Tracker"
    sheet["A1"] = f"{council}: improvement tracker"
    for row, sentence in enumerate(intro, start=2):
        sheet.cell(row, 1, sentence)
    headings = [
        "Due by",
        "Owner",
        "What we will do",
        "Status",
        f"Progress to date (as at {AS_AT})",
        "No.",
        "Inspection recommendation",
    ]
    top = len(intro) + 3
    for column, text in enumerate(headings, start=1):
        sheet.cell(top, column, text)
    for row, (action, update) in enumerate(rows, start=top + 1):
        due = action.due_by
        for column, value in (
            (1, datetime(due.year, due.month, due.day) if due else None),
            (2, action.lead),
            (3, _one_line(action.text)),
            (4, "Complete" if rag(update) == "Green" else "On track"),
            (5, update),
            (6, int(action.responds_to)),
            (7, recs[action.responds_to]),
        ):
            sheet.cell(row, column, value)
        sheet.cell(row, 1).number_format = "d mmm yyyy"
    out = io.BytesIO()
    book.save(out)
    return stable_zip(out.getvalue(), MADE)


GOLD_OF_TEXT_PLAN = ROOT / "tests" / "gold" / "corpus"
NOTES = [
    "Made by tests/data/trackers/make.py from the bundled corpus's post-Ofsted action plan (a PDF table flattened to text).",
    "Recommendations and actions (identifier, text, lead, due date) are the text plan's hand-checked gold "
    "(tests/gold/corpus/), unchanged but for the layout: a plan in Word, Excel or another council's tracker must give "
    "the same items. 1.6 and 1.8 share one action text, as in the plan.",
    "Updates: one per action's row, its RAG or status cell (where the layout has one) and its progress cell in the order "
    "the row prints them, dated by the 'as at' date of the progress heading; checked against the cells read with "
    "python-docx / openpyxl directly.",
]


def make_gold(name: str, org: str, timescale_is_date: bool, reported: dict[str, str]) -> dict:
    """The tracker's gold: the text plan's gold recommendations and actions moved to `org` and this layout."""
    import hashlib
    import json

    text_plan = next(
        g
        for path in sorted(GOLD_OF_TEXT_PLAN.glob("*.json"))
        for g in [json.loads(path.read_text(encoding="utf-8"))]
        if sum(1 for i in g["items"] if i["type"] == "action") >= 20
    )
    assessment = next(i["key"] for i in text_plan["items"] if i["type"] == "inspection")
    moved = f"{org}/{assessment.split('/', 1)[1]}"
    recs = [i for i in text_plan["items"] if i["type"] == "recommendation" and i["assessment"] == assessment]
    recs = recs[: len({r["identifier"] for r in recs})]  # the plan's own statements come first; the restated list after
    items: list[dict] = [r | {"assessment": moved} for r in recs]
    for action in (i for i in text_plan["items"] if i["type"] == "action"):
        items.append(action | ({"timescale": action["due_by"]} if timescale_is_date else {}))
    for action in sorted((i for i in text_plan["items"] if i["type"] == "action"), key=_number):
        items.append(
            {
                "type": "update",
                "text": reported[action["identifier"]],
                "assessment": moved,
                "about": action["identifier"],
                "about_kind": "action",
                "as_at": "2018-09-30",
            }
        )
    data = (OUT / name).read_bytes()
    return {
        "document": f"tests/data/trackers/{name}",
        "sha256": hashlib.sha256(data).hexdigest(),
        "annotated": ["action", "recommendation", "update"],
        "notes": NOTES,
        "items": items,
    }


def _number(item: dict) -> tuple[int, ...]:
    return tuple(int(n) for n in item["identifier"].split("."))


def cells_reported(name: str, number: str, columns: tuple[str, ...]) -> dict[str, str]:
    """Each action's reported cells (RAG, progress) as python-docx / openpyxl give them, by action identifier."""
    rows = []
    if name.endswith(".docx"):
        import docx

        table = docx.Document(str(OUT / name)).tables[0]
        rows = [[c.text for c in row.cells] for row in table.rows]
    else:
        import openpyxl

        sheet = openpyxl.load_workbook(OUT / name).worksheets[0]
        rows = [["" if c.value is None else str(c.value) for c in row] for row in sheet.iter_rows()]
    head = next(i for i, row in enumerate(rows) if number in row)
    index = {h: i for i, h in enumerate(rows[head])}
    out: dict[str, str] = {}
    counts: dict[str, int] = defaultdict(int)
    for row in rows[head + 1 :]:
        if number == "No.":  # no action numbers: in order under the recommendation
            counts[row[index[number]]] += 1
            key = f"{row[index[number]]}.{counts[row[index[number]]]}"
        else:
            key = row[index[number]]
        cells = sorted(index[c] for c in columns if c in index)  # in the order the row prints them
        out[key] = " ".join(_one_line(row[i]) for i in cells if row[i].strip())
    return out


def main(gold_only: bool = False) -> None:
    import json

    intro, recs, rows = plan_content()
    council = "Central Bedfordshire Council"
    if not gold_only:  # `--gold`: the gold again from the committed files, the files untouched
        (OUT / "central_bedfordshire_action_plan.docx").write_bytes(word(council, intro, recs, rows))
        (OUT / "central_bedfordshire_tracker.xlsx").write_bytes(excel(council, intro, recs, rows))
        other = "Westmarch Borough Council"  # fictional: not in the ONS register, read like any unregistered council
        moved = [sentence.replace("Central Bedfordshire", "Westmarch") for sentence in intro]
        (OUT / "westmarch_tracker.xlsx").write_bytes(other_layout(other, moved, recs, rows))
    progress = f"Progress update as at {AS_AT}"
    golds = {
        "central_bedfordshire_action_plan.docx": (
            "central-bedfordshire",
            False,
            cells_reported("central_bedfordshire_action_plan.docx", "Action no", (progress,)),
        ),
        "central_bedfordshire_tracker.xlsx": (
            "central-bedfordshire",
            True,
            cells_reported("central_bedfordshire_tracker.xlsx", "Action ref", ("RAG status", f"Progress as at {AS_AT}")),
        ),
        "westmarch_tracker.xlsx": (
            "westmarch",
            True,
            cells_reported("westmarch_tracker.xlsx", "No.", ("Status", f"Progress to date (as at {AS_AT})")),
        ),
    }
    (OUT / "gold").mkdir(exist_ok=True)
    for name, (org, dated, reported) in golds.items():
        gold = make_gold(name, org, dated, reported)
        (OUT / "gold" / f"{Path(name).stem}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main(gold_only="--gold" in sys.argv[1:])
