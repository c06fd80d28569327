"""A generic practice concern (supervision, caseloads, training, oversight) asked of one staff group, team or cohort
of children is not raised again by the same concern asked of another (extract/lexicons/linking.json,
recurrence.apart_by_whom): such a pair waits for review; the same group named in other words still recurs."""

from __future__ import annotations

import pytest

from findings.build import build
from findings.extract.lexicons import PatternError
from findings.link.themes import apart_by_whom
from tests.link.test_recurrence import _recurrences, _report

HEALTH = "The timeliness of initial health assessments for children in care."


def test_supervision_of_personal_advisers_does_not_raise_supervision_in_the_assessment_teams(tmp_path):
    """Leaving-care workers and assessment-team social workers are two staff groups; 'social workers in the
    assessment service' are the assessment teams in other words."""
    earlier = ["The quality of supervision of social workers in the assessment teams.", HEALTH]
    later = [
        "The quality of supervision of personal advisers.",
        "The quality of reflective supervision for social workers in the assessment service.",
    ]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "2", "1")}


def test_which_item_names_which_group_and_where_does_not_matter(tmp_path):
    """The earlier item on personal advisers, the later on the assessment teams: still two groups; a later item that
    names the personal advisers before their supervision raises the earlier one again."""
    earlier = ["The frequency and quality of supervision for personal advisers.", HEALTH]
    later = [
        "Management oversight and supervision of social work practice in the duty and assessment teams.",
        "Personal advisers receive management oversight and supervision that is frequent and of good quality.",
    ]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "2", "1")}


@pytest.mark.parametrize(
    ("earlier", "other_group", "same_group"),
    [
        (
            "The size of caseloads held by personal advisers.",
            "Caseloads of social workers in the child in need teams, so that they can visit children often enough.",
            "Caseloads in the leaving care team are manageable.",
        ),
        (
            "Training for social workers in the children in need teams on neglect.",
            "Training for personal advisers on supporting care leavers into work.",
            "Training for social workers working with children in need on recognising neglect.",
        ),
        (
            "The quality of management oversight by team managers.",
            "The oversight and supervision of independent reviewing officers.",
            "Team managers' oversight of social workers' decisions is recorded.",
        ),
    ],
)
def test_a_generic_concern_asked_of_another_staff_group_or_cohort_is_no_recurrence(tmp_path, earlier, other_group, same_group):
    assert _recurrences(tmp_path, [earlier, HEALTH], [other_group, same_group]) == {("ofsted-2025", "2", "1")}


def test_groups_are_compared_by_the_most_specific_each_item_names():
    rule = {
        "whom": {
            "social-work": {"says": ["social workers"]},
            "assessment-teams": {"within": "social-work", "says": ["assessment teams"]},
            "children-in-care": {"within": "social-work", "says": ["children in care"]},
            "care-leavers": {"says": ["personal advisers"]},
        }
    }
    assert apart_by_whom(frozenset({"assessment-teams"}), frozenset({"care-leavers"}), rule)
    assert apart_by_whom(frozenset({"assessment-teams"}), frozenset({"social-work", "children-in-care"}), rule)
    assert not apart_by_whom(frozenset({"assessment-teams", "social-work"}), frozenset({"social-work"}), rule)
    assert not apart_by_whom(frozenset({"assessment-teams"}), frozenset(), rule)


def test_a_group_within_one_the_rule_lacks_is_a_clear_error():
    rule = {"whom": {"assessment-teams": {"within": "social-wrok"}, "care-leavers": {}}}
    with pytest.raises(PatternError, match="social-wrok"):
        apart_by_whom(frozenset({"assessment-teams"}), frozenset({"care-leavers"}), rule)


def test_two_groups_raising_one_earlier_concern_for_all_staff_do_not_raise_each_other(tmp_path):
    """Supervision for the assessment teams (2021) and for personal advisers (2025) each raise 2017's supervision for
    all staff again; that does not make the 2025 item raise the 2021 one (recurrence.raised_together)."""
    reports = {
        2017: ["The quality and regularity of supervision for all staff.", HEALTH],
        2021: ["The quality and regularity of supervision for social workers in the assessment teams.", HEALTH],
        2025: ["The quality and regularity of supervision for personal advisers."],
    }
    for year, items in reports.items():
        (tmp_path / f"riverton-{year}.md").write_text(_report(year, items), encoding="utf-8")
    asserted = {
        (link.source.assessment.rsplit("/", 1)[-1], link.target.assessment.rsplit("/", 1)[-1])
        for link in build([tmp_path]).extraction.links
        if link.kind == "recurs" and link.asserted
    }
    assert asserted == {("ofsted-2021", "ofsted-2017"), ("ofsted-2025", "ofsted-2017")}


def test_a_group_phrase_inside_a_longer_phrase_of_another_service_names_no_group():
    """'the health assessment service' is the health service's, not the assessment teams (reviewer helper-242;
    linking.json recurrence.apart_by_whom, the group's 'not_in')."""
    from findings.extract.lexicons import load_json
    from findings.link.themes import whom_of

    rule = load_json("lexicons/linking.json")["recurrence"]["apart_by_whom"]
    assert "assessment-teams" not in whom_of("the timeliness of referrals to the health assessment service", {}, rule)
    assert "assessment-teams" in whom_of("supervision of staff in the assessment service", {}, rule)


@pytest.mark.parametrize(
    ("earlier", "other_cohort", "same_cohort"),
    [
        (
            "Ensure that the virtual school tracks the attainment of looked after young people and narrows the gap with "
            "their peers.",
            "Ensure that services are available to support improved attainment of all care leavers.",
            "Improve the educational attainment of children in care, with the virtual school's tracking of their progress.",
        ),
        (
            "Make sure that care leavers receive help with their emotional and mental health when they need it.",
            "Children in care receive timely help with their emotional and mental health.",
            "Care leavers get support for their emotional and mental health once they reach adulthood.",
        ),
    ],
)
def test_an_outcome_asked_for_another_cohort_of_children_is_no_recurrence(tmp_path, earlier, other_cohort, same_cohort):
    """Education and health are asked for every cohort alike (recurrence.apart_by_whom's themes): the attainment of
    care leavers does not raise the virtual school's work for looked after young people again, nor the mental health of
    children in care that of care leavers (tests/gold/pairs: care leavers' support against looked-after children's
    attainment); the same cohort, in other words, still recurs."""
    assert _recurrences(tmp_path, [earlier, HEALTH], [other_cohort, same_cohort]) == {("ofsted-2025", "2", "1")}
