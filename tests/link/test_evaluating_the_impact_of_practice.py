"""The difference practice makes to children is a generic practice concern (linking.json recurrence.in_passing), and
'evaluate' and 'analyse' open what an item asks to have reviewed (recurrence.asks): audits that evaluate the impact
of practice do not raise an outcome-focused approach to practice again (recurrence.asks holds the pair for review);
an outcome focus asked again still recurs."""

from __future__ import annotations

from tests.link.recurrences import link_between

OUTCOMES = "Embed a focus on outcomes in the practice of every team and at all levels of management."


def test_audits_evaluating_the_impact_of_practice_do_not_raise_an_outcome_focus_again(tmp_path):
    later = "Ensure that managers use case audits to evaluate the impact of practice on children's lives."
    assert link_between(tmp_path, later, OUTCOMES) == "review"


def test_an_outcome_focus_asked_again_still_recurs(tmp_path):
    later = "Establish an outcome-focused approach to practice in every team."
    assert link_between(tmp_path, later, OUTCOMES) == "recurs"
