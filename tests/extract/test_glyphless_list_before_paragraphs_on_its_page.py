"""A list whose bullets a PDF drew as pictures (no glyph in its text), each item ending with a stop, followed on the
same page by the report's numbered paragraphs with no section heading between (tester bb307's ilacs-list: a one-page
ILACS printed by Chromium; all three items lost, 'a layout the readers do not know'): the list's items end where the
numbered paragraphs begin, as they do over a page break; a numbered list that names areas is still the list's own."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TITLE = [
    "Inspection of Marshton local authority children's services",
    "Inspection dates: 9 to 20 October 2023",
    "Lead inspector: Pat Sample, His Majesty's Inspector",
    "Judgement Grade",
    "Overall effectiveness Good",
    "Marshton children's services have improved since the last inspection.",
    "What needs to improve?",
]
ITEMS = [
    "The timeliness of return home interviews for children who go missing, so that the information",
    "gathered is used to reduce risk.",
    "The recording of supervision for staff in the team for disabled children.",
]
EXPECTED = [
    "The timeliness of return home interviews for children who go missing, so that the information gathered is used to"
    " reduce risk.",
    "The recording of supervision for staff in the team for disabled children.",
]
PARAGRAPHS = [
    "1. Contacts are triaged quickly by experienced social workers at the front door.",
    "2. Strategy meetings are held promptly and are well attended by partners.",
]


def _recommendations(tmp_path, lines: list[str]) -> list[str]:
    path = tmp_path / "marshton-ilacs-2023.pdf"
    path.write_bytes(make_pdf([[*TITLE, *lines, "1"], ["Published: 1 December 2023", "2"]]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()  # its own characters
    return [" ".join(rec.text.split()) for rec in recs]


def test_glyphless_items_end_where_the_numbered_paragraphs_begin_on_their_page(tmp_path):
    assert _recommendations(tmp_path, [*ITEMS, *PARAGRAPHS]) == EXPECTED


def test_a_numbered_list_naming_areas_on_the_page_is_the_lists_own(tmp_path):
    named = ["1. The timeliness of strategy meetings.", "2. The quality of return home interviews."]
    assert _recommendations(tmp_path, named) == [
        "The timeliness of strategy meetings.",
        "The quality of return home interviews.",
    ]
