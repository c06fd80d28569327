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
        if not marked:
            continue
        report_recs = recs.get(report, []) + recs.get(report + BOARD_KEY, [])
        word_weight = _rarity([content_words(f.text) for f in theirs])
        theme_weight = _rarity([set(_concerns(r.text, rules["broader_credit"])) for r in report_recs])
        for finding in marked:
            candidates = recs.get(finding.assessment) or report_recs
            scored = [
                (_score(finding.basis or "", rec.text, rules, word_weight, theme_weight), rec.assessment, rec.identifier)
                for rec in candidates
            ]
            score, assessment, identifier = max(scored, default=(0.0, "", ""))
            if score > 0:
                finding.underpins = [(assessment, identifier, round(score, 3))]
                added += 1
    return added


def _score(paragraph: str, rec: str, rules: dict, words: defaultdict[str, float], themes: defaultdict[str, float]) -> float:
    credit = rules["broader_credit"]
    ours, theirs = _concerns(paragraph, credit), _concerns(rec, credit)
    by_theme = _cosine({t: c * themes[t] for t, c in ours.items()}, {t: c * themes[t] for t, c in theirs.items()})
    by_word = _cosine({w: words[w] for w in content_words(paragraph)}, {w: words[w] for w in content_words(rec)})
    return rules["theme_weight"] * by_theme + (1 - rules["theme_weight"]) * by_word


def _concerns(text: str, credit: float) -> dict[str, float]:
    return concerns_of(text, credit)


def _rarity(sets: list[Iterable[str]]) -> defaultdict[str, float]:
    """Each term's weight: the fewer of `sets` hold it, the more it tells them apart (smoothed idf; a term none
    holds weighs most)."""
    held = Counter(term for terms in sets for term in set(terms))
    weights = defaultdict(lambda: math.log(len(sets) + 1) + 1)
    weights.update({term: math.log((len(sets) + 1) / (n + 1)) + 1 for term, n in held.items()})
    return weights


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    shared = sum(a[k] * b[k] for k in a.keys() & b.keys())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return shared / norm if norm else 0.0
