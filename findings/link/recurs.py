"""Across assessments and years: a later recommendation that raises an earlier one again (fo:recurs), and a peer
review's recommendation that tests an earlier inspection's (fo:followsUp).

Recurrences are topic-level restatements that share few words, so the score leans on the themes two items share
(ontology/themes.ttl), each counting more the nearer the item's head it is named, and adds the share of distinctive
words; only pairs of the same council (its safeguarding board's reviews with it, compared.py; a new council's later
items with those of the councils it succeeded too), the later made after the earlier ended, are compared (blocking
keeps this linear in the number of councils' reports). An item that enumerates several concerns is also read part by
part (findings/link/parts.py), so one concern of a list raised again is not diluted by the rest. Pairs at or above
the lexicon's threshold become triples; those between the review floor and the threshold wait for a person, and so do
those a rule holds for review however high they score.

Where each step lives: which items are compared, compared.py; each item read once, readings.py; a pair's score,
scores.py (a general concern and its kinds, covers.py); the rules that hold a pair for review, held.py; the links
made here.
"""

from __future__ import annotations

import math
from dataclasses import replace

from findings.extract.lexicons import load_json
from findings.link.compared import (
    LINKED_KINDS,
    Item,
    apart_from_the_board,
    by_council,
    earlier_compared,
    items_of,
    of_a_board,
    predecessor_keys,
)
from findings.link.covers import with_general
from findings.link.for_all import for_all_and_a_group
from findings.link.held import Pair, Review, held_for_review
from findings.link.readings import Readings
from findings.link.scores import best_score, rarity, shared
from findings.link.themes import within
from findings.model import Extraction, ItemRef, Link

LEXICON = "lexicons/linking.json"
ONE_FOR_ALL = "held for a person by recurrence.for_a_group.one_for_all"


def link_across_years(out: Extraction) -> list[Link]:
    """Every recurs / followsUp candidate with its score; `asserted` marks those at or above the threshold. Sets
    `out.themes` (each item's concerns) on the way."""
    rules = load_json(LEXICON)["recurrence"]
    items = items_of(out)  # the recommendations and lines of enquiry compared (compared.py)
    read = Readings(out, items, rules)  # each read once (readings.py)
    out.themes.update(read.themes)  # each item's concerns, for the graph
    boards = {ref: out.assessments[ref.assessment].org.name for ref, _, _ in items if of_a_board(out.assessments[ref.assessment])}
    review = Review(rules, read.texts, boards)  # what the rules that hold a pair for review name (held.py)
    links: list[Link] = []
    for_other_groups: set[tuple[ItemRef, ItemRef]] = set()  # pairs held for review by recurrence.apart_by_whom
    groups = by_council(out, items)
    for key, group in groups.items():  # only one council's items are compared, and its predecessors' (compared.py)
        pool = group + [item for older in predecessor_keys(out, key) for item in groups.get(older, [])]
        for later in group:  # each against the recommendations of the inspections over before it
            links += _links_of(later, pool, out, read, review, for_other_groups)
    if rules["raised_together"]["apply"]:  # two items that both raise one earlier recommendation raise each other
        links = raised_together(links, rules["raised_together"]["method"], for_other_groups)
    return sorted(links, key=lambda link: (link.source, link.target))


def _links_of(
    later: Item, group: list[Item], out: Extraction, read: Readings, review: Review, apart: set[tuple[ItemRef, ItemRef]]
) -> list[Link]:
    """The links of one `later` item to the recommendations of its council's (`group`) earlier inspections: each
    scored (findings/link/scores.py), those at or above the review floor kept, asserted at or above the kind's
    threshold (the machinery's, when they share only how a service is run) unless a rule holds them for review
    (findings/link/held.py; a pair held by recurrence.apart_by_whom is added to `apart`); one in the earlier item's
    own words, or nearly (recurrence.same_words), asserted whatever its themes; the best 'most_links', those first."""
    rules = review.rules
    l_ref, _, l_span = later
    a_later = out.assessments[l_ref.assessment]
    kind = LINKED_KINDS[a_later.kind]
    shape = read.shapes[kind]
    credited, by_part = read.credited[shape], read.parts.get(shape, {})
    keys = {ref.assessment for ref, _, _ in group}
    allowed = {a.key for a in earlier_compared(a_later, (out.assessments[k] for k in keys))}
    earlier = [r for r, _, _ in group if r.assessment in allowed and r.kind == "recommendation"]
    earlier = [r for r in earlier if not of_a_board(out.assessments[r.assessment])]  # how rare among the council's asks
    weight = rarity([with_general(credited[r][0], read.covers) for r in earlier])
    whole_areas = shape[0] == "areas"
    generic = None if whole_areas else review.generic
    candidates = []
    for e_ref, e_text, e_span in group:
        if e_ref.assessment not in allowed or e_ref.kind != "recommendation":
            continue
        if apart_from_the_board(a_later, out.assessments[e_ref.assessment], read.texts[l_ref], e_text):
            continue
        groups_apart = read.areas_apart(shape, l_ref, e_ref) if whole_areas else read.groups_apart(shape, l_ref, e_ref)
        parts = (by_part.get(l_ref, []), by_part.get(e_ref, []))
        minimum = rules["minimum_shared_themes"]
        examples = (read.examples_only(shape, l_ref), read.examples_only(shape, e_ref))  # kinds narrowing nothing
        value, named, pair = best_score(
            read.beside(shape, l_ref, e_ref),
            read.beside(shape, e_ref, l_ref),
            parts,
            groups_apart,
            weight,
            read.kinds,
            generic,
            minimum,
            whole_areas,
            examples,
        )
        if worded_alike(credited[l_ref][1], credited[e_ref][1], rules["same_words"], kind):  # recurrence.same_words:
            candidates.append((value, e_ref, e_span, -math.inf, "", rules["same_words"]["method"]))  # whatever its themes
            continue
        if named < minimum or value < rules["review_floor"]:
            if not whole_areas and rules["for_a_group"]["one_for_all"]["apply"]:  # one item's function for a group only
                groups = read.group_of(shape, l_ref)[0], read.group_of(shape, e_ref)[0]
                reads = read.ungrouped(shape, l_ref), read.ungrouped(shape, e_ref)
                bar = rules["threshold"][kind]
                kept = for_all_and_a_group(reads, groups, review.functions, weight, generic, minimum, bar)
                if kept is not None:  # held for a person, whatever it scores, and never asserted by raised_together
                    candidates.append((kept, e_ref, e_span, math.inf, ONE_FOR_ALL, rules["method"]))
                    apart.add((l_ref, e_ref))
            continue
        both = shared(pair[0][0], pair[1][0], whole_areas=whole_areas)
        machinery_only = all(within(theme, review.machinery) for theme in both)
        bar = (rules["machinery"] if machinery_only else rules)["threshold"][kind]
        why = f"scored below the threshold ({bar})"
        if machinery_only:
            why = f"scored below recurrence.machinery's threshold ({bar}): they share only how the service is run"
        held = held_for_review(Pair(l_ref, e_ref, shape, pair, both, weight, machinery_only, a_later.org.name), review, read)
        if held:
            bar = math.inf  # for a person to judge
            why = "held for a person by " + ", ".join(f"recurrence.{rule}" for rule in held)
        if "apart_by_whom" in held:
            apart.add((l_ref, e_ref))
        candidates.append((value, e_ref, e_span, bar, why, rules["method"]))
    # same_words's (a bar of -inf) first, one_for_all's (read without the group) last: they only fill what slots are left
    same_first = sorted(candidates, key=lambda c: (c[3] != -math.inf, c[4] == ONE_FOR_ALL, -c[0], c[1]))
    return [
        Link(kind, l_ref, e_ref, v, method, [l_span, e_span], asserted=v >= bar, why="" if v >= bar else why)
        for v, e_ref, e_span, bar, why, method in same_first[: rules["most_links"][kind]]
    ]


def worded_alike(later: frozenset[str], earlier: frozenset[str], rule: dict, kind: str) -> bool:
    """Whether a later item's distinctive words are the earlier item's, or nearly (linking.json recurrence.same_words):
    each has at least 'minimum_words' of them and at least 'share' of each's are the other's."""
    if not rule["apply"] or kind not in rule["kinds"] or min(len(later), len(earlier)) < rule["minimum_words"]:
        return False
    return len(later & earlier) >= rule["share"] * max(len(later), len(earlier))


def raised_together(links: list[Link], method: str, apart: set[tuple[ItemRef, ItemRef]] | None = None) -> list[Link]:
    """`links` with each recurs candidate below the threshold asserted when its two items both raise again one
    earlier recommendation (linking.json, recurrence.raised_together): a later report cannot raise a concern again
    and leave the item between that raised it too standing as verified. Not a pair `apart` (later, earlier): one
    generic concern asked of two different staff groups (recurrence.apart_by_whom) is two asks whatever both raise:
    supervision for personal advisers and for the assessment teams each raise 'supervision for all staff' again."""
    asserted = {(link.source, link.target) for link in links if link.kind == "recurs" and link.asserted}
    raises: dict[ItemRef, set[ItemRef]] = {}
    for source, target in asserted:
        raises.setdefault(source, set()).add(target)
    out = []
    for link in links:
        together = raises.get(link.source, set()) & raises.get(link.target, set())
        if link.kind == "recurs" and not link.asserted and together and (link.source, link.target) not in (apart or set()):
            link = replace(link, method=method, asserted=True, why="")
        out.append(link)
    return out
