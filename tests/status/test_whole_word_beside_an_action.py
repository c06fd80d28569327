"""A council's word on a recommendation says how far the whole got when a sentence of it speaks of one action only:
'Pathway plan reviews are on track. Work on the joint housing protocol (action 5.2) has not yet started.' is work
under way, and action 5.2 has not started (helper-199: the recommendation was read as not started at all)."""

from __future__ import annotations

from datetime import date

from tests.conftest import DATA

PAPER = (
    "Brackwater Borough Council\n\nChildren's Scrutiny Panel\n\nThursday 5 February 2026\n\n"
    "Progress report on the plan answering the Ofsted inspection that took place between 7 April and 17 April 2025.\n\n"
    "R1 (life-story work): {said}\n"
)


def _statuses(tmp_path, said: str) -> tuple[str, str]:
    from findings.build import build

    plan = DATA / "minute_progress" / "brackwater_improvement_plan.txt"
    (tmp_path / "plan.txt").write_text(plan.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "paper.txt").write_text(PAPER.format(said=said), encoding="utf-8")
    x = build([tmp_path]).extraction
    day = date(2026, 2, 5)
    rec = next(s.status for s in x.statuses if s.item.kind == "recommendation" and s.item.identifier == "1" and s.as_of == day)
    action = next(u for u in x.updates if u.about == "1.2" and u.as_at == day)
    return rec, action.indicates


def test_the_whole_is_under_way_though_one_action_has_not_started(tmp_path):
    said = "Guidance reviews with every team are on track. Work on the tracker (action 1.2) has not yet started."
    assert _statuses(tmp_path, said) == ("InProgress", "ActionPlanned")


def test_a_word_saying_only_that_nothing_has_started_is_not_started(tmp_path):
    said = "Work has not yet started. The tracker (action 1.2) is planned for March 2026."
    assert _statuses(tmp_path, said)[0] == "ActionPlanned"
