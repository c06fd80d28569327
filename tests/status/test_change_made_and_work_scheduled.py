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


def test_a_word_on_a_recommendation_that_says_nothing_of_how_far_the_work_has_got_leaves_its_status(tmp_path):
    """helper-215: 'Members discussed the … service with the Head of …' moved a recommendation to InProgress, though
    it says nothing of progress; the update is kept with its quote and the status stands as last said."""
    import shutil

    from findings.build import build
    from tests.conftest import DATA

    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(DATA / "other_councils" / "dudley_ilacs_report.txt", folder / "report.txt")
    paper = (DATA / "other_councils" / "dudley_progress_report.txt").read_text(encoding="utf-8")
    said = (
        "3.3 Twelve supported lodgings providers are in assessment. The new commissioning framework is\nplanned for January 2026."
    )
    assert said in paper
    paper = paper.replace(said, "3.3 Members discussed the accommodation offer with the Head of Service for care leavers.")
    (folder / "progress.txt").write_text(paper, encoding="utf-8")
    x = build([folder]).extraction
    (update,) = [u for u in x.updates if u.about == "3" and u.about_kind == "recommendation" and u.by is None]
    assert "Members discussed" in update.text
    moved = [s for s in x.statuses if s.item.identifier == "3" and s.as_of == update.as_at and s.status == "InProgress"]
    assert not moved
    assert any(s.item.identifier == "2" and s.status == "InProgress" for s in x.statuses)  # a word on progress moves it
