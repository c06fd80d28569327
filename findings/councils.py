"""One council's share of a graph that holds many: the items made in the assessments of the council (and its board)
a name picks out, for `open`, `report`, `recurring`, `review` and `draw --council`."""

from __future__ import annotations

import re

from findings.model import BOARD_KEY as _BOARD  # a council's safeguarding board: the council's key and this

_COUNCILS = """SELECT DISTINCT ?org ?label ?code WHERE { ?a fo:assesses ?org . OPTIONAL { ?org rdfs:label ?label }
OPTIONAL { ?org skos:notation ?code } } ORDER BY ?org"""
_ITEMS = "SELECT DISTINCT ?item WHERE { ?item fo:madeIn ?a . ?a fo:assesses ?org . VALUES ?org { %s } }"
_ASSESSMENTS = "SELECT DISTINCT ?a WHERE { ?a fo:assesses ?org . VALUES ?org { %s } }"


class NoSuchCouncil(ValueError):
    """No council of the graph matches: the message names some that do."""


def council_items(store, council: str) -> tuple[set[str], list[str]]:
    """The IRIs of the items made in assessments of the organisations `council` picks (`pick`), and their names."""
    return _of_councils(store, council, _ITEMS)


def council_assessments(store, council: str) -> tuple[set[str], list[str]]:
    """The IRIs of the assessments of the organisations `council` picks (`pick`), and their names."""
    return _of_councils(store, council, _ASSESSMENTS)


def _of_councils(store, council: str, query: str) -> tuple[set[str], list[str]]:
    _, rows = store.select(_COUNCILS)
    names = {str(org): str(label) if label else _key(str(org)) for org, label, _ in rows}
    codes = {str(org): str(code) for org, _, code in rows if code}
    chosen = pick(names, council, codes)
    _, found = store.select(query % " ".join(f"<{org}>" for org in chosen))
    return {str(iri) for (iri,) in found}, [names[org] for org in chosen]


def pick(names: dict[str, str], council: str, codes: dict[str, str] | None = None) -> list[str]:
    """The organisations (IRI → name) `council` means: the one whose name, key or ONS code (`codes`, IRI → code) it
    is (any case), or the one name holding every word of it ('Bournemouth Christchurch Poole'), and its
    safeguarding board; if none is, every one whose name or key holds it ('bedf': Bedford and Central Bedfordshire),
    as whole words when it is a registered council's name ('Leicester' is none of Leicestershire); else the one
    council whose initials it is, as the build reads them in a paper ('WBC', 'T&W'). NoSuchCouncil, naming some there
    are, when it means none (or initials more than one council's)."""
    want = " ".join(council.split()).casefold()
    exact = {org for org, code in (codes or {}).items() if want and code.casefold() == want} or _all_words(names, want)
    registered = None if exact else _registered(council)  # 'Durham County Council': the register's key
    if registered and any(_key(org) == registered for org in names):
        want = registered.replace("-", " ")
    key = want.replace(" ", "-")
    exact = exact or {org for org, name in names.items() if want and (name.casefold() == want or _key(org) == key)}
    if exact:  # 'Derby' is Derby, not Derbyshire too; its board comes with it
        boards = {_key(org) + _BOARD for org in exact}
        chosen = sorted(exact | {org for org in names if _key(org) in boards})
    else:
        # a registered council's own name picks only councils holding it as words ('Leicester' is not Leicestershire);
        # anything else, a part of a name as typed ('bedf'), every council holding it
        held = re.compile(rf"(?<![\w-]){re.escape(want)}(?![\w-])" if registered else re.escape(want)) if want else None
        chosen = sorted(
            org
            for org, name in names.items()
            if held and (held.search(name.casefold()) or held.search(_key(org).replace("-", " ")))
        )
    if not chosen and (initialled := _by_initials(names, council)):  # 'WBC', 'T&W': as the build reads a paper's
        if len(initialled) > 1:
            raise NoSuchCouncil(
                f"{council!r} is the initials of more than one council in the graph: "
                + ", ".join(sorted(names[org] for org in initialled))
            )
        boards = {_key(org) + _BOARD for org in initialled}
        chosen = sorted(initialled | {org for org in names if _key(org) in boards})
    if not chosen:
        known = ", ".join(sorted(set(names.values()))[:8]) or "none"
        raise NoSuchCouncil(f"no council matching {council!r} in the graph (it has {known}{', …' if len(names) > 8 else ''})")
    return chosen


_JOINING = frozenset({"and", "the", "of", "council"})  # words a name typed in full may add or leave out


def _all_words(names: dict[str, str], want: str) -> set[str]:
    """The councils (not boards) whose names hold every word of `want`, when it has two words or more and only one
    name holds them all: a three-part name typed without its 'and' ('Bournemouth Christchurch Poole'), which the
    register would take for the first council it names."""
    words = set(re.findall(r"[a-z]+", want)) - _JOINING
    if len(words) < 2:
        return set()
    held = {
        org
        for org, name in names.items()
        if not _key(org).endswith(_BOARD) and words <= set(re.findall(r"[a-z]+", name.casefold()))
    }
    return held if len(held) == 1 else set()


def _by_initials(names: dict[str, str], council: str) -> set[str]:
    """The councils (not boards) whose names `council` writes in initials as the build reads them in a paper that
    names no council in full ('WBC', 'LBL', 'T&W': extract/lexicons/authorities.json 'initials'), not a common
    abbreviation ('CSE')."""
    from findings.extract.authorities import initials_of
    from findings.extract.lexicons import load_json

    want = "".join(council.split()).upper()
    if (
        not re.fullmatch(r"[A-Z]{3,6}|[A-Z]{1,4}(?:&[A-Z]{1,4})+", want)
        or want in load_json("lexicons/authorities.json")["initials"]["not"]
    ):
        return set()
    return {org for org, name in names.items() if not _key(org).endswith(_BOARD) and want in initials_of(name)}


def _key(org: str) -> str:
    """'central-bedfordshire', the last segment of the organisation's IRI."""
    return org.rsplit("/", 1)[-1]


def _registered(council: str) -> str | None:
    """The key of the registered authority a council's name as written means ('Durham County Council' → 'durham'),
    or None (imported here only: the register is read only when a name is not a key of the graph)."""
    from findings.extract.authorities import resolve

    org = resolve(council)
    return org.key if org is not None else None
