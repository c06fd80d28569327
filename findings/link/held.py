"""The rules that hold a recurrence candidate for review however high it scores (findings/link/recurs.py): a pair at
or above the review floor whose two items differ in a way a score cannot see — by a concern one names only in
passing, by whom only, by the group of children a function is asked for, by the staff group a generic concern is
asked of, by reviewing against making better, by the body asked, by what one names only among its examples or only
in the purpose of its ask, or by nothing asked of the body or function both name. Each rule is one function of plain
readings (linking.json recurrence.<name> says why and what was measured); `held_for_review` applies them in the
order its docstring lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from findings.extract.lexicons import load_json
from findings.link.audiences import without_audiences
from findings.link.covers import Read
from findings.link.previous import content_words
from findings.link.purpose import named_for_its_purpose, purpose_cues
from findings.link.readings import Readings, Shape
from findings.link.scores import UNSEEN
from findings.link.themes import (
    apart_by_whom,
    concerns_named,
    folded,
    lexicon_concepts,
    names,
    own_labels,
    under,
    within,
)
from findings.model import ItemRef

LEXICON = "lexicons/linking.json"
STATUS = "lexicons/status.json"  # the bodies whose own work an item may ask (lapsed.bodies)

ExamplesRule = tuple[set[str], set[str], set[str], re.Pattern[str]]  # of_its_examples: functions, bodies, machinery, words
Senses = list[tuple[set[str], str | None, list[tuple[str, re.Pattern[str]]]]]  # senses_apart: (concepts, default, senses)


@dataclass(frozen=True)
class Pair:
    """A later item and an earlier recommendation that scored at or above the review floor, as the rules read them."""

    later: ItemRef
    earlier: ItemRef
    shape: Shape  # how the later item's kind reads items (Readings.shapes)
    reads: tuple[Read, Read]  # the two readings scored (the items whole, or a part of one), kinds covered
    both: set[str]  # what they share (findings/link/scores.py, shared)
    weight: dict[str, float]  # how rare each concern is among the council's earlier recommendations (scores.rarity)
    machinery_only: bool  # do they share only how a service is run (recurrence.machinery)?
    council: str  # the later item's council's name


class Review:
    """The concepts and patterns the rules name (linking.json `rules`: recurrence), and which items ask a body of its
    own work (`texts`: each item's text), read once per build."""

    def __init__(self, rules: dict, texts: dict[ItemRef, str], boards: dict[ItemRef, str] | None = None) -> None:
        self.rules = rules
        self.machinery = set(lexicon_concepts(rules["machinery"]["themes"]))  # how a service is run: a higher bar alone
        self.in_passing = (set(lexicon_concepts(rules["in_passing"]["themes"])), rules["in_passing"]["share"])
        self.generic = (under(self.in_passing[0]), rules["unshared_generic"]["weight"])  # one item names alone: less mass
        self.texts = texts
        self.bodies = asked_of_a_body(texts, boards)  # `boards`: each item of a board's review, its board's name
        self.functions = under(set(lexicon_concepts(rules["for_a_group"]["functions"]))) | self.generic[0]
        self.group_areas = set(lexicon_concepts(rules["for_a_group"]["groups"])) if rules["whom_only"]["apply"] else set()
        self.group_concerns = under(self.group_areas) if rules["whom_only"]["concerns"] else set()  # in 'concerns' too
        self.group_names = self.group_areas | set(lexicon_concepts(rules["whom_only"].get("names_the_group", [])))
        self.whom_generic = under(set(lexicon_concepts(rules["apart_by_whom"]["themes"])))  # asked of every group alike
        self.of_examples = functions_and_words(rules)  # information or oversight asked of its examples
        self.senses = senses_of(rules)  # a concern's words read in different senses
        self.purpose = purpose_cues(rules["for_its_purpose"])  # the cues that open what an ask is for


def held_for_review(p: Pair, review: Review, read: Readings) -> list[str]:
    """The names of the rules (linking.json recurrence.<name>) that hold pair `p` for a person to judge, each asked in
    this order whatever the others say ('apart_by_whom' also keeps the pair from `raised_together`):

    in_passing, a generic concern one of them names in passing; for_its_purpose, one names it only in what its ask is
    for ('…, so that plans progress'); whom_only, only whom both are about; for_a_group, a
    function asked for one group of children, the other item on it in general; apart_by_whom, one generic concern asked
    of two different staff groups or cohorts; asks, one asks to review what the other asks to make better;
    asked_of_a_body, one asks a body of its own work, the other neither is asked of it nor names it; senses_apart, a
    concern both name each in a different sense (missing from school, from home); of_its_examples,
    information on what it names only among its examples, the other asks for the thing; machinery, the same body or
    function, nothing of what is asked of it. The 'areas' reading (followsUp) is held only by whom_only and
    asked_of_a_body."""
    rules, texts, areas = review.rules, review.texts, p.shape[0] == "areas"
    later, earlier = p.later, p.earlier
    held = []
    none: frozenset[str] = frozenset()
    mine, theirs = (read.group_of(p.shape, later)[0], read.group_of(p.shape, earlier)[0]) if not areas else (none, none)
    if not areas and not mine & theirs and named_in_passing(p.reads, p.both, p.weight, review.in_passing):
        held.append("in_passing")
    if not areas and review.purpose:
        concerns = partial(read.asked, later_named=p.shape[1:])  # what an ask before its purpose names
        if named_for_its_purpose(
            p.both, (texts[later], texts[earlier]), concerns, read.covers, review.generic[0], review.purpose
        ):
            held.append("for_its_purpose")
    if areas and whom_only(p.both, p.reads[1][0], review.group_areas):
        held.append("whom_only")
    if not areas and review.group_concerns:
        credited = read.credited[p.shape]
        asks = (credited[later][0], credited[earlier][0])
        apart = group_asked_apart(p.both, *asks, review.group_concerns, review.functions, read.kinds[1])
        if apart or own_asks_apart(p.both, *asks, review.group_concerns, review.group_names, review.functions, read.kinds[1]):
            held.append("whom_only")
    if not areas and for_the_group_only(p.both, read.credited[p.shape][later][0], mine, theirs, review.functions):
        held.append("for_a_group")
    if not areas and rules["apart_by_whom"]["apply"] and p.both and p.both <= review.whom_generic:  # before reading whom
        staff = read.whom(p.shape, later), read.whom(p.shape, earlier)
        if for_other_groups(p.both, *staff, review.whom_generic, rules["apart_by_whom"]):
            held.append("apart_by_whom")
    if not areas and rules["asks"]["apply"]:
        if asked_apart(p.both, read.reviewed(later), read.reviewed(earlier), review.generic[0]):
            held.append("asks")
    if review.bodies.get(later) != review.bodies.get(earlier) and not names_the_body(review.bodies, later, earlier, texts):
        held.append("asked_of_a_body")
    if not areas and review.senses and senses_apart(p.both, texts[later], texts[earlier], review.senses):
        held.append("senses_apart")
    if not areas and review.of_examples:
        asked = read.asked(texts[later], p.shape[1:])
        if of_its_examples(p.both, asked, read.credited[p.shape][earlier][0], texts[earlier], review.of_examples):
            held.append("of_its_examples")
    if p.machinery_only and not areas and rules["machinery"]["beyond_labels"]:
        aside = content_words(p.council) if rules["machinery"]["council_name"] else frozenset()
        aside |= content_words(" ".join(rules["machinery"]["duty_words"]))  # a body's duty, not what is asked of it
        credited = read.credited[p.shape]
        if nothing_asked_alike(p.both, credited[later][0], credited[earlier][0], texts[later], texts[earlier], aside):
            held.append("machinery")
    return held


def named_in_passing(pair: tuple[Read, Read], both: set[str], weight: dict[str, float], rule: tuple[set[str], float]) -> bool:
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


def whom_only(both: set[str], earlier: dict[str, float], group_areas: set[str]) -> bool:
    """Do a review's item and an earlier recommendation (its `earlier` areas), read as the areas they touch, share
    only whom they are about (`group_areas`: care leavers), the recommendation asking of another area too (their
    health histories)? The review tests that group's service, not what the recommendation asked (linking.json,
    recurrence.whom_only)."""
    return bool(both) and both <= group_areas and bool(set(earlier) - both)


def group_asked_apart(
    both: set[str], later: dict[str, float], earlier: dict[str, float], groups: set[str], functions: set[str], alike: dict
) -> bool:
    """Do two items read as concerns share only a group of children (`groups`: disabled children), each asking a
    different function of it (`functions`, a kind of one read as it by `alike`: recurrence.covers), one of them first
    about its function rather than the group? 'Child in need plans for disabled children' does not raise 'assessments
    for disabled children' again; 'plans for children at risk of sexual exploitation' still raises 'a risk assessment
    for every child at risk of sexual exploitation', both first about the group (linking.json, recurrence.whom_only)."""
    if not both or not both <= groups:
        return False
    mine, theirs = functions_asked(later, functions, alike), functions_asked(earlier, functions, alike)
    if not mine or not theirs or mine & theirs:
        return False
    return any(function_first(credits, asked, both, alike) for credits, asked in ((later, mine), (earlier, theirs)))


def own_asks_apart(
    both: set[str],
    later: dict[str, float],
    earlier: dict[str, float],
    groups: set[str],
    names: set[str],
    functions: set[str],
    alike: dict,
) -> bool:
    """Do two items share only a group of children (`groups`: disabled children), each asking of it a concern of its
    own the other does not name (neither a kind of the other's, `alike`: recurrence.covers), one at least more than a
    management function (`functions`)? 'Short breaks for disabled children' does not raise 'assessments of disabled
    children' again, nor 'support for unaccompanied children to learn English' their health assessments (linking.json,
    recurrence.whom_only); one about the group alone still recurs, and two that share a concern of the group's own
    (care leavers' pathway plans) are not held. `names`: the concepts that name the group itself."""
    if not both or not both <= groups & names:  # the group's own concerns (pathway plans) are what is asked
        return False
    mine, theirs = (own_concerns(c) - both - names for c in (later, earlier))
    if not mine or not theirs or not (mine | theirs) - functions:
        return False
    return not any(m in alike.get(t, ()) or t in alike.get(m, ()) for m in mine for t in theirs)


def own_concerns(credits: dict[str, float]) -> set[str]:
    """The concerns an item names that it names nothing narrower than: a broad theme named alone ('learn English',
    education) is what it asks, one beside its narrower concern is not."""
    return {c for c in credits if not any(d != c and within(d, {c}) for d in credits)}


def functions_asked(credits: dict[str, float], functions: set[str], alike: dict[str, set[str]]) -> set[str]:
    """The management functions and generic practice concerns an item names, a kind of one ('child in need plans')
    read as the general concern (the quality of plans)."""
    named = concerns_named(credits)
    return {c for c in named if c in functions} | {g for g, kinds in alike.items() if g in functions and kinds & named}


def function_first(credits: dict[str, float], asked: set[str], group: set[str], alike: dict[str, set[str]]) -> bool:
    """Does an item credit a function it asks (`asked`, or a kind of one) above the `group` it asks it for?"""
    kinds = {k for f in asked for k in (f, *alike.get(f, set()))}
    return max(credits.get(k, 0.0) for k in kinds) > max(credits.get(g, 0.0) for g in group)


def for_the_group_only(
    both: set[str], whole: dict[str, float], mine: frozenset[str], theirs: frozenset[str], functions: set[str]
) -> bool:
    """Do two items share only management `functions`, the later item being first about a group of children (`mine`)
    the earlier does not name (`theirs`: the groups each names, Readings.group_of), its `whole` reading crediting the
    group above them? 'The response to children at risk of exploitation, including the quality of risk assessments'
    asks for that group's assessments, not assessments again; 'performance information … on care leavers' is still
    performance information (linking.json, recurrence.for_a_group)."""
    if not both or not both <= functions or not mine or mine & theirs:
        return False
    return max(whole.get(g, 0.0) for g in mine) > max(whole.get(t, 0.0) for t in both)


def for_other_groups(both: set[str], mine: frozenset[str], theirs: frozenset[str], generic: set[str], rule: dict) -> bool:
    """Do two items share only a generic practice concern (`generic`: supervision, audit, data, training, caseloads,
    recording) or an outcome asked for every cohort (education, health), each asking it of a different staff group,
    team or cohort of children (`mine`, `theirs`: Readings.whom)? 'Supervision records for personal advisers' does not
    raise 'supervision in the assessment teams' again, nor care leavers' attainment the virtual school's tracking of
    looked after young people's (linking.json `rule`: recurrence.apart_by_whom)."""
    return bool(both) and both <= generic and apart_by_whom(mine, theirs, rule)


def asked_apart(both: set[str], later: set[str], earlier: set[str], generic: set[str]) -> bool:
    """Do two items share only generic practice concerns (`generic`: plans, assessments, supervision …), each one
    that stands in one of them as what is to be reviewed, tracked or overseen and in the other as what is to be made
    better (linking.json, recurrence.asks)? A specific concern is the ask itself: tracking plans for permanence so
    that it comes without delay asks for timely permanence again."""
    return bool(both) and both <= generic and all((t in later) != (t in earlier) for t in both)


def _bodies() -> list[dict]:
    """The bodies an item may ask of their own work: status.json's lapsed.bodies, then linking.json
    recurrence.asked_of_a_body's own (partner agencies, which never lapse)."""
    return load_json(STATUS)["lapsed"]["bodies"] + load_json(LEXICON)["recurrence"]["asked_of_a_body"]["bodies"]


def asked_of_a_body(texts: dict[ItemRef, str], boards: dict[ItemRef, str] | None = None) -> dict[ItemRef, int]:
    """The items that ask a body of its own work ('Ensure that the LSCB evaluates …', 'Ensure that partner agencies
    understand …'), each with the body's place among `_bodies`, read once (linking.json recurrence.asked_of_a_body);
    an item of a board's own review (`boards`: its board's name) asks the body that name is ('the board evaluates …')."""
    bodies = _bodies()
    patterns = [(n, re.compile(body["asked_of"])) for n, body in enumerate(bodies) if "asked_of" in body]
    asked = {}
    for ref, name in (boards or {}).items():
        named = [n for n, body in enumerate(bodies) if re.fullmatch(body["addressed_to"], " ".join(name.split()))]
        if named:
            asked[ref] = named[0]
    for ref, text in texts.items():
        plain = " ".join(text.split())
        for n, pattern in patterns:
            if pattern.match(plain):
                asked[ref] = n
    return asked


def names_the_body(bodies: dict[ItemRef, int], one: ItemRef, other: ItemRef, texts: dict[ItemRef, str]) -> bool:
    """Does the item not asked of the body (of the two, the one `bodies` lacks: `asked_of_a_body`) name it, or one
    that took its work on ('successors': linking.json recurrence.asked_of_a_body)? An item asked of a body too does."""
    asked, plain = (one, other) if one in bodies else (other, one)
    body = _bodies()[bodies[asked]]
    text = " ".join(texts[plain].split())
    rule = load_json(LEXICON)["recurrence"]["asked_of_a_body"]
    if plain in bodies or re.search(body["addressed_to"], text) or re.search(rule["successors"], text):
        return True
    if not body.get("same_ask"):
        return False
    own = without_audiences(" ".join(texts[asked].split()), load_json(LEXICON)["recurrence"]["audiences"])
    return asked_alike(own, body["asked_of"], text, rule["light_words"])


def asked_alike(asked: str, asked_of: str, other: str, light: list[str]) -> bool:
    """Does `other` ask for what the body is asked in `asked` (its audiences left out: recurrence.audiences; the first
    word after `asked_of` that is neither a generic word nor one of `light`, by its stem: 'the understanding of
    thresholds' asks what 'Ensure that partner agencies understand the thresholds' asks of them, whoever understands;
    'the local authority is notified of private fostering' what 'partners such as schools … notify' does)?"""
    m = re.match(asked_of, asked)
    lexicon = load_json(LEXICON)
    skip, stem = set(lexicon["generic_words"]) | set(light), lexicon["stem_length"]
    words = [w.strip("'-") for w in re.findall(r"[a-z][a-z'-]+", asked[m.end() :].lower().replace("’", "'"))] if m else []
    first = next((w for w in words if w not in skip and len(w) > 2), None)
    return first is not None and first[:stem] in content_words(other)


def senses_of(rules: dict) -> Senses:
    """Each concept of linking.json recurrence.senses_apart (with those under it), its default sense and its senses'
    patterns, compiled once; none when the rule does not apply."""
    rule = rules["senses_apart"]
    if not rule["apply"]:
        return []
    iri = {name: concept for concept, name in lexicon_concepts([entry["concept"] for entry in rule["concepts"]]).items()}
    return [
        (under({iri[entry["concept"]]}), entry.get("default"), [(s, re.compile(p)) for s, p in sorted(entry["senses"].items())])
        for entry in rule["concepts"]
    ]


def senses_in(text: str, default: str | None, senses: list[tuple[str, re.Pattern[str]]]) -> set[str]:
    """The senses an item's `text` names a concept in: every one whose pattern matches its folded text, else the
    default, or every sense when there is none (an item on the virtual school in general shares each measure)."""
    plain = folded(text)
    return {sense for sense, pattern in senses if pattern.search(plain)} or ({default} if default else {s for s, _ in senses})


def senses_apart(both: set[str], later: str, earlier: str, senses: Senses) -> bool:
    """Do two items share a concept of `senses` (linking.json, recurrence.senses_apart) that each names in a different
    sense? 'Children who go missing from school' share the words of 'children who go missing from home', not the
    concern; 'managers' caseload audits' those of 'reduce social worker caseloads'."""
    for concepts, default, patterns in senses:
        if both & concepts and not senses_in(later, default, patterns) & senses_in(earlier, default, patterns):
            return True
    return False


def functions_and_words(rules: dict) -> ExamplesRule | None:
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


def of_its_examples(both: set[str], asked: dict[str, float], earlier: dict[str, float], text: str, rule: ExamplesRule) -> bool:
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


def nothing_asked_alike(
    both: set[str],
    later: dict[str, float],
    earlier: dict[str, float],
    later_text: str,
    earlier_text: str,
    council: frozenset[str],
) -> bool:
    """Of two items sharing only how a service is run (linking.json, recurrence.machinery), does one name a concern
    the other does not (their `later` and `earlier` concerns), while they share no distinctive word beyond the labels
    of what they share (`beyond_labels`) and the `council`'s name (with the words any body's duty is spoken of by,
    machinery.duty_words: 'the corporate parenting response' and 'their statutory responsibilities' share no ask)?
    The same body or function named, nothing alike asked of it."""
    one_only = later.keys() ^ earlier.keys()  # what one names, the other not
    return bool(one_only - under(both)) and not beyond_labels(both, later_text, earlier_text) - council


def beyond_labels(both: set[str], later: str, earlier: str) -> set[str]:
    """The distinctive words two items share beyond the labels they name the concerns they share by (or those under them):
    what they ask of it, not the body or function they name (linking.json, recurrence.machinery)."""
    labels = {label for t in under(both) for label in own_labels(t)}
    said = [label for label in labels for text in (later, earlier) if names(text, label)]
    return (content_words(later) & content_words(earlier)) - {w for label in said for w in content_words(label)}
