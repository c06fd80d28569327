"""A council's action plan whose columns carry other headings than the usual ones, as a Word table, an Excel sheet or a
PDF table: each action with its recommendation, lead and due date (extract/table_plan_layout.json 'columns',
extract/reading.json 'pdf_tables')."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from findings.build import build
from tests.pdfmaker import make_table_pdf

REPORT = """Quillbrook

Inspection of Quillbrook local authority children's services

Inspection dates: 9 to 20 September 2024
Lead inspector: Imogen Falconbridge, His Majesty's Inspector

Judgement Grade
The impact of leaders on social work practice with children and families Requires improvement to be good
The experiences and progress of children who need help and protection Requires improvement to be good
The experiences and progress of children in care Good
The experiences and progress of care leavers Good
Overall effectiveness Requires improvement to be good

Quillbrook has made progress in some areas since its last inspection, though not in all.

What needs to improve?

- The response to children who go missing from home, including return home interviews.
- How well independent reviewing officers challenge drift in children's plans.

The experiences and progress of children who need help and protection: requires improvement to be good

1. Children who need help are seen quickly by social workers who know them well.
"""

TOP = [
    "Quillbrook Borough Council",
    "Improvement plan after the Ofsted inspection of children's services, 9 to 20 September 2024",
    "Issued December 2024",
    "",
]

REC = [
    "The response to children who go missing from home, including return home interviews.",
    "How well independent reviewing officers challenge drift in children's plans.",
]
ROWS = [  # number, action, lead, due
    ("1.1", "Commission a single provider for return home interviews.", "Head of Early Help", "28/02/2025"),
    ("1.2", "Report missing episodes to the safeguarding partnership monthly.", "Missing Coordinator", "31/03/2025"),
    ("2.1", "Set an escalation timescale for every reviewing officer.", "IRO Service Manager", "31/01/2025"),
]
WANT = [
    ("1.1", "1", "Head of Early Help", "2025-02-28"),
    ("1.2", "1", "Missing Coordinator", "2025-03-31"),
    ("2.1", "2", "IRO Service Manager", "2025-01-31"),
]

# Headings councils print that name each column otherwise: the action as 'Our response' or 'Task', the due date as
# 'Timeframe', 'When' or 'Date', the recommendation under 'Area for improvement'
LAYOUTS = {
    "our response": ("Ref", "Area for improvement", "Our response", "Lead", "Timeframe"),
    "task": ("Ref", "Recommendation", "Task", "Responsible officer", "When"),
    "date": ("No.", "Ofsted recommendation", "Key action", "Owner", "Date"),
}


def _cells(number: str, action: str, lead: str, due: str) -> tuple[str, str, str, str, str]:
    return (number, REC[int(number[0]) - 1], action, lead, due)


def _word(heading: tuple[str, ...]) -> bytes:
    import docx

    document = docx.Document()
    for line in TOP:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(heading))
    for values in [heading, *(_cells(*row) for row in ROWS)]:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _excel(heading: tuple[str, ...]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    for line in TOP:
        sheet.append([line] if line else [])
    for values in [heading, *(_cells(*row) for row in ROWS)]:
        sheet.append(list(values))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _wrapped(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + len(word) < width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _pdf(heading: tuple[str, ...]) -> bytes:
    """As Word prints the table, each cell wrapped to its column: a heading wrapped too ('Ofsted' over
    'recommendation', 'Responsible' over 'officer')."""
    columns = (50, 90, 230, 380, 480)
    widths = (6, 26, 28, 18, 14)
    rows = [tuple(_wrapped(value, 12) for value in heading)]
    rows += [tuple(_wrapped(v, w) for v, w in zip(_cells(*row), widths, strict=True)) for row in ROWS]
    return make_table_pdf([[*TOP, *rows]], columns)


def _built(tmp_path: Path, name: str, data: bytes):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / name).write_bytes(data)
    return build([folder]).extraction


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("kind", ["docx", "xlsx", "pdf"])
def test_a_plan_whose_columns_are_headed_otherwise_gives_its_actions(tmp_path, layout, kind):
    make = {"docx": _word, "xlsx": _excel, "pdf": _pdf}[kind]
    out = _built(tmp_path, f"plan.{kind}", make(LAYOUTS[layout]))
    got = sorted((a.identifier, a.responds_to, a.lead, str(a.due_by)) for a in out.actions)
    assert got == WANT
    assert {a.assessment for a in out.actions} == {"quillbrook/ofsted-2024"}
    plan = next(d for d in out.documents if d.path.endswith(kind))
    for action in out.actions:  # every quote is the paper's text at its offsets
        for span in action.spans:
            assert plan.text[span.start : span.end] in {action.text, action.lead, action.timescale, action.identifier}


def test_an_evidence_of_impact_column_is_the_actions_intended_outcome(tmp_path):
    heading = ("Ref", "Recommendation", "Action", "Lead", "Due date", "Evidence of impact")
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for line in TOP:
        sheet.append([line] if line else [])
    sheet.append(list(heading))
    sheet.append([*_cells(*ROWS[0]), "Every child who goes missing is offered an interview within 72 hours."])
    buffer = io.BytesIO()
    book.save(buffer)
    out = _built(tmp_path, "plan.xlsx", buffer.getvalue())
    (action,) = out.actions
    assert action.outcome == "Every child who goes missing is offered an interview within 72 hours."


def test_a_task_heading_is_the_action_column_only_as_a_whole_heading():
    """'Task' and 'Tasks' head the action column, but 'Task owner' is whose the task is, not the task (the review of
    helper-163: matched as a prefix, it took the action column from 'What we will do' after it)."""
    from findings.extract.table_cells import columns

    assert columns(["Ref", "Task owner", "What we will do", "Lead", "Due date"])["action"] == 2
    assert columns(["Ref", "Task", "Lead", "Due date"])["action"] == 1
    assert columns(["Ref", "Tasks", "Lead", "Due date"])["action"] == 1
