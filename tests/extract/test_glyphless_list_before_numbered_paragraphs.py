"""A list whose bullets a PDF drew as pictures (no glyph in its text), each item ending with a stop, at the foot of a
page, the report's numbered paragraphs on the next page under its running head and no section heading between
(tester helper-281: Chromium printing an HTML list; every recommendation of two reports lost, nothing said): the list's
items end where the numbered paragraphs begin, and both are read; a numbered list that names areas after a page
break is still the list's own."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TITLE = [
    "Inspection of Fenmouth local authority children's services",
    "Inspection dates: 6 to 17 March 2023",
    "Lead inspector: Sam Example, His Majesty's Inspector",
    "Judgement Grade",
    "Overall effectiveness Requires improvement to be good",
    "Children in Fenmouth are mostly safe, and leaders know where practice must get better.",
    "What needs to improve?",
]
ITEMS = [
    "The quality of supervision for social workers in the assessment teams, and how managers record",
    "their decisions on the files of children.",
    "The sufficiency of local placements for children in care.",
]
EXPECTED = [
    "The quality of supervision for social workers in the assessment teams, and how managers record their decisions on"
    " the files of children.",
    "The sufficiency of local placements for children in care.",
]
HEAD = "Inspection of Fenmouth local authority children's services"
PARAGRAPHS = [
    "1. Leaders have a clear understanding of the strengths and weaknesses of services. Partnerships",
    "are strong and children are seen quickly when concerns are raised.",
    "2. Children who need help and protection receive a prompt response from the front door.",
]


def _recommendations(tmp_path, second: list[str]) -> list[str]:
    path = tmp_path / "fenmouth-ilacs-2023.pdf"
    path.write_bytes(make_pdf([[HEAD, *TITLE, *ITEMS, "1"], [HEAD, *second, "2"], [HEAD, "Published: 2 May 2023", "3"]]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()  # its own characters
    return [" ".join(rec.text.split()) for rec in recs]


def test_glyphless_items_end_where_the_numbered_paragraphs_begin_over_a_page(tmp_path):
    assert _recommendations(tmp_path, PARAGRAPHS) == EXPECTED


def test_a_glyphless_list_in_a_text_copy_with_page_breaks(tmp_path):
    path = tmp_path / "fenmouth-ilacs-2023.txt"
    page = "\n".join([*TITLE, *ITEMS]) + "\n\f\n" + "\n".join(PARAGRAPHS) + "\n\nPublished: 2 May 2023\n"
    path.write_text(page, encoding="utf-8")
    recs = extract_document(read_document(path, path.name)).recommendations
    assert [" ".join(rec.text.split()) for rec in recs] == EXPECTED


def test_a_numbered_list_naming_areas_after_a_page_break_is_the_lists_own(tmp_path):
    path = tmp_path / "fenmouth-ilacs-2023.txt"
    intro = "Progress since the last inspection has been slow in two areas."
    named = ["1. The timeliness of strategy meetings.", "2. The quality of return home interviews.", "", "Published: 2 May 2023"]
    path.write_text("\n".join([*TITLE, intro]) + "\n\f\n" + "\n".join(named) + "\n", encoding="utf-8")
    recs = extract_document(read_document(path, path.name)).recommendations
    assert [" ".join(rec.text.split()) for rec in recs] == [
        "The timeliness of strategy meetings.",
        "The quality of return home interviews.",
    ]
