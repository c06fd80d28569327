"""One comparable shape for gold and extracted items: a flat record per item, per document.

Gold files (tests/gold/<collection>/*.json) hold these records as a person checked them; `findings evaluate
--draft` writes the same shape from an extraction as a starting point for annotating a new document.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from findings.extract.document import extract_document
from findings.model import Extraction
from findings.read import read_document

TYPES = (
    "inspection",
    "meeting",
    "peer_review",
    "kloe",
    "judgement",
    "recommendation",
    "action",
    "resolution",
    "finding",
    "update",
)
# attributes compared per type (the item's text is compared separately)
ATTRIBUTES = {
    "inspection": ("framework", "started", "ended", "issued", "lead_inspector"),
    "judgement": ("assessment", "grade", "area_key"),
    "recommendation": ("assessment", "identifier", "timescale", "due_by", "addressed_to", "scope", "kloe"),
    "peer_review": ("started", "ended", "team"),
    "kloe": ("assessment", "identifier"),
    "finding": ("assessment", "polarity", "kloe"),
    "update": ("assessment", "about", "about_kind", "as_at"),
    "action": ("identifier", "responds_to", "lead", "timescale", "due_by"),
    "meeting": ("date", "earliest", "latest"),
    "resolution": ("assessment", "identifier", "scope"),
}


class GoldError(ValueError):
    """A gold file that cannot be read; the message names it."""


@dataclass
class GoldDocument:
    """A document's gold annotation: which types were annotated (completely) and the items."""

    path: Path  # the gold file
    document: str  # the source document, relative to the project root
    sha256: str
    annotated: list[str]
    items: list[dict]
    notes: list[str] = field(default_factory=list)
    limits: dict = field(default_factory=dict)  # e.g. {"finding": {"paragraphs": [1, 12]}}: only those were annotated


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def records(extraction: Extraction) -> list[dict]:
    """Every item of a one-document extraction as a record, in reading order per type."""
    out: list[dict] = []
    for a in sorted(extraction.assessments.values(), key=lambda a: a.key):
        described = a.lead_inspector or a.framework  # by a report, not only mentioned
        if a.kind in ("Inspection", "BoardReview") and described:
            out.append({"type": "inspection", "key": a.key} | {k: _iso(getattr(a, k)) for k in ATTRIBUTES["inspection"]})
        if a.kind == "PeerReview":
            out.append({"type": "peer_review", "key": a.key} | {k: _iso(getattr(a, k)) for k in ATTRIBUTES["peer_review"]})
        if a.kind == "Meeting":
            out.append({"type": "meeting", "key": a.key} | {k: _iso(getattr(a, k)) for k in ATTRIBUTES["meeting"]})
    for k in extraction.kloes:
        out.append({"type": "kloe", "text": k.title, "assessment": k.assessment, "identifier": k.identifier})
    for f in extraction.findings:
        out.append(
            {
                "type": "finding",
                "text": f.text,
                "assessment": f.assessment,
                "polarity": f.polarity,
                "kloe": f.kloe,
                "paragraph": f.paragraph,
            }
        )
    for j in extraction.judgements:
        out.append(
            {
                "type": "judgement",
                "assessment": j.assessment,
                "text": j.area,
                "scope": j.scope,
                "grade": j.grade,
                "area_key": j.key,
            }
        )
    for r in extraction.recommendations:
        kind = r.kind.lower()
        out.append({"type": kind, "text": r.text} | {k: _iso(getattr(r, k)) for k in ATTRIBUTES[kind]})
    for u in extraction.updates:
        out.append({"type": "update", "text": u.text} | {k: _iso(getattr(u, k)) for k in ATTRIBUTES["update"]})
    for a in extraction.actions:
        out.append({"type": "action", "text": a.text} | {k: _iso(getattr(a, k)) for k in ATTRIBUTES["action"]})
    return out


def within(limits: dict, record: dict) -> bool:
    """Is an extracted record inside the part of the document the gold annotates?"""
    bounds = limits.get(record["type"], {}).get("paragraphs")
    if not bounds:
        return True
    return record.get("paragraph") is not None and bounds[0] <= int(record["paragraph"]) <= bounds[1]


def extract_records(path: Path, rel: str) -> list[dict]:
    """Read and extract one document on its own (gold is per document, before cross-document merging)."""
    return records(extract_document(read_document(path, rel)))


ACROSS_FOLDERS = ("links", "status", "pairs", "underpins")  # gold across documents or items (links; statuses; pairs of councils;
# what marked paragraphs underpin), scored apart


def load_gold(folder: Path) -> list[GoldDocument]:
    """Every *.json gold file under `folder`, in path order; links/ and status/ hold gold across documents (links,
    statuses over time), scored apart."""
    out = []
    for path in sorted(folder.rglob("*.json")):
        if set(ACROSS_FOLDERS) & set(path.relative_to(folder).parts):
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            data["document"], data["sha256"], data["annotated"], data["items"]  # noqa: B018 - required fields
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise GoldError(f"{path}: not a gold file ({type(err).__name__}: {err})") from None
        out.append(
            GoldDocument(
                path,
                data["document"],
                data["sha256"],
                data["annotated"],
                data["items"],
                data.get("notes", []),
                data.get("limits", {}),
            )
        )
    return out


def draft(path: Path, rel: str, types: tuple[str, ...] = TYPES) -> dict:
    """A gold file's content drafted from the extraction: a person then checks every item against the source."""
    items = [r for r in extract_records(path, rel) if r["type"] in types]
    return {
        "document": rel,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "annotated": sorted({r["type"] for r in items} | set(types) & set(TYPES)),
        "notes": [],
        "items": items,
    }
