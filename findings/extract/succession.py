"""Councils reorganised into new ones: whom a council succeeded and when a council ended (authorities.json 'succeeds',
'until'), so a successor's reports continue its predecessors' history without taking over their identity."""

from __future__ import annotations

from datetime import date
from functools import cache

from findings.extract.authorities import LEXICON, org_from_code, registered_names
from findings.extract.lexicons import load_json
from findings.model import Organisation


@cache
def _succeeds() -> dict[str, tuple[str, ...]]:
    """ONS code of a successor → the codes of the councils it succeeded."""
    return {e["code"]: tuple(e["succeeds"]) for e in load_json(LEXICON)["added"] if e.get("succeeds")}


def predecessors(org: Organisation) -> list[Organisation]:
    """The councils `org` took children's services over from, in the order the lexicon names them; [] for most."""
    return [org_from_code(code, registered_names()[code]) for code in _succeeds().get(org.code or "", ())]


def successors(org: Organisation) -> list[Organisation]:
    """The councils that took children's services over from `org`, by name."""
    found = [new for new, old in _succeeds().items() if org.code and org.code in old]
    return sorted((org_from_code(code, registered_names()[code]) for code in found), key=lambda o: o.name)


def ended(org: Organisation) -> date | None:
    """The last day council `org` existed ('until'), or None for one that stands."""
    day = next((e.get("until") for e in load_json(LEXICON)["added"] if org.code and e["code"] == org.code), None)
    return date.fromisoformat(day) if day else None
