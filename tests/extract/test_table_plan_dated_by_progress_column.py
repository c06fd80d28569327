"""A tracker that prints no date of its own but heads its progress column 'Progress as at 30 September 2022' (or
'Position as at …') was written by that day: the paper is dated so (unseen tester helper-225). It had no date, so
its actions stood planned from the day the inspection's report was published, before anyone could know of a plan."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from findings.build import build
from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import SHARED, need_shared

_TRACKER = (
    "Derby City Council - Ofsted improvement plan tracker\n"
    "RAG key: Green = on track; Amber = at risk; Red = off track\n"
    "Ref\tOfsted recommendation\tAction\tLead officer\tTarget date\tRAG\t{column}\n"
    "1.1\t1. Access for all children to life-story work that helps them to understand their histories.\t"
    "Train every social worker for children in care in life-story work\tHead of Children in Care\t2022-09-30\tGreen\t"
    "Training was delivered to 60 social workers in August 2022.\n"
    "2.1\t2. Sufficiency of placement choice and location for children in care.\t"
    "Open two new local children's homes\tHead of Commissioning\t2023-03-31\tAmber\tThe first home is being registered.\n"
)


@pytest.mark.parametrize("column", ["Progress as at 30 September 2022", "Position as at 30/09/2022"])
def test_a_tracker_is_dated_by_the_day_its_progress_column_stands_at(tmp_path, column):
    path = tmp_path / "tracker.txt"
    path.write_text(_TRACKER.format(column=column), encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    assert len(part.actions) == 2
    assert doc.date == date(2022, 9, 30)


def test_its_actions_stand_planned_from_that_day_not_the_reports(tmp_path):
    need_shared()
    (tmp_path / "tracker.txt").write_text(_TRACKER.format(column="Progress as at 30 September 2022"), encoding="utf-8")
    shutil.copy(next((SHARED / "ofsted" / "derby").glob("*.pdf")), tmp_path)
    x = build([tmp_path]).extraction
    planned = {(s.item.identifier, s.as_of) for s in x.statuses if s.status == "ActionPlanned"}
    assert planned == {("1", date(2022, 9, 30)), ("2", date(2022, 9, 30))}


def test_a_tracker_with_two_progress_columns_is_dated_by_the_later(tmp_path):
    """'Progress as at 31 March 2022' beside 'Progress as at 30 September 2022': written by the later day (reviewer
    helper-233: the earlier was taken)."""
    tracker = _TRACKER.replace("\t{column}\n", "\tProgress as at 31 March 2022\tProgress as at 30 September 2022\n")
    tracker = tracker.replace("\tGreen\t", "\tGreen\tTraining booked.\t").replace("\tAmber\t", "\tAmber\tSites found.\t")
    path = tmp_path / "tracker.txt"
    path.write_text(tracker, encoding="utf-8")
    doc = read_document(path, path.name)
    extract_document(doc)
    assert doc.date == date(2022, 9, 30)
