"""A SLAC report that heads its looked after section 'Looked after children services' (not 'Services for looked
after children'): the section's grade is its own, not the safeguarding section's overwritten, and its list's items
are the looked after section's ('lac-1'), as under the usual heading (a council never tuned on)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf


@pytest.mark.parametrize("heading", ["Looked after children services", "Services for looked after children"])
def test_the_looked_after_section_under_another_heading_is_its_own(tmp_path, heading):
    lines = [
        "Inspection of safeguarding and looked after",
        "children services",
        "Westmere Borough Council",
        "Inspection dates: 4 - 15 July 2011",
        "Reporting inspector: Lee Walters HMI",
        "Published: 19 August 2011",
        "Safeguarding services",
        "Overall effectiveness Grade 3 (adequate)",
        heading,
        "Overall effectiveness Grade 2 (good)",
        "Areas for improvement",
        "6. In order to improve the quality of provision and services for looked after children and care",
        "leavers in Westmere, the local authority and its partners should take the following action.",
        "Within six months:",
        "reduce the number of placement moves experienced by looked after children, particularly",
        "those placed outside the borough",
        "Record of main findings",
    ]
    path = tmp_path / "westmere-slac.pdf"
    path.write_bytes(make_pdf([lines]))
    doc = read_document(path, path.name)
    out = extract_document(doc)
    grades = sorted((j.scope, j.area, j.grade) for j in out.judgements)
    assert grades == [
        ("Safeguarding services", "Overall effectiveness", "Adequate"),
        ("Services for looked after children", "Overall effectiveness", "Good"),
    ]
    assert [(r.identifier, r.scope) for r in out.recommendations] == [("lac-1", "Services for looked after children")]
