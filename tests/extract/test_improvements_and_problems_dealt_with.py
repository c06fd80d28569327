"""A problem word is no weakness where the sentence says it is dealt with well or has lessened, and 'late' said of
what was done is one (issue #9, assurance from later inspections: later findings read with the wrong polarity)."""

from __future__ import annotations

import pytest

from tests.conftest import polarity_of


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        # the problem is what a verb of dealing with it takes, done well (polarity.json 'countered_manners')
        ("Managers escalate delay in court work promptly.", "Strength"),
        ("Child protection chairs robustly challenge drift in children's plans.", "Strength"),
        ("Reviewing officers identify drift and delay quickly and act on it.", "Strength"),
        ("Supervisors respond to any unnecessary delay swiftly.", "Strength"),
        # traps: the problem before its verb, the verb denied or wished, no manner, a manner turned away or 'as well'
        ("Delay in court work is not escalated.", "Weakness"),
        ("Delay in court work is not escalated promptly.", "Weakness"),
        ("Managers do not escalate delay in court work promptly.", "Weakness"),
        ("Managers do not always robustly challenge drift.", "Weakness"),
        ("Managers should escalate delay promptly.", "Weakness"),
        ("Managers escalate delay in court work.", "Weakness"),
        ("Managers escalate delay, but not promptly enough.", "Weakness"),
        ("Managers review plans and escalate delay as well.", "Weakness"),
    ],
)
def test_a_problem_dealt_with_well_is_no_weakness(sentence, polarity):
    assert polarity_of(sentence) == polarity


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        # the problem told as found and dealt with in the passive (polarity.json 'dealt_with'; bb326 fv-praise)
        ("Team leaders review plans for children in need, and drift is identified and addressed.", "Strength"),
        ("Delay in care proceedings is quickly identified and tackled.", "Strength"),
        ("Drift in children's plans is recognised and acted on by reviewing officers.", "Strength"),
        # traps: found only, denied, wished, not the cue's own verb
        ("Drift in children's plans is identified in too many cases.", "Weakness"),
        ("Drift is not identified and addressed for all children.", "Weakness"),
        ("Drift is not always identified and addressed.", "Weakness"),
        ("Drift should be identified and addressed sooner.", "Weakness"),
        ("Some children experience drift, which reviewing officers have identified and addressed late.", "Weakness"),
    ],
)
def test_a_problem_found_and_dealt_with_is_no_weakness(sentence, polarity):
    assert polarity_of(sentence) == polarity


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        # fewer of what is wanting, now or than before; a problem lessened or gone
        ("Fewer children in need are now subject to unnecessary delay.", "Strength"),
        ("Fewer young people now wait too long for a health assessment.", "Strength"),
        ("Families now experience less delay in reaching the right service.", "Strength"),
        ("There is less drift in planning than at the last inspection.", "Strength"),
        ("The service has reduced delay for children awaiting adoption.", "Strength"),
        ("Children in care no longer experience drift in their permanence plans.", "Strength"),
        # traps: a share, fewer of what is good, worse than before, a change denied, a wanting said of whom, no change
        ("Fewer than half of the young people now have an up-to-date pathway plan.", "Weakness"),
        ("Fewer than half of young people live in suitable homes.", "Weakness"),
        ("Fewer young people now live in suitable homes.", "Weakness"),
        ("Too few pathway plans are up to date.", "Weakness"),
        ("Pathway plans are now less effective.", "Weakness"),
        ("Fewer young people now have plans that are not reviewed.", "Weakness"),
        ("The service has not reduced delay for children awaiting adoption.", "Weakness"),
        ("Care leavers are no longer in touch with their personal advisers.", "Weakness"),
        ("Fewer young people live in unsuitable homes, but too many still do.", "Weakness"),
    ],
)
def test_an_improvement_is_a_strength(sentence, polarity):
    assert polarity_of(sentence) == polarity


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Strategy meetings are sometimes convened late.", "Weakness"),
        ("Return home interviews are frequently late.", "Weakness"),
        ("Core group meetings were still held late for some children.", "Weakness"),
        # traps: denied, a time of day, a date, a noun's adjective
        ("Return home interviews are not late.", None),
        ("Return home interviews are rarely late.", "Strength"),
        ("Referrals received late in the evening go to the emergency duty team.", None),
        ("The service was restructured in late 2019.", None),
        ("Late payment of allowances was raised by carers at the meeting.", None),
    ],
)
def test_late_said_of_what_was_done_is_a_weakness(sentence, polarity):
    assert polarity_of(sentence) == polarity


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Child in need plans are now specific and measurable.", "Strength"),
        ("Plans now set measurable outcomes that families understand.", "Strength"),
        ("Child in need plans are not specific and measurable.", "Weakness"),
        ("Too few child in need plans are specific.", "Weakness"),
        ("Of the 40 young people, 12 have left measurable activity for other reasons.", None),
    ],
)
def test_plans_that_are_specific_and_measurable_are_a_strength(sentence, polarity):
    assert polarity_of(sentence) == polarity


@pytest.mark.parametrize(
    "sentence",
    [
        "Few team managers escalate delay in court work promptly.",  # too few deal with it
        "Hardly any reviewing officers challenge drift robustly.",
        "Team managers used to escalate delay promptly.",  # dealt with no more
        "Reviewing officers have stopped challenging drift robustly.",
        "Reviewing officers challenged drift robustly until the service was restructured.",
        "Fewer team managers now escalate delay in court work.",  # less of what deals with the problem
        "Fewer audits now identify drift in children's plans.",
        "There is now less scrutiny of delay in court work.",
        "Senior leaders now have less grip on drift.",
    ],
)
def test_a_problem_dealt_with_by_too_few_or_no_more_is_still_a_weakness(sentence):
    """Reviewer helper-252: 'challenge drift effectively' and 'fewer … now' read these as strengths."""
    assert polarity_of(sentence) == "Weakness"


def test_no_longer_late_is_an_improvement_as_no_longer_delayed_is():
    """Reviewer helper-252: 'Reviews are no longer late.' read as a weakness ('no longer' alone, 'late' no cue after it)."""
    assert polarity_of("Child protection conferences are no longer late.") == "Strength"
    assert polarity_of("Child protection conferences are often late.") == "Weakness"
