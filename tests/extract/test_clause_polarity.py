"""A finding split by a contrastive conjunction carries each clause's polarity, read with its document in one batch:
each the polarity of the clause read alone as a sentence (the linker weighs them per concern: findings/link/clauses.py)."""

from __future__ import annotations

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
