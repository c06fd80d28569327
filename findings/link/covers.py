"""A general concern and its kinds (linking.json, recurrence.covers): 'the quality of plans' covers child protection
plans and care plans, and two items on different kinds of plan share no concern by the plans. Recurrences
(findings/link/scores.py) and later findings (findings/link/later.py, previous.py) read them alike."""

from __future__ import annotations

from collections.abc import Iterable

from findings.link.themes import lexicon_concepts

Read = tuple[dict[str, float], set[str]]  # (theme credits, distinctive words) of an item


def kinds_of(rule: dict) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(general concern → the kinds it covers, general concern → every kind of it, covered or kept apart) of
    linking.json recurrence.covers ('concerns' and 'apart'), as theme IRIs."""
    covers = {lexicon_concepts([g]).popitem()[0]: set(lexicon_concepts(k)) for g, k in rule["concerns"].items()}
    alike = {g: set(kinds) for g, kinds in covers.items()}
    for g, kinds in rule["apart"].items():
        alike.setdefault(lexicon_concepts([g]).popitem()[0], set()).update(lexicon_concepts(kinds))
    return covers, alike


def named_apart(
    one: Iterable[str], other: Iterable[str], alike: dict[str, set[str]], covers: dict[str, set[str]] | None = None
) -> set[str]:
    """The general concerns two readings name only beside different kinds of them (`alike`, from `kinds_of`): 'child
    protection plans are …' and 'pathway plans are …' share no plans. With `covers`, nor does a reading naming only
    kinds the general concern does not cover with one naming none: a later word on 'children's plans' says nothing of
    'personal education plans are of good quality' (tester helper-187; not for recurrence, where 'all children's plans,
    including pathway plans' is raised again by 'the quality of children's plans'). Only where the general concern
    covers some kinds: one that covers none (timely permanence, its routes adoption, long-term fostering and special
    guardianship kept apart only from each other) is spoken of by a word on any of them, and it speaks of each."""
    one, other = set(one), set(other)
    out = set()
    for general, kinds in alike.items():
        mine, theirs = kinds & one, kinds & other
        if mine and theirs and not mine & theirs:
            out.add(general)
        elif covers and general in covers and bool(mine) != bool(theirs) and not (mine | theirs) & covers[general]:
            out.add(general)
    return out


def kinds_covered(
    later: Read,
    earlier: Read,
    covers: dict[str, set[str]],
    alike: dict[str, set[str]],
    examples: tuple[set[str], set[str]] = (set(), set()),
) -> tuple[Read, Read]:
    """The two items, an item's kinds of a general concern read as that concern where the other names it and none of
    its kinds ('the quality of plans' covers child protection plans and care plans); two items on different kinds of
    plan share no concern by them, not even the general one their words also name ('… plans are …'), nor do two on
    kinds it does not cover but which are kinds apart all the same (`alike`: personal education plans and child
    protection plans, linking.json recurrence.covers.apart). A kind an item names only among its examples beside the
    general concern (`examples`: the later item's, the earlier's) does not narrow it: 'exploitation, including
    criminal exploitation' asks of exploitation in general, which covers the sexual kind."""

    def covered(one: dict[str, float], other: dict[str, float], mine_only: set[str], theirs_only: set[str]) -> dict[str, float]:
        read = dict(one)
        gone = named_apart(one.keys() - mine_only, other.keys() - theirs_only, alike)  # general words beside other kinds
        for general in sorted(alike):
            kinds = covers.get(general, set())
            mine, theirs = kinds & one.keys(), kinds & other.keys() - theirs_only
            if general in gone:
                read.pop(general, None)
            elif general in other and not theirs and mine:
                read[general] = max(read.get(general, 0.0), *(read.pop(k) for k in sorted(mine)))
        return read

    return (covered(later[0], earlier[0], *examples), later[1]), (covered(earlier[0], later[0], *examples[::-1]), earlier[1])


def with_general(credits: dict[str, float], covers: dict[str, set[str]]) -> dict[str, float]:
    """`credits` with the general concern of each kind named: how rare a concern is counts its kinds too."""
    return credits | {general: 1.0 for general, kinds in covers.items() if kinds & credits.keys()}
