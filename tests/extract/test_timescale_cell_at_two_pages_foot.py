"""A SLAC report whose two sections each end their page with a recommendation table ('Recommendation Timescale')
whose last row's timescale cell is 'Within six months', right above the same page footer: the cell is the row's
timescale, not a running line for being alike at the foot of two pages, so both last items keep their timescale and
due date (a council never tuned on)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

FOOT = "Inspection of safeguarding and looked after children services: Westmere, July 2011 {n}"
FIRST = [
    "Inspection of safeguarding and looked after",
    "children services",
    "Westmere Borough Council",
    "Inspection dates: 4 - 15 July 2011",
    "Reporting inspector: Lee Walters HMI",
    "Published: 19 August 2011",
    "1",
]
SAFEGUARDING = [
    "Safeguarding services",
    "Overall effectiveness Grade 3 (adequate)",
    "1. The overall effectiveness of safeguarding services in Westmere is adequate.",
    "Areas for improvement",
    "2. In order to improve the quality of provision and services for safeguarding children and",
    "young people in Westmere, the local authority and its partners should take the following",
    "action.",
    "Recommendation Timescale",
    "ensure that all children subject to a child protection plan are visited by",
    "their social worker at least every four weeks",
    "Immediately",
    "develop a comprehensive quality assurance framework, including",
    "regular case file audits",
    "Within six months",
    FOOT.format(n=2),
]
LAC = [
    "Services for looked after children",
    "Overall effectiveness Grade 2 (good)",
    "3. The overall effectiveness of services for looked after children and care leavers is good.",
    "Areas for improvement",
    "4. In order to improve the quality of provision and services for looked after children and care",
    "leavers in Westmere, the local authority and its partners should take the following action.",
    "Recommendation Timescale",
    "ensure that the pledge to looked after children is reviewed with the",
    "Children in Care Council and widely publicised",
    "Within three months",
    "reduce the number of placement moves experienced by looked after",
    "children, particularly those placed outside the borough",
    "Within six months",
    FOOT.format(n=3),
]


def test_the_last_rows_timescale_at_the_foot_of_two_pages_is_read(tmp_path):
    path = tmp_path / "westmere-slac.pdf"
    path.write_bytes(make_pdf([FIRST, SAFEGUARDING, LAC]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    got = {r.identifier: (r.timescale, str(r.due_by)) for r in recs}
    assert got == {
        "safeguarding-1": ("Immediately", "2011-08-19"),
        "safeguarding-2": ("Within six months", "2012-02-19"),
        "lac-1": ("Within three months", "2011-11-19"),
        "lac-2": ("Within six months", "2012-02-19"),
    }
