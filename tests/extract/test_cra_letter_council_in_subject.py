"""A contact, referral and assessment letter whose subject names the council inside it ('… arrangements within Westmere
Borough Council children's services', or 'within the X's children's services') and whose opening says 'The inspection
took place on …': read as the council's inspection with its lists, as the wording the layout first knew is (black-box
tester helper-305: a whole letter was skipped as a kind of document the readers do not know)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

LETTER = """3 May 2012
Ms Ann Shaw
Director of Children's Services
Westmere Borough Council
Dear Ms Shaw
{subject}
This letter summarises the findings of the unannounced inspection of contact, referral and
assessment arrangements undertaken in Westmere Borough Council children's services. The
inspection took place on 17 and 18 April 2012.
Strengths
Managers are visible and accessible to staff.
Areas for priority action
Ensure that all contacts are screened by a qualified social worker within 24 hours.
Areas for development
Improve the quality of initial assessments so that they include an analysis of risk.
Any areas for development identified in this letter will be followed up at the next inspection.
Yours sincerely
Ruth Lane
Her Majesty's Inspector
"""


SUBJECT = "Unannounced inspection of contact, referral and assessment arrangements"


@pytest.mark.parametrize(
    "subject",
    [
        f"{SUBJECT} within Westmere Borough Council children's services",
        f"{SUBJECT} within the Westmere Borough Council's children's services",
    ],
    ids=["council-within", "the-council-s"],
)
def test_the_letter_is_the_council_s_inspection_with_its_lists(tmp_path, subject):
    path = tmp_path / "westmere-cra-2012.txt"
    path.write_text(LETTER.format(subject=subject), encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    (inspection,) = part.assessments.values()
    assert (inspection.key, str(inspection.started), str(inspection.ended)) == (
        "westmere/ofsted-cra-2012-04-18",
        "2012-04-17",
        "2012-04-18",
    )
    assert [(r.scope, r.text) for r in part.recommendations] == [
        ("Areas for priority action", "Ensure that all contacts are screened by a qualified social worker within 24 hours."),
        ("Areas for development", "Improve the quality of initial assessments so that they include an analysis of risk."),
    ]
    for rec in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans) == rec.text
