"""A 'What needs to improve' list whose last item has no full stop, a section's heading right below it ('The timeliness
of permanence planning for children in care' over 'The experiences and progress of children who need help and' /
'protection: requires improvement to be good'): in a list whose bullets were drawn as pictures the line was read as a
heading (no stop, a capitalised line below) and the list ended above it, the item lost without a word (tester
helper-358, an ILACS report's PDF). An unstopped line after an ended item, over a section's start (a known section
heading, or a judgement's heading with its grade), is now the list's last item; with glyphs it already was."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Anyshire County Council
Inspection of children’s social care services
Inspection dates: 4 October to 15 October 2021
Lead inspector: Ann Example, Her Majesty’s Inspector
Judgement Grade
Overall effectiveness Requires improvement to be good
Since the last inspection in 2018, leaders have made progress in some areas.
What needs to improve
{bullet}The quality of management oversight and supervision in the children in need
teams.
{bullet}The response to children at risk of criminal exploitation, including the quality
of return home interviews for children who go missing from home or care.
{bullet}{last}
{heading}
{paragraphs}
"""
ITEMS = [
    "The quality of management oversight and supervision in the children in need teams.",
    "The response to children at risk of criminal exploitation, including the quality of return home interviews for "
    "children who go missing from home or care.",
]
LAST = {
    "one line": ("The timeliness of permanence planning for children in care", None),
    "two lines": (
        "The timeliness of permanence planning for children in care and for care\nleavers who are not in education",
        "The timeliness of permanence planning for children in care and for care leavers who are not in education",
    ),
}
HEADINGS = {
    "wrapped judgement heading": "The experiences and progress of children who need help and\n"
    "protection: requires improvement to be good",
    "one-line judgement heading": "The experiences and progress of children in care and care leavers: good",
    "judgement heading over its grade": "The experiences and progress of children who need help and protection\nGood",
    "report section heading": "Main findings",
}
PARAGRAPHS = {
    "numbered": "1. Management oversight in the children in need teams is not consistently effective.\n"
    "2. Return home interviews are not always completed for children who go missing.",
    "unnumbered": "Management oversight in the children in need teams is not consistently effective. Return home\n"
    "interviews are not always completed for children who go missing.",
}


def _recommendations(tmp_path, **parts: str) -> list[str]:
    path = tmp_path / "children's services inspection - 10 december 2021.txt"
    path.write_text(REPORT.format(**parts), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # each item's text is its lines' words, its spans the document's characters
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == " ".join(rec.text.split())
    return [" ".join(rec.text.split()) for rec in recs]


@pytest.mark.parametrize("paragraphs", sorted(PARAGRAPHS))
@pytest.mark.parametrize("heading", sorted(HEADINGS))
@pytest.mark.parametrize("last", sorted(LAST))
@pytest.mark.parametrize("bullet", ["", "• "])
def test_an_unstopped_last_item_over_a_section_heading_is_kept(tmp_path, bullet, last, heading, paragraphs):
    text, words = LAST[last]
    found = _recommendations(tmp_path, bullet=bullet, last=text, heading=HEADINGS[heading], paragraphs=PARAGRAPHS[paragraphs])
    assert found == [*ITEMS, words or text]


@pytest.mark.parametrize("bullet", ["", "• "])
def test_a_heading_over_its_paragraph_after_a_stopped_last_item_is_no_item(tmp_path, bullet):
    """The last item ends with its stop: the heading below, and the paragraph under it, stay out of the list."""
    found = _recommendations(
        tmp_path,
        bullet=bullet,
        last="The timeliness of permanence planning for children in care.",
        heading=HEADINGS["wrapped judgement heading"],
        paragraphs=PARAGRAPHS["unnumbered"],
    )
    assert found == [*ITEMS, "The timeliness of permanence planning for children in care."]


@pytest.mark.parametrize("bullet", ["", "• "])
def test_a_short_sub_heading_after_a_stopped_last_item_is_no_item(tmp_path, bullet):
    """A reviewer's finding: a sub-heading of two words ('Judgement summary') between the stopped last item and a
    judgement's heading with its grade read as a last item without a stop; a line of one or two words is no item."""
    found = _recommendations(
        tmp_path,
        bullet=bullet,
        last="The timeliness of permanence planning for children in care.",
        heading="Judgement summary\n" + HEADINGS["one-line judgement heading"],
        paragraphs=PARAGRAPHS["unnumbered"],
    )
    assert found == [*ITEMS, "The timeliness of permanence planning for children in care."]
