"""How alike two items are (findings/link/recurs.py): the themes they share, each weighed by how rare it is among
the council's earlier recommendations and by how near each item's head it is named, with the share of distinctive
words; an item that lists several concerns scored part by part too (findings/link/parts.py)."""

from __future__ import annotations

import math

from findings.extract.lexicons import load_json
from findings.link.covers import Read, kinds_covered
from findings.link.themes import concerns_named

LEXICON = "lexicons/linking.json"
UNSEEN = ""  # the weight key of a concern no earlier item names


def score(
    later: Read,
    earlier: Read,
    weight: dict[str, float] | None = None,
    whole_areas: bool = False,
    against_larger: bool = False,
    generic: tuple[set[str], float] | None = None,
) -> tuple[float, int]:
    """(score 0–1, themes both name) of two items given (theme credits, distinctive words) of each: a shared theme
    counts by how rare it is among the council's items (`weight`) times the smaller credit, against the item with
    less theme mass (with more, `against_larger`: a part of an item against another item, which must both be about
    what they share); a broad theme reached through different narrower concerns counts only its small credit, unless
    the items were read as `whole_areas` (`areas_of`: every theme they share is one both name). A `generic` concern
    (the concerns and those under them, the share of its weight it keeps: linking.json, recurrence.unshared_generic)
    that only one of the two names weighs less in that item's mass: 'the quality of care plans and assessments' is
    about care plans first, and an item on plans covers most of it."""
    weights = load_json(LEXICON)["recurrence"]
    (c1, w1), (c2, w2) = later, earlier
    w = weight or {}
    unseen = w.get(UNSEEN, 1.0)  # a concern none of the earlier items names: the rarest of all
    shared = sorted(set(c1) & set(c2))  # sums in one order, so a score never depends on a set's
    kinds, keeps = generic or (set(), 1.0)

    def mass(credits: dict[str, float]) -> float:
        return math.fsum(
            w.get(t, unseen) * credits[t] * (keeps if t not in shared and t in kinds else 1.0) for t in sorted(credits)
        )

    masses = mass(c1), mass(c2)
    against = max(masses) if against_larger else min(masses)
    themes = math.fsum(w.get(t, unseen) * min(c1[t], c2[t]) for t in shared) / against if against else 0.0
    words = len(w1 & w2) / min(len(w1), len(w2)) if w1 and w2 else 0.0
    named = len(shared) if whole_areas else len(concerns_named(c1).intersection(shared))  # not a broad theme reached apart
    return round(weights["theme_weight"] * min(themes, 1.0) + (1 - weights["theme_weight"]) * words, 3), named


def best_score(
    later: Read,
    earlier: Read,
    parts: tuple[list[Read], list[Read]],
    apart: set[str],
    weight: dict[str, float],
    kinds: tuple[dict[str, set[str]], dict[str, set[str]]],
    generic: tuple[set[str], float] | None,
    minimum: int,
    whole_areas: bool,
    examples: tuple[set[str], set[str]] = (set(), set()),
) -> tuple[float, int, tuple[Read, Read]]:
    """(score, themes both name, the two readings scored) of a later item against an earlier one: the two whole, or a
    part of the later (`parts`: each item's, linking.json recurrence.parts) against the earlier whole or one of its
    parts, whichever scores highest sharing at least `minimum` themes; each reading without the themes `apart`
    (recurrence.for_a_group) and with the kinds of a general concern (`kinds`: covers and alike, `kinds_of`) read as
    the other names them, a kind each names only among its examples (`examples`, the two whole) narrowing nothing;
    `generic` as `score` weighs it."""
    covers, alike = kinds

    def scored(
        one: Read, other: Read, against_larger: bool, loose: tuple[set[str], set[str]] = (set(), set())
    ) -> tuple[float, int, tuple[Read, Read]]:
        pair = kinds_covered(without(one, apart), without(other, apart), covers, alike, loose)
        value, shared = score(*pair, weight, whole_areas=whole_areas, against_larger=against_larger, generic=generic)
        return value, shared, pair

    value, shared, pair = scored(later, earlier, False, examples)
    for one, other in part_pairs(earlier, *parts):
        part_value, part_shared, part_pair = scored(one, other, True)
        if part_shared >= minimum and part_value > value:
            pair, value, shared = part_pair, part_value, part_shared
    return value, shared, pair


def part_pairs(earlier: Read, later_parts: list[Read], earlier_parts: list[Read]) -> list[tuple[Read, Read]]:
    """The readings of two items to score besides the two whole (linking.json, recurrence.parts): each part of the
    later item against the earlier item whole and against each of its parts (a later report raises one of the things
    a list asked again); only those that share a concern."""
    pairs = [(part, other) for part in later_parts for other in (earlier, *earlier_parts)]
    return [(one, other) for one, other in pairs if one[0].keys() & other[0].keys()]


def without(read: Read, themes: set[str]) -> Read:
    """An item's reading with `themes` set aside."""
    return ({t: c for t, c in read[0].items() if t not in themes}, read[1]) if themes else read


def shared(later: dict[str, float], earlier: dict[str, float], whole_areas: bool) -> set[str]:
    """What two items have in common: the concerns both name, not a broad theme each reaches through a different one
    ('performance information on adoption' and '… on special guardianship' share the information, not permanence);
    the themes both hold where they name none alike, or were read as the areas they touch."""
    named = set() if whole_areas else concerns_named(later) & concerns_named(earlier)
    return named or set(later) & set(earlier)


def rarity(concerns: list[dict[str, float]]) -> dict[str, float]:
    """How much a shared concern tells, by how few of the earlier recommendations one could link to name it: a
    concern every earlier item names tells little (log(1 + items / items naming it), as inverse document frequency)."""
    counts: dict[str, int] = {}
    for credits in concerns:
        for theme in credits:
            counts[theme] = counts.get(theme, 0) + 1
    weights = {t: math.log(1 + len(concerns) / n) for t, n in counts.items()}
    weights[UNSEEN] = math.log(1 + 2 * len(concerns))  # as if half an item named it: above any named concern
    return weights
