"""A later inspection's findings on an earlier recommendation's concerns, read with the right polarity (issue #9,
assurance from later inspections): a problem dealt with well or lessened is no sign that the matter persists, 'late'
said of what was done is one, and a sentence on another kind of plan says nothing of the plans an item asked for."""

from __future__ import annotations

from findings.build import build
from tests.link.test_recurrence import _report

HEAD = "The experiences and progress of children who need help and protection: good\n\n"


def _later_calls(tmp_path, earlier: list[str], body: str) -> dict[str, list[str]]:
    """Each 2021 recommendation's statuses as of the 2025 report whose findings section is `body`."""
    (tmp_path / "riverton-2021.md").write_text(_report(2021, earlier), encoding="utf-8")
    text = _report(2025, ["How well the corporate parenting board hears the views of children in care."])
    (tmp_path / "riverton-2025.md").write_text(text.split(HEAD, 1)[0] + HEAD + body, encoding="utf-8")
    calls: dict[str, list[str]] = {}
    for s in build([tmp_path]).extraction.statuses:
        if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025:
            calls.setdefault(s.item.identifier, []).append(s.status)
    return calls


def test_a_problem_challenged_well_confirms_the_item_and_one_left_unchallenged_raises_it(tmp_path):
    earlier = ["Ensure that independent reviewing officers challenge drift in children's care plans."]
    good = "1. Independent reviewing officers now challenge drift in care plans robustly.\n"
    assert _later_calls(tmp_path, earlier, good) == {"1": ["IndependentlyVerified"]}
    bad = "1. Drift in care plans is not challenged by independent reviewing officers.\n"
    assert _later_calls(tmp_path, earlier, bad) == {"1": ["Recurred"]}


def test_fewer_young_people_in_unsuitable_homes_now_is_an_improvement(tmp_path):
    earlier = ["The sufficiency of suitable accommodation for young people leaving care."]
    better = "1. Fewer young people leaving care are now placed in unsuitable accommodation.\n"
    assert _later_calls(tmp_path, earlier, better) == {"1": ["IndependentlyVerified"]}
    share = "1. Fewer than half of young people leaving care are placed in suitable accommodation.\n"
    assert _later_calls(tmp_path, earlier, share) == {"1": ["Recurred"]}


def test_meetings_held_late_show_the_item_persists(tmp_path):
    earlier = ["Ensure that strategy meetings are convened within one working day of a referral."]
    assert _later_calls(tmp_path, earlier, "1. Strategy meetings are still sometimes convened late.\n") == {"1": ["Recurred"]}
    assert _later_calls(tmp_path, earlier, "1. Strategy meetings are rarely convened late.\n") == {"1": ["IndependentlyVerified"]}


def test_plans_now_specific_confirm_the_item_and_a_word_on_education_plans_says_nothing_of_it(tmp_path):
    """After a sentence on the last inspection, the next sentences say what changed (findings/link/previous.py): the one
    on the plans the item asked for now being specific and measurable confirms it; the one on personal education plans
    ('… plans are not always …': 'plans are' inside the name of an education plan is no word on children's plans in
    general, linking.json themes.hides_overlaps) neither raises it again nor outranks the confirmation."""
    earlier = [
        "The quality of child in need plans, so that they are specific and measurable.",
        "The timeliness of return home interviews for children who go missing.",
    ]
    body = (
        "1. Since the last inspection in 2021, leaders have made steady progress. Child in need plans are now specific "
        "and measurable. Personal education plans are not always completed on time.\n"
    )
    calls = _later_calls(tmp_path, earlier, body)
    assert calls.get("1") == ["IndependentlyVerified"]
    assert "2" not in calls
