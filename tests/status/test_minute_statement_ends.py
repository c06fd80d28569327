"""A minute's statement on an action ends with its sentence unless the next goes on about it, and a bare re-plan
('has been put back from … to …') reads planned, not under way (issue #9, black-box tester bb235: the statement on an
action quoted the members' next question on another matter, and a bare re-plan read InProgress). Small documents in
another council's wording."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from tests.status.test_minutes_on_an_action_by_number import PLAN, REPORT

MINUTE_ON_A_PLAN = """Brackenshire County Council

Minutes of the meeting of the Corporate Parenting Board, held at Shire Hall, on Tuesday 9 October 2018

Present: Councillor P Marsh (Chair), Councillor L Oduya

6. Ofsted Action Plan – progress update

The Board considered an update on the Ofsted Action Plan following the inspection of March 2017.

{said}

Resolved: That the update be noted.
"""


@pytest.mark.parametrize(
    ("said", "quoted", "progress"),
    [
        (
            "The Board noted that the supervision audit (action 1.1) has been put back from 31 December 2017 to 31 March "
            "2019. Members asked about the cost of agency social workers and the use of interim managers.",
            "The Board noted that the supervision audit (action 1.1) has been put back from 31 December 2017 to 31 March 2019.",
            "Planned",
        ),
        (
            "The supervision audit (action 1.1) has started in four teams. The audit found supervision recorded on 70% of files.",
            "The supervision audit (action 1.1) has started in four teams. The audit found supervision recorded on 70% of files.",
            "Underway",
        ),
        (
            "The supervision audit (action 1.1) has started in four teams. This covers every assessment team.",
            "The supervision audit (action 1.1) has started in four teams. This covers every assessment team.",
            "Underway",
        ),
    ],
)
def test_a_minutes_statement_on_an_action_ends_where_the_next_sentence_turns_to_another_matter(tmp_path, said, quoted, progress):
    from findings.status.cues import progress_of

    (tmp_path / "brackenshire-sif-2017.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(MINUTE_ON_A_PLAN.format(said=said), encoding="utf-8")
    result = build([tmp_path])
    (update,) = [u for u in result.extraction.updates if u.about_kind == "action" and u.about == "1.1"]
    text = (tmp_path / "minutes.txt").read_text(encoding="utf-8")
    assert update.text == quoted
    assert [text[s.start : s.end] for s in update.spans] == [quoted]
    assert progress_of(update.text) == progress
    if progress == "Planned":  # a bare re-plan: the work still to come, the slip recorded
        (day,) = [s for s in result.extraction.statuses if s.item.identifier == "1" and s.as_of == date(2018, 10, 9)]
        assert day.status == "ActionPlanned" and "re-planned: action 1.1 to 2019-03-31" in day.basis


@pytest.mark.parametrize(
    ("said", "progress"),
    [
        ("The recruitment of foster carers (action 2.1) has been re-planned from 31 March 2021 to 30 September 2021.", "Planned"),
        # the re-plan, then the work said done or going on in the same sentence: not bare (reviewer helper-242)
        (
            "The supervision audit (action 1.1) was put back from 31 December 2017 to 31 March 2018 and has since taken "
            "place in every assessment team.",
            "Underway",
        ),
        (
            "The audit (action 1.1) was re-planned from December 2017 to March 2018; 40 files have been audited so far.",
            "Underway",
        ),
        ("The review (action 3.2) was deferred to July and has now taken place.", "Underway"),
    ],
)
def test_only_a_bare_re_plan_reads_planned(said, progress):
    from findings.status.cues import progress_of

    assert progress_of(said) == progress
