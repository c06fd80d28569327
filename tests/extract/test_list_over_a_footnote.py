"""A numbered recommendation list that a page's footnote interrupts: the items over the page still belong to it
(a SIF report of a council never tuned on, made as a PDF here)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

PAGES = [
    [
        "Hartlepool Borough Council",
        "Inspection of services for children in need of help and protection,",
        "children looked after and care leavers",
        "Inspection date: 3 March 2015 - 26 March 2015",
        "Report published: 12 May 2015",
        "The overall judgement is that children's services require improvement",
    ],
    [
        "What does the local authority need to improve?",
        "Priority and immediate action",
        "1. Ensure that all children who go missing from care have a return interview.",
        "2. Improve the quality of pathway plans for care leavers.",
        "Areas for improvement",
        "3. Ensure that supervision of social workers is regular and recorded.",
        "",
        "1 Looked after children are known locally as children in care, following a",
        "consultation with them.",
    ],
    [
        "Quality of practice",
        "4. Improve the quality of planning for children, prioritising key risks.",
        "5. Strengthen the role of the independent reviewing officer in challenging drift.",
        "The local authority's strengths",
        "6. The local authority has a stable and committed workforce.",
    ],
]


def test_the_list_goes_on_after_the_footnote_and_stops_at_the_findings(tmp_path):
    path = tmp_path / "hartlepool-2015.pdf"
    path.write_bytes(make_pdf(PAGES))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.identifier for r in recs] == ["1", "2", "3", "4", "5"]
    assert recs[3].text == "Improve the quality of planning for children, prioritising key risks."
    assert all("known locally" not in r.text for r in recs)
    for rec in recs:
        assert doc.text[rec.spans[0].start : rec.spans[-1].end].split()[-1] == rec.text.split()[-1]
