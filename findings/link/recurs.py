"""Across assessments and years: a later recommendation that raises an earlier one again (fo:recurs), and a peer
review's recommendation that tests an earlier inspection's (fo:followsUp).

Recurrences are topic-level restatements that share few words, so the score leans on the themes two items share
(ontology/themes.ttl), each counting more the nearer the item's head it is named, and adds the share of distinctive
words; only pairs of the same council, the later made after the earlier ended, are compared (blocking keeps this
linear in the number of councils' reports). An item that enumerates several concerns is also read part by part
(findings/link/parts.py), so one concern of a list raised again is not diluted by the rest. Pairs at or above the
lexicon's threshold become triples; those between the review floor and the threshold wait for a person.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from findings.extract.lexicons import load_json
from findings.link.compared import LINKED_KINDS, earlier_inspections, items_of
from findings.link.covers import Read, kinds_covered, kinds_of, with_general
from findings.link.parts import objects_of, parts_of, without_examples
from findings.link.previous import content_words
from findings.link.scores import UNSEEN, part_pairs, rarity, score, shared, without
from findings.link.themes import (
    apart_by_group,
    apart_by_whom,
    areas_of,
    concerns_named,
    concerns_of,
    folded,
    for_a_group,
    for_which_group,
    lexicon_concepts,
    names,
    own_labels,
    themes_of,
    under,
    whom_of,
    within,
)
from findings.model import Extraction, ItemRef, Link, Span

LEXICON = "lexicons/linking.json"
STATUS = "lexicons/status.json"  # the bodies whose own work an item may ask (lapsed.bodies)


def link_across_years(out: Extraction) -> list[Link]:
    """Every recurs / followsUp candidate with its score; `asserted` marks those at or above the threshold."""
    rules = load_json(LEXICON)["recurrence"]
    items = items_of(out)
    shapes = {kind: (rules["reading"][kind], shape["slope"], shape["floor"]) for kind, shape in rules["later_named"].items()}
    features: dict[tuple[str, float, float], dict[ItemRef, tuple[dict[str, float], set[str]]]] = {s: {} for s in shapes.values()}

    def concerns(text: str, later_named: tuple[float, float]) -> dict[str, float]:
        """An item's concerns, a management function read as for a group of children only when the item names the
        group in what it asks, not only among its examples ('in all key areas, including … return home interviews')."""
        credits = concerns_of(text, rules["broader_credit"], later_named)
        return for_a_group(credits, rules["for_a_group"], asked(text, later_named))

    def asked(text: str, later_named: tuple[float, float]) -> dict[str, float]:
        """The concerns of what an item asks, its examples left out (findings/link/parts.py, without_examples)."""
        return concerns_of(without_examples(text, rules["parts"]), rules["broader_credit"], later_named)

    def concerns_by_part(text: str, later_named: tuple[float, float]) -> list[Read]:
        """Each part's concerns, only those the whole item names: a word the whole names inside a longer label
        ('training' in 'education, employment and training') is not read out of it by a part."""
        whole, credit = concerns_of(text, rules["broader_credit"], later_named), rules["broader_credit"]
        reads, basis = [], asked(text, later_named)
        for part in parts_of(text, rules["parts"]):
            read = for_a_group(concerns_of(part, credit, later_named), rules["for_a_group"], basis)
            reads.append(({t: c for t, c in read.items() if t in whole}, content_words(part)))
        return reads

    readers = {"areas": areas_of, "concerns": concerns}
    by_parts = {shapes[kind] for kind in rules["parts"]["kinds"] if shapes[kind][0] == "concerns"}
    parts: dict[tuple[str, float, float], dict[ItemRef, list[Read]]] = {s: {} for s in by_parts}
    asking_only = set(rules["examples_left_out"]["kinds"])  # the kinds whose later item is read without its examples
    for ref, text, _ in items:
        words = content_words(text)
        kind = LINKED_KINDS[out.assessments[ref.assessment].kind]  # what this item does as the later one
        for shape, of_shape in features.items():
            reading, slope, floor = shape
            read = None
            if kind in asking_only and shape == shapes[kind]:  # what it asks, not its examples
                read = readers[reading](without_examples(text, rules["parts"]), later_named=(slope, floor))
            of_shape[ref] = (read or readers[reading](text, later_named=(slope, floor)), words)
            if (reading, slope, floor) in parts:
                parts[(reading, slope, floor)][ref] = concerns_by_part(text, (slope, floor))
        # an item's themes are its concerns whatever their credits: those just read, unless no kind reads concerns
        read = [of[ref][0] for (reading, _, _), of in features.items() if reading == "concerns"]
        out.themes[ref] = sorted(read[0]) if read else themes_of(text)
    by_org: dict[str, list[tuple[ItemRef, str, Span]]] = {}
    for item in items:
        by_org.setdefault(out.assessments[item[0].assessment].org.key, []).append(item)
    machinery = set(lexicon_concepts(rules["machinery"]["themes"]))  # how a service is run: a higher bar alone
    covers, alike = kinds_of(rules["covers"])
    in_passing = (set(lexicon_concepts(rules["in_passing"]["themes"])), rules["in_passing"]["share"])
    generic = (under(in_passing[0]), rules["unshared_generic"]["weight"])  # a generic concern one item names alone: less mass
    texts = {ref: text for ref, text, _ in items}
    bodies = asked_of_a_body(texts)
    reviewed_read: dict[ItemRef, set[str]] = {}

    def reviewed(ref: ItemRef) -> set[str]:
        """The concerns an item asks to have reviewed, tracked or overseen (linking.json, recurrence.asks), with the
        general concern of a kind so named ('reviews of child protection plans': the quality of plans too)."""
        if ref not in reviewed_read:
            named = {t for o in objects_of(texts[ref], rules["asks"]) for t in concerns_of(o, rules["broader_credit"])}
            reviewed_read[ref] = named | {general for general, kinds in covers.items() if kinds & named}
        return reviewed_read[ref]

    groups_read: dict[tuple[tuple[str, float, float], ItemRef], tuple[frozenset[str], frozenset[str]]] = {}

    def group_of(shape: tuple[str, float, float], ref: ItemRef) -> tuple[frozenset[str], frozenset[str]]:
        """The groups an item names and the functions it names for them, read once per item and reading."""
        if (shape, ref) not in groups_read:
            groups_read[(shape, ref)] = for_which_group(asked(texts[ref], shape[1:]), rules["for_a_group"])
        return groups_read[(shape, ref)]

    functions = under(set(lexicon_concepts(rules["for_a_group"]["functions"]))) | generic[0]
    group_areas = set(lexicon_concepts(rules["for_a_group"]["groups"])) if rules["whom_only"]["apply"] else set()

    def whom_only(both: set[str], earlier: dict[str, float]) -> bool:
        """Do a review's item and an earlier recommendation, read as the areas they touch, share only whom they are
        about (care leavers), the recommendation asking of another area too (their health histories): the review tests
        that group's service, not what the recommendation asked (linking.json, recurrence.whom_only)."""
        return bool(both) and both <= group_areas and bool(set(earlier) - both)

    whom_rule = rules["apart_by_whom"]
    whom_generic = under(set(lexicon_concepts(whom_rule["themes"])))  # asked of every staff group, team and cohort alike
    whom_read: dict[tuple[tuple[str, float, float], ItemRef], frozenset[str]] = {}

    def whom(shape: tuple[str, float, float], ref: ItemRef) -> frozenset[str]:
        """The staff groups, teams and cohorts of children an item names in what it asks, read once per item and
        reading (linking.json, recurrence.apart_by_whom)."""
        if (shape, ref) not in whom_read:
            text = without_examples(texts[ref], rules["parts"])
            whom_read[(shape, ref)] = whom_of(text, asked(texts[ref], shape[1:]), whom_rule)
        return whom_read[(shape, ref)]

    def for_others(both: set[str], shape: tuple[str, float, float], l_ref: ItemRef, e_ref: ItemRef) -> bool:
        """Do two items share only a generic practice concern (supervision, audit, data, training, caseloads,
        recording), each asking it of a different staff group, team or cohort of children? 'Supervision records for
        personal advisers' does not raise 'supervision in the assessment teams' again."""
        return bool(both) and both <= whom_generic and apart_by_whom(whom(shape, l_ref), whom(shape, e_ref), whom_rule)

    of_examples = _functions_and_words(rules)  # information or oversight asked of its examples (linking.json)

    def for_the_group_only(
        both: set[str], whole: dict[str, float], shape: tuple[str, float, float], l_ref: ItemRef, e_ref: ItemRef
    ) -> bool:
        """Do two items share only management functions, the later item being first about a group of children the
        earlier does not name (its `whole` reading credits the group above them): 'the response to children at risk of
        exploitation, including the quality of risk assessments' asks for that group's assessments, not assessments
        again; 'performance information … on care leavers' is still performance information."""
        mine, theirs = group_of(shape, l_ref)[0], group_of(shape, e_ref)[0]
        if not both or not both <= functions or not mine or mine & theirs:
            return False
        return max(whole.get(g, 0.0) for g in mine) > max(whole.get(t, 0.0) for t in both)

    links: list[Link] = []
    for_other_groups: set[tuple[ItemRef, ItemRef]] = set()  # pairs held for review by recurrence.apart_by_whom
    for group in by_org.values():
        keys = {ref.assessment for ref, _, _ in group}
        for l_ref, _, l_span in group:
            a_later = out.assessments[l_ref.assessment]
            kind = LINKED_KINDS[a_later.kind]
            credited, by_part = features[shapes[kind]], parts.get(shapes[kind], {})
            allowed = {a.key for a in earlier_inspections(a_later, (out.assessments[k] for k in keys))}
            earlier = [r for r, _, _ in group if r.assessment in allowed and r.kind == "recommendation"]
            weight = rarity([with_general(credited[r][0], covers) for r in earlier])
            candidates, whole_areas = [], shapes[kind][0] == "areas"
            for e_ref, _, e_span in group:
                if e_ref.assessment not in allowed or e_ref.kind != "recommendation":
                    continue
                apart = set() if whole_areas else apart_by_group(group_of(shapes[kind], l_ref), group_of(shapes[kind], e_ref))
                pair = kinds_covered(without(credited[l_ref], apart), without(credited[e_ref], apart), covers, alike)
                unshared = None if whole_areas else generic
                value, named = score(*pair, weight, whole_areas=whole_areas, generic=unshared)
                for l_read, e_read in part_pairs(credited[e_ref], by_part.get(l_ref, []), by_part.get(e_ref, [])):
                    part_pair = kinds_covered(without(l_read, apart), without(e_read, apart), covers, alike)
                    part_value, part_shared = score(
                        *part_pair, weight, whole_areas=whole_areas, against_larger=True, generic=unshared
                    )
                    if part_shared >= rules["minimum_shared_themes"] and part_value > value:
                        pair, value, named = part_pair, part_value, part_shared
                if named >= rules["minimum_shared_themes"] and value >= rules["review_floor"]:
                    both = shared(pair[0][0], pair[1][0], whole_areas=whole_areas)
                    machinery_only = all(within(theme, machinery) for theme in both)
                    bar = (rules["machinery"] if machinery_only else rules)["threshold"][kind]
                    same_group = not whole_areas and group_of(shapes[kind], l_ref)[0] & group_of(shapes[kind], e_ref)[0]
                    if not whole_areas and not same_group and _named_in_passing(pair, both, weight, in_passing):
                        bar = math.inf  # a generic concern one of them names in passing: for a person to judge
                    if whole_areas and whom_only(both, pair[1][0]):
                        bar = math.inf  # only whom both are about: for a person to judge
                    if not whole_areas and for_the_group_only(both, credited[l_ref][0], shapes[kind], l_ref, e_ref):
                        bar = math.inf  # a function asked for one group of children, the other item on it in general
                    if not whole_areas and whom_rule["apply"] and for_others(both, shapes[kind], l_ref, e_ref):
                        bar = math.inf  # one generic concern asked of two different staff groups or cohorts: for a person
                        for_other_groups.add((l_ref, e_ref))
                    asks = not whole_areas and rules["asks"]["apply"]
                    if asks and _asked_apart(both, reviewed(l_ref), reviewed(e_ref), generic[0]):
                        bar = math.inf  # one asks to review what the other asks to make better: for a person to judge
                    if bodies.get(l_ref) != bodies.get(e_ref) and not _names_the_body(bodies, l_ref, e_ref, texts):
                        bar = math.inf  # one asks a body of its own work, the other neither is asked of it nor names it
                    if (
                        not whole_areas
                        and of_examples
                        and _of_its_examples(
                            both, asked(texts[l_ref], shapes[kind][1:]), credited[e_ref][0], texts[e_ref], of_examples
                        )
                    ):
                        bar = math.inf  # information on what it names only among its examples; the other asks for the thing
                    if machinery_only and not whole_areas and rules["machinery"]["beyond_labels"]:
                        council = content_words(a_later.org.name) if rules["machinery"]["council_name"] else frozenset()
                        one_only = credited[l_ref][0].keys() ^ credited[e_ref][0].keys()  # what one names, the other not
                        if one_only - under(both) and not _beyond_labels(both, texts[l_ref], texts[e_ref]) - council:
                            bar = math.inf  # the same body or function, nothing of what is asked of it: for a person
                    candidates.append((value, e_ref, e_span, bar))
            best = sorted(candidates, key=lambda c: (-c[0], c[1]))[: rules["most_links"][kind]]
            for value, e_ref, e_span, bar in best:
                links.append(Link(kind, l_ref, e_ref, value, rules["method"], [l_span, e_span], asserted=value >= bar))
    if rules["raised_together"]["apply"]:
        links = raised_together(links, rules["raised_together"]["method"], for_other_groups)
    return sorted(links, key=lambda link: (link.source, link.target))


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
            link = replace(link, method=method, asserted=True)
        out.append(link)
    return out


def _named_in_passing(pair: tuple[Read, Read], both: set[str], weight: dict[str, float], rule: tuple[set[str], float]) -> bool:
    """Do two items share only generic practice concerns (`rule`: linking.json, recurrence.in_passing) that one of
    them names in passing, at less than the rule's share of the weight (rarity times credit) of its main concern?
    'Pre-proceedings work initiated promptly and, as part of this, thorough assessments' does not raise an earlier
    item on up-to-date assessments again; a specific concern named in passing ('… including return home interviews')
    still can."""
    generic, share = rule
    if not both or not both <= generic:
        return False
    unseen = weight.get(UNSEEN, 1.0)
    for credits, _ in pair:
        main = max(weight.get(t, unseen) * c for t, c in credits.items())
        if max(weight.get(t, unseen) * credits.get(t, 0.0) for t in both) < share * main:
            return True
    return False


def _functions_and_words(rules: dict) -> tuple[set[str], set[str], set[str], re.Pattern[str]] | None:
    """(the concepts of recurrence.of_its_examples' 'functions', of its 'bodies' and of recurrence.machinery's themes,
    each with those under them, and a pattern of its 'words' on folded text) of linking.json `rules` (recurrence); None
    when it does not apply."""
    rule = rules["of_its_examples"]
    if not rule["apply"]:
        return None
    words = "|".join(re.escape(w) for w in sorted(rule["words"], key=lambda w: (-len(w), w)))
    concepts = (
        under(set(lexicon_concepts(names))) for names in (rule["functions"], rule["bodies"], rules["machinery"]["themes"])
    )
    return *concepts, re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


def _of_its_examples(
    both: set[str],
    asked: dict[str, float],
    earlier: dict[str, float],
    text: str,
    rule: tuple[set[str], set[str], set[str], re.Pattern[str]],
) -> bool:
    """Does a later item ask for information, data or oversight (the `rule`'s functions: linking.json
    recurrence.of_its_examples) for a body that holds services to account (its bodies) about what it shares with the
    earlier item only among its examples (`asked`: its concerns with them left out, which name a function and a body,
    nothing but how the service is run, and none of `both`), the earlier item (its `earlier` concerns and `text`)
    asking for no such function nor saying a word of one? 'The performance information the corporate parenting board
    needs …, including the progress of care leavers in education, employment and training' does not ask again for
    'the support for care leavers who are not in education, employment or training' to improve."""
    functions, bodies, machinery, words = rule
    named = concerns_named(asked)
    if not both or both & asked.keys() or not (named & functions and named & bodies) or not named <= functions | machinery:
        return False
    return not functions & earlier.keys() and words.search(folded(text)) is None


def _asked_apart(both: set[str], later: set[str], earlier: set[str], generic: set[str]) -> bool:
    """Do two items share only generic practice concerns (`generic`: plans, assessments, supervision …), each one
    that stands in one of them as what is to be reviewed, tracked or overseen and in the other as what is to be made
    better (linking.json, recurrence.asks)? A specific concern is the ask itself: tracking plans for permanence so
    that it comes without delay asks for timely permanence again."""
    return bool(both) and both <= generic and all((t in later) != (t in earlier) for t in both)


def _beyond_labels(both: set[str], later: str, earlier: str) -> set[str]:
    """The distinctive words two items share beyond the labels they name the concerns they share by (or those under them):
    what they ask of it, not the body or function they name (linking.json, recurrence.machinery)."""
    labels = {label for t in under(both) for label in own_labels(t)}
    said = [label for label in labels for text in (later, earlier) if names(text, label)]
    return (content_words(later) & content_words(earlier)) - {w for label in said for w in content_words(label)}


def asked_of_a_body(texts: dict[ItemRef, str]) -> dict[ItemRef, int]:
    """The items that ask a body of its own work ('Ensure that the LSCB evaluates …'), each with the body's place
    among status.json's lapsed.bodies, read once (linking.json recurrence.asked_of_a_body)."""
    bodies = load_json(STATUS)["lapsed"]["bodies"]
    patterns = [(n, re.compile(body["asked_of"])) for n, body in enumerate(bodies) if "asked_of" in body]
    asked = {}
    for ref, text in texts.items():
        plain = " ".join(text.split())
        for n, pattern in patterns:
            if pattern.match(plain):
                asked[ref] = n
    return asked


def _names_the_body(bodies: dict[ItemRef, int], one: ItemRef, other: ItemRef, texts: dict[ItemRef, str]) -> bool:
    """Does the item not asked of the body (of the two, the one `bodies` lacks) name it, or one that took its work on
    ('successors')?"""
    asked, plain = (one, other) if one in bodies else (other, one)
    body = load_json(STATUS)["lapsed"]["bodies"][bodies[asked]]
    text = " ".join(texts[plain].split())
    successors = load_json(LEXICON)["recurrence"]["asked_of_a_body"]["successors"]
    return plain in bodies or bool(re.search(body["addressed_to"], text) or re.search(successors, text))
