"""A reprint's head printed once, at a page's very top: the council's name and the report's title joined by a dash,
a bar or a colon, wrapped anywhere (even after 'and'), in a list that goes on over the page (tester bb303: the head
was read as a recommendation, every later item renumbered). Told by its words being whole lines of the title block
in order, never an item or a heading that shares the title's words."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TITLE = [
    "Eastvale County Council",
    "Inspection of services for children in need of help and",
    "protection, children looked after and care leavers",
]
OPENING = [*TITLE, "Inspection dates: 3 to 14 March 2014", "Report published: 2 May 2014", "Areas for improvement"]
ITEMS = [
    "Ensure that child protection plans set out clear and measurable outcomes.",
    "Improve the timeliness of initial health assessments for children looked after.",
    "Ensure that return home interviews are offered to every child who goes missing.",
    "Strengthen the use of performance data by senior managers and elected members.",
]
CLOSE = ["The experiences of children who need help", "7. Thresholds are understood by partner agencies."]


def _recs(tmp_path, head: list[str], items: list[str] = ITEMS):
    path = tmp_path / "eastvale-2014.pdf"
    path.write_bytes(make_pdf([[*OPENING, *items[:2]], [*head, *items[2:], *CLOSE]]))
    doc = read_document(path, path.name)
    return doc, extract_document(doc).recommendations


@pytest.mark.parametrize(
    "head",
    [
        [f"Eastvale County Council - {TITLE[1]} protection,", "children looked after and care leavers"],
        [f"Eastvale County Council | {TITLE[1]}", TITLE[2]],
        ["Eastvale County Council: Inspection of services for", f"children in need of help and {TITLE[2]}"],
    ],
)
def test_a_head_joining_the_council_and_the_title_is_no_item(tmp_path, head):
    doc, recs = _recs(tmp_path, head)
    assert [(r.identifier, r.text) for r in recs] == [(str(n), item) for n, item in enumerate(ITEMS, 1)]
    assert all(doc.text[r.spans[0].start : r.spans[0].end] == r.text for r in recs)


def test_an_item_opening_with_the_councils_name_at_a_page_top_stays(tmp_path):
    item = "Eastvale County Council - Inspection of services for children in need of help is due."
    _, recs = _recs(tmp_path, [], [*ITEMS[:2], item, *ITEMS[2:]])
    assert [r.text for r in recs] == [*ITEMS[:2], item, *ITEMS[2:]]


def test_a_foot_joining_the_council_and_the_title_is_no_item(tmp_path):
    """The same words at the foot of the page a list breaks over (or a head the file gives last, after the page's
    lines: tester helper-305), printed once: no item's words."""
    foot = [f"Eastvale County Council - {TITLE[1]}", TITLE[2]]
    path = tmp_path / "eastvale-2014.pdf"
    path.write_bytes(make_pdf([[*OPENING, *ITEMS[:2], *foot], [*ITEMS[2:], *CLOSE]]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [(r.identifier, r.text) for r in recs] == [(str(n), item) for n, item in enumerate(ITEMS, 1)]


def test_an_item_ending_with_the_councils_name_at_a_page_foot_stays(tmp_path):
    item = "Ensure that elected members scrutinise the work of Eastvale County Council - Inspection of services."
    path = tmp_path / "eastvale-2014.pdf"
    path.write_bytes(make_pdf([[*OPENING, *ITEMS[:2], item], [*ITEMS[2:], *CLOSE]]))
    doc = read_document(path, path.name)
    assert [r.text for r in extract_document(doc).recommendations] == [*ITEMS[:2], item, *ITEMS[2:]]
