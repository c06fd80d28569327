"""A change the work has already made, beside work still scheduled, is under way, not planned (issue #9, d4: 'Agency
use has fallen from 32% to 24% since March 2022. The ASYE academy is scheduled to launch in January 2023.' read as
ActionPlanned, taking the recommendation back from InProgress). Wording of another council."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "progress"),
    [
        (
            "Rec 3 (placements): The number of children placed out of area has reduced from 41 to 29 since April. "
            "The new residential home is scheduled to open in March 2024.",
            "Underway",
        ),
        ("Caseloads have dropped to an average of 17. A second duty team is planned for June.", "Underway"),
        ("Waiting times are expected to have fallen by April. The new triage team is scheduled to start in May.", "Planned"),
        ("The new residential home is scheduled to open in March 2024.", "Planned"),
    ],
)
def test_a_change_made_beside_work_scheduled_is_underway(text, progress):
    from findings.status.cues import progress_of

    assert progress_of(text) == progress


@pytest.mark.parametrize(
    "text",
    [
        "Caseloads have increased from 18 to 24 since April. A second duty team is planned for June.",
        "Demand has risen by 20% since April. A recruitment campaign is planned for the autumn.",
    ],
)
def test_a_pressure_that_grew_beside_planned_work_is_no_work_done(text):
    """A rise says a pressure grew, not that work was done (reviewer helper-214): the update stays planned."""
    from findings.status.cues import progress_of

    assert progress_of(text) == "Planned"
