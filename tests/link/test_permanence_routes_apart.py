"""Routes to permanence are kinds apart (linking.json recurrence.covers 'apart', permanence-planning): an item on
permanence for children in long-term foster care does not raise one on how soon children move to adoptive homes
again, nor the other way round; an item on timely permanence in general still raises either, and one route asked
again still recurs."""

from __future__ import annotations

from tests.link.recurrences import link_between

ADOPTION = "Reduce the time children wait before they progress into adoptive placements."


def test_long_term_fostering_does_not_raise_adoption_again(tmp_path):
    later = "Improve permanence planning for children living in long-term foster care, so that their matches are confirmed."
    assert link_between(tmp_path, later, ADOPTION) != "recurs"


def test_special_guardianship_does_not_raise_adoption_again(tmp_path):
    later = "Improve permanence planning for children who may live with relatives under special guardianship orders."
    assert link_between(tmp_path, later, ADOPTION) != "recurs"


def test_adoption_asked_again_still_recurs(tmp_path):
    later = "Ensure that children who need adoption progress into adoptive placements without delay."
    assert link_between(tmp_path, later, ADOPTION) == "recurs"


def test_timely_permanence_in_general_still_raises_adoption_again(tmp_path):
    later = "Ensure that permanence planning is timely for every child in care."
    assert link_between(tmp_path, later, ADOPTION) == "recurs"
