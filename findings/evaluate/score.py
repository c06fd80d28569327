"""Precision, recall and F1 of extracted items against gold, with exact-boundary and overlap matching.

Exact: the item's text equals the gold text once white space is collapsed (so both ends are right).
Overlap: the two texts share at least half their words (Dice ≥ 0.5) — the item was found, its boundary may not be.
Attributes are scored on overlap-matched pairs: a value counts as predicted when not empty, as correct when equal.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from findings.evaluate.records import ATTRIBUTES

_WORD = re.compile(r"\w+")
OVERLAP = 0.5


def norm(text: object) -> str:
    return " ".join(str(text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())


def dice(a: str, b: str) -> float:
    wa, wb = Counter(_WORD.findall(a.lower())), Counter(_WORD.findall(b.lower()))
    total = sum(wa.values()) + sum(wb.values())
    return 2 * sum((wa & wb).values()) / total if total else 0.0


@dataclass
class Tally:
    """Counts for P/R/F1: true positives, predicted, gold."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.predicted, self.gold = self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class TypeScore:
    exact: Tally = field(default_factory=Tally)
    overlap: Tally = field(default_factory=Tally)
    attributes: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # one line per gold item not found / extra item / wrong value


def _key(item: dict) -> str:
    """What identifies an item: its text (a judgement's area together with its section), else its key."""
    text = norm(item.get("text") or item.get("key") or "")
    return f"{text} @ {norm(item.get('scope') or '')}" if item.get("type") == "judgement" else text


def _match(gold: list[dict], predicted: list[dict], exact: bool) -> list[tuple[dict, dict]]:
    """One-to-one pairing: identical items first, then (for overlap) the remaining pairs best first, so a
    near miss never takes the partner of an exact match. Ties keep document order."""
    pairs: list[tuple[dict, dict]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if pi not in used_p and _key(p) == _key(g):
                pairs.append((g, p))
                used_g.add(gi)
                used_p.add(pi)
                break
    if not exact:
        scored = sorted(
            (
                (_similarity(g, p, exact), gi, pi)
                for gi, g in enumerate(gold)
                if gi not in used_g
                for pi, p in enumerate(predicted)
                if pi not in used_p
            ),
            key=lambda t: (-t[0], t[1], t[2]),
        )
        for score, gi, pi in scored:
            if score >= OVERLAP and gi not in used_g and pi not in used_p:
                pairs.append((gold[gi], predicted[pi]))
                used_g.add(gi)
                used_p.add(pi)
    order = {id(g): i for i, g in enumerate(gold)}
    return sorted(pairs, key=lambda pair: order[id(pair[0])])


def _similarity(g: dict, p: dict, exact: bool) -> float:
    if exact or "text" not in g:
        return float(_key(p) == _key(g))
    return dice(_key(p), _key(g))


def score_type(kind: str, gold: list[dict], predicted: list[dict], where: str) -> TypeScore:
    """Score one document's items of one type."""
    result = TypeScore()
    exact = _match(gold, predicted, exact=True)
    overlap = _match(gold, predicted, exact=False)
    result.exact = Tally(len(exact), len(predicted), len(gold))
    result.overlap = Tally(len(overlap), len(predicted), len(gold))
    matched_gold = {id(g) for g, _ in overlap}
    matched_pred = {id(p) for _, p in overlap}
    exact_gold = {id(g) for g, _ in exact}
    for g in gold:
        if id(g) not in matched_gold:
            result.misses.append(f"{where}: missed {kind} “{_key(g)[:80]}”")
        elif id(g) not in exact_gold:
            result.misses.append(f"{where}: {kind} boundary differs “{_key(g)[:80]}”")
    for p in predicted:
        if id(p) not in matched_pred:
            result.misses.append(f"{where}: extra {kind} “{_key(p)[:80]}”")
    pair_of = {id(g): p for g, p in overlap}
    for name in ATTRIBUTES[kind]:
        tally = Tally()
        for g in gold:
            p = pair_of.get(id(g), {})
            want, got = g.get(name), p.get(name)
            tally.gold += want is not None
            tally.predicted += got is not None
            if want is not None and got is not None and norm(want) == norm(got):
                tally.tp += 1
            elif id(g) in matched_gold and norm(want or "") != norm(got or ""):
                result.misses.append(f"{where}: {kind} “{_key(g)[:50]}” {name}: gold {want!r}, got {got!r}")
        for p in predicted:
            if id(p) not in matched_pred:
                tally.predicted += p.get(name) is not None
        result.attributes[name] = tally
    return result
