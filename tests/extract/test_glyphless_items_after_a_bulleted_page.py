"""A list whose items carry a bullet glyph on one page and none on the next (a PDF that printed one page's bullets as
characters and the next page's as pictures, or a text copy of it): the items over the page are the list's too, down
to the next section's heading; a paragraph of prose over the page still ends the list. Tester bb314
(glyphless-after-pagebreak-txt): the page-2 items were lost, silently."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

HEAD = """Inspection of Anyshire local authority children's services
Inspection dates: 3 to 14 March 2025

 Judgement                                                     Grade
 Overall effectiveness                                         Inadequate

What needs to improve in this local authority?

 • The timeliness of initial child protection conferences.
 • The quality of plans for children in care, so that they say what must happen and by
   when.
"""

SECTION = """
The experiences and progress of children who need help and protection: inadequate

1. Too many children wait too long for an assessment of their needs, and some wait many
   months.

Published: 2 May 2025
"""

ITEMS = """
   The oversight of children who are missing from education, so that they are seen
   promptly.
   The sufficiency of foster placements for brothers and sisters.
"""

PROSE = """
Leaders have made progress since the last inspection. Social workers say their caseloads are
manageable, and most of them know the children they work with well.
"""

PAGE_FOOT = "\n\n\t\t\t\t\t\t\t\tPage 1 of 2\n"
RUNNING_HEAD = "Inspection of Anyshire local authority children's services\n3 to 14 March 2025\t\t\t\t\t\t\t\t2\n"

PAGE_ONE = [
    "The timeliness of initial child protection conferences.",
    "The quality of plans for children in care, so that they say what must happen and by when.",
]
PAGE_TWO = [
    "The oversight of children who are missing from education, so that they are seen promptly.",
    "The sufficiency of foster placements for brothers and sisters.",
]


def _recommendations(tmp_path, text: str) -> list[str]:
    path = tmp_path / "anyshire-2025.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()  # its own characters
    return [" ".join(rec.text.split()) for rec in recs]


def test_items_without_glyphs_after_a_form_feed(tmp_path):
    assert _recommendations(tmp_path, HEAD + "\f" + ITEMS + SECTION) == PAGE_ONE + PAGE_TWO


def test_items_without_glyphs_under_a_text_copys_running_head(tmp_path):
    assert _recommendations(tmp_path, HEAD + PAGE_FOOT + RUNNING_HEAD + ITEMS + SECTION) == PAGE_ONE + PAGE_TWO


def test_a_paragraph_over_the_page_still_ends_the_list(tmp_path):
    assert _recommendations(tmp_path, HEAD + "\f" + PROSE + SECTION) == PAGE_ONE


SIF_SECTION = """
The experiences and progress of
children who need help and protection Requires improvement
Summary
Children in Anyshire are kept safe when they are first referred. However, partners do not
always take part in strategy discussions.
Inspection findings
1. The front door responds promptly to contacts and referrals.

Published: 2 May 2025
"""


def test_a_section_heading_with_its_grade_over_the_page_ends_the_list(tmp_path):
    assert _recommendations(tmp_path, HEAD + "\f" + SIF_SECTION) == PAGE_ONE
