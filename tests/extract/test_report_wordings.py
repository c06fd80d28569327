"""An inspection report in wordings the bundled reports do not use is read as they are: a list under another
'What needs to improve …' heading ('… in this area of social care practice?'), the publication date as 'Ofsted
published this report on …' (tester helper-101: a short ILACS report gave its grades but no recommendations)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "torbay_ilacs_report_2024.txt"


def test_a_what_needs_to_improve_heading_in_other_words_heads_the_list_and_the_publication_is_read():
    doc = read_document(REPORT, REPORT.name)
    part = extract_document(doc)
    (inspection,) = part.assessments.values()
    assert (inspection.key, str(inspection.started), str(inspection.ended), str(inspection.issued)) == (
        "torbay/ofsted-2024",
        "2024-09-09",
        "2024-09-20",
        "2024-11-01",
    )
    assert [(r.identifier, r.text) for r in part.recommendations] == [
        ("1", "The quality and timeliness of assessments for children in need of help and protection."),
        ("2", "The consistency of management oversight and supervision of social workers."),
        ("3", "The sufficiency of suitable accommodation for care leavers."),
    ]
    for item in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in item.spans) == item.text
    assert len(part.judgements) == 5
