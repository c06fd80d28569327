"""A bulleted recommendation list that a page ends (a looked after children inspection of 2011–13, of a council never
tuned on): the item that ends the page does not take the next page's section heading, however many lines the heading
runs over; an item that goes on over the page keeps its words. The same as a PDF and as the PDF's text saved."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEADER = "Northumberland County Council Inspection of looked after children services {n}"
PAGES = [
    [
        "Inspection of looked after children",
        "services",
        "Northumberland County Council",
        "Inspection dates: 4 - 15 March 2013",
        "Published: 26 April 2013",
    ],
    [
        HEADER.format(n=2),
        "Areas for improvement",
        "21. In order to improve the quality of provision and services for looked after",
        "children and young people, the local authority should take the following action.",
        "Within three months:",
        "- Ensure that the health needs of children placed out of the area are",
        "assessed and met in a timely way",
        "- Review the arrangements for return interviews for children who go missing",
        "so that every child is offered one and what they say informs their plans and",
    ],
    [
        HEADER.format(n=3),
        "the response of partner agencies",
        "- Review the electronic recording system so that casework is not saved in",
        "different files",
    ],
    [
        HEADER.format(n=4),
        "Outcomes for looked after children and young",
        "people",
        "Grade 3 (Adequate)",
        "22. Outcomes for looked after children and young people are adequate.",
    ],
]


@pytest.mark.parametrize("form", ["pdf", "txt"])
def test_the_item_ending_a_page_does_not_take_the_next_heading(tmp_path, form):
    path = tmp_path / f"northumberland-2013.{form}"
    if form == "pdf":
        path.write_bytes(make_pdf(PAGES))
    else:  # the PDF's text as an analyst saves it: pages joined by form feeds
        path.write_text("\f".join("\n".join(page) for page in PAGES), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "Ensure that the health needs of children placed out of the area are assessed and met in a timely way",
        "Review the arrangements for return interviews for children who go missing so that every child is offered "
        "one and what they say informs their plans and the response of partner agencies",
        "Review the electronic recording system so that casework is not saved in different files",
    ]
    for rec in recs:
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans)
        assert quoted == rec.text  # the spans hold the item's words and nothing of the header between pages
