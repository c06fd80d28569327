"""A 2009–13 report's list whose bullets were drawn as shapes (no glyph in the text) and whose items open in lower
case with their verb and end without a stop: an item ending at a page's foot on a word a verb may follow as its
subject ('… its impact on families') ends there when the next page, under its running header, opens with a verb
('ensure that …'); on one page such a line goes on ('… so that families' / 'improve …' is one item). Tester bb291: a
SLAC report's two items at a page break were read as one."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEADER = "Harrowby Borough Council Inspection of safeguarding and looked after children services {n}"
PAGES = [
    [
        "Inspection of safeguarding and looked",
        "after children services",
        "Harrowby Borough Council",
        "Inspection dates: 10 - 21 October 2011",
        "Published: 25 November 2011",
    ],
    [
        HEADER.format(n=2),
        "Areas for improvement",
        "7. In order to improve the quality of provision and services for safeguarding children in Harrowby, the local",
        "authority and its partners should take the following action.",
        "Within three months:",
        "improve the timeliness of child protection conferences and the quality of the plans that",
        "are agreed at them",
        "ensure that the advice given to schools about neglect is consistent and shared with families",
    ],
    [
        HEADER.format(n=3),
        "ensure that supervision records show the reasons for decisions about each child",
        "strengthen the audit of case files so that the independent chairs of conferences and practitioners",
        "improve their oversight of plans that drift",
        "Services for looked after children",
        "Overall effectiveness",
        "Grade 2 (Good)",
    ],
]


@pytest.mark.parametrize("form", ["pdf", "txt"])
def test_a_page_break_ends_a_lower_case_item_before_the_next_pages_verb(tmp_path, form):
    path = tmp_path / f"harrowby-2011.{form}"
    if form == "pdf":
        path.write_bytes(make_pdf(PAGES))
    else:
        path.write_text("\n\f\n".join("\n".join(page) for page in PAGES) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "improve the timeliness of child protection conferences and the quality of the plans that are agreed at them",
        "ensure that the advice given to schools about neglect is consistent and shared with families",
        "ensure that supervision records show the reasons for decisions about each child",
        "strengthen the audit of case files so that the independent chairs of conferences and practitioners improve their"
        " oversight of plans that drift",
    ], form
    assert [r.spans[0].page for r in recs] == [2, 2, 3, 3], form
    for rec in recs:  # the items' own characters, nothing of the header between pages
        assert " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans) == rec.text
