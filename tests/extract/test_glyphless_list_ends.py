"""A list whose bullets a PDF drew as pictures (no glyph in its text) ends where the report goes on: at a judgement
section's heading wrapped onto a second line ('… who need help and' / 'protection: requires improvement to be good'),
and at a paragraph that states a finding in sentences ('Initial conferences are now held promptly … Conferences are
well attended.'). Testers helper-275 and helper-276: such headings and paragraphs became recommendations, and a later
report's praise 'recurred' the earlier items it praised."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

HEAD = """Northmoor

Inspection of Northmoor local authority children's services

Inspection dates: 2 to 13 June 2025
Lead inspector: Jo Example, His Majesty's Inspector

Judgement Grade
The impact of leaders on social work practice with children and families Good
The experiences and progress of children who need help and protection Requires improvement to be good
The experiences and progress of children in care Good
The experiences and progress of care leavers Good
Overall effectiveness Good

Since the last inspection, leaders have improved the front door.

What needs to improve?
Caseloads for social workers in the children in need teams, so that they have
enough time to spend with children.
The quality of pathway plans for care leavers.
"""

WRAPPED = """The experiences and progress of children who need help and
protection: requires improvement to be good
Children who go missing from home are not always offered a return home interview in a
timely way.
Social workers told inspectors that supervision is infrequent.
"""

PROSE = """Initial child protection conferences are now held promptly, within 15 working days for nearly
all children. Conferences are well attended by partners.
Social workers in the children in need teams have high caseloads, which limits the time
they can spend with children and families.
"""


def _recommendations(tmp_path, after: str) -> list[str]:
    path = tmp_path / "northmoor-2025.txt"
    path.write_text(HEAD + after + "\nPublished: 18 July 2025\n", encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()  # its own characters
    return [" ".join(rec.text.split()) for rec in recs]


EXPECTED = [
    "Caseloads for social workers in the children in need teams, so that they have enough time to spend with children.",
    "The quality of pathway plans for care leavers.",
]


def test_a_wrapped_section_heading_ends_the_list(tmp_path):
    assert _recommendations(tmp_path, WRAPPED) == EXPECTED


def test_a_paragraph_stating_findings_ends_the_list(tmp_path):
    assert _recommendations(tmp_path, PROSE) == EXPECTED
