"""A peer review's recommendation that follows an earlier recommendation up raises its concern again (Recurred),
unless it asks that an improvement the review confirms be kept ('… so that the improved timeliness of initial health
assessments is sustained'): the concern met, not raised again (tester helper-286; extract/lexicons/status.json
'sustains')."""

from __future__ import annotations

import pytest

from findings.build import build
from tests.link.test_recurrence import _report
from tests.status.test_later_findings import PEER_REVIEW

_KLOE = "How well does the council meet the health needs of children in care?"
_FOUND = (
    "3.1 Initial health assessments for children in care are now timely. In the last six months 91% were completed\n"
    "within 20 working days, and initial health assessments for children in care are of good quality.\n"
)


@pytest.mark.parametrize(
    ("asked", "status"),
    [
        ("Improve the timeliness of initial health assessments for children in care.", "Recurred"),
        (
            "Secure permanent funding for the health team so that the improved timeliness of initial health assessments "
            "for children in care is sustained.",
            None,
        ),
        ("Sustain the improvement in the timeliness of initial health assessments for children in care.", None),
        ("Maintain the improved timeliness of initial health assessments for children in care.", None),
    ],
)
def test_a_call_to_sustain_an_improvement_does_not_raise_the_concern_again(tmp_path, asked, status):
    """The review finds initial health assessments timely and asks the council to keep them so: the 2021
    recommendation on their timeliness is not Recurred as of the review (it was), though the review still follows it
    up; a call for the work itself ('Improve the timeliness …') still raises it again."""
    review = PEER_REVIEW.format(kloe=_KLOE, body=_FOUND + f"4. Areas to consider\n- {asked}\n")
    (tmp_path / "riverton-2021.md").write_text(
        _report(2021, ["The timeliness of initial health assessments for children in care."]), encoding="utf-8"
    )
    (tmp_path / "riverton peer review feedback.txt").write_text(review, encoding="utf-8")
    x = build([tmp_path]).extraction
    [rec] = [r for r in x.recommendations if r.assessment.endswith("peer-review-2023")]
    assert rec.text == asked
    follows = {
        (link.source.identifier, link.target.identifier)
        for link in x.links
        if link.kind == "followsUp" and link.asserted and link.source.kind == "recommendation"
    }
    assert follows == {("1", "1")}
    recurred = [s for s in x.statuses if s.item.assessment.endswith("ofsted-2021") and s.status == "Recurred"]
    assert [s.status for s in recurred] == ([status] if status else [])
