"""A later report that finds children keep the same social worker confirms an ask to reduce changes of social worker
(themes.ttl workforce-stability 'same social worker'; polarity.json strength 'same social worker'): the call waits in
review (tester helper-271: the recommendation stayed 'reported complete, not verified')."""

from __future__ import annotations

import pytest

from findings.build import build
from tests.link.test_recurrence import _report
from tests.status.test_later_findings import _later

ASKED = "Reduce the number of changes of social worker for children in care."


def _calls(tmp_path, sentence: str) -> list[str]:
    (tmp_path / "riverton-2021.md").write_text(_report(2021, [ASKED]), encoding="utf-8")
    _later(tmp_path, f"The experiences and progress of children in care: good\n\n1. {sentence}\n")
    result = build([tmp_path]).extraction
    return [s.status for s in result.statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025]


def test_children_keeping_the_same_social_worker_confirm_it_for_review(tmp_path):
    assert _calls(tmp_path, "Most children in care have had the same social worker for over a year.") == ["IndependentlyVerified"]


def test_children_not_keeping_the_same_social_worker_find_it_persists(tmp_path):
    assert _calls(tmp_path, "Too many children in care have not had the same social worker for long.") == ["Recurred"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Social workers now stay with children for longer, and children say this helps them.",
        "Children in care benefit from greater stability of social workers than at the last inspection.",
        "Children in care have far fewer changes of social worker than at the last inspection.",
    ],
)
def test_the_same_concern_in_other_words_confirms_it_for_review(tmp_path, sentence):
    """'stay with children for longer', 'stability of social workers', 'fewer changes of social worker': the ask to
    reduce changes of social worker, said otherwise (themes.ttl workforce-stability; status.json improved; issue #9,
    tester bb271: the later report's 'Social workers stay with children for longer' verified nothing)."""
    assert _calls(tmp_path, sentence) == ["IndependentlyVerified"]


def test_praise_of_other_work_by_social_workers_confirms_nothing(tmp_path):
    assert _calls(tmp_path, "Social workers visit children in care regularly and see them alone.") == []
