"""A 2009–12 safeguarding and looked after children report whose list lost its bullets (drawn as pictures): its last
item, on one line and ending with a stop, stands right over the next section's grade line ('Being healthy  Grade 3
(adequate)'). It was taken for that section's heading and lost; a line that ends a sentence heads no section, so the
list ends at the grade line, not one line early (tester helper-270)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Inspection of safeguarding and looked
after children services
Anytown
Inspection dates: 1 – 12 February 2011
Published: 18 March 2011
Services for looked after children
Overall effectiveness    Grade 3 (adequate)
1. The overall effectiveness of services for looked after children is adequate.
Areas for improvement
2. In order to improve the quality of provision and services for looked after children and
young people in Anytown, the local authority and its partners should take the following action.
{period}:
{first}
{last}
{after}
3. Partners work well together. This area is adequate.
"""

FIRST = "ensure that every care leaver has a pathway plan that sets out how they will be\nhelped into work or training."


@pytest.mark.parametrize("period", ["Within three months", "Within six months"])
@pytest.mark.parametrize(
    "last",
    ["increase the number of looked after children who take part in their reviews.", "Improve the timeliness of health checks."],
    ids=["lower case", "capitalised"],
)
@pytest.mark.parametrize("after", ["Being healthy    Grade 3 (adequate)", "Staying safe Grade 2 (good)"])
def test_the_last_one_line_item_is_read(tmp_path, period, last, after):
    path = tmp_path / "anytown slac 2011.txt"
    path.write_text(REPORT.format(period=period, first=FIRST, last=last, after=after), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [" ".join(r.text.split()) for r in recs] == [" ".join(FIRST.split()), last]
    assert [r.timescale for r in recs] == [period, period]
    span = recs[-1].spans[-1]
    assert doc.text[span.start : span.end] == last
