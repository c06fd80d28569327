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
