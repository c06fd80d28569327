"""A 'What needs to improve?' list that runs over a page whose foot prints the heading's footnote (a 2025
framework report, of a council never tuned on: '1 The areas for improvement have been cross-referenced …'): the
footnote is no item's words, and the list goes on over the page, whether the page breaks between two items, inside
one, or right under the heading. The same as a PDF and as the PDF's text saved."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEADER = ["Inspection of Northtown local authority children’s services", "2 to 13 June 2025 {n}"]
FOOTNOTE = [
    "1 The areas for improvement have been cross-referenced with the outcomes, enablers or principles in",
    "the Children’s Social Care: National Framework. This statutory guidance sets out the purpose,",
    "principles for practice and expected outcomes of children’s social care.",
]
FIRST = [
    "Inspection of North Tyneside local",
    "authority children’s services",
    "Inspection dates: 2 to 13 June 2025",
    "Lead inspector: Alex Morgan, His Majesty’s Inspector",
    "Judgement Grade",
    "The impact of leaders on social work",
    "practice with children and families",
    "Good",
    "Overall effectiveness Good",
    "Children in North Tyneside receive good help from skilled and committed staff.",
]
ITEMS = [
    "◼ The quality of management oversight of screening decisions at the front door.",
    "(outcome three, national framework)",
    "◼ The timeliness of permanence decisions for some children in care. (outcome four,",
    "national framework)",
    "◼ The participation of care leavers in service development. (enabler two,",
    "national framework)",
]
AFTER = [
    "The experiences and progress of children who need help and",
    "protection: good",
    "1. Children receive timely and proportionate help.",
]
EXPECTED = [
    "The quality of management oversight of screening decisions at the front door. (outcome three, national framework)",
    "The timeliness of permanence decisions for some children in care. (outcome four, national framework)",
    "The participation of care leavers in service development. (enabler two, national framework)",
]


def _pages(cut: int) -> list[list[str]]:
    """The report with its list cut by a page break after `cut` of its lines, the footnote at the first page's foot."""
    heading = ["What needs to improve?1"]
    return [
        FIRST,
        [HEADER[0], HEADER[1].format(n=2), *heading, *ITEMS[:cut], *FOOTNOTE],
        [HEADER[0], HEADER[1].format(n=3), *ITEMS[cut:], *AFTER],
    ]


@pytest.mark.parametrize("form", ["pdf", "txt"])
@pytest.mark.parametrize("cut", [2, 3, 1, 0], ids=["between-items", "inside-an-item", "before-its-bracket", "under-the-heading"])
def test_the_footnote_at_a_pages_foot_is_no_items_words_and_the_list_goes_on(tmp_path, form, cut):
    pages = _pages(cut)
    path = tmp_path / f"children's services inspection - 25 july 2025.{form}"
    if form == "pdf":  # the maker writes Latin-1 only: straight quotes, and a dash for the square bullet
        path.write_bytes(make_pdf([[line.replace("’", "'").replace("◼", "-") for line in page] for page in pages]))
    else:  # the PDF's text as an analyst saves it: pages joined by form feeds
        path.write_text("\f".join("\n".join(page) for page in pages), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [text.replace("’", "'") if form == "pdf" else text for text in EXPECTED]
    assert [r.identifier for r in recs] == ["1", "2", "3"]
    for rec in recs:
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans)
        assert quoted == rec.text  # every span holds the item's own words: nothing of the footnote or the header


def test_a_number_under_the_heading_over_items_on_the_same_page_is_no_footnote(tmp_path):
    """The heading's footnote mark on a line of its own ('1'), the items below it on the same page: all are read."""
    pages = [FIRST, [HEADER[0], HEADER[1].format(n=2), "What needs to improve?", "1", *ITEMS, *AFTER, *FOOTNOTE]]
    path = tmp_path / "children's services inspection - 25 july 2025.txt"
    path.write_text("\f".join("\n".join(page) for page in pages), encoding="utf-8")
    recs = extract_document(read_document(path, path.name)).recommendations
    assert [r.text for r in recs] == EXPECTED


SIF_PAGES = [
    [
        "1",
        "Northtown Council",
        "Inspection of services for children in need of help and",
        "protection, children looked after and care leavers",
        "Inspection date: 8 July 2014 - 30 July 2014",
        "Report published: 15 September 2014",
        "What does the local authority need to improve?",
        "Priority and immediate action",
        "Care leavers",
        "13. Take action to reduce the numbers of care leavers living in unsuitable",
        "accommodation and ensure that all such arrangements are robustly risk",
        "2 Pathway plans are the plans that local authorities must prepare for care leavers under the",
        "Children (Leaving Care) Act 2000.",
    ],
    [
        "5",
        "assessed and monitored.",
        "14. Improve support for care leavers to encourage and sustain engagement in",
        "education, employment or training.",
        "3 Return home interviews are offered to children who have been missing from home or care.",
    ],
    [
        "6",
        "Missing children",
        "15. Ensure that information from return home interviews is routinely shared.",
        "The local authority's strengths",
        "16. The local authority and partner agencies work well together.",
    ],
]


@pytest.mark.parametrize("form", ["pdf", "txt"])
def test_a_numbered_list_goes_on_past_footnotes_inside_an_item_and_over_a_sub_heading(tmp_path, form):
    """A 2014 report's numbered list: a footnote cuts item 13 at a page's foot, another ends the next page after item
    14, and that page opens with a sub-heading over item 15."""
    path = tmp_path / f"children's services inspection - 15 september 2014.{form}"
    if form == "pdf":
        path.write_bytes(make_pdf(SIF_PAGES))
    else:
        path.write_text("\f".join("\n".join(page) for page in SIF_PAGES), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [(r.identifier, r.text, r.scope) for r in recs] == [
        (
            "13",
            "Take action to reduce the numbers of care leavers living in unsuitable accommodation and ensure that all "
            "such arrangements are robustly risk assessed and monitored.",
            "Care leavers",
        ),
        (
            "14",
            "Improve support for care leavers to encourage and sustain engagement in education, employment or training.",
            "Care leavers",
        ),
        ("15", "Ensure that information from return home interviews is routinely shared.", "Missing children"),
    ]
    for rec in recs:
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans)
        assert quoted == rec.text
