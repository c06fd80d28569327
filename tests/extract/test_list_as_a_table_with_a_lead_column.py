"""A recommendation list printed as a table with a column naming who leads each item beside the number's and the
item's ('No. | Recommendation | Lead', 'Ref | Area for improvement | Responsible officer', perhaps a timescale's
too), as a Markdown copy, a text copy with the table's rules kept ('| 1 | … | … |'), a Word table or a plain text
copy with a tab or a run of spaces between the cells. The list had been lost whole at its header row; now each row
is one item, numbered as the table numbers it, its quote the item's cell alone, never the lead's name."""

from __future__ import annotations

import docx
import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant

ILACS = DATA / "other_councils" / "torbay_ilacs_report_2024.txt"
HEADING = "What needs to improve in this area of social care practice?"
ITEMS = [
    "Strengthen the response to children who go missing, so that every return interview informs their plan.",
    "The consistency of supervision for social workers in the disabled children's team.",
    "Ensure that pathway plans are written with care leavers and reviewed when their circumstances change.",
]
LEADS = ["Head of Safeguarding", "", "Service Manager, Leaving Care"]
WHEN = ["Immediately", "Within three months", "Within six months"]


def _report(rows: str) -> str:
    text = ILACS.read_text(encoding="utf-8")
    start = text.index(HEADING)
    end = text.index("The experiences and progress of children who need help and protection:")
    return text[:start] + HEADING + "\n" + rows + "\n\n" + text[end:]


def _check(doc, recs, timescales: bool = False) -> None:
    got = [(r.identifier, " ".join(r.text.split())) + ((r.timescale,) if timescales else ()) for r in recs]
    assert got == [(str(n), t) + ((w,) if timescales else ()) for n, (t, w) in enumerate(zip(ITEMS, WHEN, strict=True), start=1)]
    for item in recs:
        quoted = " ".join(doc.text[s.start : s.end] for s in item.spans)
        assert quoted.split() == item.text.split()  # offsets: the quote is the document's own characters
        assert not any(lead and lead in quoted for lead in LEADS)


@pytest.mark.parametrize(
    "suffix,header,row",
    [
        (".md", "| No. | Recommendation | Lead |\n|---|---|---|", "| {n} | {t} | {lead} |"),
        (".md", "| Ref | Area for improvement | Lead officer |\n| :-- | :-- | :-- |", "| {n} | {t} | {lead} |"),
        (".txt", "| No. | Recommendation | Responsible officer |\n|-----|-----|-----|", "| {n} | {t} | {lead} |"),
        (".txt", "No.\tAreas for improvement\tOwner", "{n}\t{t}\t{lead}"),
        (".txt", "Ref     Recommendation      Lead", "{n}     {t}      {lead}"),
    ],
)
def test_a_table_with_a_lead_column_gives_each_row_as_an_item_without_its_lead(tmp_path, suffix, header, row):
    cells = enumerate(zip(ITEMS, LEADS, strict=True), start=1)
    rows = "\n".join(row.format(n=n, t=t, lead=lead or " ") for n, (t, lead) in cells)
    doc, part = _variant(tmp_path, ILACS.with_suffix(suffix).name, _report(f"{header}\n{rows}"))
    _check(doc, part.recommendations)


@pytest.mark.parametrize(
    "header,row",
    [
        ("No.\tRecommendation\tLead\tTimescale", "{n}\t{t}\t{lead}\t{when}"),
        ("Recommendation\tBy when\tResponsible officer", "{t}\t{when}\t{lead}"),
        ("| Ref | Area for improvement | Timescale | Lead |\n| --- | --- | --- | --- |", "| {n} | {t} | {when} | {lead} |"),
    ],
)
def test_a_lead_column_beside_a_timescale_leaves_each_item_its_timescale(tmp_path, header, row):
    cells = enumerate(zip(ITEMS, LEADS, WHEN, strict=True), start=1)
    rows = "\n".join(row.format(n=n, t=t, lead=lead, when=when) for n, (t, lead, when) in cells)
    doc, part = _variant(tmp_path, ILACS.name, _report(f"{header}\n{rows}"))
    _check(doc, part.recommendations, timescales=True)


def test_a_word_table_with_a_lead_column_gives_each_row_as_an_item(tmp_path):
    document = docx.Document()
    before, after = _report("@@TABLE@@").split("@@TABLE@@")
    for line in before.splitlines():
        if line.strip():
            document.add_paragraph(line)
    table = document.add_table(rows=1, cols=3)
    for cell, name in zip(table.rows[0].cells, ("No.", "Recommendation", "Lead"), strict=True):
        cell.text = name
    for n, (t, lead) in enumerate(zip(ITEMS, LEADS, strict=True), start=1):
        for cell, value in zip(table.add_row().cells, (str(n), t, lead), strict=True):
            cell.text = value
    for line in after.splitlines():
        if line.strip():
            document.add_paragraph(line)
    path = tmp_path / ILACS.with_suffix(".docx").name
    document.save(path)
    doc = read_document(path, path.name)
    _check(doc, extract_document(doc).recommendations)
