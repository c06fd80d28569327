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
def _english() -> Language:
    """`spacy.blank("en")`, made once: its vocabulary and tokenizer (the part that is slow to build, 0.05 s) serve
    every pipeline."""
    return spacy.blank("en")


@cache
def pipeline(*components: str) -> Language:
    """`spacy.blank("en")` with `components` in order: offline, deterministic, no model downloaded.
    The modules that register the components must have been imported. Every pipeline shares one vocabulary and
    tokenizer: the same tokens as each its own, built once."""
    english = _english()
    nlp = type(english)(vocab=english.vocab, create_tokenizer=lambda _: english.tokenizer)
    for component in components:
        nlp.add_pipe(component)
    return nlp
