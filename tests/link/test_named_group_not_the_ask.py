"""Words that name whom an item is about are not what it asks, and what is asked for a group is that group's
concern (ontology/themes.ttl, linking.json themes.for_the_group): black-box tester helper-335 and the twentieth blind
reading of tests/gold/pairs (p182)."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences

_FILLER_EARLIER = "The quality of return home interviews for children who go missing."
_FILLER_LATER = "The timeliness of initial health assessments for children entering care."


def test_children_the_subject_of_a_plan_are_a_group_not_an_ask_about_plans(tmp_path):
    """'who are the subject of a child protection plan' names the children; the earlier item asks for assessments."""
    earlier = [
        "Ensure that all children who are the subject of a child protection plan have an up-to-date written assessment of "
        "their needs.",
        _FILLER_EARLIER,
    ]
    later = [_FILLER_LATER, "Improve the quality of child protection plans so that they are specific and measurable."]
    assert _recurrences(tmp_path, earlier, later) == set()


def test_care_leavers_accommodation_needs_raised_again_by_their_homes(tmp_path):
    """A pathway plan that addresses care leavers' accommodation needs asks for their accommodation, which an item on
    helping them find and keep suitable homes raises again."""
    earlier = [
        "Ensure that all eligible care leavers have a pathway plan that addresses their accommodation needs.",
        _FILLER_EARLIER,
    ]
    later = [_FILLER_LATER, "How well care leavers are helped to find and keep suitable homes."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "2", "1")}


def test_homeless_young_peoples_section_20_entitlements_are_their_concern(tmp_path):
    """An item listing groups, one of them homeless 16- and 17-year-olds, raises again an earlier ask that they be told
    of their entitlements under section 20 (p182): those are homelessness's, not a function that outweighs it."""
    earlier = [
        "Ensure that 16- and 17-year-old homeless young people are given clear information about their entitlements to "
        "accommodation and support under section 20 of the Children Act 1989.",
        _FILLER_EARLIER,
    ]
    later = [
        _FILLER_LATER,
        "The response to disabled children, children in private fostering arrangements, and children who are homeless "
        "aged 16 and 17.",
    ]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "2", "1")}


def test_accommodation_needs_are_the_named_groups_own():
    """'Accommodation needs' are care leavers' accommodation only beside care leavers: a homeless 16- or 17-year-old's
    are homelessness, a child in care's a placement (reviewer helper-345: both read as care leavers' accommodation)."""
    from findings.link.themes import themes_of

    def of(text: str) -> set[str]:
        return {theme.rsplit("/", 1)[1] for theme in themes_of(text)}

    homeless = of("Ensure that the accommodation needs of 16- and 17-year-olds who present as homeless are assessed promptly.")
    in_care = of("Ensure that children in care have their accommodation needs met when they move placement.")
    leavers = of("Ensure that all eligible care leavers have a pathway plan that addresses their accommodation needs.")
    assert "care-leaver-accommodation" not in homeless | in_care and "care-leavers" not in homeless | in_care
    assert "homeless" in homeless and "placements" in in_care and "care-leaver-accommodation" in leavers
