"""A request naming the month its report is due ('That a further progress report on the Ofsted improvement plan be
brought to the Panel in October 2024') is fulfilled by the council's paper to that body dated in that month whose
title is on the matter, though the paper does not say it was asked for (black-box tester bb358 F9: the request stayed
Open after the progress report to the committee came). A paper naming its recommendations by subject is dated by its
cover's day, as one numbering them is. A paper in another month, or to another body, fulfils nothing
(linking.json fulfils.received 'due_month')."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "barnsley_style_ilacs_2023.txt"
PROGRESS = DATA / "other_councils" / "barnsley_style_progress_by_subject_2024.txt"
MINUTES = (
    "Wessex Council\n\n"
    "Corporate Parenting Panel\n\n"
    "Minutes of the meeting held on Tuesday 12 March 2024\n\n"
    "Present: Councillor A Example (Chair), Councillors B Sample and C Member\n\n"
    "14. OFSTED IMPROVEMENT PLAN\n\n"
    "The Panel received an update on the improvement plan.\n\n"
    "RESOLVED - That a further progress report on the Ofsted improvement plan be brought to the Panel {due}.\n"
)


def _statuses(tmp_path, due: str, body: str = "Corporate Parenting Panel", minutes: str = MINUTES) -> list[tuple[date, str]]:
    def wessex(text: str) -> str:
        return text.replace("Barnsley Metropolitan Borough Council", "Wessex Council").replace("Barnsley", "Wessex")

    (tmp_path / "ilacs.txt").write_text(wessex(REPORT.read_text(encoding="utf-8")), encoding="utf-8")
    paper = wessex(PROGRESS.read_text(encoding="utf-8")).replace("Corporate Parenting Panel\n", f"{body}\n", 1)
    (tmp_path / "progress.txt").write_text(paper, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(minutes.format(due=due), encoding="utf-8")
    built = build([tmp_path]).extraction
    request = next(r for r in built.recommendations if r.kind == "Resolution" and "further progress report" in r.text)
    key = (request.assessment, request.identifier)
    return [(s.as_of, s.status) for s in built.statuses if (s.item.assessment, s.item.identifier) == key]


@pytest.mark.parametrize("due", ["in October 2024", "by October 2024"])
def test_the_paper_to_the_body_in_the_month_due_fulfils_the_request(tmp_path, due):
    assert _statuses(tmp_path, due) == [(date(2024, 3, 12), "Open"), (date(2024, 10, 10), "ReportedComplete")]


@pytest.mark.parametrize(
    ("due", "body"), [("in December 2024", "Corporate Parenting Panel"), ("in October 2024", "Schools Forum")]
)
def test_a_paper_in_another_month_or_to_another_body_fulfils_nothing(tmp_path, due, body):
    assert _statuses(tmp_path, due, body) == [(date(2024, 3, 12), "Open")]


def test_the_month_due_is_the_one_the_report_is_asked_for_in(tmp_path):
    """'That, following the inspection in December 2023, a further progress report be brought … in October 2024': due
    in October (the month after the words asking for it), not in the month first named (reviewer of h375)."""
    due = "in October 2024"
    minutes = MINUTES.replace("That a further", "That, following the inspection in December 2023, a further")
    assert _statuses(tmp_path, due, minutes=minutes) == [(date(2024, 3, 12), "Open"), (date(2024, 10, 10), "ReportedComplete")]
