"""A recommendation list printed as a table of a number's column and the recommendation's, with no timescale column
('No. | Recommendation', 'Ref | Area for improvement'): as a Markdown or text copy keeps it (a tab or a rule between
the cells), as a web page gives it (a cell a line) and as a PDF prints it. The list had been lost whole at its header
row, each row a bare number before words that ask nothing; now each row is an item, numbered as the table numbers it
and quoted without its number."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant
from tests.pdfmaker import make_table_pdf

ILACS = DATA / "other_councils" / "torbay_ilacs_report_2024.txt"
HEADING = "What needs to improve in this area of social care practice?"
ITEMS = [
    "The quality and timeliness of assessments for children in need of help and protection.",
    "Management oversight and supervision of frontline practice, so that plans progress without drift.",
    "The sufficiency of local placements for children in care, including for older children.",
]


def _report(rows: str) -> str:
    text = ILACS.read_text(encoding="utf-8")
    start = text.index(HEADING)
    end = text.index("The experiences and progress of children who need help and protection:")
    return text[:start] + HEADING + "\n" + rows + "\n\n" + text[end:]


def _check(doc, recs) -> None:
    assert [(r.identifier, " ".join(r.text.split())) for r in recs] == [(str(n), t) for n, t in enumerate(ITEMS, start=1)]
    for item in recs:
        quoted = " ".join(doc.text[s.start : s.end] for s in item.spans)
        assert quoted.split() == item.text.split()  # offsets: the quote is the document's own characters


@pytest.mark.parametrize(
    "header,cut",
    [
        ("| No. | Recommendation |\n|---|---|", " | "),
        ("| Ref | Area for improvement |\n| --- | --- |", " | "),
        ("No.\tRecommendation", "\t"),
        ("Number    Recommendations", "    "),
    ],
)
def test_a_table_of_numbered_rows_without_a_timescale_gives_each_row_as_an_item(tmp_path, header, cut):
    piped = header.startswith("|")
    rows = "\n".join(f"| {n} | {t} |" if piped else f"{n}{cut}{t}" for n, t in enumerate(ITEMS, start=1))
    name = ILACS.with_suffix(".md").name if piped else ILACS.name
    doc, part = _variant(tmp_path, name, _report(f"{header}\n{rows}"))
    _check(doc, part.recommendations)


def test_a_web_page_table_a_cell_a_line_gives_each_row_as_an_item(tmp_path):
    cells = "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in enumerate(ITEMS, start=1))
    text = _report("@@TABLE@@")
    before, after = text.split("@@TABLE@@")
    page = (
        "<html><body>"
        + "".join(f"<p>{line}</p>" for line in before.splitlines() if line.strip())
        + f"<table><tr><th>No.</th><th>Recommendation</th></tr>{cells}</table>"
        + "".join(f"<p>{line}</p>" for line in after.splitlines() if line.strip())
        + "</body></html>"
    )
    doc, part = _variant(tmp_path, ILACS.with_suffix(".html").name, page)
    _check(doc, part.recommendations)


def test_a_pdf_table_of_numbered_rows_gives_each_row_as_an_item(tmp_path):
    lines = [line for line in _report("").splitlines() if line.strip()]
    at = lines.index(HEADING) + 1
    rows: list = [("No.", "Recommendation")]
    for n, text in enumerate(ITEMS, start=1):
        cut = text.rfind(" ", 0, 55)
        rows.append((str(n), [text[:cut], text[cut + 1 :]] if len(text) > 55 else text))
    path = tmp_path / ILACS.with_suffix(".pdf").name
    path.write_bytes(make_table_pdf([lines[:at] + rows + lines[at:]], (72, 110)))
    doc = read_document(path, path.name)
    _check(doc, extract_document(doc).recommendations)
