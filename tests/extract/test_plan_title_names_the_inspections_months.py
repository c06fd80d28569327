"""A plan's title that names the months of the inspection it answers ('… following the Ofsted inspection of
January–February 2024') gives the plan no day: its own version line does ('Version 1.0 — 12 June 2024'). Tester
helper-276: plans were dated the last day of the inspection's months, before the report was published, so every
recommendation read Open where a plan existed."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.dates import heading_date


@pytest.mark.parametrize(
    "opening,day",
    [
        (
            "Improvement Plan following the Ofsted ILACS inspection of January–February 2024\nVersion 1.0 — 12 June 2024",
            date(2024, 6, 12),
        ),
        ("Improvement plan: inspection of children's services, June – July 2022\nVersion 2 – 3 October 2022", date(2022, 10, 3)),
        ("Plan for April 2019 – March 2020\nagreed 4 June 2019", date(2019, 6, 4)),
        ("Improvement plan\nVersion 1.2 — 15th May 2023", date(2023, 5, 15)),
        ("Action tracker — June 2024", date(2024, 6, 30)),
    ],
)
def test_the_plans_own_day_not_the_inspections_months(opening, day):
    assert heading_date(opening) == day
