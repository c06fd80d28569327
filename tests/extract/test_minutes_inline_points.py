"""Sub-committee minutes ('… Sub-committee' over 'Minutes of the meeting held on Monday 10 December 2018 at …') with
an inline 'Resolved that (1) …; and (2) …' were not read at all, and the points of such a resolution were one
(unseen tester helper-306): the body's name ends 'Sub-committee' as often as 'Sub-Committee', and each point is a
resolution of its own, its quote the minutes' own words."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build

_MINUTES = """Brackenford Borough Council

Corporate Parenting Sub-committee

Minutes of the meeting held on Tuesday 5 March 2024 at the Town Hall, Brackenford

Present: Councillor A Khan (Chair), Councillors B Ellis, C Ford

CP12/24 Placement sufficiency

The Head of Service presented the sufficiency statement. Members asked about children placed at a distance.

RESOLVED that {points}
"""


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        (
            "(1) the statement be noted; and (2) a report on children placed more than twenty miles from home be brought "
            "to the Sub-committee in September 2024.",
            [
                "the statement be noted",
                "a report on children placed more than twenty miles from home be brought to the Sub-committee in September 2024.",
            ],
        ),
        (
            "(a) the statement be noted, (b) the Chair write to the Integrated Care Board, and (c) a further report be\n"
            "presented in June 2024.",
            [
                "the statement be noted",
                "the Chair write to the Integrated Care Board",
                "a further report be presented in June 2024.",
            ],
        ),
    ],
)
def test_each_inline_point_of_a_sub_committees_resolution_is_a_resolution(tmp_path, points, expected):
    (tmp_path / "minutes.txt").write_text(_MINUTES.format(points=points), encoding="utf-8")
    x = build([tmp_path]).extraction
    (meeting,) = [a for a in x.assessments.values() if a.kind == "Meeting"]
    assert meeting.date == date(2024, 3, 5) and "Sub-committee" in meeting.label
    resolutions = [r for r in x.recommendations if r.kind == "Resolution" and "request" not in r.identifier]
    assert [r.text for r in resolutions] == expected
    text = x.documents[0].text
    for r in resolutions:  # each point's quote is the minutes' words at its spans
        assert " ".join(text[s.start : s.end] for s in r.spans).split() == r.text.split()


def test_a_resolution_whose_brackets_number_no_points_is_one(tmp_path):
    points = "the sufficiency statement (2024) be noted and (3) copies be sent to all members."
    (tmp_path / "minutes.txt").write_text(_MINUTES.format(points=points), encoding="utf-8")
    x = build([tmp_path]).extraction
    assert [r.text for r in x.recommendations if r.kind == "Resolution"] == [f"that {points}"]
