"""A 2013 looked-after children inspection in a text copy whose bullet glyphs were lost (a space left before each
item): its last item, ending without a stop, ran on over the page's header into the next section's heading
('… shape service development Outcomes for looked after children and young people'). A list whose glyphs were lost
ends at a heading followed by its grade line, as a bulleted one does (tester helper-187)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Inspection of looked after children
services
Anyshire County Council
Inspection dates: 9 – 13 September 2013
Reporting inspector Ann Example HMI
Published: 18 October 2013

Anyshire Council Inspection of looked after children services 4
Areas for improvement
6. In order to improve the quality of provision and services for looked after
children and young people in Anyshire, the local authority should take the
following action.
Within six months:
{mark}Ensure that the views of looked after children and young people are used to
shape service development

Anyshire Council Inspection of looked after children services 6
Outcomes for looked after children and young
people
Grade 3 (Adequate)
7. Outcomes for looked after children and young people are adequate.
"""


@pytest.mark.parametrize("mark", [" ", "\uf0b7 ", "• "], ids=["glyph lost", "private-use glyph", "bullet"])
def test_the_last_item_ends_before_the_next_sections_heading(tmp_path, mark):
    path = tmp_path / "looked after children inspection - 18 october 2013.txt"
    path.write_text(REPORT.format(mark=mark), encoding="utf-8")
    recs = extract_document(read_document(path, path.name)).recommendations
    assert [" ".join(r.text.split()) for r in recs] == [
        "Ensure that the views of looked after children and young people are used to shape service development"
    ]
