"""'Caseloads remain at 82 … above the target of 70 … The target date for reducing caseloads has been revised to end of
September 2020.' (tester helper-103 D3, on a council never tuned on: tests/data/herefordshire): the work goes on, and
the action on caseloads, not the protocol due the same day, slips."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from findings.status.cues import progress_of
from tests.conftest import DATA

EARLIER = "herefordshire/ofsted-2019"


def test_a_revised_target_date_is_work_going_on_and_slips_the_action_it_words():
    out = build([DATA / "herefordshire"]).extraction
    said = [
        s.status
        for s in out.statuses
        if s.item.kind == "recommendation" and s.item.assessment == EARLIER and s.item.identifier == "3"
        if s.as_of == date(2020, 1, 22)
    ]
    assert said == ["InProgress"]
    actions = {a.identifier: a for a in out.actions if a.assessment == EARLIER}
    assert actions["3.2"].due_by == date(2020, 3, 31) and [d for d, _ in actions["3.2"].slips] == [date(2020, 9, 30)]
    assert actions["3.1"].slips == []  # the escalation protocol, launched: not re-planned
    doc = next(d for d in out.documents if d.path.endswith("Item-8-report.txt"))
    span = actions["3.2"].slips[0][1]
    assert "revised to end of September 2020" in doc.text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "progress"),
    [
        ("The target date for reducing caseloads has been revised to end of September 2020.", "Underway"),
        ("The launch has been completed and the review has been moved to Q3 2020/21.", "Underway"),
        # reviewer helper-106 (#5): without a date after it, the phrase says where the work went, not that it slipped
        ("The edge of care service has been launched and has been extended to weekends.", "Done"),
        ("The new protocol has been completed and the duty team has been moved to the MASH.", "Done"),
    ],
)
def test_a_phrase_that_puts_a_date_back_is_work_to_come_only_with_a_date_after_it(text, progress):
    assert progress_of(text) == progress


def test_the_remaining_actions_re_planned_together_all_slip_whatever_one_of_them_they_name(tmp_path):
    """'The remaining actions, including the protocol review, are now due by end of September 2020.' re-plans every
    remaining action, not only the one sharing a word with it (reviewer helper-106, #6): only 'the target date for
    <a matter>' narrows the re-plan to the action on that matter."""
    for paper in (DATA / "herefordshire").iterdir():
        text = paper.read_text(encoding="utf-8")
        old = "The target date for reducing caseloads has been revised to end of September 2020."
        new = "The remaining actions, including the protocol review, are now due by end of September 2020."
        (tmp_path / paper.name).write_text(text.replace(old, new), encoding="utf-8")
    assert "remaining actions" in (tmp_path / "herefordshire_Item-8-report.txt").read_text(encoding="utf-8")
    actions = {a.identifier: a for a in build([tmp_path]).extraction.actions if a.assessment == EARLIER}
    assert {n: [d for d, _ in actions[n].slips] for n in ("3.1", "3.2")} == {
        "3.1": [date(2020, 9, 30)],
        "3.2": [date(2020, 9, 30)],
    }
