"""Locate the data folders (ontology/, extract/, corpus/) in a wheel or in a checkout."""

from __future__ import annotations

import hashlib
from pathlib import Path

CACHE_DIR = ".cache"  # inside a build's output folder: its extraction cache and the record of its last build
_PACKAGE = Path(__file__).resolve().parent
_REPO = _PACKAGE.parent


def data_dir(name: str) -> Path:
    """Return the folder `name`: packaged copy first (wheel), repository root second (editable install)."""
    for candidate in (_PACKAGE / "_data" / name, _REPO / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"data folder {name!r} is missing from this installation")


def ontology_file(name: str = "findings.ttl") -> Path:
    return data_dir("ontology") / name


def extract_file(name: str) -> Path:
    return data_dir("extract") / name


def bundled_corpus() -> Path:
    return data_dir("corpus")


def vocabulary_version() -> str:
    """Changes whenever the vocabulary (ontology/findings.ttl) changes: a graph built against another may lack terms
    this version's queries read (fo:unreviewedConfidence, fo:takenBackOn …), so its answers would be quietly wrong."""
    return hashlib.sha256(ontology_file().read_bytes()).hexdigest()[:16]


class OtherVocabulary(UserWarning):
    """The graph of a build folder was written by a findings whose vocabulary differs from this one's."""
