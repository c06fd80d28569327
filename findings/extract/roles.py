"""Roles ('Head of Corporate Parenting') as spaCy entities, from the gazetteer in extract/patterns/roles.jsonl.

nlp = spacy.blank("en"); nlp.add_pipe("findings_roles_v1")   # sets doc.ents with label ROLE
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import EntityRuler

from findings.extract.pipeline import pattern_ruler, pipeline


@Language.factory("findings_roles_v1", assigns=["doc.ents"], default_config={"patterns": "patterns/roles.jsonl"})
def make_roles(nlp: Language, name: str, patterns: str) -> EntityRuler:
    """An EntityRuler holding the role gazetteer, loaded (and validated) from the data file at creation."""
    return pattern_ruler(nlp, name, patterns, overwrite=True)


def roles_nlp() -> Language:
    """A blank English pipeline with the role ruler: fast, offline, deterministic."""
    return pipeline("findings_roles_v1")


def roles_in(text: str) -> list[str]:
    """Role mentions in `text`, in order."""
    return [ent.text for ent in roles_nlp()(text).ents if ent.label_ == "ROLE"]


def lead_role(text: str) -> str:
    """The lead as written: the cell text, line-wraps repaired (the role gazetteer checks it, it does not trim it)."""
    return " ".join(text.split())
