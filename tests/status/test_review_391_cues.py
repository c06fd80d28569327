"""Three readings a reviewer (helper-391) found wrong in the status cues. 'is planned for' says work to come only with a
date after it (status.json still_to_come_dated): 'training is planned for its members' beside a panel that has met
monthly leaves the panel set up, and 'the training that is planned for every new starter has been delivered' is done.
An Amber rating said of the work now is under way whatever done word its sentence has besides (status.json amber_now).
An item's own words quoted at the head of an update are left out of its reading only where a sentence, clause or line
ends after them: all of them running on into the council's sentence ('… completed in March and June 2019.') are its
word (status.json ask_quoted). Wording of an invented council."""

from __future__ import annotations

import pytest

from findings.status.cues import progress_of, set_up_and_running, without_ask


def test_planned_for_with_no_date_is_no_work_to_come():
    panel = "The panel has met monthly since July and training is planned for its members."
    assert set_up_and_running("Set up a monthly missing children panel.", panel)
    said = "The multi-agency training that is planned for every new starter has been delivered to all 120 current staff."
    assert progress_of(said) == "Done"


def test_planned_for_a_date_is_still_to_come():
    assert progress_of("The protocol has been agreed and the first audit is planned for December 2019.") == "Underway"


@pytest.mark.parametrize(
    "said",
    [
        "The Head of Service advised that recommendation 2 remains Amber until the final audit has been completed.",
        "Recommendation 2 remains Amber although the policy has been agreed.",
    ],
)
def test_amber_said_of_the_work_now_outweighs_a_done_word(said):
    assert progress_of(said) == "Underway"


def test_amber_said_of_the_past_does_not():
    assert progress_of("Previously rated Amber, this is now Green and complete.") == "Done"


def test_the_asks_words_running_on_into_the_councils_sentence_are_its_word():
    ask, said = "Quarterly audits of care plans completed.", "Quarterly audits of care plans completed in March and June 2019."
    assert without_ask(said, ask) == said
    assert without_ask("Quarterly audits of care plans completed. Two audits took place.", ask) == "Two audits took place."
