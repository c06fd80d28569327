"""A re-plan told in the sentence after the one that names the action late ('Action 3.1 is overdue. The audit of care
plans planned for January 2019 has not taken place and has been delayed to July 2019 because the auditor post was
vacant.') moves that action, as 'Action 3.1 has been delayed to July 2019.' in one sentence does (linking.json slips
'named_late'; black-box tester bb384 r6-replan: no slip recorded); only where the late word is said of the action,
and not where the delay's own words name another action (reviewer helper-391). Wording of an invented council."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from tests.status.sif_report import sif_report

REPORT = sif_report(
    "Hollowfield",
    "5 March 2018 to 29 March 2018",
    "8 May 2018",
    [
        "Ensure that return home interviews are offered to every child who goes missing.",
        "Improve the timeliness of initial health assessments for children entering care.",
        "Ensure that care plans for children in care are specific and reviewed on time.",
    ],
)

PLAN = """Hollowfield Children's Services

Post-Inspection Action Plan

In response to the Ofsted inspection of March 2018 (Hollowfield Council)

Date: 2 July 2018

Recommendation 3
Ensure that care plans for children in care are specific and reviewed on time.

Action 3.1: Develop and implement a revised care planning template across the service.
Lead: Head of Service, Children in Care
Timescale: 31/03/2019
Success measure: Audits show improvement in care plans

Action 3.2: Audit care plans quarterly and report findings to the Improvement Board.
Lead: Principal Social Worker
Timescale: 30/09/2019
Success measure: Quarterly audit reports
"""

PAPER = """Hollowfield Council

Children in Care Scrutiny Panel

18 April 2019

Ofsted Improvement Plan: progress update

Recommendation 3: Ensure that care plans for children in care are specific and reviewed on time.
RAG rating: Red
{words}
"""

DELAY = (
    "The audit of care plans planned for January 2019 has not taken place and has been delayed to December 2019 "
    "because the auditor post was vacant."
)


def _slips(tmp_path, words: str) -> dict[str, list[date]]:
    (tmp_path / "2018-inspection.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "2018-action-plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "2019-progress.txt").write_text(PAPER.format(words=words), encoding="utf-8")
    return {a.identifier: [day for day, _ in a.slips] for a in build([tmp_path]).extraction.actions}


@pytest.mark.parametrize(
    "words", ["Action 3.1 is overdue. " + DELAY, "Action 3.1 has been delayed to December 2019."], ids=["after", "same-sentence"]
)
def test_the_action_named_late_just_before_the_delay_slips(tmp_path, words):  # a date after both actions' due dates
    assert _slips(tmp_path, words) == {"3.1": [date(2019, 12, 31)], "3.2": []}


def test_an_action_named_done_before_the_delay_is_not_the_one_moved(tmp_path):
    assert _slips(tmp_path, "Action 3.1 is complete. " + DELAY)["3.1"] == []


def test_a_late_word_in_a_clause_on_an_action_told_done_moves_nothing(tmp_path):
    words = "Action 3.2, which looks at the reasons behind late reviews, is complete. "
    words += "The new template has been delayed to December 2019."
    assert _slips(tmp_path, words)["3.2"] == []  # 'late' is said of reviews, and 3.2 is complete


def test_the_delays_own_words_win_where_they_name_another_action(tmp_path):
    words = "Action 3.1 is overdue. The quarterly audit of care plans has been delayed to December 2019."
    assert _slips(tmp_path, words) == {"3.1": [], "3.2": [date(2019, 12, 31)]}  # 'Audit care plans quarterly'
