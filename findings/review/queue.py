"""The queue the build writes beside the graph (review.json): each candidate link below the threshold with both
quotes, so `findings review` reads it without the extraction."""

from __future__ import annotations

import json

from findings.model import Document, Extraction, ItemRef, Link, Span
from findings.review import link_id


def _quote(docs: dict[str, Document], span: Span) -> dict:
    doc = docs[span.doc]
    return {
        "quote": doc.text[span.start : span.end],
        "document": doc.path,
        "start": span.start,
        "end": span.end,
        "page": span.page,
    }


def _item(ref: ItemRef) -> str:
    return f"{ref.assessment}/{ref.kind}/{ref.identifier}"


def queue_entries(out: Extraction, pending: list[Link]) -> list[dict]:
    """Candidates not asserted and not yet decided, highest score first."""
    docs = {d.sha256: d for d in out.documents}
    entries = []
    for link in pending:
        later, earlier = (link.spans + [None, None])[:2]
        entries.append(
            {
                "id": link_id(link),
                "type": link.kind,
                "score": link.score,
                "method": link.method,
                "from": {"item": _item(link.source), **(_quote(docs, later) if later else {})},
                "to": {"item": _item(link.target), **(_quote(docs, earlier) if earlier else {})},
            }
        )
    return sorted(entries, key=lambda e: (-e["score"], e["id"]))


def queue_json(out: Extraction, curation: str | None) -> bytes:
    """The queue, and the curation file the build read (where `findings review` records decisions)."""
    pending = [link for link in out.links if not link.asserted]
    data = {"curation": curation, "candidates": queue_entries(out, pending)}
    return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode()
