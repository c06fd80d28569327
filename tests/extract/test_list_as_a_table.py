"""A recommendation list printed as a table, each item's timescale in a cell beside it (helper-154 varied the
bundled reports so): 'Recommendation | Timescale' over rows, as a text copy keeps them (a tab between the cells), as
a web page's table gives them (a cell a line) and as a PDF prints them (the cells side by side, the item wrapped in its
column). The list had been lost whole at its header row; now each row is an item with its own timescale, quoted
without it."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant
from tests.pdfmaker import make_table_pdf

ILACS = DATA / "other_councils" / "torbay_ilacs_report_2024.txt"
HEADING = "What needs to improve in this area of social care practice?"
ITEMS = [
    ("Ensure that return home interviews are offered to every child who goes missing from home or care.", "Immediately"),
    ("Improve the quality of assessments and plans for disabled children.", "Within three months"),
    ("The sufficiency of suitable accommodation for care leavers.", "Within six months"),
]


def _report(rows: str) -> str:
    text = ILACS.read_text(encoding="utf-8")
    start = text.index(HEADING)
    end = text.index("The experiences and progress of children who need help and protection:")
    return text[:start] + "Recommendations\n" + rows + "\n" + text[end:]


def _check(doc, recs) -> None:
    assert [(r.identifier, r.text, r.timescale) for r in recs] == [(str(n), t, w) for n, (t, w) in enumerate(ITEMS, start=1)]
    for item in recs:
        quoted = " ".join(doc.text[s.start : s.end] for s in item.spans)
        assert quoted.split() == item.text.split()


@pytest.mark.parametrize(
    "header",
    [
        "Recommendation\tTimescale",
        "Recommendations\tBy when",
        "No.\tRecommendation\tTimescale",
        "Area for improvement  Timescale",
    ],
)
def test_a_table_of_rows_a_line_each_gives_each_item_its_timescale(tmp_path, header):
    numbered = header.startswith("No.")
    rows = "\n".join(f"{n}\t{t}\t{w}" if numbered else f"{t}\t{w}" for n, (t, w) in enumerate(ITEMS, start=1))
    doc, part = _variant(tmp_path, ILACS.name, _report(f"{header}\n{rows}"))
    _check(doc, part.recommendations)


def test_a_table_given_a_cell_a_line_gives_each_item_its_timescale(tmp_path):
    rows = "\n".join(f"{t}\n{w}" for t, w in ITEMS)
    doc, part = _variant(tmp_path, ILACS.name, _report(f"Recommendation\nTimescale\n{rows}"))
    _check(doc, part.recommendations)


def test_a_pdf_table_whose_items_wrap_in_their_column_gives_each_item_its_timescale(tmp_path):
    lines = [line for line in _report("").splitlines() if line.strip()]
    at = lines.index("Recommendations") + 1
    rows: list = [("Recommendation", "Timescale")]
    for text, when in ITEMS:
        cut = text.rfind(" ", 0, 55)
        rows.append(([text[:cut], text[cut + 1 :]] if len(text) > 55 else text, when))
    pages = [lines[:at] + rows + lines[at:]]
    path = tmp_path / ILACS.with_suffix(".pdf").name
    path.write_bytes(make_table_pdf(pages, (72, 400)))
    from findings.extract.document import extract_document
    from findings.read import read_document

    doc = read_document(path, path.name)
    _check(doc, extract_document(doc).recommendations)


def test_a_timescale_heading_over_items_is_still_a_heading_without_a_table(tmp_path):
    rows = "Within three months:\n" + "\n".join(t for t, _ in ITEMS)
    _, part = _variant(tmp_path, ILACS.name, _report(rows))
    assert [r.timescale for r in part.recommendations] == ["Within three months"] * 3
