"""A list of recommendations that breaks over a page under the council's running head (a browser's PDF: the head set
at the page's top, or its foot, between one timescale's item and the next timescale) goes on past it: the next
timescale and its item are read, and the running head's words are no item's."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

PAGE_ONE = [
    "Inspection of safeguarding and looked after children services",
    "Westmere",
    "Inspection dates: 8 - 19 March 2010",
    "Safeguarding services",
    "Overall effectiveness Grade 3 (adequate)",
    "Recommendations",
    "Immediately:",
    "Make sure that every child subject to a protection plan is visited at least every ten working",
    "days.",
]
HEAD = "Westmere Metropolitan Borough Council"
PAGE_TWO = ["Within three months:", "Review the threshold for access to early help services with all partners."]


@pytest.mark.parametrize(
    "pages",
    [
        [PAGE_ONE, [HEAD, *PAGE_TWO]],  # the head at the top of the next page
        [[*PAGE_ONE, HEAD], PAGE_TWO],  # or at the foot of the page before
    ],
)
def test_the_list_goes_on_past_a_running_head_at_a_page_break(tmp_path, pages):
    path = tmp_path / "westmere-2010.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [(r.text, r.timescale) for r in recs] == [
        (
            "Make sure that every child subject to a protection plan is visited at least every ten working days.",
            "Immediately",
        ),
        ("Review the threshold for access to early help services with all partners.", "Within three months"),
    ]
    for rec in recs:  # each item points at the very characters it was read from, none of the running head's
        assert " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans) == rec.text
