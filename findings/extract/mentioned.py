"""The inspection a later document answers or restates, registered from the document's own words about it.

Plans, update reports and restated lists know an inspection only from what they say about it ('the inspection
that took place between 12 June and 6 July 2017'); the assessment is keyed by its fieldwork year, so every
document that describes the same inspection — and the report itself — lands on one node.
"""

from __future__ import annotations

from datetime import date

from findings.extract.context import assessment_key, inspection_mention, organisation
from findings.model import Assessment, Document, Extraction


def register_mentioned(doc: Document, out: Extraction, start: int, end: int, fallback: date | None = None) -> str | None:
    """Key of the inspection described in doc.text[start:end], added to `out` with the spans that date it."""
    mention = inspection_mention(doc.text[start:end])
    when = mention.get("ended") or mention.get("issued") or fallback
    if when is None:
        return None
    org = organisation(doc.text)
    key = assessment_key(org.key, mention.get("regulator"), when)  # type: ignore[arg-type]
    label = f"{mention.get('regulator') or 'Inspection'} {when.year}"  # type: ignore[union-attr]
    assessment = out.assessments.setdefault(key, Assessment(key=key, kind="Inspection", org=org, label=label))
    for name, attr in (("framework", "framework"), ("started", "started"), ("ended", "ended"), ("issued", "issued")):
        if getattr(assessment, attr) is None and mention.get(name) is not None:
            setattr(assessment, attr, mention[name])
    assessment.documents.add(doc.sha256)
    for name in ("fieldwork_span", "issued_span"):
        if name in mention:
            s, e = mention[name]  # type: ignore[misc]
            span = doc.span(start + s, start + e)
            if span not in assessment.spans:
                assessment.spans.append(span)
    return key
