"""A council's plan table exported to PDF runs over pages, and Word repeats its heading row only when told to: the
rows on the next page, under the page's running header or under nothing, had been dropped (a PDF's form feed ended
the table as a Word table's end does), and a page number at the page's foot could make the columns be measured in
characters, running the lead into the due date on every row. Both are read now (findings/extract/table_plan.py,
findings/read/pdf_tables.py)."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from findings.build import build
from tests.pdfmaker import make_table_pdf

REPORT = """Inspection of Brackenford local authority children's services

Inspection dates: 10 to 21 June 2024
Lead inspector: Pat Quill, His Majesty's Inspector

Judgement Grade
The impact of leaders on social work practice with children and families Requires improvement to be good
The experiences and progress of children who need help and protection Requires improvement to be good
The experiences and progress of children in care Good
The experiences and progress of care leavers Good
Overall effectiveness Requires improvement to be good

What needs to improve?

- The consistency of return home interviews for children who go missing.
- The quality of plans for children in need, so that they say who does what by when.
- The sufficiency of foster homes for brothers and sisters.
"""

HEAD = ["No.", "Recommendation", "Action", "Lead", "Target date", "RAG"]
ROWS = [
    [
        "1",
        "Return home interviews",
        "Offer every child an interview within 72 hours of coming home.",
        "Head of Early Help",
        "30/09/2024",
        "Green",
    ],
    [
        "1",
        "Return home interviews",
        "Report completion rates to the partnership monthly.",
        "Performance Manager",
        "31/10/2024",
        "Amber",
    ],
    [
        "2",
        "Plans for children in need",
        "Train team managers in the new plan template.",
        "Principal Social Worker",
        "31/12/2024",
        "Green",
    ],
    [
        "3",
        "Foster homes for siblings",
        "Recruit eight carers able to take brothers and sisters.",
        "Fostering Service Manager",
        "31/03/2025",
        "Red",
    ],
]
COLUMNS = (40, 70, 190, 330, 440, 510)
WIDTHS = (4, 18, 24, 18, 10, 6)
WANT = [
    ("Head of Early Help", date(2024, 9, 30)),
    ("Performance Manager", date(2024, 10, 31)),
    ("Principal Social Worker", date(2024, 12, 31)),
    ("Fostering Service Manager", date(2025, 3, 31)),
]


def _row(cells: list[str]) -> tuple[list[str], ...]:
    return tuple(textwrap.wrap(cell, width) or [""] for cell, width in zip(cells, WIDTHS, strict=True))


def _pages(header: list[str], footer: bool) -> list[list]:
    top = ["Brackenford Council", "Improvement plan in response to the Ofsted inspection, June 2024", ""]
    foot = (lambda n: [""] * 28 + [f"Page {n} of 2"]) if footer else (lambda n: [])
    first = [*header, *top, _row(HEAD), *(_row(r) for r in ROWS[:2]), *foot(1)]
    second = [*header, *(_row(r) for r in ROWS[2:]), *foot(2)]
    return [first, second]


@pytest.mark.parametrize(
    ("header", "footer"),
    [([], False), (["Brackenford Council: children's services improvement plan"], False), ([], True)],
    ids=["bare", "running-header", "page-numbers"],
)
def test_a_plan_table_over_two_pages_without_its_heading_row_again_keeps_every_action(tmp_path, header, footer):
    (tmp_path / "children's services inspection - 19 july 2024.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "improvement plan.pdf").write_bytes(make_table_pdf(_pages(header, footer), COLUMNS, size=9))
    actions = build([tmp_path]).extraction.actions
    assert [(a.lead, a.due_by) for a in actions] == WANT
    assert [a.identifier.split(".")[0] for a in actions] == ["1", "1", "2", "3"]
