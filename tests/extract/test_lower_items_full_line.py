"""A SLAC report's 'Areas for improvement' whose bullets were drawn as pictures (no glyph in the text) and whose
items open in lower case with their verb and end without a stop: the next item starts at a line that opens so
('ensure that …') even where the item before ends on a line that nearly fills the list's width; a line that goes on
with the sentence above ('… so that managers can' / 'ensure that …') does not (a council never tuned on)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEAD = [
    "Inspection of safeguarding and looked after",
    "children services",
    "Westmere County Council",
    "Inspection dates: 7 - 18 March 2011",
    "Reporting inspector: Chris Dale HMI",
    "Published: 22 April 2011",
    "Services for looked after children",
    "Overall effectiveness Grade 3 (adequate)",
    "Areas for improvement",
    "8. In order to improve the quality of provision and services for looked after children and care",
    "leavers in Westmere, the local authority and its partners should take the following action.",
    "Within six months:",
]
END = ["Record of main findings"]


def _recs(tmp_path, items):
    path = tmp_path / "westmere-slac.pdf"
    path.write_bytes(make_pdf([[*HEAD, *items, *END]]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
    return recs


def test_an_item_opening_with_its_verb_after_a_full_line_is_the_next_item(tmp_path):
    first = [
        "improve the quality of pathway plans for care leavers so that they are specific, measurable",
        "and address young people's accommodation, education, employment and training needs",
    ]
    second = [
        "ensure that personal education plans are completed for all looked after children and that",
        "they contain targets to improve attainment",
    ]
    recs = _recs(tmp_path, [*first, *second])
    assert [r.text.replace("’", "'") for r in recs] == [" ".join(first), " ".join(second)]
    assert [r.identifier for r in recs] == ["lac-1", "lac-2"]
    assert [r.timescale for r in recs] == ["Within six months", "Within six months"]


def test_a_verb_that_goes_on_with_the_sentence_above_opens_no_item(tmp_path):
    item = [
        "improve the recording of management decisions on children's files so that social work managers can",
        "ensure that every child's plan is reviewed within timescales and progress is tracked by managers",
    ]
    recs = _recs(tmp_path, item)
    assert [r.text.replace("’", "'") for r in recs] == [" ".join(item)]
