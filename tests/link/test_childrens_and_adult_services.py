"""Children's and adult services side by side are two services working together, not a young person's move from one
to the other (linking.json themes.not_concerns; ontology/themes.ttl th:transitions): joint work 'within children's and
adult services' for care leavers at risk does not raise transition planning for disabled children again (the
twenty-second and twenty-third blind readings of tests/gold/pairs), while a transition between them still does."""

from __future__ import annotations

from tests.link.recurrences import link_between

EARLIER = "Improve transition planning for young people with disabilities as they approach adulthood."


def test_joint_work_of_childrens_and_adult_services_is_no_transition(tmp_path):
    later = "Joint arrangements across children's and adult services to share information about care leavers who use drugs."
    assert link_between(tmp_path, later, EARLIER) == ""


def test_a_transition_between_childrens_and_adult_services_still_recurs(tmp_path):
    later = "Planning for the transition between children's and adult services for young people with complex needs."
    assert link_between(tmp_path, later, EARLIER) == "recurs"
