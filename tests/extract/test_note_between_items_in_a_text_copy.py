"""A report pasted into a text file or Word loses its page breaks, and a page's footnote ('Children in care in
Eastvale are known locally as children we care for …') lands as a paragraph of its own between two numbered
recommendations. The list went on no further: every item after the note was lost. The note, set apart by blank
lines, asking nothing, with the next number after it asking ('19. Ensure …'), is passed over; a report's numbered
findings after its list (which ask nothing) still end the list."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

NOTE = (  # one paragraph on one line, as a text copy keeps it
    "Children in care in Eastvale are known locally as children we care for, following a consultation with them. "
    "Where possible, this report uses that term."
)
OPENING = f"""Eastvale Borough Council

Inspection of services for children in need of help and protection, children looked after and care leavers

Inspection dates: 3 March 2015 to 26 March 2015

Lead inspector: Sam Field HMI

Overall effectiveness  Requires improvement

What does the local authority need to improve?

Priority and immediate action

1. Ensure that the response to children missing from care is timely and that return interviews are recorded.

2. Improve the quality of personal education plans so that they set measurable targets.

{NOTE}

Timeliness of intervention

3. Ensure that reviews of child protection plans identify drift and delay.

4. Improve the timeliness of care proceedings.
"""

AFTER_ASKING = """
Summary for children and young people

5. Inspectors found that most children are safe and well supported by their social workers.

6. Managers know their services well.
"""


def _recs(tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "children's services inspection - 30 april 2015.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # each quote is the item's own words: nothing of the note
        assert " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans) == rec.text
    return [(r.identifier, r.text) for r in recs]


def test_a_note_between_numbered_items_is_passed_over_and_the_list_goes_on(tmp_path):
    got = _recs(tmp_path, OPENING)
    assert [n for n, _ in got] == ["1", "2", "3", "4"]
    assert got[1][1] == "Improve the quality of personal education plans so that they set measurable targets."
    assert not any("known locally" in text for _, text in got)


def test_numbered_findings_after_the_list_still_end_it(tmp_path):
    got = _recs(tmp_path, OPENING + AFTER_ASKING)
    assert [n for n, _ in got] == ["1", "2", "3", "4"]
