"""A PDF whose running header is drawn after the page's first lines (a Word export, a council's reprint): in the
text the header's title and its dates line, its page number a line of its own, come between the list's heading and
its first item; they are skipped there as at the page's top, so the list keeps its items (tester bb291: such a
list was lost, 'no recommendation was read under the heading')."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TITLE = "Inspection of Eastbury local authority children's services"
DATES = "6 to 17 March 2023"


def test_a_header_after_a_pages_first_heading_stays_out_of_its_list(tmp_path):
    pages = [
        [
            TITLE,
            f"Inspection dates: {DATES}",
            "Lead inspector: Alex Example, His Majesty's Inspector",
            "Judgement Grade",
            "Overall effectiveness Good",
            "Children in Eastbury receive good help.",
        ],
        [
            "What needs to improve?",
            TITLE,
            DATES,
            "2",
            "The quality of plans for disabled children.",
            "The response to young people who are homeless at 16 and 17.",
        ],
        ["Information about this inspection", "The inspection was carried out under the ILACS framework.", TITLE, DATES, "3"],
    ]
    path = tmp_path / "eastbury-2023.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "The quality of plans for disabled children.",
        "The response to young people who are homeless at 16 and 17.",
    ]
    assert all(doc.text[r.spans[0].start : r.spans[0].end] == r.text for r in recs)
