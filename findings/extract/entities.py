"""Roles, organisations, dates, percentages, money and counts inside text, as spaCy entities.

`findings_entities_v1` is an EntityRuler over extract/patterns/entities.jsonl; with the role gazetteer
(`findings_roles_v1`) it gives the entities later linking and status read: an update saying '59% … up from 39%'
carries those measures, and an outcome 'All PEPs judged good' can be checked against them. A recommendation's or
action's own number ('Recommendation Five remains …') is a REFERENCE, no count of anything.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import EntityRuler

from findings.extract.pipeline import pattern_ruler, pipeline
from findings.extract.roles import make_roles  # noqa: F401  (registers findings_roles_v1)


@Language.factory("findings_entities_v1", assigns=["doc.ents"], default_config={"patterns": "patterns/entities.jsonl"})
def make_entities(nlp: Language, name: str, patterns: str) -> EntityRuler:
    """An EntityRuler with the measure, date and organisation patterns (longest match wins)."""
    return pattern_ruler(nlp, name, patterns, overwrite=False)


def entities_nlp() -> Language:
    """Roles first (they may contain words the other patterns would take), then measures and organisations."""
    return pipeline("findings_roles_v1", "findings_entities_v1")


def entities(text: str) -> list[tuple[str, int, int, str]]:
    """(label, start, end, text) for every entity in `text`, offsets into `text`."""
    return [(e.label_, e.start_char, e.end_char, e.text) for e in entities_nlp()(text).ents]


def measures(text: str) -> list[str]:
    """The percentages, amounts and counts a statement gives, as written, in order."""
    return [t for label, _, _, t in entities(text) if label in {"PERCENT", "MONEY", "COUNT"}]
