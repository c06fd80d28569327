"""Footnote marks inside a list's items, as a browser prints a superscript and a PDF's text sets it apart from the
word it follows ('… the Multi-Agency Safeguarding Hub' / '1 applies thresholds …', or '2' on a line of its own),
with the footnotes at the page's foot: the marks are no words of the items and their quotes leave them out, the
items stay apart, and an older framework's running header ('Inspection of local authority arrangements for the
protection of children: Eastport'), which the print may set among the footnotes, is no word of the item the page
cuts (a council never tuned on)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEAD = [
    "Inspection of local authority arrangements for",
    "the protection of children",
    "Eastport City Council",
    "Inspection dates: 5 November 2012 - 16 November 2012",
    "Lead inspector: Sam Carter HMI",
    "Published: 21 December 2012",
    "Overall effectiveness Adequate",
    "Areas for improvement",
    "2. In order to improve the quality of help and protection given to children, young people and their",
    "families, the local authority and its partners should take the following action.",
    "Within three months:",
    "ensure that the Multi-Agency Safeguarding Hub",
    "1 applies thresholds consistently and that",
    "referrers receive timely feedback on the outcome of their referral",
    "ensure that the Common Assessment Framework",
    "2",
    "is used consistently by partner agencies",
    "so that",
]
REST = [
    "families receive early help at the right time",
    "improve the quality of child protection plans so that they are specific about what needs to",
    "change, who will do it and by when",
    "Record of main findings",
]
NOTES = [
    "1 The Multi-Agency Safeguarding Hub (MASH) brings together professionals to share information.",
    "2 The Common Assessment Framework (CAF) is a shared assessment tool.",
]
HEADER = "Inspection of local authority arrangements for the protection of children: Eastport"
EXPECTED = [
    "ensure that the Multi-Agency Safeguarding Hub applies thresholds consistently and that referrers receive timely"
    " feedback on the outcome of their referral",
    "ensure that the Common Assessment Framework is used consistently by partner agencies so that families receive"
    " early help at the right time",
    "improve the quality of child protection plans so that they are specific about what needs to change, who will do it"
    " and by when",
]


@pytest.mark.parametrize("paged", [False, True], ids=["one-page", "over-a-page"])
def test_footnote_marks_are_no_words_of_the_items(tmp_path, paged):
    if paged:
        pages = [[*HEAD, HEADER, *NOTES, "Inspection report: Eastport City Council, 5 - 16 November 2012 2"], [*REST, HEADER]]
    else:
        pages = [[*HEAD, *REST, *NOTES]]
    path = tmp_path / "eastport-cp.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == EXPECTED
    assert [r.identifier for r in recs] == ["1", "2", "3"]
    for rec in recs:  # each quote is the item's own words at its offsets: no mark, footnote or header between
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text


def test_a_figure_after_a_word_that_takes_one_is_the_items(tmp_path):
    items = [
        "ensure that the pathway plans of care leavers aged",
        "18 and over address their accommodation needs",
        "Record of main findings",
    ]
    path = tmp_path / "eastport-cp.pdf"
    path.write_bytes(make_pdf([[*HEAD[:11], *items, "18 The age at which a young person leaves care."]]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "ensure that the pathway plans of care leavers aged 18 and over address their accommodation needs"
    ]
