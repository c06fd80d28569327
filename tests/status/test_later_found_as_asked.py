"""A later report often states plainly, in a recommendation's own words, that what it asked for is done, with no cue
word of praise: such a sentence is a strength on that recommendation (linking.json, found_as_asked), so the later
findings confirm it, a call that waits in review. A sentence that hedges, counts, defers or attributes the same words,
or names the group without the thing asked, is no such strength (unseen tester helper-235)."""

from __future__ import annotations

import pytest

from findings.build import build
from tests.link.test_recurrence import _report
from tests.status.test_later_findings import _later

ASKED = "Make sure that children who go missing from home or care are offered a return home interview."
SECTION = "The experiences and progress of children in care: good\n\n"
SAID = "Children who go missing from home or care are offered a return home interview."


def _verdicts(tmp_path, sentence: str):
    (tmp_path / "riverton-2021.md").write_text(_report(2021, [ASKED]), encoding="utf-8")
    _later(tmp_path, f"{SECTION}1. Foster carers are matched to children by the fostering panel. {sentence}\n")
    result = build([tmp_path]).extraction
    statuses = [s for s in result.statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025]
    findings = [f for f in result.findings if f.assessment.endswith("ofsted-2025") and f.paragraph == "1"]
    return result, statuses, findings


def test_a_plain_sentence_in_the_recommendations_words_confirms_it_for_review(tmp_path):
    result, statuses, findings = _verdicts(tmp_path, SAID)
    assert [(f.text, f.polarity) for f in findings] == [(SAID, "Strength")]  # the description before it stays none
    docs = {d.sha256: d.text for d in result.documents}
    (span,) = findings[0].spans
    assert docs[span.doc][span.start : span.end] == SAID  # the exact characters at its offsets
    (status,) = statuses
    assert status.status == "IndependentlyVerified" and status.confidence < 0.75  # waits in review
    assert [docs[s.doc][s.start : s.end] for s in status.evidence] == [SAID]
    assert "1 strength, 0 weaknesses" in status.basis


@pytest.mark.parametrize(
    "sentence",
    [
        "Children who go missing from home or care are offered a return home interview late.",  # late
        "Some children who go missing from home or care are now offered a return home interview.",  # only some
        "Managers say that children who go missing from home or care are offered a return home interview.",  # said
        "Children who go missing from home or care will be offered a return home interview.",  # not yet
        "Children who go missing from home or care now receive a late response.",  # 'now receive', and late
        "Children who go missing from home or care are seen by the police.",  # the group, not the thing asked
        "A return home interview is offered so that children who go missing from home or care are safe.",  # a purpose
    ],
)
def test_hedged_or_partial_restatements_are_no_strength(tmp_path, sentence):
    _, statuses, findings = _verdicts(tmp_path, sentence)
    assert findings == [] and statuses == []


def test_the_first_report_of_a_council_finds_nothing_asked_in_its_own_sentences(tmp_path):
    """Never forward in time, never in the report that asks: a sentence of the 2021 report restating its own
    recommendation is description, as before."""
    (tmp_path / "riverton-2021.md").write_text(
        _report(2021, [ASKED]).replace("Multi-agency\nmeetings are well attended.", f"Multi-agency\nmeetings are held. {SAID}"),
        encoding="utf-8",
    )
    result = build([tmp_path]).extraction
    assert SAID in " ".join(result.documents[0].text.split())
    assert not any(f.text == SAID for f in result.findings)


PLANS = "Strengthen children's plans so that they have measurable outcomes."
PRAISED = "Children's plans are detailed and well written."
QUALIFIED = "2. Children's plans are not always updated when their circumstances change.\n"


def _plans(tmp_path, paragraph: str):
    (tmp_path / "riverton-2021.md").write_text(_report(2021, [PLANS]), encoding="utf-8")
    _later(tmp_path, f"{SECTION}1. {paragraph}\n\n{QUALIFIED}")
    result = build([tmp_path]).extraction
    statuses = [s for s in result.statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025]
    later = [f for f in result.findings if f.assessment.endswith("ofsted-2025") and f.paragraph in ("1", "2")]
    found = [f.text for f in later if f.polarity == "Strength"]
    return statuses, found


def test_a_thing_said_to_have_the_quality_asked_of_it_weighs_as_the_sentence_before_it(tmp_path):
    """'… so that they have measurable outcomes', then 'Outcomes are measurable …' right after praise of the plans: a
    strength that speaks of what the praise did, tipping one praise against one qualification (settled nothing) to
    a confirmation for review (a peer review's 'Targets are specific …', unseen tester helper-235)."""
    statuses, found = _plans(tmp_path, f"{PRAISED} Outcomes are measurable and reviewed at each visit.")
    assert found == [PRAISED, "Outcomes are measurable and reviewed at each visit."]
    (status,) = statuses
    assert status.status == "IndependentlyVerified" and "2 strengths, 1 weakness" in status.basis


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{PRAISED} Outcomes are measurable for most children.",  # only most
        f"{PRAISED} Outcomes are measurable to a degree.",  # the quality qualified
        f"{PRAISED} Outcomes will be measurable from next year.",  # not yet
        f"Foster carers value the training they receive. Outcomes are measurable. {PRAISED}",  # said of something else
    ],
)
def test_a_quality_hedged_or_said_of_something_else_is_no_strength(tmp_path, paragraph):
    statuses, found = _plans(tmp_path, paragraph)
    assert found == [PRAISED] and statuses == []


def test_a_quality_of_whom_a_recommendation_is_about_is_not_asked():
    """'children who have complex needs' says whom; 'Their needs are complex.' finds nothing it asked."""
    from findings.link.as_asked import asked, lexicon, qualities

    lex = lexicon()
    assert qualities(asked("Improve support for children who have complex needs.", lex), lex) == frozenset()
    assert qualities(asked(PLANS, lex), lex) == frozenset({("measu", "outco")})


@pytest.mark.parametrize(
    "sentence",
    [
        "The previous inspection required that children who go missing from home or care are offered a return home interview.",
        "It is essential that children who go missing from home or care are offered a return home interview.",
        "Leaders have prioritised ensuring that children who go missing from home or care are offered a return home interview.",
        "Children who go missing from home or care are meant to be offered a return home interview.",
        "Children who go missing from home or care used to be offered a return home interview.",
        "Children who go missing from home or care are offered a return home interview, managers claim.",
        "Children who go missing from home or care are offered a return home interview by the police.",
        "Children who go missing from home or care are offered a return home interview in Northshire.",
        "Children in the north of the county who go missing from home or care are offered a return home interview.",
        "Children who go missing from education are offered a return home interview.",  # another group
        "Do children who go missing from home or care get offered a return home interview.",
    ],
)
def test_a_restatement_framed_otherwise_than_a_finding_of_its_own_is_no_strength(tmp_path, sentence):
    """A sentence in the recommendation's words opens with its subject, ends with its words, names no other place
    and no other group: not what the last inspection asked, what is needed, what someone says, what held elsewhere
    or for another group (reviewer helper-251)."""
    _, statuses, findings = _verdicts(tmp_path, sentence)
    assert findings == [] and statuses == []


def test_every_child_of_the_group_now_offered_it_still_confirms(tmp_path):
    sentence = "All children who go missing from home or care are now offered a return home interview."
    _, statuses, findings = _verdicts(tmp_path, sentence)
    assert [f.text for f in findings] == [sentence] and [s.status for s in statuses] == ["IndependentlyVerified"]


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{PRAISED} Outcomes are measurable, on paper.",  # the quality qualified after a comma
        "Care leavers' pathway plans are detailed and well written. Outcomes are measurable.",  # another group's plans
    ],
)
def test_a_quality_qualified_after_a_comma_or_after_another_groups_plans_is_no_strength(tmp_path, paragraph):
    statuses, found = _plans(tmp_path, paragraph)
    assert "Outcomes are measurable, on paper." not in found and "Outcomes are measurable." not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "All children who go missing from home or care are offered a return home interview, without exception.",
        "Children who go missing from home or care are offered a return home interview, so they can talk about why.",
        "Children who go missing from home or care are, without exception, offered a return home interview.",
        "Children who go missing from home or care are offered a return home interview, as well as other help.",  # 'well'
        # in 'as well as' is no praise (polarity.json not_strength), so the restatement is read
    ],
)
def test_a_restatement_with_an_aside_that_it_holds_for_all_why_or_what_came_with_it_still_confirms(tmp_path, sentence):
    """Reviewer of helper-252: 'without' (a denial word), 'can' (a modal) or 'other' in an aside hid the restatement
    (linking.json found_as_asked 'asides')."""
    result, statuses, findings = _verdicts(tmp_path, sentence)
    assert [(f.text, f.polarity, bool(f.as_asked)) for f in findings] == [(sentence, "Strength", True)]
    docs = {d.sha256: d.text for d in result.documents}
    assert docs[findings[0].spans[0].doc][findings[0].spans[0].start : findings[0].spans[0].end] == sentence
    assert [s.status for s in statuses] == ["IndependentlyVerified"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Children who go missing from home or care are offered a return home interview, as well as support, but only late.",
        "Children who go missing from home or care are offered a return home interview, so they say.",
        "Children who go missing from home or care are offered a return home interview, as well as help not given before.",
        "Children who go missing from home or care are offered a return home interview, as well as help in Northshire.",
        "Some children who go missing from home or care are offered a return home interview, without exception.",
        "Children who go missing from education are offered a return home interview, without exception.",
        "Children who go missing from home or care are offered a return home interview, so they can stay in school.",
    ],
)
def test_an_aside_that_hedges_or_a_hedge_outside_it_still_is_no_strength(tmp_path, sentence):
    """No reading as asked (what the polarity cues make of the sentence, 'help', 'late', 'not', is theirs)."""
    _, _, findings = _verdicts(tmp_path, sentence)
    assert not any(f.as_asked for f in findings)
