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
    pairs = {(str(label).casefold(), str(concept)) for pred in (SKOS.prefLabel, SKOS.altLabel)
             for concept, label in graph.subject_objects(pred)}
    return [(re.compile(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])"), concept)
            for label, concept in sorted(pairs, key=lambda p: (-len(p[0]), p))]


def themes_of(text: str) -> list[str]:
    """The theme IRIs whose labels occur in `text`, sorted."""
    folded = " ".join(text.replace("’", "'").split()).casefold()
    return sorted({concept for pattern, concept in _labels() if pattern.search(folded)})
