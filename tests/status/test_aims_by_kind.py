"""A recommendation and one of its actions that carry the same number ('1', where a plan numbers its actions plainly)
keep their own targets: the recommendation's word is judged by what its actions agree on, not by the action's target
(findings/status/updates.py keys the aims by kind and number; reviewer helper-391). Wording of an invented council."""

from __future__ import annotations

from datetime import date

from findings.extract.lexicons import load_json
from findings.model import ItemRef, ProgressUpdate, Recommendation, Span
from findings.status.updates import from_updates


def test_a_recommendation_is_not_judged_by_its_namesake_actions_target():
    span, day, key = Span("d", 0, 1), date(2019, 6, 30), "ashby/ofsted-2018"
    phrase = "good or better"
    rec = Recommendation(key, "1", "Improve the timeliness of assessments.", [span])
    said = ProgressUpdate(key, "1", day, "Good progress: 85% of audited assessments were rated good or better.", [span])
    said.about_kind = "recommendation"
    action = ProgressUpdate(key, "1", day, "The new assessment template is being used by all teams.", [span])
    action.about_kind = "action"
    aims = {"1": {phrase: 95.0}, "2": {phrase: 80.0}}  # its actions disagree: no target for the whole
    confidence = load_json("lexicons/status.json")["confidence"]
    (status,) = from_updates(ItemRef("recommendation", key, "1"), rec, [said, action], 2, confidence, aims)
    assert phrase in load_json("lexicons/status.json")["outcome"]["phrases"]
    assert status.assurance == "SelfReported"  # not 'OutcomeNotMet' against the action's 95%
