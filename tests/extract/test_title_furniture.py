"""A report's running heads and feet in a layout no pattern knows (helper-265): the council's name, the report's title
and the fieldwork dates, with the page's number, at the foot or head of a page. They ended a list at the page break
(every item after it lost, nothing said) or were glued into the item the page cut. Told by what they repeat of the
report's title block, at a page break or, in a copy without page breaks, around a line that numbers a page or is
printed again: the list goes on, and the cut item's text and spans leave the furniture out (councils never tuned on)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TITLE = [
    "Inspection of safeguarding and looked after children services",
    "Westmoor City Council",
    "Inspection dates: 12 - 23 March 2012",
    "Report published: 27 April 2012",
]
FOOT = "Westmoor City Council | Inspection of safeguarding and looked after children services | 12 - 23 March 2012 | 3"
ITEMS = [
    "Ensure that the views of children and young people are recorded in their plans.",
    "Ensure that all children looked after have an up to date health assessment within the timescales agreed.",
    "Improve the quality of return interviews for children who go missing from care.",
    "Ensure that the service for care leavers tracks their education, employment and training.",
]


def _recs(tmp_path, name: str, pages: list[list[str]]):
    path = tmp_path / name
    path.write_bytes(make_pdf(pages))
    doc = read_document(path, path.name)
    return doc, extract_document(doc).recommendations


def test_a_list_goes_on_past_a_foot_that_repeats_the_title_block(tmp_path):
    first = [*TITLE, "Areas for improvement", f"1. {ITEMS[0]}", f"2. {ITEMS[1]}", FOOT]
    second = ["Westmoor City Council", f"3. {ITEMS[2]}", f"4. {ITEMS[3]}", "Information about this inspection"]
    _, recs = _recs(tmp_path, "westmoor-slac-2012.pdf", [first, second])
    assert [(r.identifier, r.text, r.scope) for r in recs] == [(str(n), item, None) for n, item in enumerate(ITEMS, 1)]


def test_a_foot_in_an_item_the_page_cuts_is_left_out_of_its_text_and_spans(tmp_path):
    cut = "2. Ensure that all children looked after have an up to date health assessment within the"
    first = [*TITLE, "Areas for improvement", f"1. {ITEMS[0]}", cut, TITLE[0] + " - page 3"]
    second = ["Westmoor City Council", "timescales agreed.", f"3. {ITEMS[2]}", "Information about this inspection"]
    doc, recs = _recs(tmp_path, "westmoor-slac-2012.pdf", [first, second])
    assert [r.text for r in recs] == [ITEMS[0], ITEMS[1], ITEMS[2]]
    pieces = [doc.text[s.start : s.end] for s in recs[1].spans]
    assert pieces == [cut[3:], "timescales agreed."]  # exact characters each, the foot between them in none


def test_an_item_going_on_in_the_titles_words_is_kept_whole(tmp_path):
    """Words of the title block that go on an item at a page's top (after its number) are the item's, not furniture:
    in lower case, or after a line that stops mid-phrase."""
    first = [*TITLE, "Areas for improvement", f"1. {ITEMS[0]}", "2. Improve the support the council gives to", "3"]
    second = ["Westmoor City Council", "looked after children services", "so that plans are reviewed on time."]
    _, recs = _recs(tmp_path, "westmoor-slac-2012.pdf", [first, second])
    words = "Improve the support the council gives to looked after children services so that plans are reviewed on time."
    assert recs[1].text == words


def test_a_text_copy_keeps_its_foot_and_head_inline_and_the_list_goes_on(tmp_path):
    """A web copy's bullets, the foot of three lines (the council, a framework's title, the dates and page number)
    and no page break at all."""
    lines = [
        "Harrowdale Metropolitan Borough Council",
        "Inspection of children's social care services",
        "Inspection dates: 4 March 2019 to 15 March 2019",
        "Lead inspector: Sam Bell, Her Majesty's Inspector",
        "",
        "What needs to improve?",
        f"• {ITEMS[0]}",
        f"• {ITEMS[1]}",
        "Harrowdale Metropolitan Borough Council",
        "Inspection of children's social care services",
        "4 March 2019 to 15 March 2019   6",
        f"• {ITEMS[2]}",
        "",
        "Information about this inspection",
    ]
    path = tmp_path / "harrowdale-ilacs-2019.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = extract_document(read_document(path, path.name)).recommendations
    assert [r.text for r in recs] == ITEMS[:3]
