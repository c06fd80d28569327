"""A report's dates printed another way than the 26 reports print them (helper-151): a publication day with its
weekday ('Published: Tuesday 12 May 2015') or a comma ('12 May, 2015') had been no publication date; fieldwork in
figures ('Inspection date: 24/02/2015 – 18/03/2015', a re-typed copy) had lost the whole report: no inspection,
judgement or recommendation was read."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_SIF = """Calderbridge
Inspection of services for children in need of help and protection, children looked after and care leavers

Inspection date: {fieldwork}
Report published: {published}

The overall judgement is that children's services require improvement
The judgements on areas of the service that contribute to overall effectiveness are:
1. Children who need help and protection Requires improvement
2. Children looked after and achieving permanence Good
3. Leadership, management and governance Requires improvement

Recommendations
1. Ensure that all children who go missing are offered a return home interview.
2. Improve the timeliness of initial health assessments for children who come into care.

Summary for children and young people
Services for children have improved since the last inspection.
"""


@pytest.mark.parametrize(
    ("fieldwork", "published"),
    [
        ("30 December 2014 – 22 January 2015", "Tuesday 3 March 2015"),
        ("30 December 2014 – 22 January 2015", "Tuesday, 3rd March 2015"),
        ("30 December 2014 – 22 January 2015", "3 March, 2015"),
        ("30/12/2014 – 22/01/2015", "3 March 2015"),
        ("30/12/14 to 22/01/15", "03/03/2015"),
    ],
)
def test_dates_printed_another_way_are_read(tmp_path, fieldwork, published):
    path = tmp_path / "calderbridge-sif.txt"  # no date in the file's name to fall back on
    path.write_text(_SIF.format(fieldwork=fieldwork, published=published), encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    inspection = part.assessments["calderbridge/ofsted-2015"]
    assert (str(inspection.started), str(inspection.ended), str(inspection.issued)) == ("2014-12-30", "2015-01-22", "2015-03-03")
    assert len([r for r in part.recommendations if r.assessment == inspection.key]) == 2
    assert len([j for j in part.judgements if j.assessment == inspection.key]) == 4
    for span in inspection.spans:  # the quoted dates are the page's
        assert doc.text[span.start : span.end].split()[0] in ("Inspection", "Report")
