"""A plan or peer review that never dates its inspection is keyed 'undated', never given a made-up year."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA


def test_an_undated_table_plan_is_keyed_undated(tmp_path):
    text = (DATA / "other_councils" / "riverton_plan_table.txt").read_text(encoding="utf-8")
    undated = text.replace(
        "The inspection took place between 3 March and 14 March 2025 and the report was published on 25 April 2025.",
        "This plan answers the recent inspection of children's services.",
    )
    assert undated != text
    path = tmp_path / "plan.txt"
    path.write_text(undated, encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert part.actions, "the plan's actions are still read"
    assert {a.assessment for a in part.actions} == {"riverton/ofsted-undated"}
    assessment = part.assessments["riverton/ofsted-undated"]
    assert (assessment.ended, assessment.issued, assessment.label) == (None, None, "Ofsted (undated)")


@pytest.mark.parametrize(
    "line",
    [
        "Date of meeting: 10 September 2019",
        "Date: Tuesday 10 September 2019",
        "Meeting date - 10 September 2019",
        "10 September 2019",
    ],
)
def test_a_progress_report_is_dated_by_its_heading_date_however_labelled(line):
    """'Date of meeting: 10 September 2019' dates the report's updates (they were undated, so the status never
    moved from Open though the report said the work was done)."""
    from findings.extract.progress_report import report_date_before

    head = f"Sefton Council\n\nReport to: Overview and Scrutiny Committee\n{line}\nSubject: progress update\n"
    assert str(report_date_before(head)) == "2019-09-10"
    assert report_date_before("Sefton Council\nThe plan was agreed on 10 September 2019 by the Cabinet.\n") is None


def test_an_undated_key_is_made_and_told_in_one_place():
    """The 'undated' in a key is made by assessment_key and told by is_undated, not spelled again by each step that
    dates an undated inspection later (reviewer helper-106 #12)."""
    from datetime import date

    from findings.extract.context import assessment_key, is_undated

    assert is_undated(assessment_key("riverton", "Ofsted", None))
    assert not is_undated(assessment_key("riverton", "Ofsted", date(2025, 3, 14)))
    assert not is_undated("riverton/ofsted-2025-undatedness")


@pytest.mark.parametrize(
    "line",
    ["Date of meeting: Tuesday, 12 March 2024", "Date of Meeting 12 March 2024", "Date of report: 12/03/2024"],
)
def test_a_plan_is_dated_by_the_meeting_or_report_date_on_its_cover(line):
    """A plan or tracker put to a meeting dates itself by the meeting's or the report's date on its cover, as a
    progress report does; a date of anything else (a child's birth) is no paper's date."""
    from findings.extract.dates import heading_date

    head = f"Sefton Council\nImprovement plan tracker\n{line}\nOwner: Director of Children's Services\n"
    assert str(heading_date(head)) == "2024-03-12"
    assert heading_date("Sefton Council\nDate of birth 12 March 2004\n") is None


@pytest.mark.parametrize(
    "line",
    [
        "Approved by Cabinet: 15 June 2020",
        "Approved by Cabinet on 15 June 2020",
        "Plan approved by the Improvement Board: 15th June 2020",
        "Agreed by Cabinet on 15 June 2020",
        "Date approved: 15 June 2020",
        "Version 1.0 – 15 June 2020",
    ],
)
def test_a_plan_approved_on_a_day_is_dated_that_day_not_its_months_end(line):
    """'Approved by Cabinet: 15 June 2020' dates the plan 15 June: the by-clause took the day, leaving 'June 2020',
    the month's last day (black-box tester helper-358)."""
    from findings.extract.dates import heading_date

    head = f"Northmoor Council\nChildren's Services Improvement Plan\n{line}\n"
    assert str(heading_date(head)) == "2020-06-15"
