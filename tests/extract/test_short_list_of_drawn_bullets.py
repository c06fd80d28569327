"""A short report's 'Areas for improvement' whose bullets were drawn as pictures (no glyph in the text), its items in
lower case with their verb and no stop (helper-259): the list of two short items has too few lines of its own to show
the page's width, so a line is judged short against the text column, which the paragraph above shows where it wraps
('… should take the' / 'following action.'); and an item opening with a verb that is never a noun ('strengthen …')
opens the next item even after a line that fills the column. A line that goes on with the sentence above ('… to' /
'improve …', '… the child protection' / 'plan …') still opens none (a council never tuned on)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEAD = [
    "Inspection of local authority arrangements for the protection of children",
    "Eastwold Borough Council",
    "Inspection dates: 14 - 25 January 2013",
    "Published: 22 March 2013",
    "Areas for improvement",
    "1. In order to improve the protection of children in Eastwold the local authority and its partners should take the",
    "following action.",
    "Within three months:",
]


def _recs(tmp_path, items, head=HEAD):
    path = tmp_path / "eastwold-cp.pdf"
    path.write_bytes(make_pdf([[*head, *items]]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
    return [rec.text.replace("’", "'") for rec in recs]


FIRST = "ensure that child protection plans set out clear, measurable outcomes for children"


def test_two_short_items_under_a_wrapped_paragraph_are_two(tmp_path):
    second = "improve the quality and consistency of recording of management decisions"
    assert _recs(tmp_path, [FIRST, second]) == [FIRST, second]


def test_the_second_opening_ensure_that_is_an_item_of_its_own(tmp_path):
    second = "ensure that managers record the reasons for their decisions on every child's file"
    assert _recs(tmp_path, [FIRST, second]) == [FIRST, second]


def test_a_second_item_that_wraps_is_an_item_of_its_own(tmp_path):
    second = [
        "improve the quality and consistency of recording of management decisions so that the reasons for each",
        "decision are clear to the child and family",
    ]
    assert _recs(tmp_path, [FIRST, *second]) == [FIRST, " ".join(second)]


def test_an_item_opening_with_a_verb_never_a_noun_follows_a_full_line(tmp_path):
    head = [
        *HEAD[:5],
        "7. In order to improve the quality of provision and services for safeguarding children and young people in",
        "Eastwold, the local authority and its partners should take the following action.",
        "Within three months:",
    ]
    first = "ensure that initial assessments are completed within seven working days and record the child's own views"
    second = ["strengthen management oversight in the duty and assessment teams so that the reasons for decisions", "are written"]
    assert _recs(tmp_path, [first, *second], head) == [first, " ".join(second)]


def test_a_verb_that_goes_on_with_the_sentence_above_opens_no_item(tmp_path):
    item = [
        "ensure that child protection plans set out clear outcomes and that partners work closely together to",
        "improve the quality and consistency of recording of management decisions",
    ]
    assert _recs(tmp_path, item) == [" ".join(item)]


def test_a_noun_wrapped_over_a_line_opens_no_item(tmp_path):
    item = [
        "ensure that every child has an up to date assessment whose actions are set out in the child protection",
        "plan agreed at conference",
    ]
    assert _recs(tmp_path, item) == [" ".join(item)]
