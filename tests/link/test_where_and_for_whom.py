"""A team named as where the work is done, a team among two joined under one word, the group a service is for: read as
whom an item asks of, not as a second ask (ontology/themes.ttl th:adoption-support; linking.json themes.team_named,
recurrence.apart_by_whom 'coordinated' and its groups, themes.for_the_group). Black-box testers' pairs, reworded."""

from __future__ import annotations

import pytest

from findings.link.themes import concerns_of
from tests.link.recurrences import link_between

TH = "https://w3id.org/findings/id/concept/theme/"


def test_support_for_adoptive_families_is_not_timely_adoption(tmp_path):
    """Post-adoption support is a service of its own: its timeliness is not the timeliness of adoption."""
    later = "The timeliness of adoption support assessments for adoptive families."
    assert link_between(tmp_path, later, "Improve the timeliness of adoption for children with a plan for adoption.") != "recurs"


def test_adoption_support_asked_again_recurs(tmp_path):
    later = "Improve the timeliness of post-adoption support for adoptive families."
    assert link_between(tmp_path, later, "Adoptive families receive timely adoption support when they need it.") == "recurs"


def test_a_team_named_as_where_the_work_is_done_does_not_sink_the_link(tmp_path):
    later = "The oversight by managers of children's plans in the disabled children's team, so that plans progress without delay."
    earlier = "Strengthen management oversight and supervision so that drift and delay in children's plans are identified."
    assert link_between(tmp_path, later, earlier) == "recurs"


def test_a_team_is_whom_the_work_is_for_unless_the_concern_is_named_elsewhere():
    where = concerns_of("Management oversight of plans in the disabled children's team.", 0.3)
    assert TH + "disabled-children" not in where and where[TH + "disabled"] == pytest.approx(0.3)
    also = concerns_of("Support for disabled children in the disabled children's team.", 0.3)
    assert also[TH + "disabled-children"] == pytest.approx(1.0)


def test_a_team_still_shares_its_concern_with_an_item_that_names_it(tmp_path):
    """The team's concern counts where the other item asks for it ('the response to disabled children')."""
    earlier = "Ensure that the frequency of visits and quality of social work practice within the disabled children's team are of"
    earlier += " a high standard."
    assert link_between(tmp_path, "The response to disabled children and their families.", earlier) == "recurs"


def test_two_teams_joined_under_one_word_name_each(tmp_path):
    earlier = "The quality and consistency of supervision for social workers in the assessment teams."
    same = "The quality of supervision for social workers in the assessment and child protection teams, so that it is reflective."
    other = "The quality of supervision for social workers in the children in care and leaving care teams."
    assert link_between(tmp_path, same, earlier) == "recurs"
    assert link_between(tmp_path, other, earlier) == "review"


def test_words_across_clauses_join_no_two_teams():
    """'… of initial assessment and the quality of supervision for personal advisers in the leaving care team' joins
    no 'initial assessment' team to the leaving care team: the words between are a clause, not a team's name
    (reviewer of h375; linking.json recurrence.apart_by_whom.coordinated 'not_between')."""
    from findings.extract.lexicons import load_json
    from findings.link.themes import whom_of

    rule = load_json("lexicons/linking.json")["recurrence"]["apart_by_whom"]
    text = "the timeliness of initial assessment and the quality of supervision for personal advisers in the leaving care team"
    assert whom_of(text, {}, rule) == {"care-leavers"}
    assert "assessment-teams" in whom_of("supervision for social workers in the assessment and child protection teams", {}, rule)


@pytest.mark.parametrize(
    ("later", "earlier", "expected"),
    [
        # care leavers' accommodation is not children in care's placements
        (
            "The sufficiency of suitable accommodation for care leavers aged 18 and over.",
            "The sufficiency of placements for children in care.",
            "",
        ),
        (
            "The sufficiency of suitable local accommodation for care leavers aged 18 to 21.",
            "The sufficiency of suitable accommodation for care leavers.",
            "recurs",
        ),
        # the child's voice in care plans and in child in need plans: two groups' plans
        (
            "The recording of children's views in their care plans.",
            "Ensure that the voice of the child is consistently recorded in child in need plans and reviews.",
            "review",
        ),
        # the front door and the assessment teams: two teams
        (
            "The consistency of supervision for social workers in the multi-agency safeguarding hub.",
            "The quality of management oversight in the assessment teams, so that delays in assessments are challenged.",
            "review",
        ),
        (
            "The consistency of supervision for social workers in the multi-agency safeguarding hub.",
            "Management oversight and supervision of social workers in the multi-agency safeguarding hub.",
            "recurs",
        ),
    ],
)
def test_another_group_or_team_is_another_ask(tmp_path, later, earlier, expected):
    assert link_between(tmp_path, later, earlier) == expected


@pytest.mark.parametrize(
    ("text", "children_in_care"),
    [
        ("Ensure that care planning is timely for children on child protection plans.", False),
        ("Ensure that care plans are timely for children on child protection plans.", False),
        ("Ensure that care planning is timely.", False),
        ("The recording of children's views in their care plans.", True),
    ],
)
def test_care_plans_name_children_in_care_only_where_no_child_in_need_is_named(text, children_in_care):
    """'Care planning' is said of any child's plan, and 'care plans' of children on child protection plans too: only
    care plans in an item naming no child in need or child protection group are children in care's (reviewer of h375;
    linking.json recurrence.apart_by_whom, children-in-care 'says_unless')."""
    from findings.extract.lexicons import load_json
    from findings.link.themes import concerns_of, whom_of

    rule = load_json("lexicons/linking.json")["recurrence"]["apart_by_whom"]
    assert ("children-in-care" in whom_of(text, concerns_of(text, 0.3), rule)) is children_in_care
