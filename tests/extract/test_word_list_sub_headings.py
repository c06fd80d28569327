"""A Word copy of a report numbers its recommendations with Word's own list numbering, so no number reaches the text,
and sets sub-headings between them ('Areas for improvement', then 'Safeguarding children', then more items): the list
goes on under each sub-heading (tester helper-185: a Word copy of a 2015 report gave 5 of its 22 recommendations)."""

from __future__ import annotations

import io

from findings.extract.document import extract_document
from findings.read import read_document

LINES = [
    ("Normal", "Rutland County Council Inspection of children’s social care services"),
    ("Normal", "Inspection dates: 9 September 2019 to 20 September 2019"),
    ("Normal", "Lead inspector: Ann Example"),
    ("Heading 2", "What needs to improve"),
    ("Heading 3", "Priority and immediate action"),
    ("List Number", "Ensure that all young people who go missing from home and care are promptly seen upon their return."),
    ("List Number", "Ensure that all relevant agencies are consulted during child protection enquiries."),
    ("Heading 3", "Areas for improvement"),
    ("Heading 4", "Safeguarding children"),
    ("List Number", "Ensure that looked after children receive initial health assessments promptly."),
    ("Heading 4", "Leadership, management and governance"),
    ("List Number", "Ensure effective quality assurance of all material presented to the adoption panel."),
    ("Heading 2", "Information about this inspection"),
    ("Normal", "Inspectors evaluated the experiences of children."),
]


def test_a_word_lists_items_go_on_under_each_sub_heading(tmp_path):
    import docx

    document = docx.Document()
    for style, text in LINES:
        document.add_paragraph(text, style=style)
    data = io.BytesIO()
    document.save(data)
    path = tmp_path / "children's services inspection - 18 october 2019.docx"
    path.write_bytes(data.getvalue())
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [(r.identifier, r.text.split()[2], r.scope) for r in recs] == [
        ("1", "all", None),
        ("2", "all", None),
        ("3", "looked", "Safeguarding children"),
        ("4", "quality", "Leadership, management and governance"),
    ]
    assert [r.timescale for r in recs[:2]] == ["Priority and immediate action"] * 2
    assert all(doc.text[s.start : s.end].strip() in r.text for r in recs for s in r.spans)


def test_a_line_that_asks_is_an_item_not_a_sub_heading(tmp_path):
    """In a list without glyphs an item without a stop that asks ('Ensure that plans are timely') stays an item."""
    text = "\n".join(t for _, t in LINES).replace(
        "Safeguarding children\n", "Ensure that plans for children in need are timely\n"
    )
    path = tmp_path / "rutland-2019.txt"
    path.write_text(text, encoding="utf-8")
    recs = extract_document(read_document(path, path.name)).recommendations
    assert [r.text.split()[2] for r in recs][:4] == ["all", "all", "plans", "looked"]
