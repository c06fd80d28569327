"""Minutes of an item on an inspection's plan that say a recommendation, named by number, was completed ('Members noted
that recommendation 3 … had been completed'), or resolve to close it ('(2) recommendation 3 be closed as complete'),
report it complete on the meeting's day; one saying a recommendation 'remains Amber' with audits to come reports it
under way (lexicons/ordinals.json recommendation_named; black-box tester bb384 r4-minutes-ignored: the minutes gave
no update, only their request for a report was read). Wording of an invented council."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from tests.conftest import status_on
from tests.status.sif_report import sif_report

REPORT = sif_report(
    "Westbrook",
    "4 April 2016 to 28 April 2016",
    "10 June 2016",
    [
        "Ensure that strategy discussions include the police and health for every child at risk of harm.",
        "Improve the regularity and recording of supervision for social workers in the assessment teams.",
        "Strengthen the care leavers' forum so that young people shape the local offer.",
    ],
    title="Westbrook Borough Council",
)

MINUTES = """WESTBROOK BOROUGH COUNCIL

FAMILIES SCRUTINY PANEL

Minutes of the meeting held on 5 March 2019

Present: Councillors R Okafor (Chair), J Hale, M Singh

41. Ofsted improvement plan – closing report

The Panel received the closing report on the improvement plan arising from the 2016 inspection.

{said}

{amber}

RESOLVED that:

(1) the report be noted;

{resolved}

(3) the Head of Service report on care leavers' accommodation to the next meeting of the Panel.
"""

AMBER = (
    "Members were told that supervision audits continued; the Head of Service advised that recommendation 2 remains Amber"
    " and further audits will take place in June 2019."
)
SAID = "Members noted that recommendation 3 (the care leavers' forum) had been completed and all of its actions were complete."
RESOLVED = "(2) recommendation 3 be closed as complete;"
DAY = date(2019, 3, 5)


def _built(tmp_path, said: str, resolved: str):
    folder = tmp_path / "westbrook"
    folder.mkdir()
    (folder / "2016-inspection.txt").write_text(REPORT, encoding="utf-8")
    (folder / "2019-minutes.txt").write_text(MINUTES.format(said=said, resolved=resolved, amber=AMBER), encoding="utf-8")
    return build([folder])


@pytest.mark.parametrize(
    ("said", "resolved"),
    [(SAID, RESOLVED), (SAID, "(2) the improvement plan be closed;"), ("Members thanked officers for their work.", RESOLVED)],
    ids=["both", "account", "resolution"],
)
def test_minutes_that_say_a_recommendation_complete_report_it_so_on_the_meetings_day(tmp_path, said, resolved):
    result = _built(tmp_path, said, resolved)
    assert status_on(result, "3", DAY) == "ReportedComplete"
    (latest,) = [
        s for s in result.extraction.statuses if s.item.kind == "recommendation" and s.item.identifier == "3" and s.current
    ]
    assert latest.as_of == DAY
    updates = [u for u in result.extraction.updates if u.about_kind == "recommendation" and u.about == "3"]
    assert updates and all(u.as_at == DAY and u.assessment.endswith("ofsted-2016") for u in updates)
    doc = next(d for d in result.extraction.documents if d.path.endswith("2019-minutes.txt"))
    for update in updates:  # the words quoted are the minutes' own characters
        assert " ".join(doc.text[s.start : s.end] for s in update.spans) == update.text


def test_a_recommendation_said_to_remain_amber_is_under_way_and_the_request_stays_open(tmp_path):
    result = _built(tmp_path, SAID, RESOLVED)
    assert status_on(result, "2", DAY) == "InProgress"
    assert status_on(result, "1", DAY) == "Open"  # named by no one
    requests = [r for r in result.extraction.recommendations if r.kind == "Resolution" and "accommodation" in r.text]
    assert len(requests) == 1  # the request for a report is read as before


@pytest.mark.parametrize(
    ("said", "resolved"),
    [
        ("Members thanked officers for their work.", "(2) recommendation 1 of the report be approved;"),
        ("Members thanked officers for their work.", "(2) recommendation 1 be approved;"),
        ("Members noted that recommendation 1 of the 2018 peer review had been completed.", "(2) the plan be noted;"),
    ],
    ids=["of-the-report", "approved", "peer-review"],
)
def test_a_committee_papers_own_recommendation_is_not_the_inspections(tmp_path, said, resolved):
    result = _built(tmp_path, said, resolved)  # reviewer helper-391: had read ReportedComplete or InProgress
    assert status_on(result, "1", DAY) == "Open"
    assert not [u for u in result.extraction.updates if u.about_kind == "recommendation" and u.about == "1"]


def test_minutes_alone_naming_only_a_papers_recommendation_register_no_inspection(tmp_path):
    folder = tmp_path / "westbrook"
    folder.mkdir()
    minutes = MINUTES.format(
        said="Members thanked officers.",
        resolved="(2) recommendation 1 of the report be approved;",
        amber="The Chair welcomed it.",
    )
    (folder / "2019-minutes.txt").write_text(minutes, encoding="utf-8")
    result = build([folder])
    assert [a.kind for a in result.extraction.assessments.values()] == ["Meeting"]
    assert not [u for u in result.extraction.updates if u.about_kind == "recommendation"]


def test_the_ofsted_reports_recommendation_by_number_is_still_the_inspections(tmp_path):
    said = "Members noted that recommendation 3 of the Ofsted report had been completed."
    assert status_on(_built(tmp_path, said, "(2) the plan be noted;"), "3", DAY) == "ReportedComplete"


def test_the_meeting_is_the_one_occasion_of_what_its_minutes_say(tmp_path):
    """The minutes' word on the recommendations makes no progress review beside the meeting: one assessment for one
    meeting (black-box tester bb384: a council's seven papers had become eight assessments)."""
    result = _built(tmp_path, SAID, RESOLVED)
    kinds = sorted(a.kind for a in result.extraction.assessments.values())
    assert kinds == ["Inspection", "Meeting"]
