"""What a status word or sentence says, in the words councils and inspectors use. A plan's status cell that says
only that an action is late ('Delayed', 'Off track', 'On hold') says it is still to do, as 'Overdue' does, not that
work on it is under way; one that says it is done in part ('Partly completed: 2 of 3 audits done') is under way, never
done; one that says it was met, delivered, rolled out, approved or went live ('Met', 'BAU', 'Training has been
delivered to every team manager') is done."""

from __future__ import annotations

import pytest

from findings.status.cues import later_verdict, progress_of


@pytest.mark.parametrize(
    "cell,progress",
    [
        ("Delayed", "Planned"),
        ("Slipped", "Planned"),
        ("Off track", "Planned"),
        ("Behind schedule", "Planned"),
        ("On hold", "Planned"),
        ("Overdue", "Planned"),
        ("At risk", "Underway"),
        ("Started", "Underway"),
        ("Partially complete", "Underway"),
        ("Partly completed: 2 of 3 audits done", "Underway"),
        ("The protocol has been partially implemented.", "Underway"),
        ("The review has been completed in part.", "Underway"),
        ("The audit has been completed and partner agencies have agreed the protocol.", "Done"),
        ("Complete", "Done"),
        ("Met", "Done"),
        ("Not met", "Planned"),
        ("Partially met", "Underway"),
        ("BAU", "Done"),
        ("Delivered", "Done"),
        ("Training has been delivered to every team manager.", "Done"),
        ("Training will be delivered in May.", "Planned"),
        ("The new case recording system went live in May 2025.", "Done"),
        ("The protocol has been rolled out across all teams.", "Done"),
        ("The sufficiency strategy was approved by Cabinet in June 2025.", "Done"),
        ("The strategy has not yet been approved.", "Underway"),
        ("The target has been met.", "Done"),
    ],
)
def test_what_a_status_cell_says_of_how_far_the_work_has_got(cell, progress):
    assert progress_of(cell) == progress


@pytest.mark.parametrize(
    "sentence,improved",
    [
        ("There has been significant improvement in the timeliness of assessments.", True),
        ("Assessments are stronger and set out clearly what needs to change.", True),
        ("Improvements in the quality of plans have been sustained.", True),
        ("Children no longer wait for an allocated social worker.", True),
        ("Improvements in the quality of plans have not been sustained.", False),
        ("The front door is no longer effective in identifying risk.", False),
        ("The quality of assessments remains variable.", False),
        # helper-191: a strength stated with no cue was read as no improvement, and so Recurred
        ("Since the last inspection in 2019, the oversight of children who are electively home educated is strong.", True),
        ("Since the last inspection in 2019, care leavers now receive their health histories.", True),
        ("Since the last inspection, children wait too long for a permanent home.", False),
        # reviewer helper-195: 'now' confirms nothing in a sentence that states a weakness
        ("Since the last inspection, more children now experience delay in permanence.", False),
        ("Since the last inspection, children now wait longer for their initial health assessments.", False),
    ],
)
def test_what_a_later_inspection_says_of_a_concern_it_raised_before(sentence, improved):
    """A later inspection's word that a matter improved, in the words inspectors use ('significant improvement',
    'stronger', 'no longer wait'); a word that it fell back is no improvement."""
    assert (later_verdict(sentence) is True) is improved


def test_a_later_inspections_sentence_that_says_neither_gives_no_verdict():
    """'Since the last inspection, leaders have introduced a new practice model': nothing said of how the matter
    stands, so no status from it (it had made the recommendation Recurred)."""
    assert later_verdict("Since the last inspection, leaders have introduced a new practice model.") is None
    assert later_verdict("") is None
