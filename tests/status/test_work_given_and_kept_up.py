"""A council reports work given or a post filled ('training has been provided to every team', 'a coordinator was
appointed in June') as done, and training that those who join later will get at their induction, beside the same
training given to the staff now in post, as the work kept up, not as more work to come (an action whose training was
given, with new starters to be trained by the new worker, had read as only planned)."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from findings.status.cues import progress_of
from tests.conftest import DATA, status_on

REPORT = DATA / "other_councils" / "dudley_ilacs_report.txt"
PROGRESS = DATA / "other_councils" / "dudley_progress_report.txt"


@pytest.mark.parametrize(
    "update",
    [
        "Training on the revised threshold guidance has been provided to every locality team.",
        "A missing-children coordinator was appointed in June 2025.",
        "Two independent reviewing officers were recruited in the spring and have taken up their caseloads.",
        "All team managers have been trained in reflective supervision.",
        "Briefings for practitioners were provided in July. Further sessions for new starters will be provided by the "
        "workforce development team.",
        "Every social worker has been trained in the tool; newly qualified social workers will be trained as part of "
        "their induction.",
    ],
)
def test_work_given_or_a_post_filled_is_done(update):
    assert progress_of(update) == "Done"


@pytest.mark.parametrize(
    "update",
    [
        "Existing staff have been trained; new starters will be trained once the new system is procured.",
        "Two posts have been agreed; the new managers will start in May 2026.",
        "Training has been provided to the east team. Training for the west team will follow in January 2026.",
        "Training has not been provided to the east team because of vacancies.",
    ],
)
def test_training_or_posts_still_to_come_are_not_done(update):
    assert progress_of(update) != "Done"


def test_a_recommendation_whose_training_was_given_and_kept_up_at_induction_is_reported_complete(tmp_path):
    text = PROGRESS.read_text(encoding="utf-8")
    old = text[text.index("3.1 Conferences") : text.index("Recommendation 2")]
    new = (
        "3.1 Training on the conference standards has been provided to every child protection chair. A\n"
        "conference coordinator has been appointed. New chairs will receive the training at their induction.\n\n"
    )
    (tmp_path / "report.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "progress.txt").write_text(text.replace(old, new), encoding="utf-8")
    assert status_on(build([tmp_path]), "1", date(2025, 9, 15)) == "ReportedComplete"
