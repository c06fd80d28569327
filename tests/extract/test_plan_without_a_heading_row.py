"""An action plan's table printed with no heading row (its columns a number, the action, the lead, a date, a RAG
colour), as a text copy keeps it (a tab between the cells) and as a Word table gives it: the rows themselves show the
layout (a recommendation's or action's number, a cell of words, a date), so each row is an action of the
recommendation its number names, with its lead, its due date and its status. Such a table had not been read as a
plan at all. A table of rows that show no date, or a paper that speaks of no inspection or plan, is still not one."""

from __future__ import annotations

import textwrap
from datetime import date

import docx
import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf, make_table_pdf

OPENING = (
    "Ashdown Borough Council\n"
    "Post-inspection action plan: our response to the Ofsted inspection of children's services\n\n"
    "The inspection took place between 3 March and 14 March 2025 and the report was published on 25 April 2025.\n\n"
)
ROWS = [
    (
        "1.1",
        "Agree a single referral route for initial health assessments with health partners.",
        "Designated Nurse",
        "June 2025",
        "Green",
    ),
    (
        "1.2",
        "Report the timeliness of initial health assessments to the corporate parenting board each quarter.",
        "Head of Children in Care",
        "30/09/2025",
        "Amber",
    ),
    (
        "2.1",
        "Refresh the pathway plan template with care-experienced young people.",
        "Service Manager, Leaving Care",
        "December 2025",
        "Red",
    ),
]
DUE = [date(2025, 6, 30), date(2025, 9, 30), date(2025, 12, 31)]


def _read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def _check(doc, part) -> None:
    assert "action plan" in doc.kinds
    got = [(a.identifier, a.responds_to, a.text, a.lead, a.due_by) for a in part.actions]
    assert got == [(n, n.split(".")[0], text, lead, due) for (n, text, lead, _, _), due in zip(ROWS, DUE, strict=True)]
    assert [(u.about, u.text) for u in part.updates] == [(n, rag) for n, *_, rag in ROWS]
    assert sorted({r.identifier for r in part.recommendations}) == ["1", "2"]
    for item in [*part.actions, *part.updates, *part.recommendations]:
        for span in item.spans:  # offsets: every quote is the document's own characters, a cell's words
            quote = doc.text[span.start : span.end]
            assert quote and quote == quote.strip() and "\t" not in quote


@pytest.mark.parametrize(
    "order",
    [
        (0, 1, 2, 3, 4),  # number, action, lead, date, RAG
        (0, 1, 3, 2, 4),  # number, action, date, lead, RAG
        (0, 1, 2, 4, 3),  # number, action, lead, RAG, date
    ],
)
def test_a_text_copy_of_a_plan_table_without_its_heading_row_is_read_row_by_row(tmp_path, order):
    rows = "\n".join("\t".join(row[i] for i in order) for row in ROWS)
    doc, part = _read(tmp_path, "plan.txt", OPENING + rows + "\n\nSigned off by the improvement board.\n")
    _check(doc, part)


def test_a_recommendation_row_or_line_over_the_rows_gives_them_its_words(tmp_path):
    recs = {
        "1": "The timeliness of initial health assessments for children who come into care.",
        "2": "The quality and consistency of pathway plans for care leavers.",
    }
    lines = [f"Recommendation 1: {recs['1']}"]
    for row in ROWS:
        if row[0] == "2.1":
            lines.append(f"2\t{recs['2']}\t\t\t")  # a row of the table: its number, its words, no date
        lines.append("\t".join(row))
    doc, part = _read(tmp_path, "plan.txt", OPENING + "\n".join(lines) + "\n")
    _check(doc, part)
    assert [(r.identifier, r.text) for r in part.recommendations] == list(recs.items())
    for rec in part.recommendations:
        assert [doc.text[s.start : s.end] for s in rec.spans] == [rec.text]


def test_a_word_table_without_a_heading_row_is_read_row_by_row(tmp_path):
    document = docx.Document()
    for line in OPENING.strip().split("\n"):
        if line:
            document.add_paragraph(line)
    table = document.add_table(rows=0, cols=5)
    for row in ROWS:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    path = tmp_path / "plan.docx"
    document.save(path)
    doc = read_document(path, path.name)
    _check(doc, extract_document(doc))


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "\n".join(f"{n}\t{t}\t{lead}" for n, t, lead, _, _ in ROWS),  # no date in any row: no plan's layout
        "Ashdown Borough Council\nTeam meeting notes\n\n" + "\n".join("\t".join(row) for row in ROWS),  # no plan named
        OPENING + "\t".join(ROWS[0]) + "\n",  # one row alone
    ],
)
def test_rows_that_show_no_plan_are_not_read_as_one(tmp_path, text):
    _, part = _read(tmp_path, "notes.txt", text)
    assert part.actions == []


@pytest.mark.parametrize("style", [{}, {"ruled": True}, {"boxed": True}, {"by_line": True}])
def test_a_pdf_table_without_its_heading_row_is_read_row_by_row(tmp_path, style):
    """As Word exports it, each cell's words at its column's x and a long cell wrapped in its column: the first row's
    words part into columns and the rows below keep to them, each opening with an action's number."""
    lines: list = [line for line in OPENING.split("\n") if line]
    for number, text, lead, when, rag in ROWS:  # each long cell wrapped in its column
        lines.append((number, textwrap.wrap(text, 34), textwrap.wrap(lead, 22), when, rag))
    lines.append("Signed off by the improvement board.")
    path = tmp_path / "plan.pdf"
    path.write_bytes(make_table_pdf([lines], (72, 110, 330, 450, 535), size=9, **style))
    doc = read_document(path, path.name)
    part = extract_document(doc)
    assert "action plan" in doc.kinds
    got = [(a.identifier, a.responds_to, a.text, a.lead, a.due_by) for a in part.actions]
    assert got == [(n, n.split(".")[0], text, lead, due) for (n, text, lead, _, _), due in zip(ROWS, DUE, strict=True)]
    assert [(u.about, u.text) for u in part.updates] == [(n, rag) for n, *_, rag in ROWS]
    for action in part.actions:  # offsets: each quote is the rendered text's own characters
        assert sorted(doc.text[s.start : s.end] for s in action.spans) == sorted(
            [action.text, action.identifier, action.lead, action.timescale]
        )


def test_a_pdf_page_of_numbered_paragraphs_is_no_table(tmp_path):
    """A report's numbered paragraphs ('1.1 Leaders have …') are no rows: their words run on across the page."""
    paragraphs = [
        "1.1 Leaders have a clear understanding of the service and its strengths and its weaknesses.",
        "1.2 Managers oversee the work of social workers well, and supervision is regular and reflective.",
        "1.3 Children in care live in stable homes; most have lived with the same carers for two years.",
    ]
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([[line for line in OPENING.split("\n") if line] + paragraphs]))
    doc = read_document(path, path.name)
    assert "\t" not in doc.text and extract_document(doc).actions == []
