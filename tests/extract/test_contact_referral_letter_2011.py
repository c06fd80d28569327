"""A 2011 letter on an unannounced inspection of contact, referral and assessment (helper-180): its last area for
development, a bulleted line with no stop, had run on into Ofsted's closing words, 'Any areas for development
identified above will be specifically considered …' (now back matter: extract/report_layout.json); and none of its
areas had a due date, though 'Immediately:' and 'Within three months:' count from the letter's day as a report's
timescales count from its publication (findings/extract/visit_letter.py)."""

from __future__ import annotations

from datetime import date

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

LETTER = DATA / "other_councils" / "shropshire_style_cra_letter_2011.txt"


def test_the_last_area_ends_at_its_line_and_each_is_due_by_its_timescale():
    doc = read_document(LETTER, LETTER.name)
    x = extract_document(doc)
    assert [(r.identifier, r.text.split()[0], r.text.split()[-1], r.due_by) for r in x.recommendations] == [
        ("1", "ensure", "made", date(2011, 3, 11)),
        ("2", "ensure", "reasons", date(2011, 3, 11)),
        ("3", "improve", "risk", date(2011, 6, 11)),
        ("4", "ensure", "drift", date(2011, 6, 11)),
    ]
    for rec in x.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()
