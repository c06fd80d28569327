"""The concerns an item is about, from the SKOS theme scheme in ontology/themes.ttl (labels a QA lead extends)."""

from __future__ import annotations

import re
from functools import cache

from findings.resources import ontology_file


@cache
def _labels() -> list[tuple[re.Pattern[str], str]]:
    """(whole-word pattern of a label, theme IRI) for every prefLabel and altLabel, longest label first."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    graph = Graph().parse(ontology_file("themes.ttl"))
    pairs = {(str(label).casefold(), str(concept)) for pred in (SKOS.prefLabel, SKOS.altLabel)
             for concept, label in graph.subject_objects(pred)}
    return [(re.compile(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])"), concept)
            for label, concept in sorted(pairs, key=lambda p: (-len(p[0]), p))]


def themes_of(text: str) -> list[str]:
    """The theme IRIs whose labels occur in `text`, sorted."""
    folded = " ".join(text.replace("’", "'").split()).casefold()
    return sorted({concept for pattern, concept in _labels() if pattern.search(folded)})


def theme_label(concept: str) -> str:
    """A theme's preferred label, for tables and pictures."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import SKOS

    graph = Graph().parse(ontology_file("themes.ttl"))
    return str(graph.value(URIRef(concept), SKOS.prefLabel) or concept.rsplit("/", 1)[-1])
