"""An ILACS 'What needs to improve in this local authority?' list whose bullets a browser drew as pictures (no
glyph in the text), with an item that runs long: one sentence of some 60 words, a semicolon in it ('…; the
progress of plans should be tracked …'). It is an item like the others, first in the list or not, and a paragraph
of prose under the heading is still no item (a council never tuned on)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEAD = [
    "Metropolitan Borough of Eastvale",
    "Inspection of children's social care services",
    "Inspection dates: 3 June 2019 to 14 June 2019",
    "Lead inspector: Jo Burton, Her Majesty's Inspector",
    "Judgement Grade",
    "Overall effectiveness Good",
    "What needs to improve in this local authority?",
]
LONG = [
    "The quality and timeliness of assessments and plans for children in care, including their",
    "permanence plans, so that every child has a plan that is specific, measurable and reviewed",
    "regularly; the progress of plans should be tracked by managers and independent reviewing",
    "officers, who should challenge drift and delay in a timely way and escalate their concerns",
    "when progress is not being made for children.",
]
SHORT = [
    "The stability of placements for children in care, particularly for older children placed at a",
    "distance from Eastvale.",
]
END = ["© Crown copyright 2019"]


def _recs(tmp_path, lines):
    path = tmp_path / "eastvale-inspection.pdf"
    path.write_bytes(make_pdf([lines]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # each quote is the item's own words, at its offsets
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
    return recs


@pytest.mark.parametrize("long_first", [True, False], ids=["long-first", "long-second"])
def test_a_long_one_sentence_item_without_a_glyph_is_an_item(tmp_path, long_first):
    items = [LONG, SHORT] if long_first else [SHORT, LONG]
    recs = _recs(tmp_path, [*HEAD, *items[0], *items[1], *END])
    assert [r.text for r in recs] == [" ".join(item) for item in items]
    assert [r.identifier for r in recs] == ["1", "2"]


def test_a_long_paragraph_of_prose_under_the_heading_is_still_no_item(tmp_path):
    prose = [
        "Leaders have a clear understanding of where further development is required and demonstrate a clear",
        "ambition to continue to improve children's experiences; they analyse performance information alongside",
        "feedback from children, care-experienced young people, families and the workforce, giving them an",
        "up-to-date and realistic understanding of the quality and impact of the services they provide, and of the",
        "work still to do.",
    ]
    assert _recs(tmp_path, [*HEAD, *prose, *END]) == []
