"""A general concern that covers none of its kinds (linking.json recurrence.covers 'apart': timely permanence, its
routes kept apart only from each other) is spoken of by a later word on any of them (findings/link/covers.py,
named_apart, as findings/link/later.py reads it): 'some children wait to be matched with long-term foster carers'
says something of 'permanence decisions made at an earlier stage'; a word on children's plans still says nothing of
personal education plans (tester helper-187)."""

from __future__ import annotations

from findings.extract.lexicons import load_json
from findings.link.covers import kinds_of, named_apart
from findings.link.themes import lexicon_concepts


def _iris(*names: str) -> set[str]:
    return set(lexicon_concepts(list(names)))


def test_a_route_to_permanence_speaks_of_permanence_in_general():
    covers, alike = kinds_of(load_json("lexicons/linking.json")["recurrence"]["covers"])
    general = _iris("permanence-planning")
    route = _iris("permanence-planning", "long-term-fostering")
    assert named_apart(general, route, alike, covers) == set()
    assert named_apart(route, general, alike, covers) == set()


def test_two_routes_still_share_no_permanence():
    covers, alike = kinds_of(load_json("lexicons/linking.json")["recurrence"]["covers"])
    adoption, fostering = _iris("permanence-planning", "adoption"), _iris("permanence-planning", "long-term-fostering")
    assert named_apart(adoption, fostering, alike, covers) == _iris("permanence-planning")


def test_childrens_plans_still_say_nothing_of_personal_education_plans():
    covers, alike = kinds_of(load_json("lexicons/linking.json")["recurrence"]["covers"])
    assert named_apart(_iris("plan-quality"), _iris("plan-quality", "peps"), alike, covers) == _iris("plan-quality")
