"""'Immediately:' over 'None.' in a safeguarding and looked after children report's 'Areas for improvement' (no
immediate action), then 'Within three months:' and 'Within six months:' over their items (tester helper-281: the
'None.' ended the list and every item after it was lost): 'None.' is no recommendation, and the items under the
later timescales are the list's, each with its timescale; in a text copy and in a PDF, bullets or none."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TOP = [
    "Inspection of safeguarding and looked after children services",
    "Marlbrook Borough Council",
    "Inspection dates: 7 - 18 March 2011",
    "Reporting inspector: Kim Example HMI",
    "Published: 22 April 2011",
    "Services for looked after children",
    "Overall effectiveness Grade 3 (adequate)",
    "Areas for improvement",
    "In order to improve the quality of provision and services for looked after children and young people,",
    "the local authority and its partners should take the following action.",
]
EXPECTED = [
    ("review the arrangements for health assessments so that every child has one on time.", "Within three months"),
    ("improve the stability of placements for older children.", "Within six months"),
    ("raise the attainment of children in care at key stage 4.", "Within six months"),
]


def _read(tmp_path, name: str, nothing: str, glyph: str) -> list[tuple[str, str | None]]:
    lines = [
        *TOP,
        "Immediately:",
        nothing,
        "Within three months:",
        f"{glyph}review the arrangements for health assessments so that every child has one on time.",
        "Within six months:",
        f"{glyph}improve the stability of placements for older children.",
        f"{glyph}raise the attainment of children in care at key stage 4.",
        "Record of main findings",
    ]
    path = tmp_path / name
    if name.endswith(".pdf"):
        path.write_bytes(make_pdf([lines]))
    else:
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()  # its own characters
    return [(" ".join(rec.text.split()), rec.timescale) for rec in recs]


def test_items_after_none_under_later_timescales_are_read(tmp_path):
    assert _read(tmp_path, "marlbrook-slac-2011.txt", "None.", "• ") == EXPECTED


def test_none_identified_in_a_pdf_without_glyphs(tmp_path):
    assert _read(tmp_path, "marlbrook-slac-2011.pdf", "None identified", "") == EXPECTED
