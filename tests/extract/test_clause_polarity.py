"""A finding split by a contrastive conjunction carries each clause's polarity, read with its document in one batch:
each the polarity of the clause read alone as a sentence (the linker weighs them per concern: findings/link/clauses.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from findings.extract import clause_polarity
from findings.extract.clause_polarity import clause_polarities, clauses
from findings.extract.polarity import sentence_polarities
from findings.model import Finding


def _alone(clause: str) -> str | None:
    found = {p for _, _, p in sentence_polarities(clause.rstrip(".") + ".")} - {None}
    return "Weakness" if "Weakness" in found else found.pop() if found else None


def test_each_clause_of_a_split_finding_has_the_polarity_it_has_alone_and_a_whole_one_none():
    texts = [
        "Pathway plans are now of good quality, although some initial reviews are held late.",
        "Although the pace of change slowed in the pandemic, managers now challenge drift effectively.",
        "Supervision is regular and reflective; however, it is not always recorded.",
        "Children are seen quickly and their views are recorded well.",
    ]
    found = [Finding("x/ofsted-2020", f"p{n}", text, "", []) for n, text in enumerate(texts)]
    clause_polarities(found)
    for finding in found[:3]:
        parts = clauses(finding.text)
        assert len(parts) > 1
        assert finding.clause_polarities == tuple(_alone(part) for part in parts)
    assert found[0].clause_polarities == ("Strength", "Weakness")
    assert found[3].clause_polarities == ()  # no conjunction splits it: the sentence's own polarity stands


_WORDS = ["although", "Though", "BUT", "but also", "however", "despite", "yet", "while", "they", "plans", "are", "late"]


def _cut_everywhere(monkeypatch, text: str) -> tuple[str, ...]:
    """`clauses` with its shortcut off: every text cut by the lexicon's patterns, as before the shortcut."""
    monkeypatch.setattr(clause_polarity, "_conjunction_pieces", lambda: ())
    try:
        return clauses.__wrapped__(text)
    finally:
        monkeypatch.undo()


def test_a_finding_holding_no_conjunction_is_not_cut_by_the_patterns(monkeypatch):
    searched: list[str] = []
    patterns = clause_polarity.contrast_patterns()
    monkeypatch.setattr(clause_polarity, "contrast_patterns", lambda: (searched.append("x"), patterns)[1])
    assert clauses.__wrapped__("  Plans are clear and reviewed on time, ") == ("Plans are clear and reviewed on time",)
    assert clauses.__wrapped__(" – ") == (" – ",)
    assert searched == []
    assert clauses.__wrapped__("Plans are clear, but late.") == ("Plans are clear", "but late.")
    assert searched == ["x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(alphabet=st.sampled_from(list("abtuſİK ,;–-.")), max_size=6))))
def test_the_shortcut_cuts_as_the_patterns_do(words):
    text = " ".join(words)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert clauses.__wrapped__(text) == _cut_everywhere(monkeypatch, text)
