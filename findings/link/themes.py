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
def _labels() -> dict[str, list[tuple[str, str]]]:
    """Every prefLabel and altLabel (case-folded) with its theme IRI, filed under the label's first word, so a text
    is read once, word by word, not once a label."""
    from rdflib.namespace import SKOS

    graph = scheme()
    pairs = {
        (_fold(str(label)).strip(_EDGE), str(concept))
        for pred in (SKOS.prefLabel, SKOS.altLabel)
        for concept, label in graph.subject_objects(pred)
    }
    by_word: dict[str, list[tuple[str, str]]] = {}
    for label, concept in sorted(pairs):
        if first := _WORD.match(label):  # a label of punctuation only ('‘’') names nothing
            by_word.setdefault(first.group(), []).append((label, concept))
    return by_word


def _fold(text: str) -> str:
    """Text and labels compared alike: one kind of apostrophe, single spaces, case folded."""
    return " ".join(text.replace("’", "'").split()).casefold()


_EDGE = " '‘“”\"()[]{}.,;:!?£$"  # quotes and punctuation a QA lead may type around a label


_WORD = re.compile(r"\w+")
_STARTS = re.compile(r"(?<![\w-])\w+")  # a word where a label may begin (no letter or hyphen before it)
_AFTER = re.compile(r"[\w-]")  # a label ends where no letter or hyphen follows


@cache
def _broader() -> dict[str, str]:
    """Each narrower concern's broader theme (skos:broader)."""
    from rdflib.namespace import SKOS

    return {str(narrow): str(broad) for narrow, broad in scheme().subject_objects(SKOS.broader)}


def named_themes(text: str) -> set[str]:
    """The theme IRIs whose own labels occur in `text`; a label inside a longer one found there does not count
    ('friends and family assessments' is about kinship care, not assessments in general)."""
    folded = _fold(text)
    labels = _labels()
    found = [
        (m.start(), m.start() + len(label), concept)
        for m in _STARTS.finditer(folded)
        for label, concept in labels.get(m.group(), ())
        if folded.startswith(label, m.start()) and not _AFTER.match(folded, m.start() + len(label))
    ]
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
