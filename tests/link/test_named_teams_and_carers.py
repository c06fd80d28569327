"""A team by any of its common names, both kinds of exploitation named under one noun, other words for what an item asks,
and the assessments of carers or of a service that are that concern's, not children's assessments in general
(linking.json recurrence.apart_by_whom's groups, themes.coordinated; ontology/themes.ttl). Black-box tester bb373's
pairs, reworded."""

from __future__ import annotations

import pytest

from findings.link.themes import concerns_of
from tests.link.recurrences import link_between

TH = "https://w3id.org/findings/id/concept/theme/"


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (
            "The consistency of supervision for social workers in the assessment service.",
            "The frequency of supervision for social workers in the children with disabilities team.",
        ),
        (
            "The consistency of supervision for social workers in the multi-agency safeguarding hub.",
            "Management oversight and supervision of social workers in the CWD team.",
        ),
        (
            "The regularity of supervision for social workers in the children with disabilities service.",
            "The regularity of supervision for social workers in the assessment teams.",
        ),
    ],
)
def test_the_disabled_childrens_team_by_any_name_is_a_team_of_its_own(tmp_path, later, earlier):
    assert link_between(tmp_path, later, earlier) == "review"


def test_social_workers_in_general_still_hold_the_disabled_childrens_team(tmp_path):
    later = "The consistency of supervision for social workers in the children with disabilities team."
    earlier = "Ensure that all social workers receive regular supervision that is recorded."
    assert link_between(tmp_path, later, earlier) == "recurs"


@pytest.mark.parametrize(
    "kinds", ["sexual and criminal exploitation", "criminal and sexual exploitation", "sexual or criminal exploitation"]
)
def test_two_kinds_of_exploitation_under_one_noun_name_each(kinds):
    named = concerns_of(f"The response to children at risk of {kinds}.", 0.3)
    assert {TH + "sexual-exploitation", TH + "criminal-exploitation"} <= set(named)


def test_sexual_and_criminal_exploitation_raises_child_sexual_exploitation_again(tmp_path):
    later = "The identification of and response to children at risk of sexual and criminal exploitation."
    earlier = "Improve the response to children at risk of child sexual exploitation, including through information sharing."
    assert link_between(tmp_path, later, earlier) == "recurs"


def test_health_and_education_plans_are_not_read_as_health_plans():
    assert TH + "sexual-exploitation" not in concerns_of("Sexual health and criminal exploitation.", 0.3)


@pytest.mark.parametrize(
    "earlier",
    ["The sufficiency of homes for children in care close to where they live.", "The sufficiency of foster placements."],
)
def test_the_range_of_suitable_homes_is_their_sufficiency(tmp_path, earlier):
    assert link_between(tmp_path, "The range of suitable homes for children in care.", earlier) == "recurs"


def test_assessments_of_kinship_carers_by_any_name_are_one_concern(tmp_path):
    later = "The timeliness of viability assessments of connected persons."
    earlier = "The timeliness of assessments of family and friends carers."
    assert link_between(tmp_path, later, earlier) == "recurs"


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (
            "The timeliness of assessments for adoption support.",
            "Ensure that all children in need of help and protection have a timely assessment of their needs and that"
            " assessments are updated when circumstances change.",
        ),
        (
            "The timeliness of assessments of prospective special guardians.",
            "Improve the timeliness of assessments so that children and families receive help without delay.",
        ),
    ],
)
def test_an_assessment_of_a_carer_or_for_a_service_is_not_childrens_assessment(tmp_path, later, earlier):
    assert link_between(tmp_path, later, earlier) == ""


def test_special_guardians_assessments_keep_special_guardianship():
    named = concerns_of("The timeliness of assessments of prospective special guardians.", 0.3)
    assert {TH + "carer-assessments", TH + "special-guardianship"} <= set(named) and TH + "assessments" not in named
