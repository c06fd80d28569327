"""Agencies sharing information is a concern of its own (ontology/themes.ttl, th:information-sharing), not an
assessment of a child: multi-agency arrangements to promote information-sharing and the analysis of risk for care
leavers do not raise a call for better social work assessments again (the twenty-first to twenty-third blind readings
of tests/gold/pairs), while an earlier call for agencies to share information is raised again."""

from __future__ import annotations

from tests.link.recurrences import link_between

LATER = (
    "Joint arrangements between agencies to promote information-sharing, analysis of risk and planning for care leavers "
    "who misuse drugs."
)


def test_information_sharing_with_an_analysis_of_risk_is_no_call_for_better_assessments(tmp_path):
    earlier = "Improve the quality of social work assessments so that they analyse risk to children."
    assert link_between(tmp_path, LATER, earlier) != "recurs"


def test_information_sharing_raises_information_sharing_again(tmp_path):
    earlier = "Ensure that partner agencies share information promptly about care leavers at risk."
    assert link_between(tmp_path, LATER, earlier) == "recurs"
