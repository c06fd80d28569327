"""A paper on a matter the body asked for, headed only by the body's name over the day of its meeting ('Norfolk
Corporate Parenting Board' / 'Thursday 12 March 2020'; no 'AGENDA' cover, no 'Report to …' line, no recommendation
or action of its own), is that meeting's paper: where it says it was requested by the body at its meeting on the
request's day and its title is on the request's matter, it fulfils the request (issue #9, tester helper-258: the
paper was read as nothing, and the request stayed open for years)."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build

MINUTES = (
    "NORFOLK COUNTY COUNCIL\n"
    "CORPORATE PARENTING BOARD\n\n"
    "Minutes of the meeting held on 14 November 2019 at County Hall, Norwich\n\n"
    "4. Children in care performance report\n\n"
    "The Board asked that the Assistant Director report on placement stability for children in care to the next meeting.\n\n"
    "RESOLVED: That the performance report be noted.\n"
)

PAPER = (
    "Norfolk Corporate Parenting Board\n\n"
    "{day}\n\n"
    "Placement stability for children in care\n\n"
    "1. Purpose of the report\n\n"
    "1.1 This report was requested by the Board at its meeting on {asked}. It sets out how often children in care "
    "moved home in the last year.\n\n"
    "2. Findings\n\n"
    "2.1 The share of children in care with three or more moves in a year has fallen from 11% to 8%.\n"
)


def _request_statuses(tmp_path, asked: str, day: str = "Thursday 12 March 2020") -> list:
    (tmp_path / "board-minutes.txt").write_text(MINUTES, encoding="utf-8")
    (tmp_path / "placement-stability.txt").write_text(PAPER.format(day=day, asked=asked), encoding="utf-8")
    x = build([tmp_path]).extraction
    request = next(r for r in x.recommendations if r.kind == "Resolution" and "placement stability" in r.text)
    mine = (s for s in x.statuses if (s.item.assessment, s.item.identifier) == (request.assessment, request.identifier))
    return [(s.as_of, s.status) for s in mine]


@pytest.mark.parametrize("day", ["Thursday 12 March 2020", "12 March 2020", "Date of meeting: 12 March 2020"])
def test_the_paper_under_the_bodys_name_and_its_day_fulfils_the_request(tmp_path, day):
    assert _request_statuses(tmp_path, "14 November 2019", day) == [
        (date(2019, 11, 14), "Open"),
        (date(2020, 3, 12), "ReportedComplete"),
    ]


def test_a_paper_requested_at_another_meeting_leaves_the_request_open(tmp_path):
    assert _request_statuses(tmp_path, "16 January 2020") == [(date(2019, 11, 14), "Open")]
