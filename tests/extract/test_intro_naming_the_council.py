"""A 2012 child protection report's list introduced by a sentence that names the council ('2. In order to improve
…, Northbay City Council and its partners should:') over its timescales' items ('Immediately:' / 'ensure …'): the
intro is no item and the items are read, as under '… the local authority should:' (a council never tuned on)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEAD = [
    "Inspection of local authority arrangements for",
    "the protection of children",
    "Northbay City Council",
    "Inspection dates: 5 November 2012 - 16 November 2012",
    "Lead inspector: Sam Carter HMI",
    "Published: 21 December 2012",
    "Overall effectiveness Adequate",
    "Areas for improvement",
    "2. In order to improve the quality of help and protection given to children, young people and their",
]
ITEMS = [
    "Immediately:",
    "ensure that all strategy discussions involve the police and health professionals and that",
    "decisions are recorded on the case file",
    "Within three months:",
    "improve the quality of child protection plans so that they are specific about what needs to",
    "change, who will do it and by when",
    "Record of main findings",
]


@pytest.mark.parametrize(
    "whom",
    [
        "families, Northbay City Council and its partners should:",
        "families, the London Borough of Northbay and its partners should:",
        "families, the local authority and its partners should:",
    ],
    ids=["city-council", "london-borough", "local-authority"],
)
def test_an_intro_naming_the_council_is_read_over_its_items(tmp_path, whom):
    path = tmp_path / "northbay-cp.pdf"
    path.write_bytes(make_pdf([[*HEAD, whom, *ITEMS]]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "ensure that all strategy discussions involve the police and health professionals and that decisions are recorded"
        " on the case file",
        "improve the quality of child protection plans so that they are specific about what needs to change, who will do"
        " it and by when",
    ]
    assert [r.timescale for r in recs] == ["Immediately", "Within three months"]
    for rec in recs:
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
