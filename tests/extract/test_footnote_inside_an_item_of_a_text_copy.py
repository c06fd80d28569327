"""A SIF report's text copied out of its PDF with no form feeds, its list cut by a page whose foot prints a footnote:
the footnote ('1 Ofsted produces this report …', '2 The Public Law Outline sets out …') and the page's furniture
(its number on a line of its own, a running header) are no words of the item they cut, the item keeps its last
words from the next page ('… at the right' / 'level.') and the list goes on. A footnote's mark stuck to a word
('Public Law Outline2 is used …') is left out of the item's text and of its quote."""

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
    "1. Ensure that managers and their partners share one understanding of the",
    "thresholds for early help, so that families are offered help at the right",
]
FOOTNOTE = [
    "1 Ofsted produces this report under its power to combine reports in accordance with section 152 of",
    "the Education and Inspections Act 2006.",
]
HEADER = "Inspection report: Northfold, 9 February 2015 – 5 March 2015"
AFTER = [
    "level.",
    "2. Ensure that care leavers are told of their entitlements in writing.",
    "The local authority’s strengths",
    "Staff know their children well.",
]
EXPECTED = [
    "Ensure that managers and their partners share one understanding of the thresholds for early help, so that families"
    " are offered help at the right level.",
    "Ensure that care leavers are told of their entitlements in writing.",
]


@pytest.mark.parametrize(
    "furniture", [["3"], ["3", HEADER, "4"], ["3", "", HEADER, "4"]], ids=["page-number", "number-header-number", "blank"]
)
def test_a_footnote_at_a_pages_foot_inside_an_item_is_no_word_of_it(tmp_path, furniture):
    path = tmp_path / "report.txt"
    path.write_text("\n".join([*TITLE, *FOOTNOTE, *furniture, *AFTER]) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == EXPECTED
    assert [r.identifier for r in recs] == ["1", "2"]
    for rec in recs:
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans)
        assert quoted == rec.text


GLUED = [
    *TITLE[:11],
    "1. Ensure that the Public Law Outline2 is used effectively so that children do not wait",
    "for",
    "2 The Public Law Outline sets out the duties of local authorities when they are thinking about taking a",
    "case to court.",
    "3",
    HEADER,
    "4",
    "permanence.",
    "2. Ensure that care leavers are told of their entitlements in writing.",
    "The local authority’s strengths",
    "Staff know their children well.",
]


@pytest.mark.parametrize("feed", [False, True], ids=["no-form-feed", "form-feed"])
def test_a_footnote_mark_stuck_to_a_word_is_no_word_of_the_item(tmp_path, feed):
    lines = list(GLUED)
    if feed:
        lines[lines.index(HEADER)] = "\f" + HEADER
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "Ensure that the Public Law Outline is used effectively so that children do not wait for permanence.",
        "Ensure that care leavers are told of their entitlements in writing.",
    ]
    quoted = [doc.text[s.start : s.end] for s in sorted(recs[0].spans, key=lambda s: s.start)]
    assert quoted[:2] == ["Ensure that the Public Law Outline", "is used effectively so that children do not wait\nfor"]
    assert "2" not in "".join(quoted)  # the mark is in no span
