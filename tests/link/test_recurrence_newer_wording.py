"""Recurrences an unseen tester (helper-224) found wrong on three councils' chains: Ofsted's newer 'homes' for the
accommodation of care leavers, a coordinated 'sufficiency and stability', the plans of disabled children as a kind of
plan apart, and the acknowledgement of referrals as an ask apart from screening them."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences, _themes


def test_homes_are_placements_and_a_care_leavers_homes_their_accommodation():
    """Since about 2022 Ofsted says 'homes' where it said 'placements' and 'accommodation' (ontology/themes.ttl;
    linking.json, themes.for_the_group); a home that is no placement names none."""
    leavers = _themes("How well care leavers are supported to secure and stay in suitable homes.")
    assert "care-leaver-accommodation" in leavers and "placements" not in leavers
    # their range is the placements' sufficiency, a concern under placements (black-box tester bb373)
    assert "placement-sufficiency" in _themes("The range of suitable homes for children in care.")
    assert "placements" in _themes("Suitable homes for children in care.")
    # beside children in care, whose homes they are is unclear: the placements' reading alone
    both = _themes("Children in care live in stable homes, and care leavers are well supported by their advisers.")
    assert "placement-stability" in both and "care-leaver-accommodation" not in both
    for text in (
        "Children who return home after a period in care are visited often.",
        "Home visits to children in need are timely.",
        "Children are seen alone in their homes.",
        "Children are helped to remain in their family homes.",
    ):
        assert not {"placements", "care-leaver-accommodation"} & _themes(text), text
    assert _themes("The quality of care in children's homes.") == {"placement-sufficiency"}


def test_a_care_leavers_suitable_homes_raise_their_suitable_accommodation_again(tmp_path):
    earlier = [
        "Help for care leavers to secure and stay in suitable accommodation.",
        "The range of placements for children in care close to where they grew up.",
    ]
    later = [
        "How well care leavers are supported to secure and stay in suitable homes.",
        "The timeliness of initial health assessments for children in care.",
    ]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "1")}


def test_a_word_joined_to_a_labels_last_word_completes_its_own_label():
    """'Placement sufficiency and stability' names placement stability too (linking.json, themes.coordinated)."""
    assert {"placement-sufficiency", "placement-stability"} <= _themes("Placement sufficiency and stability for children.")
    assert "conferences" in _themes("The timeliness of child protection plans and conferences.")
    assert "care-plans" not in _themes("Support for care leavers and their families.")


def test_placement_sufficiency_and_stability_is_raised_again_by_the_stability_of_homes(tmp_path):
    earlier = [
        "Placement sufficiency and stability for children looked after, so that fewer children move.",
        "The timeliness of return home interviews for children who go missing.",
    ]
    later = ["The stability of homes for children in care, so that fewer children experience moves."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "1")}


def test_the_plans_of_disabled_children_are_a_kind_of_plan_apart(tmp_path):
    """Plans for disabled children moving to adult services are not child protection or child in need plans
    (linking.json, recurrence.covers.apart); an earlier item on those children's transition plans is raised again."""
    earlier = [
        "Ensure that child protection and child in need plans are specific and say what must change.",
        "Improve transition plans for disabled young people moving to adult services.",
    ]
    later = ["The quality of plans for disabled young people as they move into adulthood."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "2")}


def test_acknowledging_referrals_is_not_screening_them(tmp_path):
    earlier = [
        "Ensure that referrals are acknowledged in writing within two working days.",
        "Ensure that all referrals are screened by a qualified social worker on the day of receipt.",
    ]
    later = ["Ensure that all referrals are screened by a qualified social worker within one working day."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "2")}


def test_a_kind_of_placement_care_leavers_lived_in_is_not_their_accommodation(tmp_path):
    """'children's homes', 'residential homes' are where children in care live, not care leavers' accommodation
    (reviewer helper-233; linking.json themes.for_the_group not_beside)."""
    earlier = ["Ensure that care leavers live in suitable accommodation."]
    for later in (
        "Ensure that staff in children's homes prepare care leavers for independence.",
        "Ensure that care leavers who lived in residential homes out of area are offered the same support as others.",
    ):
        assert _recurrences(tmp_path, earlier, [later]) == set(), later
