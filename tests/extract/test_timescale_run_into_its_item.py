"""A 2009–12 report's 'Areas for improvement' whose timescale runs into the item's line ('Immediately: ensure that …',
'Within three months: ensure that …') rather than heading the items on a line of its own (unseen tester helper-224,
slac-inline-timescale): the timescale had stayed in the item's text and no fo:timescale nor due date was recorded.
Both layouts give the same items, timescales and due dates; the item's text and quote start after the timescale."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TOP = [
    "Inspection of safeguarding and looked after children services",
    "Eastmoor",
    "Inspection dates: 6 - 17 June 2011",
    "Reporting inspector: Chris Example HMI",
    "Published: 29 July 2011",
    "Safeguarding services",
    "Overall effectiveness: adequate",
    "Areas for improvement",
    "7. In order to improve the quality of provision and services for safeguarding children and young people in",
    "Eastmoor, the local authority and its partners should take the following action.",
]
INLINE = [
    "Immediately: ensure that every contact is screened by a qualified social worker on the day it",
    "is received.",
    "Within three months: ensure that strategy discussions are held with the police for every child",
    "at risk of significant harm.",
    "Within three months: improve the recording of management decisions on case files.",
    "Within six months: review the arrangements for the emergency duty team.",
]
APART = [
    "Immediately:",
    "ensure that every contact is screened by a qualified social worker on the day it",
    "is received.",
    "Within three months:",
    "ensure that strategy discussions are held with the police for every child",
    "at risk of significant harm.",
    "improve the recording of management decisions on case files.",
    "Within six months:",
    "review the arrangements for the emergency duty team.",
]
END = ["Record of main findings"]
EXPECTED = [
    (
        "ensure that every contact is screened by a qualified social worker on the day it is received.",
        "Immediately",
        date(2011, 7, 29),
    ),
    (
        "ensure that strategy discussions are held with the police for every child at risk of significant harm.",
        "Within three months",
        date(2011, 10, 29),
    ),
    ("improve the recording of management decisions on case files.", "Within three months", date(2011, 10, 29)),
    ("review the arrangements for the emergency duty team.", "Within six months", date(2012, 1, 29)),
]


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
@pytest.mark.parametrize("items", [INLINE, APART], ids=["inline", "apart"])
def test_the_timescale_before_an_item_on_its_line_is_the_items_timescale(tmp_path, suffix, items):
    lines = TOP + items + END
    path = tmp_path / f"eastmoor-slac{suffix}"
    if suffix == ".pdf":
        path.write_bytes(make_pdf([lines]))
    else:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [(" ".join(r.text.split()), r.timescale, r.due_by) for r in recs] == EXPECTED
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()
