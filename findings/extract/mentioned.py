"""The inspection a later document answers or restates, registered from the document's own words about it.

Plans, update reports and restated lists know an inspection only from what they say about it ('the inspection
that took place between 12 June and 6 July 2017'); the assessment is keyed by its fieldwork year, so every
document that describes the same inspection — and the report itself — lands on one node.
"""

from __future__ import annotations

import re
from datetime import date

from findings.extract.areas import area_key, grade_ending
from findings.extract.context import assessment_key, inspection_mention, organisation
from findings.extract.lexicons import regex, regexes
from findings.extract.report import board_review, grade_at_end
from findings.extract.visits import month_key, visit_key, visit_mention
from findings.model import UNDATED, Assessment, Document, Extraction, Judgement


def register_mentioned(
    doc: Document, out: Extraction, start: int, end: int, fallback: date | None = None, undated: bool = False
) -> str | None:
    """Key of the inspection described in doc.text[start:end], added to `out` with the spans that date it; with
    `undated`, an inspection the text never dates is still registered, keyed 'undated' rather than given a made-up
    year."""
    mention = inspection_mention(doc.text[start:end])
    visit = visit_mention(doc.text[start:end])
    if visit is not None and _before_any_inspection(visit, mention):
        return _register_visit(doc, out, start, visit)
    year = mention.get("year")
    when = mention.get("ended") or mention.get("issued") or mention.get("month") or (date(year, 12, 31) if year else fallback)
    if when is None and not undated:
        return None
    org = organisation(doc.text)
    key = assessment_key(org.key, mention.get("regulator"), when)  # type: ignore[arg-type]
    label = f"{mention.get('regulator') or 'Inspection'} {when.year if when else UNDATED}"  # type: ignore[union-attr]
    assessment = out.assessments.setdefault(key, Assessment(key=key, kind="Inspection", org=org, label=label))
    for name in ("framework", "started", "ended", "issued", "lead_inspector"):
        if getattr(assessment, name) is None and mention.get(name) is not None:
            setattr(assessment, name, mention[name])
    if year and when.year == year and assessment.named_year is None:  # type: ignore[union-attr]
        assessment.named_year = year  # keyed by the year it is named by: the link stage finds its report
    if mention.get("month_published") and when == mention.get("month") and assessment.published_month is None:
        assessment.published_month = mention["month"]  # keyed by its report's month: the fieldwork may be the year before
    assessment.documents.add(doc.sha256)
    for name in ("fieldwork_span", "issued_span", "inspector_span"):
        if name in mention:
            s, e = mention[name]  # type: ignore[misc]
            span = doc.span(start + s, start + e)
            if span not in assessment.spans:
                assessment.spans.append(span)
    _reported_judgement(doc, out, key, start, end)
    _listed_judgements(doc, out, key, start, end)
    return key


def _before_any_inspection(visit: dict[str, object], mention: dict[str, object]) -> bool:
    """Is the visit the paper names the first occasion it dates, before any full inspection's fieldwork, publication
    or month? A paper on a full inspection that recalls an earlier visit answers the inspection."""
    at = visit["span"][0]  # type: ignore[index]
    others = [mention[name][0] for name in ("fieldwork_span", "issued_span") if name in mention]  # type: ignore[index]
    others += [mention["month_at"]] if "month_at" in mention else []
    return all(at < other for other in others)


def _register_visit(doc: Document, out: Extraction, start: int, visit: dict) -> str:
    """The visit a paper answers, keyed as its letter is ('council/ofsted-focused-visit-2024-05-15', the visit's last
    day), so the paper's restated items join the letter's; named only by its month, keyed by the month until the link
    stage finds the letter of that council, kind and month (findings.link.distinct.visit_by_month)."""
    kind, org = visit["kind"], organisation(doc.text)
    ended, month = visit.get("ended"), visit.get("month")
    key = visit_key(org.key, kind, ended) if ended is not None else month_key(org.key, kind, month)
    label = f"{kind['label']} {(ended or month).year}"
    assessment = out.assessments.setdefault(key, Assessment(key=key, kind="Inspection", org=org, label=label))
    assessment.framework = assessment.framework or kind["name"]
    if ended is not None:
        assessment.started, assessment.ended = assessment.started or visit.get("started"), assessment.ended or ended
    assessment.documents.add(doc.sha256)
    span = doc.span(start + visit["span"][0], start + visit["span"][1])
    if span not in assessment.spans:
        assessment.spans.append(span)
    return key


def speaks_of_an_inspection(text: str) -> bool:
    """Does a paper speak of an inspection at all (Ofsted, inspectors, ILACS)? Only such a paper can answer one it
    never dates (patterns/assessments.json, answers_an_inspection)."""
    return bool(regex("patterns/assessments.json", "answers_an_inspection").search(text))


def _of_an_earlier(text: str, match: re.Match[str]) -> bool:
    """Is the sentence holding `match` about an earlier inspection ('At the previous inspection in 2017, …')?"""
    opened = max(text.rfind(". ", 0, match.start()), text.rfind("\n\n", 0, match.start()))
    return bool(re.search(r"(?i)\b(?:previous|last|earlier|prior)\s+(?:full\s+)?inspection\b", text[opened + 1 : match.end()]))


def _listed_judgements(doc: Document, out: Extraction, key: str, start: int, end: int) -> None:
    """'1. Children who need help and protection – Good': the judgement areas a later document lists after its
    account of the inspection, each known only from that document (fo:knownFrom); the board's goes to its review.
    A table of the grades read a cell a line (the area, its grade on the line below) is such a list too."""
    patterns = regexes("patterns/assessments.json", "listed_judgement")
    matches = (m for pattern in patterns for m in pattern.finditer(doc.text, start, end))
    for match in sorted(matches, key=lambda m: m.start()):
        grade = grade_at_end(match.group("grade"))
        area = " ".join(match.group("area").split())
        akey = area_key(area)
        if grade is None or akey is None:
            continue
        target = board_review(out.assessments[key], out).key if akey == "lscb" else key
        span = doc.span(match.start("area"), match.end("grade"))
        twin = next((j for j in out.judgements if j.assessment == target and j.key == akey), None)
        if twin is not None:
            if span not in twin.spans:
                twin.spans.append(span)
            continue
        out.judgements.append(
            Judgement(
                assessment=target,
                area=area,
                grade=grade.grade,
                scope="Judgements",
                spans=[span],
                key=akey,
                known_from="a later document's account of the inspection",
            )
        )


def _reported_judgement(doc: Document, out: Extraction, key: str, start: int, end: int) -> None:
    """'The Ofsted Inspection concluded that Children's Services in X are good', 'The overall effectiveness of
    children's services was judged inadequate': the overall judgement, known only from a later document (fo:knownFrom
    says so); merged with the report's own row when both are read. Not one said of the previous inspection."""
    found = (
        m
        for pattern in regexes("patterns/assessments.json", "reported_judgement")
        for m in pattern.finditer(doc.text, start, end)
    )
    match = min((m for m in found if not _of_an_earlier(doc.text, m)), key=lambda m: m.start(), default=None)
    grade = grade_ending(doc.text, match.end("grade"), match.start()) if match else None  # the longest phrase
    if match is None or grade is None:
        return
    span = doc.span(match.start(), match.end())
    twin = next((j for j in out.judgements if j.assessment == key and j.key == "overall_effectiveness"), None)
    if twin is not None:  # stated again further on: one judgement, another span
        if span not in twin.spans:
            twin.spans.append(span)
        return
    out.judgements.append(
        Judgement(
            assessment=key,
            area="Overall effectiveness",
            grade=grade.grade,
            scope="Judgements",
            spans=[span],
            key="overall_effectiveness",
            known_from="a later document's account of the inspection",
        )
    )
