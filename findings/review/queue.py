"""The queue the build writes beside the graph (review.json): each candidate link below the threshold and each
status call below the review confidence, with both quotes, so `findings review` reads it without the extraction.

A status call's "from" is the evidence (the later finding it rests on), its "to" the item whose status it is:
the same direction as a link's, from the later statement to the earlier item."""

from __future__ import annotations

import json

from findings.model import Document, Extraction, ItemRef, Link, Span, StatusAssessment
from findings.review import link_id, needs_review, review_below, status_id


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
                **({"why": link.why} if link.why else {}),
                "from": {"item": _item(link.source), **(_quote(docs, later) if later else {})},
                "to": {"item": _item(link.target), **(_quote(docs, earlier) if earlier else {})},
            }
        )
    return sorted(entries, key=lambda e: (-e["score"], e["id"]))


def _whole(out: Extraction) -> dict[Span, list[Span]]:
    """Each finding's spans by its first: a sentence a page break cuts is quoted whole, not up to the break."""
    return {f.spans[0]: f.spans for f in out.findings if len(f.spans) > 1}


def _quote_whole(docs: dict[str, Document], span: Span, whole: dict[Span, list[Span]]) -> dict:
    """A status call's evidence quoted as its statement reads: from its first span to its last, words joined."""
    quote = _quote(docs, span)
    rest = whole.get(span, [])[1:]
    if rest and all(s.doc == span.doc for s in rest):
        text = docs[span.doc].text
        quote["quote"] = "\n".join(text[s.start : s.end].strip() for s in [span, *rest])
        quote["end"] = rest[-1].end
    return quote


def _spans_of(out: Extraction) -> dict[Span, str]:
    """The item each statement is the first span of ('…/finding/p25-2'), to name a status call's evidence."""
    named: dict[Span, str] = {}
    groups = (
        ("finding", out.findings),
        ("recommendation", [r for r in out.recommendations if r.kind == "Recommendation"]),
        ("resolution", [r for r in out.recommendations if r.kind == "Resolution"]),
        ("kloe", out.kloes),
        ("action", out.actions),
    )
    for kind, items in groups:
        for item in items:
            if item.spans:
                named.setdefault(item.spans[0], _item(ItemRef(kind, item.assessment, item.identifier)))
    return named


def _folded(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _statement(docs: dict[str, Document], text: str, spans: list[Span]) -> Span:
    """The span that reads as the item's text (line wraps and hyphens aside), else its first."""
    want = _folded(text)[:60]
    return next((s for s in spans if _folded(docs[s.doc].text[s.start : s.end]).startswith(want)), spans[0])


def status_entries(out: Extraction, pending: list[StatusAssessment]) -> list[dict]:
    """Status calls waiting for a person, surest first (as links are): the item's quote beside the evidence's."""
    docs = {d.sha256: d for d in out.documents}
    named, whole = _spans_of(out), _whole(out)
    raised: dict[ItemRef, Span] = {}  # the statement whose words the item's text is (another may restate it)
    for r in out.recommendations:
        if r.spans:
            raised.setdefault(ItemRef(r.kind.lower(), r.assessment, r.identifier), _statement(docs, r.text, r.spans))
    entries = []
    for st in pending:
        evidence = st.evidence[0] if st.evidence else None
        item = raised.get(st.item)
        entries.append(
            {
                "id": status_id(st),
                "type": "status",
                "score": round(st.confidence, 3),
                "status": st.status,
                "basis": st.basis,
                "as_of": st.as_of.isoformat(),
                "axes": {
                    k: v for k, v in (("acceptance", st.acceptance), ("progress", st.progress), ("assurance", st.assurance)) if v
                },
                "current": st.current,
                "from": {
                    "item": named.get(evidence, docs[evidence.doc].path) if evidence else "",
                    **(_quote_whole(docs, evidence, whole) if evidence else {}),
                    # the other sentences a call weighs (a later report's findings on the concerns), for the reviewer
                    "more": [{"item": named.get(s, ""), **_quote_whole(docs, s, whole)} for s in st.evidence[1:]],
                },
                "to": {"item": _item(st.item), **(_quote(docs, item) if item else {})},
            }
        )
    return sorted(entries, key=lambda e: (-e["score"], e["id"]))


def queue_json(out: Extraction, curation: str | None) -> bytes:
    """The queue, and the curation file the build read (where `findings review` records decisions): the links
    first, then the status calls, each highest score first."""
    pending = [link for link in out.links if not link.asserted]
    below = review_below()
    calls = [st for st in out.statuses if needs_review(st, below)]
    data = {"curation": curation, "candidates": queue_entries(out, pending) + status_entries(out, calls)}
    return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode()
