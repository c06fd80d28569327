"""A function (assessments, direct work, oversight) asked for one group of children in one item and for all children
in the other (linking.json recurrence.for_a_group, one_for_all): read as for the group, the function weighs little
and the pair fell below the review floor with no candidate at all; read again without that, a pair that would link
waits for a person instead of being lost."""

from __future__ import annotations

from findings.link.covers import Read
from findings.link.scores import score, shared
from findings.link.themes import concerns_named


def for_all_and_a_group(
    reads: tuple[Read, Read],
    groups: tuple[frozenset[str], frozenset[str]],
    functions: set[str],
    weight: dict[str, float],
    generic: tuple[set[str], float] | None,
    minimum: int,
    bar: float,
) -> float | None:
    """The score of two items `reads` (each read without for_a_group's lowering) when exactly one of them names a
    group of children (`groups`: each item's), they share only `functions` both name, at least `minimum` of them, and
    the score reaches `bar`; else None."""
    if bool(groups[0]) == bool(groups[1]):
        return None
    later, earlier = reads
    both = shared(later[0], earlier[0], whole_areas=False)
    if not both or not both <= functions or not both & concerns_named(later[0]) & concerns_named(earlier[0]):
        return None
    value, named = score(later, earlier, weight, generic=generic)
    return value if named >= minimum and value >= bar else None
