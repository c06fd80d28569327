"""Due dates as plans also write them: a financial year ('2019/20'), the end of a year ('By the end of 2019'), months
with one year after the last ('Apr-Jun 2020') and two months each with its year ('Dec 2019 / Jan 2020'). Each had
been no due date, so the action was never overdue."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.dates import parse_due
from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA


@pytest.mark.parametrize(
    ("written", "due"),
    [
        ("2019/20", date(2020, 3, 31)),
        ("2019-2020", date(2020, 3, 31)),
        ("Financial year 2024/25", date(2025, 3, 31)),
        ("FY 2020-21", date(2021, 3, 31)),
        ("by the end of 2019/20", date(2020, 3, 31)),
        ("End of 2019", date(2019, 12, 31)),
        ("by the end of 2024", date(2024, 12, 31)),
        ("Apr-Jun 2020", date(2020, 6, 30)),
        ("April to June 2020", date(2020, 6, 30)),
        ("April \u2013 June 2020", date(2020, 6, 30)),
        ("Sept/Oct 19", date(2019, 10, 31)),
        ("Nov - Jan 2021", date(2021, 1, 31)),
        ("Dec 2019 / Jan 2020", date(2020, 1, 31)),
    ],
)
def test_a_due_date_written_otherwise_is_read(written, due):
    assert parse_due(written) == due


@pytest.mark.parametrize("written", ["2020", "2019/21", "Mar-Apr", "Ongoing", "To be confirmed"])
def test_what_gives_no_one_day_stays_undated(written):
    """A year alone, two years that are no financial year, months with no year: no due date is made up."""
    assert parse_due(written) is None


def test_a_plans_actions_take_those_due_dates():
    path = DATA / "other_councils" / "warrington_style_plan_timescales.txt"
    doc = read_document(path, path.name)
    part = extract_document(doc)
    got = {a.identifier: (a.timescale, a.due_by) for a in part.actions}
    assert got == {
        "1.1": ("Apr-Jun 2020", date(2020, 6, 30)),
        "1.2": ("2019/20", date(2020, 3, 31)),
        "1.3": ("By the end of 2019", date(2019, 12, 31)),
        "2.1": ("Dec 2019 / Jan 2020", date(2020, 1, 31)),
        "2.2": ("Financial year 2020-21", date(2021, 3, 31)),
    }
    for action in part.actions:
        assert action.timescale in doc.text
        assert action.text in " ".join(" ".join(doc.text[s.start : s.end] for s in action.spans).split())
