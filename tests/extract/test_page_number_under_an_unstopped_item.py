"""A page's number printed at the foot of a page under a list item that ends without a stop ('… within 15 working
days' / '1'; tester bb307's cp-overall, where it ended the item's text): the number is no word of the item where the
document ends there (over a page break the list's next item already ended it)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

FIRST = [
    "Inspection of local authority arrangements for the",
    "protection of children",
    "Exampleton",
    "Inspection dates: 8 - 19 April 2013",
    "Report published: 24 May 2013",
    "Inspection judgements",
    "Overall effectiveness Adequate",
    "Areas for improvement",
    "Within three months:",
    "ensure that strategy discussions involve the police and health professionals in every",
    "case",
    "ensure that the outcomes of child protection conferences are shared with families within 15",
    "working days",
    "1",
]


def test_the_page_number_at_the_documents_end_is_no_word_of_the_item(tmp_path):
    path = tmp_path / "exampleton-cp.pdf"
    path.write_bytes(make_pdf([FIRST]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()
    assert [" ".join(r.text.split()) for r in recs] == [
        "ensure that strategy discussions involve the police and health professionals in every case",
        "ensure that the outcomes of child protection conferences are shared with families within 15 working days",
    ]
