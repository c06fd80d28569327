"""A text copy of a 2009–12 report may mark the first line after each page's break as a bullet, the item's own
glyph: '- review … in line with national guidance' / blank / '- and local needs to provide …' is one item, and
its text reads '… national guidance and local needs …', the copy's mark left out (black-box tester bb383: the item
kept ' - and'; the bundled corpus's 2012 report has the same). The quote keeps the lines as they are. A dash that
follows the line above straight away, wrapped to the line's start, is the prose's and stays."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Inspection of safeguarding and looked after children services
Eastmoor
Inspection dates: 7 - 18 November 2011
Reporting inspector: Sam Example HMI
Published: 13 January 2012

Safeguarding services

Overall effectiveness Grade 3 (adequate)

1. Leaders know their services well.

Areas for improvement

2. In order to improve the quality of provision and services for safeguarding children and young people in
Eastmoor, the local authority and its partners should take the following action.

Within six months:

- ensure that return interviews are offered to every child who goes missing
- Eastmoor Health Trust should ensure that there are enough school nurses, in line with
national guidance{join}and local needs to provide the full child health programme
- review the arrangements for private fostering.

Safeguarding outcomes for children and young people

Children and young people are safe and feel safe Grade 3 (Adequate)

3. Children are safe.
"""


@pytest.mark.parametrize(
    ("join", "words"),
    [
        ("\n\n- ", "national guidance and local needs"),  # after a break: the copy's mark
        ("\n\f- ", "national guidance and local needs"),  # after a form feed
        ("\n– ", "national guidance – and local needs"),  # straight under, another dash than the item's: the prose's
        ("\n- ", "national guidance - and local needs"),  # straight under: the prose's dash, as it always read
    ],
)
def test_a_bullet_after_a_break_that_goes_on_with_the_item_loses_its_glyph(tmp_path, join, words):
    path = tmp_path / "eastmoor-slac-2011.txt"
    path.write_text(REPORT.replace("{join}", join), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert len(recs) == 3
    rec = recs[1]
    assert words in rec.text
    assert rec.text.endswith("to provide the full child health programme")
    quoted = "".join(doc.text[s.start : s.end] for s in rec.spans)
    assert quoted.startswith("Eastmoor Health Trust should ensure")
    assert f"national guidance{join}and local needs" in quoted  # the quote is the lines as they are
