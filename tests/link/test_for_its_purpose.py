"""A generic concern an item names only in the purpose of its ask, after 'so that' (linking.json
recurrence.for_its_purpose): managers' oversight of court work, so that plans progress, is not raised again by an item
on the quality of plans (black-box tester bb315: asserted at 0.49). The pair waits for review; an item asking for the
concern before its purpose still raises it again."""

from __future__ import annotations

from findings.build import build
from findings.link.purpose import named_for_its_purpose, purpose_cues, the_ask
from tests.link.test_recurrence import _recurrences

OVERSIGHT_OF_COURT_WORK = "Leaders' scrutiny of work under the public law outline, so that children's plans are not delayed."
OTHER_EARLIER = [
    "Improve the timeliness of initial health assessments for children who come into care.",
    "Strengthen the recruitment of foster carers, so that more children can live in local placements.",
]
CUES = purpose_cues({"apply": True, "cues": ["so that", "in order to"]})


def test_plans_named_only_for_the_purpose_of_oversight_are_not_raised_again(tmp_path):
    later = ["The quality of child in need plans, in order to make clear what must change for each child."]
    assert _recurrences(tmp_path, [OVERSIGHT_OF_COURT_WORK, *OTHER_EARLIER], later) == set()
    links = [k for k in build([tmp_path]).extraction.links if k.kind == "recurs"]
    assert [(k.target.identifier, k.asserted, "for_its_purpose" in k.why) for k in links] == [("1", False, True)]


def test_plans_asked_for_before_the_purpose_still_recur(tmp_path):
    earlier = ["The quality of children's plans, so that they are not delayed.", *OTHER_EARLIER]
    later = ["The quality of child in need plans, in order to make clear what must change for each child."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "1")}


def test_the_ask_ends_at_the_first_cue():
    assert the_ask("Oversight of court work, so  that plans progress, so that …", CUES) == "Oversight of court work, "
    assert the_ask("Oversight of court work.", CUES) is None


def test_only_generic_concerns_named_after_the_cue_hold_a_pair():
    def concerns(text: str) -> dict[str, float]:
        return {"court": 1.0} if "court" in text else {}

    texts = ("Oversight of court work, so that plans progress.", "The quality of plans.")
    assert named_for_its_purpose({"plans"}, texts, concerns, {}, {"plans"}, CUES)
    assert not named_for_its_purpose({"plans", "court"}, texts, concerns, {}, {"plans"}, CUES)  # court is no generic concern
    assert not named_for_its_purpose({"plans"}, ("The quality of plans.", "Plans for court."), concerns, {}, {"plans"}, CUES)
