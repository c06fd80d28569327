"""Across assessments and years: a later recommendation that raises an earlier one again (fo:recurs), and a peer
review's recommendation that tests an earlier inspection's (fo:followsUp).

Recurrences are topic-level restatements that share few words, so the score leans on the themes two items share
(ontology/themes.ttl) and adds the share of distinctive words; only pairs of the same council, the later made after
the earlier ended, are compared (blocking keeps this linear in the number of councils' reports). Pairs at or above
the lexicon's threshold become triples; those between the review floor and the threshold wait for a person.
"""

from __future__ import annotations

import math

from findings.extract.lexicons import load_json
from findings.link.previous import content_words
from findings.link.themes import themes_of
from findings.model import Assessment, Extraction, ItemRef, Link, Recommendation

LEXICON = "lexicons/linking.json"
_LINKED_KINDS = {"Inspection": "recurs", "PeerReview": "followsUp"}  # what a later assessment's item does to an earlier one


def score(later: tuple[set[str], set[str]], earlier: tuple[set[str], set[str]],
          weight: dict[str, float] | None = None) -> tuple[float, int]:
    """(score 0–1, themes shared) of two items given (themes, distinctive words) of each; a theme counts by how
    rare it is among the council's recommendations (`weight`), and against the item with fewer themes."""
    weights = load_json(LEXICON)["recurrence"]
    (t1, w1), (t2, w2) = later, earlier
    shared = len(t1 & t2)
    w = weight or {}
    mass = min(sum(w.get(t, 1.0) for t in t1), sum(w.get(t, 1.0) for t in t2))
    themes = sum(w.get(t, 1.0) for t in t1 & t2) / mass if mass else 0.0
    words = len(w1 & w2) / min(len(w1), len(w2)) if w1 and w2 else 0.0
    return round(weights["theme_weight"] * themes + (1 - weights["theme_weight"]) * words, 3), shared


def _eligible(a: Assessment | None) -> bool:
    return a is not None and a.kind in ("Inspection", "PeerReview") and not a.org.key.endswith("-lscb")


def link_across_years(out: Extraction) -> list[Link]:
    """Every recurs / followsUp candidate with its score; `asserted` marks those at or above the threshold."""
    rules = load_json(LEXICON)["recurrence"]
    recs = [r for r in out.recommendations if r.kind == "Recommendation" and _eligible(out.assessments.get(r.assessment))]
    features = {}
    for rec in recs:
        ref = ItemRef("recommendation", rec.assessment, rec.identifier)
        out.themes[ref] = themes_of(rec.text)
        features[ref] = (set(out.themes[ref]), content_words(rec.text))
    by_org: dict[str, list[Recommendation]] = {}
    for rec in recs:
        by_org.setdefault(out.assessments[rec.assessment].org.key, []).append(rec)
    links: list[Link] = []
    for group in by_org.values():
        counts: dict[str, int] = {}
        for rec in group:
            for theme in features[ItemRef("recommendation", rec.assessment, rec.identifier)][0]:
                counts[theme] = counts.get(theme, 0) + 1
        weight = {t: math.log(1 + len(group) / n) for t, n in counts.items()}  # rare concerns weigh more
        for later in group:
            a_later = out.assessments[later.assessment]
            kind = _LINKED_KINDS[a_later.kind]
            l_ref = ItemRef("recommendation", later.assessment, later.identifier)
            candidates = []
            for earlier in group:
                a_earlier = out.assessments[earlier.assessment]
                if a_earlier.kind != "Inspection" or not _before(a_earlier, a_later):
                    continue
                e_ref = ItemRef("recommendation", earlier.assessment, earlier.identifier)
                value, shared = score(features[l_ref], features[e_ref], weight)
                if shared >= rules["minimum_shared_themes"] and value >= rules["review_floor"]:
                    candidates.append((value, e_ref, earlier))
            for value, e_ref, earlier in sorted(candidates, key=lambda c: (-c[0], c[1]))[: rules["most_links"]]:
                links.append(Link(kind, l_ref, e_ref, value, rules["method"], [later.spans[0], earlier.spans[0]],
                                  asserted=value >= rules["threshold"]))
    return sorted(links, key=lambda link: (link.source, link.target))


def _before(earlier: Assessment, later: Assessment) -> bool:
    """Was the earlier assessment over before the later one began (fieldwork, else its date)?"""
    end = earlier.ended or earlier.issued or earlier.date
    start = later.started or later.date or later.issued or later.earliest
    return end is not None and start is not None and end < start
