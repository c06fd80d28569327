"""A JTAI letter headed only 'Joint targeted area inspection of Medway' (helper-180) had not been known as a letter:
an inspection node with no framework, no publication date and none of its areas for improvement. Its areas, asked
of the safeguarding partners and of one agency under a line of its own ('Kent Police should:'), had kept that line
in the text of the next item ('Kent Police should: 4. Ensure …'); each is now asked of whom its line names
(fo:addressedTo; extract/report_layout.json addressee_heading)."""

from __future__ import annotations

from datetime import date

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

LETTER = DATA / "other_councils" / "medway_style_jtai_letter_2023.txt"


def test_a_short_subject_is_a_jtai_letter_and_each_area_is_asked_of_whom_its_line_names():
    doc = read_document(LETTER, LETTER.name)
    x = extract_document(doc)
    (letter,) = x.assessments.values()
    assert (letter.framework, letter.started, letter.ended, letter.issued) == (
        "joint targeted area inspection",
        date(2023, 4, 24),
        date(2023, 4, 28),
        date(2023, 6, 12),
    )
    assert [(r.identifier, r.addressed_to, r.text.split()[0]) for r in x.recommendations] == [
        ("1", "The safeguarding partners", "Strengthen"),
        ("2", "The safeguarding partners", "Ensure"),
        ("3", "The safeguarding partners", "Improve"),
        ("4", "Kent Police", "Ensure"),
    ]
    for rec in x.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()
