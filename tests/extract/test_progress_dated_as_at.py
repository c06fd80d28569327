"""A progress paper dated only by 'Progress as at 31 March 2019' in its opening was read as undated, no status resting
on its updates (black-box tester helper-351): 'Position / Progress / Update / Status as at …' on a line of its own dates
the paper's updates, as a plan's 'as at' dates the plan (patterns/assessments.json 'paper_date_label')."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.document import extract_document
from findings.extract.progress_report import report_date_before
from findings.read import read_document

_PAPER = """Harrowfield Children's Trust

Ofsted Improvement Plan: Progress Report

{line}

1. Introduction

1.1 This report sets out progress against the recommendations of the Ofsted inspection of children's services in
Harrowfield, which took place between 5 and 16 November 2018.

2. Progress

Recommendation 1: The timeliness of return home interviews for children who go missing.
85% of return home interviews were held within three days in the quarter. This recommendation is complete.

Recommendation 2: The quality of supervision for social workers in the assessment teams.
A revised supervision policy was launched in January 2019. Audits are under way.
"""


@pytest.mark.parametrize(
    "line",
    ["Progress as at 31 March 2019", "Position as at 31 March 2019", "Update as at: 31 March 2019", "Status as at 31 March 2019"],
)
def test_a_progress_paper_dated_as_at_in_its_opening_dates_its_updates(tmp_path, line):
    path = tmp_path / "progress.txt"
    path.write_text(_PAPER.format(line=line), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert len(part.updates) == 2
    assert {u.as_at for u in part.updates} == {date(2019, 3, 31)}
    assert not [note for note in part.notes if "undated" in note]


def test_a_figure_as_at_a_day_is_no_papers_date():
    assert report_date_before("Harrowfield Council\nChildren in care as at 31 March 2019\n") is None
