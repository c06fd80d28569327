"""Recurrence on blind judges' councils (helper-200, helper-205): a plain-language rewording of a narrow concern recurs ('care
leavers' access to their health information' raises 'a copy of their health histories' again; 'the participation of
children in care in shaping services' raises 'views … used to influence service development')."""

from __future__ import annotations

import pytest

from tests.link.recurrences import link_between
from tests.link.test_recurrence import _recurrences


def _recurs(tmp_path, later: str, earlier: str) -> bool:
    return link_between(tmp_path, later, earlier) == "recurs"


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (
            "Care leavers' access to their health information and to support for their emotional health.",
            "Ensure that all care leavers receive a copy of their health histories.",
        ),
        (
            "The effectiveness of the participation of children and young people in shaping services.",
            "Ensure that the views of children and young people are routinely gathered and used to shape and improve services.",
        ),
        (
            "The sufficiency of placements for children in care, particularly for adolescents and sibling groups.",
            "Increase the number and range of local foster placements, including for older children and sibling groups, so "
            "that fewer children are placed at a distance from Sandwell.",
        ),
        (
            "The stability of homes for children in care, and the sufficiency of local homes that meet their needs.",
            "The stability of placements for children in care, so that fewer children experience multiple moves.",
        ),
        (  # tester helper-281: an earlier era's words for agency staff and the same worker had no theme at all
            "The stability of the social work workforce, so that fewer children have their work passed between agency staff.",
            "Cut the proportion of social workers employed through an agency, so that children have continuity of worker.",
        ),
        (
            "The participation of children in care in shaping services.",
            "Ensure that the views of children looked after are gathered and used to influence service development, "
            "including through an effective children in care council.",
        ),
        (  # tester helper-312: Ofsted's newer word for the interview after a missing episode
            "The timeliness of return home conversations when children have been missing, and the use of what they say.",
            "Ensure that children who go missing are offered a return home interview and that the information is used well.",
        ),
    ],
)
def test_a_rewording_of_a_narrow_concern_recurs(tmp_path, later, earlier):
    assert _recurs(tmp_path, later, earlier)


@pytest.mark.parametrize(
    ("later", "earlier", "recurs"),
    [
        (  # reviewer helper-207: naming the children by their plan must not hide the plans' concern
            "The proportion of children who become subject to a child protection plan for a second or subsequent time.",
            "Reduce the number of children subject to child protection plans for a second or subsequent time.",
            True,
        ),
        (
            "The quality and timeliness of child protection plans, so that they are specific about what needs to change.",
            "Ensure that children subject to child protection plans have plans that are specific, measurable and "
            "regularly reviewed.",
            True,
        ),
        (  # supervising foster carers is no statutory visit to a child
            "Ensure that foster carers are visited regularly by their supervising social workers, and that their annual "
            "reviews are timely.",
            "Ensure that children in care are visited within timescales and seen alone.",
            False,
        ),
    ],
)
def test_children_on_plans_and_visits(tmp_path, later, earlier, recurs):
    assert _recurs(tmp_path, later, earlier) is recurs


def test_an_item_on_child_protection_plans_themselves_still_recurs(tmp_path):
    later = "The quality of child protection plans, so that they are specific about what needs to change."
    earlier = "Ensure that child protection plans are specific and outcome-focused."
    assert _recurs(tmp_path, later, earlier)


def test_a_concern_named_as_one_of_the_parental_factors_an_assessment_weighs_is_not_that_concern(tmp_path):
    """'… an analysis of the impact of parental mental ill-health, substance misuse and domestic abuse' asks for
    assessments that weigh the three together (themes.ttl, parental factors), not for a response to domestic abuse
    (helper-205: a later item on multi-agency arrangements for domestic abuse recurred it at 0.85)."""
    later = "Multi-agency arrangements for children who are at risk of harm from domestic abuse."
    earlier = (
        "The quality and analysis of assessments, so that they take account of the impact of parental mental ill-health, "
        "substance misuse and domestic abuse on children."
    )
    assert not _recurs(tmp_path, later, earlier)
    assert _recurs(
        tmp_path, "The response to children living with domestic abuse.", "Improve the multi-agency response to domestic abuse."
    )


def test_health_needs_assessed_on_time_are_the_initial_health_assessments(tmp_path):
    """Unseen tester helper-307: 'have their health needs assessed on time' asks for the health assessments a later
    item on the timeliness of initial health assessments asks for again (themes.ttl, th:health-assessments); it had
    not even been a candidate."""
    earlier = [
        "Ensure that children in care have their health needs assessed on time, and that their dental checks are up to date.",
        "Ensure that care leavers have access to suitable accommodation.",
        "Improve the quality of child protection plans.",
    ]
    later = ["The timeliness of initial health assessments for children coming into care."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "1")}


def test_the_threshold_for_a_child_protection_enquiry_is_no_enquiry(tmp_path):
    """Unseen tester helper-307: referrals that meet the threshold for a child protection enquiry, allocated on the day,
    are about how referrals are taken up; the threshold named (themes.ttl, th:thresholds) is no strategy discussion, and
    the timeliness of strategy discussions out of hours had raised them again (0.474)."""
    earlier = [
        "Ensure that all referrals that meet the threshold for a child protection enquiry are allocated to a qualified social "
        "worker on the day they are received.",
        "Ensure that care leavers have access to suitable accommodation.",
    ]
    later = [
        "The timeliness of strategy discussions when concerns about a child escalate out of hours.",
        "The suitability of accommodation for care leavers.",
    ]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "2", "2")}


def test_performance_information_on_the_quality_of_front_line_practice_recurs(tmp_path):
    """Unseen tester helper-307: 'the quality of front-line practice' is the quality of practice (themes.ttl,
    th:practice-quality), so performance information on it shares more than how the service is run and is judged by
    the recurrence threshold, not recurrence.machinery's (it had waited for review at 0.605)."""
    earlier = [
        "Improve the analysis of performance information so that senior managers and the Local Safeguarding Children Board "
        "understand the quality of front-line practice.",
        "Ensure that care leavers have access to suitable accommodation.",
        "Ensure that assessments of unborn babies are started early enough in pregnancy to allow for effective planning.",
        "Ensure that the minutes of child protection conferences are sent to parents within 20 working days.",
    ]
    later = [
        "Ensure that senior leaders and elected members receive accurate performance information on the quality of practice.",
        "The suitability of accommodation for care leavers.",
    ]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "1"), ("ofsted-2025", "2", "2")}
