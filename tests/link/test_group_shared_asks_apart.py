"""Two items that share only a group of children, each asking something else of it, wait for review; a practice asked
for two different cohorts is two asks; and the words a later framework uses for a concern raise it again
(ontology/themes.ttl, linking.json recurrence.whom_only, recurrence.apart_by_whom, themes.for_the_group,
themes.completed_later): black-box testers helper-332 and helper-333."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences, _themes

_FILLER_EARLIER = "The quality of return home interviews for children who go missing."
_FILLER_LATER = "The timeliness of initial child protection conferences."


def _recurs(tmp_path, earlier: str, later: str) -> bool:
    """Does the later item recur the earlier (each beside an unrelated filler item)?"""
    return ("ofsted-2025", "2", "1") in _recurrences(tmp_path, [earlier, _FILLER_EARLIER], [_FILLER_LATER, later])


def test_short_breaks_for_disabled_children_do_not_raise_their_assessments_again(tmp_path):
    """Short breaks are a service of their own, not the group alone: the two share only disabled children."""
    assert not _recurs(
        tmp_path,
        "Ensure that disabled children have up-to-date assessments of their needs.",
        "The availability of short breaks for disabled children.",
    )


def test_short_breaks_are_no_placement_sufficiency(tmp_path):
    """'The sufficiency of short breaks' is no sufficiency of placements for children in care."""
    earlier = "Ensure that the local authority's sufficiency strategy delivers enough foster placements for teenagers."
    assert not _recurs(tmp_path, earlier, "The sufficiency of short breaks for disabled children and their families.")


def test_learning_english_does_not_raise_unaccompanied_childrens_health_assessments_again(tmp_path):
    earlier = "Ensure that unaccompanied asylum-seeking children have their health needs assessed promptly."
    assert not _recurs(tmp_path, earlier, "The support for unaccompanied asylum-seeking children to learn English.")


def test_an_item_about_the_group_alone_still_recurs(tmp_path):
    earlier = "Ensure that unaccompanied asylum-seeking children have their health needs assessed promptly."
    assert _recurs(tmp_path, earlier, "The response to unaccompanied asylum-seeking children.")


def test_visits_to_two_cohorts_of_children_are_two_asks(tmp_path):
    """Visits to children in care do not raise visits to children subject to child protection plans again."""
    earlier = "Ensure that all children subject to child protection plans are visited within timescales."
    assert not _recurs(tmp_path, earlier, "The timeliness of visits to children in care.")


def test_health_needs_assessed_are_health_assessments(tmp_path):
    earlier = "Ensure that the health needs of children looked after are assessed promptly."
    assert _recurs(tmp_path, earlier, "The timeliness of health assessments for children looked after.")


def test_plans_for_care_experienced_young_people_are_pathway_plans(tmp_path):
    earlier = "Ensure that pathway plans for care leavers are up to date."
    later = "The quality of plans for care-experienced young people, so that they are kept up to date."
    assert _recurs(tmp_path, earlier, later)


def test_long_term_homes_are_permanence(tmp_path):
    earlier = "Ensure that permanence is secured for children without delay."
    assert _recurs(tmp_path, earlier, "The timeliness with which children in care are found long-term homes.")


def test_care_leavers_housing_is_their_accommodation(tmp_path):
    earlier = "Improve the range of suitable accommodation for care leavers."
    assert _recurs(tmp_path, earlier, "The help available to care leavers to find suitable housing.")


def test_housing_is_a_young_persons_place_to_live_read_for_the_group():
    """Housing beside homeless 16- and 17-year-olds is their homelessness, not placements for children in care; a later
    word completes 'health needs' as an assessment only in the same clause."""
    homeless = _themes("Ensure that homeless 16- and 17-year-olds are jointly assessed by children's services and housing.")
    assert "placements" not in homeless and "homeless" in homeless
    assert _themes("Ensure that health needs are met and that the care plan is assessed.") >= {"health-needs"}
    assert "health-assessments" not in _themes("Ensure that health needs are met and that the care plan is assessed.")
