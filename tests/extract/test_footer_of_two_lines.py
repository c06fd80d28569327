"""A report printed by a browser whose page footer wraps over two lines ('Northmoor County Council – Inspection of
services for children in need …' / 'and care leavers'), below the page's number and the header the print sets last
('Inspection report: Northmoor County Council'): the header, four lines from the page's foot, is furniture like the
rest, not words of the lettered sub-point the page cuts ('(b) … what needs to happen' / 'next and by when;'), in a
short report and a long one (a council never tuned on)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

FOOTER = [
    "Northmoor County Council - Inspection of services for children in need of help and protection, children looked after",
    "and care leavers",
]
HEADER = "Inspection report: Northmoor County Council"
FIRST = [
    "Northmoor County Council",
    "Inspection of services for children in need of help and protection, children looked after",
    "and care leavers",
    "Inspection date: 8 September 2014 - 2 October 2014",
    "Report published: 19 November 2014",
    "Children's services in Northmoor require improvement Requires improvement",
]
LIST = [
    "What does the local authority need to improve?",
    "Areas for improvement",
    "1. Improve the quality of management oversight and supervision so that:",
    "(a) supervision is regular, reflective and recorded on the child's file;",
    "(b) managers' decisions set out clearly what needs to happen",
]
REST = [
    "next and by when;",
    "(c) the impact of supervision on children's progress is evaluated.",
    "2. Improve pathway plans so that they address care leavers' accommodation and employment",
    "needs.",
    "Inspection team",
    "Lead inspector: Rachel Holden HMI",
    "© Crown copyright 2014",
]
FILLER = [
    "Summary of findings",
    "Children receive help from staff who know them well, and their views are recorded in most plans.",
    "Managers have a clear understanding of the service and of the work still to do.",
]


@pytest.mark.parametrize("more", [0, 3], ids=["short-report", "long-report"])
def test_a_header_above_a_footer_of_two_lines_is_no_words_of_the_item(tmp_path, more):
    bodies = [FIRST, *([FILLER] * more), LIST, REST]
    pages = [[*body, *([HEADER] if n else []), str(n + 1), *FOOTER] for n, body in enumerate(bodies)]
    path = tmp_path / "northmoor-sif.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text.replace("’", "'") for r in recs] == [
        "Improve the quality of management oversight and supervision so that: (a) supervision is regular, reflective and"
        " recorded on the child's file; (b) managers' decisions set out clearly what needs to happen next and by when;"
        " (c) the impact of supervision on children's progress is evaluated.",
        "Improve pathway plans so that they address care leavers' accommodation and employment needs.",
    ]
    for rec in recs:
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
