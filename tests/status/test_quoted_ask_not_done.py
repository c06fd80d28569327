"""A progress paper that restates each recommendation above its word on it ('Recommendation 4: Ensure that return home
interviews are completed within 72 hours … Status: Amber / On track. …') reports by its verdict, not by the ask's own
'completed' or 'achieved' (status.json ask_quoted; black-box tester bb384 r3-rec-words-as-done: read
ReportedComplete); and 'RAG: Amber / On track. … was launched in June and the first audit is planned for October' is
under way, not done (r5-planned-audit: the verdict after its label and the audit still to come). Wording of an
invented council."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from tests.conftest import status_on
from tests.status.sif_report import sif_report

REPORT = sif_report(
    "Eastmoor",
    "9 January 2017 to 2 February 2017",
    "14 March 2017",
    [
        "Improve the timeliness of strategy discussions for children at risk of harm.",
        "Ensure that the fostering panel's decisions on the outcomes achieved by carers are recorded.",
        "Ensure that return home interviews are completed within 72 hours for every child who goes missing.",
    ],
)

PAPER = """Eastmoor Council

Report to the Corporate Parenting Panel

Date of meeting: 17 October 2018

Subject: Progress on the improvement plan following the 2017 inspection

Progress

Recommendation 1: Improve the timeliness of strategy discussions for children at risk of harm.
RAG: Amber
On track. A new strategy discussion standard was launched in June and the first audit is planned for November.

Recommendation 2: Ensure that the fostering panel's decisions on the outcomes achieved by carers are recorded.
Status: Amber
On track. The new template is being embedded.

Recommendation 3: Ensure that return home interviews are completed within 72 hours for every child who goes missing.
Status: {rating}
{verdict}
"""


def _built(tmp_path, rating: str = "Amber", verdict: str = "On track. The new arrangements are being embedded."):
    folder = tmp_path / "eastmoor"
    folder.mkdir()
    (folder / "2017-inspection.txt").write_text(REPORT, encoding="utf-8")
    (folder / "2018-progress.txt").write_text(PAPER.format(rating=rating, verdict=verdict), encoding="utf-8")
    return build([folder])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return _built(tmp_path_factory.mktemp("quoted"))


def test_the_asks_own_done_words_are_not_the_councils(built):
    day = date(2018, 10, 31)
    assert status_on(built, "3", day) == "InProgress"  # 'are completed' is what was asked
    assert status_on(built, "2", day) == "InProgress"  # 'the outcomes achieved by carers': asked, not done


def test_a_launch_with_its_first_audit_planned_under_an_amber_on_track_is_under_way(built):
    assert status_on(built, "1", date(2018, 10, 31)) == "InProgress"


def test_the_update_keeps_its_quote_and_source(built):
    (update,) = [u for u in built.extraction.updates if u.about_kind == "recommendation" and u.about == "3"]
    assert update.text.startswith("Recommendation 3: Ensure that return home interviews are completed")
    assert update.unquoted.startswith("Recommendation 3: Status: Amber")
    assert update.indicates == "InProgress"


def test_a_verdict_that_the_work_is_done_after_the_quote_still_reads_complete(tmp_path):
    result = _built(tmp_path, "Green", "Complete. All actions for this recommendation are complete.")
    assert status_on(result, "3", date(2018, 10, 31)) == "ReportedComplete"


def test_an_update_that_only_restates_its_item_says_nothing_of_progress():
    from findings.model import ProgressUpdate
    from findings.status.cues import says_nothing, without_ask
    from findings.status.updates import words_of

    ask = "Ensure that return home interviews are completed within 72 hours for every child who goes missing."
    update = ProgressUpdate("eastmoor/ofsted-2017", "3", date(2018, 10, 17), ask, [], about_kind="recommendation")
    update.unquoted = without_ask(update.text, ask)
    assert update.unquoted == ""
    assert says_nothing(words_of(update))  # its 'completed' is the ask's: the status stands as last said
