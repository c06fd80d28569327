"""Minutes headed 'Minutes of the … Committee held at <place> on <day>' with no 'Present:' line under it (black-box
tester helper-332: no meeting was made, the updates were undated, the recommendations stayed open, and the build said
nothing): a heading of its own over the minutes' own resolutions dates the meeting (minutes_layout.json
'_unattended'); a paper that names such a meeting but resolves nothing is no minutes; and a paper whose updates
nothing dates is named on stderr (findings/link/undated.py)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from findings.build import build
from tests.conftest import DATA

FOLDER = DATA / "paper_numbers"
REPORT = FOLDER / "westmarsh_sif_2016.txt"
MINUTES = FOLDER / "westmarsh_minutes_2016.txt"
PRESENT = "Present: Councillors A Brown (Chair), B Green, C White.\n"
MEETING = "westmarsh/children-s-scrutiny-committee-2016-10-11"


def _built(tmp_path, minutes: str):
    shutil.copy(REPORT, tmp_path / REPORT.name)
    (tmp_path / MINUTES.name).write_text(minutes, encoding="utf-8")
    return build([tmp_path]).extraction


def _minutes() -> str:
    text = MINUTES.read_text(encoding="utf-8")
    assert PRESENT in text
    return (
        text.replace(PRESENT, "")
        .replace("Recommendation 1:", "Recommendation 6:")
        .replace("Recommendation 2:", "Recommendation 7:")
    )


HEADING = "Minutes of the Children's Scrutiny Committee held at the Municipal Buildings, Marshbury on Tuesday 11 October 2016"


@pytest.mark.parametrize(
    "heading",
    [
        HEADING,
        "Minutes of the meeting of the Children's Scrutiny Committee on Tuesday 11 October 2016",
        "Minutes of the Children's Scrutiny Committee held on 11 October 2016 at 6.00 pm",
    ],
)
def test_the_headings_day_dates_the_meeting_and_its_updates(tmp_path, heading):
    built = _built(tmp_path, _minutes().replace(HEADING, heading))
    assert MEETING in built.assessments
    assert sorted((u.about, u.as_at) for u in built.updates) == [("6", date(2016, 10, 11)), ("7", date(2016, 10, 11))]
    status = {(s.item.identifier, s.as_of): s.status for s in built.statuses if s.item.assessment == "westmarsh/ofsted-2016"}
    assert status[("6", date(2016, 10, 11))] == "ReportedComplete"
    assert status[("7", date(2016, 10, 11))] == "InProgress"
    assert not any("undated" in note for note in built.notes)


def test_a_heading_over_no_resolution_is_no_meeting_and_undated_updates_are_said(tmp_path):
    text = _minutes().replace("RESOLVED that the update be noted.\n", "")
    built = _built(tmp_path, text)
    assert MEETING not in built.assessments
    assert all(u.as_at is None for u in built.updates)
    said = [note for note in built.notes if "undated" in note]
    assert len(said) == 1
    assert said[0].endswith(
        f"/{MINUTES.name}: 2 progress updates read but undated (no meeting's heading, cover date or date of its own was"
        " read in it): no status rests on them"
    )
