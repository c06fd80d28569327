"""A SIF report's text copied out of its PDF with no form feeds, whose running header names the report, the council
and the fieldwork ('Inspection report: Northfold, 9 February 2015 – 5 March 2015') with its page's number on a line
below it: the header and its number are page furniture, not the end of the list, whether they stand between the
list's heading and its first item (printed once) or inside an item, a page's number above them too."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

TITLE = [
    "Northfold",
    "Inspection of services for children in need of help and protection, children looked after",
    "and care leavers",
    "and",
    "Review of the effectiveness of the Local Safeguarding Children Board",
    "Inspection date: 9 February 2015 – 5 March 2015",
    "Report published: 21 April 2015",
    "Children’s services in Northfold require improvement",
    "1. Children who need help and protection Requires improvement",
    "What does the local authority need to improve?",
    "Areas for improvement",
]
HEADER = "Inspection report: Northfold, 9 February 2015 – 5 March 2015"
UNDER_HEADING = [
    HEADER,
    "5",
    "1. Ensure that strategy discussions include the police and health partners.",
    "2. Ensure that care leavers are told of their entitlements in writing.",
]
INSIDE_AN_ITEM = [
    "1. Ensure that strategy discussions include the police and health partners.",
    "2. Ensure that children placed at a distance are visited by their social worker",
    "within the statutory",
    "5",
    HEADER,
    "6",
    "timescales.",
]
AFTER = ["The local authority’s strengths", "Staff know their children well."]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            UNDER_HEADING,
            [
                "Ensure that strategy discussions include the police and health partners.",
                "Ensure that care leavers are told of their entitlements in writing.",
            ],
        ),
        (
            INSIDE_AN_ITEM,
            [
                "Ensure that strategy discussions include the police and health partners.",
                "Ensure that children placed at a distance are visited by their social worker within the statutory timescales.",
            ],
        ),
    ],
    ids=["under-the-heading", "inside-an-item"],
)
def test_the_header_and_its_page_number_are_no_words_of_the_list(tmp_path, items, expected):
    path = tmp_path / "report.txt"
    path.write_text("\n".join([*TITLE, *items, *AFTER]) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == expected
    assert [r.identifier for r in recs] == ["1", "2"]
    for rec in recs:
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans)
        assert quoted == rec.text  # nothing of the header or the page numbers in any span
