"""The spaCy pipelines the extractors share: blank English plus our registered components, built once each."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler

from findings.extract.lexicons import load_jsonl


def pattern_ruler(nlp: Language, name: str, patterns: str, overwrite: bool) -> EntityRuler:
    """An EntityRuler holding the patterns of a data file in extract/ (validated as it loads)."""
    ruler = EntityRuler(nlp, name=name, overwrite_ents=overwrite)
    ruler.add_patterns(load_jsonl(patterns))
    return ruler


@cache
def pipeline(*components: str) -> Language:
    """`spacy.blank("en")` with `components` in order: offline, deterministic, no model downloaded.
    The modules that register the components must have been imported."""
    nlp = spacy.blank("en")
    for component in components:
        nlp.add_pipe(component)
    return nlp
