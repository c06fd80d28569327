"""The agency decision-maker's adoption decisions and the adoption panel's work are two concerns (linking.json
recurrence.senses_apart, adoption-decisions): the reasons recorded for a decision do not raise acting on the panel
chair's feedback again; either asked again still recurs."""

from __future__ import annotations

from tests.link.recurrences import link_between

PANEL = "Ensure that managers act on the feedback of the adoption panel chair about the reports presented to the panel."


def test_the_decision_makers_reasons_do_not_raise_the_panels_feedback_again(tmp_path):
    later = "Ensure that the agency decision-maker records clear reasons for every adoption decision on the child's file."
    assert link_between(tmp_path, later, PANEL) != "recurs"


def test_the_panels_work_asked_again_still_recurs(tmp_path):
    later = "Improve the quality of the reports presented to the adoption panel, acting on the panel chair's feedback."
    assert link_between(tmp_path, later, PANEL) == "recurs"


def test_the_decision_makers_reasons_asked_again_still_recur(tmp_path):
    earlier = "Ensure that the agency decision maker's rationale for each adoption decision is clearly recorded."
    later = "Ensure that the agency decision-maker records clear reasons for every adoption decision on the child's file."
    assert link_between(tmp_path, later, earlier) == "recurs"
