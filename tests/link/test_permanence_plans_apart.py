"""Plans for permanence are a kind of plan apart (linking.json recurrence.covers 'apart', plan-quality): the tracking
of children's plans so that permanence comes without delay does not raise the focus of child protection plans on
risk again; children's plans in general still raise either, and permanence asked again still recurs."""

from __future__ import annotations

from tests.link.recurrences import link_between

PROTECTION = "Ensure that the progress of child protection plans is focused on the reduction of risk."


def test_plans_for_permanence_do_not_raise_child_protection_plans_again(tmp_path):
    later = "Strengthen the tracking of children's plans so that permanence is achieved without delay."
    assert link_between(tmp_path, later, PROTECTION) != "recurs"


def test_childrens_plans_in_general_still_raise_child_protection_plans_again(tmp_path):
    later = "Ensure that the progress of children's plans is focused on reducing risk."
    assert link_between(tmp_path, later, PROTECTION) == "recurs"


def test_permanence_asked_again_still_recurs(tmp_path):
    earlier = "Ensure that there is no delay in permanence planning for children in care."
    later = "Provide rigorous tracking of children's plans when they come into care, so that permanence is achieved quickly."
    assert link_between(tmp_path, later, earlier) == "recurs"
