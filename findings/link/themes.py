"""The concerns an item is about, from the SKOS theme scheme in ontology/themes.ttl (labels a QA lead extends)."""

from __future__ import annotations

import re
from functools import cache

from findings.resources import ontology_file


@cache
def scheme():  # -> rdflib.Graph (imported lazily)
    """The theme scheme as a graph, parsed once: the linker reads its labels, the writer copies its concepts."""
    from rdflib import Graph

    return Graph().parse(ontology_file("themes.ttl"))


@cache
def _labels() -> list[tuple[re.Pattern[str], str]]:
    """(whole-word pattern of a label, theme IRI) for every prefLabel and altLabel, longest label first."""
    from rdflib.namespace import SKOS

    graph = scheme()
    pairs = {
        (str(label).casefold(), str(concept))
        for pred in (SKOS.prefLabel, SKOS.altLabel)
        for concept, label in graph.subject_objects(pred)
    }
    return [
        (re.compile(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])"), concept)
        for label, concept in sorted(pairs, key=lambda p: (-len(p[0]), p))
    ]


@cache
def _broader() -> dict[str, str]:
    """Each narrower concern's broader theme (skos:broader)."""
    from rdflib.namespace import SKOS

    return {str(narrow): str(broad) for narrow, broad in scheme().subject_objects(SKOS.broader)}


def named_themes(text: str) -> set[str]:
    """The theme IRIs whose own labels occur in `text`; a label inside a longer one found there does not count
    ('friends and family assessments' is about kinship care, not assessments in general)."""
    folded = " ".join(text.replace("’", "'").split()).casefold()
    found = [(m.start(), m.end(), concept) for pattern, concept in _labels() for m in pattern.finditer(folded)]
    taken: list[tuple[int, int]] = []
    themes = set()
    for start, end, concept in sorted(found, key=lambda f: (f[0] - f[1], f[0], f[2])):
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            themes.add(concept)
        elif (start, end) in taken:  # the same words are a label of two concerns
            themes.add(concept)
    return themes


def concerns_of(text: str, broader_credit: float) -> dict[str, float]:
    """Theme IRI → credit: 1 for a concern `text` names, `broader_credit` for a theme with narrower concerns, named
    or reached through one (two items about different concerns of one broad theme are not one concern)."""
    named = named_themes(text)
    broad = set(_broader().values())
    credits = {concept: broader_credit if concept in broad else 1.0 for concept in named}
    for concept in named:
        parent = _broader().get(concept)
        while parent is not None:
            credits.setdefault(parent, broader_credit)
            parent = _broader().get(parent)
    return credits


def themes_of(text: str) -> list[str]:
    """The theme IRIs `text` is about, named or broader than one named, sorted."""
    return sorted(concerns_of(text, 0.0))
