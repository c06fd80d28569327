"""SIF reports mark the findings paragraphs a recommendation rests on with '(Recommendation)': link each marked
paragraph's findings to the recommendation of the same assessment it is most like, in concerns and in words, each
weighted by its rarity in the report (linking.json, underpins), so the graph shows what each recommendation rests on."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

from findings.extract.lexicons import load_json
from findings.link.previous import LEXICON, content_words
from findings.link.themes import concerns_of
from findings.model import BOARD_KEY, Extraction, Finding, Recommendation


def link_basis(out: Extraction) -> int:
    """Set `underpins` on marked findings; returns how many links were made."""
    rules = load_json(LEXICON)["underpins"]
    recs: dict[str, list[Recommendation]] = {}
    for rec in out.recommendations:
        if rec.kind == "Recommendation":
            recs.setdefault(rec.assessment, []).append(rec)
    findings: dict[str, list[Finding]] = {}  # by report: the council's assessment and its board review together
    for finding in out.findings:
        findings.setdefault(finding.assessment.removesuffix(BOARD_KEY), []).append(finding)
    added = 0
    for report, theirs in findings.items():
        marked = [f for f in theirs if f.basis]
        if marked:
            added += _link_report(marked, theirs, recs, recs.get(report, []) + recs.get(report + BOARD_KEY, []), rules)
    return added


def _link_report(
    marked: list[Finding], theirs: list[Finding], recs: dict[str, list[Recommendation]], report_recs: list, rules: dict
) -> int:
    """One report's marked findings, each paragraph scored once (its findings share it) against each recommendation
    of the finding's own assessment, or of the report's when its own has none."""
    concerns = {r.text: concerns_of(r.text, rules["broader_credit"]) for r in report_recs}
    words, themes = _rarity([content_words(f.text) for f in theirs]), _rarity(list(concerns.values()))
    vectors: dict[str, tuple[_Vector, _Vector]] = {}  # each text read once

    def vector(text: str) -> tuple[_Vector, _Vector]:
        if text not in vectors:
            named = concerns.get(text) or concerns_of(text, rules["broader_credit"])
            vectors[text] = (_weighted(named, themes), _weighted(dict.fromkeys(content_words(text), 1.0), words))
        return vectors[text]

    best: dict[tuple[str, str], tuple[float, str, str]] = {}
    added = 0
    for finding in marked:
        key = (finding.basis or "", finding.assessment)
        if key not in best:
            ours = vector(key[0])
            best[key] = max(
                (
                    (_score(ours, vector(rec.text), rules["theme_weight"]), rec.assessment, rec.identifier)
                    for rec in recs.get(finding.assessment) or report_recs
                ),
                default=(0.0, "", ""),
            )
        score, assessment, identifier = best[key]
        if score > 0:
            finding.underpins = [(assessment, identifier, round(score, 3))]
            added += 1
    return added


_Vector = tuple[dict[str, float], float]  # term → weight, and the vector's length


def _weighted(credits: dict[str, float], weights: defaultdict[str, float]) -> _Vector:
    vector = {term: credit * weights[term] for term, credit in credits.items()}
    return vector, math.sqrt(math.fsum(v * v for v in vector.values()))


def _score(ours: tuple[_Vector, _Vector], theirs: tuple[_Vector, _Vector], theme_weight: float) -> float:
    """theme_weight × the cosine of the weighted concerns + the rest × the cosine of the weighted words."""
    return theme_weight * _cosine(ours[0], theirs[0]) + (1 - theme_weight) * _cosine(ours[1], theirs[1])


def _rarity(sets: list[Iterable[str]]) -> defaultdict[str, float]:
    """Each term's weight: the fewer of `sets` hold it, the more it tells them apart (smoothed idf; a term none
    holds weighs most)."""
    held = Counter(term for terms in sets for term in set(terms))
    weights = defaultdict(lambda: math.log(len(sets) + 1) + 1)
    weights.update({term: math.log((len(sets) + 1) / (n + 1)) + 1 for term, n in held.items()})
    return weights


def _cosine(a: _Vector, b: _Vector) -> float:
    """Summed exactly (fsum), so the order a set's terms come in cannot change the last digit, nor a tie."""
    (ours, length), (theirs, other) = a, b
    shared = math.fsum(ours[k] * theirs[k] for k in ours.keys() & theirs.keys())
    return shared / (length * other) if length and other else 0.0
