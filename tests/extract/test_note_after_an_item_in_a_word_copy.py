"""A report pasted into Word keeps each paragraph a paragraph, and a page's footnote ('Children in care in Northmoor
are known locally as our children …'), with its mark or without, lands as a paragraph of its own right after a
numbered recommendation. The Word reader gives each paragraph a line with no blank line between, so the note was
read as the item's further sentence and appended to its text (or, with its mark, ended the list: every item after
it lost). A paragraph that asks nothing and ends a sentence, after an item of one paragraph, with the next number
after it asking, is now passed over as the text copy's note is; a paragraph that goes on with the item ('This
includes …', '… should …') stays its words, and the report's numbered findings after the list still end it."""

from __future__ import annotations

import docx
import pytest

from findings.extract.document import extract_document
from findings.read import read_document

NOTE = (
    "Children in care in Northmoor are known locally as our children, a term chosen by the children in care council. "
    "This report uses it where it can."
)
ITEMS = [
    "Ensure that strategy discussions include the police and health partners in every case.",
    "Improve the timeliness of initial health assessments for children coming into care.",
    "Strengthen the oversight of children placed at home under a care order.",
    "Increase the number of care leavers in education, employment or training.",
]
HEAD = [
    "Northmoor City Council",
    "Inspection of services for children in need of help and protection, children looked after and care leavers",
    "Inspection dates: 9 June 2014 to 2 July 2014",
    "Lead inspector: Robin Hale HMI",
    "Overall effectiveness Requires improvement",
    "What does the local authority need to improve?",
    "Areas for improvement",
]
FINDINGS = [
    "Summary for children and young people",
    "5. Most children are safe and their social workers know them well.",
    "6. Leaders know the service's strengths and weaknesses.",
]


def _recs(tmp_path, paragraphs: list[str]) -> list[tuple[str, str]]:
    paper = docx.Document()
    for paragraph in paragraphs:
        paper.add_paragraph(paragraph)
    path = tmp_path / "children's services inspection - 1 august 2014.docx"
    paper.save(path)
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # each quote is the item's own words: nothing of the note
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()
    return [(r.identifier, " ".join(r.text.split())) for r in recs]


def _numbered(after: int, between: list[str]) -> list[str]:
    items = [f"{n}. {text}" for n, text in enumerate(ITEMS, start=1)]
    return HEAD + items[:after] + between + items[after:]


@pytest.mark.parametrize("mark", ["", "1 ", "¹ "], ids=["no-mark", "its-number", "a-superscript"])
@pytest.mark.parametrize("after", [1, 2], ids=["after-the-first", "after-the-second"])
def test_a_note_after_a_numbered_item_is_no_words_of_it_and_the_list_goes_on(tmp_path, mark, after):
    got = _recs(tmp_path, _numbered(after, [mark + NOTE]) + FINDINGS)
    assert got == [(str(n), text) for n, text in enumerate(ITEMS, start=1)]


def test_a_note_then_a_sub_heading_before_the_next_item(tmp_path):
    got = _recs(tmp_path, _numbered(2, [NOTE, "Care leavers"]))
    assert got == [(str(n), text) for n, text in enumerate(ITEMS, start=1)]


@pytest.mark.parametrize(
    "further",
    [
        "This includes children who go missing from care for short periods.",
        "The partnership should report on this to the safeguarding board each quarter.",
    ],
)
def test_a_paragraph_that_goes_on_with_the_item_stays_its_words(tmp_path, further):
    got = _recs(tmp_path, _numbered(1, [further]))
    assert got[0] == ("1", f"{ITEMS[0]} {further}")
    assert [n for n, _ in got] == ["1", "2", "3", "4"]
