"""Ofsted's annual children's services assessment letter (2008–2012): one a year for each council, its overall grade
on a four-point scale ('Performs well (3)') and its key areas for further development.

Each letter is an inspection of the council (fo:Inspection, its framework the assessment's name), keyed by the year
it assesses, so it never shares the key of that year's full inspection; issued on its published or date line; its
grade a judgement of overall effectiveness; its areas for development recommendations numbered by position; the
sentences of its summary findings. A letter is known by its opening (subject line, salutation or date line above it,
and its grade), never by a paper's mention of the assessment. The layout is data in
extract/annual_assessment_layout.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from findings.extract.authorities import resolve
from findings.extract.context import assessment_key
from findings.extract.dates import parse_day
from findings.extract.lexicons import load_json, regex, regexes
from findings.extract.recommendation_list import recommendation_lists
from findings.extract.report import first_council, not_asks
from findings.extract.statements import add_passage_findings
from findings.extract.visit_letter import letter_passages, under_heading
from findings.extract.visits import ANNUAL_LAYOUT as LAYOUT
from findings.extract.visits import LAYOUT as VISIT_LAYOUT
from findings.model import Assessment, Document, Extraction, Judgement
from findings.segment.lines import Line, split_lines
from findings.segment.running import body_lines
from findings.segment.view import unwrap


@dataclass
class _Grade:
    grade: str
    area: str
    span: tuple[int, int]
    note: str | None = None
    place: str | None = None  # the council as the grade's sentence names it ('Children's services in X perform well')
    labelled: bool = True  # on a labelled line, which says nothing else; else a sentence among the letter's findings


def _subject(lines: list[Line]) -> tuple[int, re.Match[str]] | None:
    """(index, match) of the subject line among the opening's non-blank lines, with a salutation above it: a council
    paper headed by the same words has none."""
    subject, above = regex(LAYOUT, "subject"), regex(LAYOUT, "salutation")
    for n, line in enumerate(lines):
        if (match := subject.match(line.stripped)) and any(above.match(ln.text) for ln in lines[:n]):
            return n, match
    return None


def _grade(doc: Document, lines: list[Line], after: int) -> _Grade | None:
    """The overall grade: a labelled line with the grade after it on the line or the next, else the summary's sentence;
    the key of the scale ('4 – performs excellently' alone on its line) is never the grade."""
    label, said, layout = regex(LAYOUT, "grade_label"), regex(LAYOUT, "grade"), load_json(LAYOUT)
    for n, line in enumerate(lines[after:], start=after):
        if not (m := label.match(line.text)):
            continue
        rest = m.group("rest").strip()
        at, on_label_line = (line, m) if rest else (lines[n + 1], None) if n + 1 < len(lines) else (None, None)
        if at is None:
            continue
        text = rest if on_label_line is not None else at.text
        offset = line.start + m.start("rest") if on_label_line is not None else at.start
        if not (g := said.match(text)):
            continue
        word, number = g.group("word"), g.group("n") or g.group("lead") or g.group("only")
        word = (word or layout["numbers"][number]).casefold()
        note = None
        if number and layout["numbers"][number] != word:
            note = f"the grade's number ({number}) is not that of its words (performs {word}): its words are read"
        end = offset + len(text.rstrip().rstrip("."))
        return _Grade(layout["grades"][word], m.group("area"), (line.start + m.start("area"), end), note)
    if after >= len(lines):
        return None
    reach = min(len(doc.text), lines[after].start + layout["opening_chars"])
    opening = unwrap(split_lines(doc.text, lines[after].start, reach))
    if m := regex(LAYOUT, "grade_sentence").search(opening.text):
        start, end = opening.source_range(m.start(), m.end())
        named = opening.source_range(m.start("area"), m.end("area"))  # 'Children's services in X', wrapped or not
        area = doc.text[named[0] : named[1]]
        grade = layout["grades"][m.group("word").casefold()]
        return _Grade(grade, area, (start, end), place=" ".join(m.group("la").split()), labelled=False)
    return None


def _restated(body: list[Line]) -> list[tuple[int, int]]:
    """Where the letter's sentences say its grade ('Children's services in X perform well.'), as its grade or again."""
    view = unwrap(body)
    return [view.source_range(m.start(), m.end()) for m in regex(LAYOUT, "grade_sentence").finditer(view.text)]


def _day(doc: Document, pattern: re.Pattern[str], before: int) -> tuple[date, tuple[int, int]] | None:
    """(day, (start, end)) of the first line above `before` that `pattern` matches whole (group 'date')."""
    for line in split_lines(doc.text, 0, before):
        if (m := pattern.match(line.text)) and (day := parse_day(m.group("date"))) is not None:
            return day, (line.start + m.start("date"), line.start + m.end("date"))
    return None


def extract_annual_letter(doc: Document, out: Extraction) -> bool:
    """Add the letter's inspection, its grade, its areas for development and its findings; False when `doc` is none."""
    head = min(len(doc.text), load_json(LAYOUT)["opening_chars"])
    lines = [line for line in split_lines(doc.text, 0, head) if not line.blank][: load_json(LAYOUT)["opening_lines"]]
    found = _subject(lines)
    if found is None:
        return False
    n, subject = found
    grade = _grade(doc, [ln for ln in split_lines(doc.text) if not ln.blank], n + 1)  # below the subject, which
    # is no label: the key's '4 Performs excellently' on the line under 'Children's services assessment' is no grade
    if grade is None:
        return False  # a subject line without a grade: not read as a letter
    opening = unwrap(split_lines(doc.text, 0, head))
    written = " ".join((subject.group("la") or "").split())
    org = (resolve(written, written) if written else None) or first_council(opening.text)
    org = org or (resolve(grade.place, grade.place) if grade.place else None)
    if org is None:
        out.notes.append(f"{doc.path}: an annual children's services assessment letter names no council; not read")
        return True
    dated = _day(doc, regex(LAYOUT, "published"), head) or _day(doc, regex(VISIT_LAYOUT, "letter_date"), lines[n].start)
    stated = (m.group("year") for p in regexes(LAYOUT, "year") if (m := p.search(opening.text)))
    year = subject.group("year") or next(stated, None)
    if year is None and dated is None:
        out.notes.append(f"{doc.path}: an annual children's services assessment letter gives no year; not read")
        return True
    assessed = date(int(year), 12, 31) if year else dated[0]  # type: ignore[index]
    key = assessment_key(org.key, load_json(LAYOUT)["key"], assessed)
    layout = load_json(LAYOUT)
    assessment = out.assessments.setdefault(
        key, Assessment(key=key, kind="Inspection", org=org, label=f"{layout['label']} {assessed.year}")
    )
    assessment.framework = layout["name"]
    assessment.documents.add(doc.sha256)
    assessment.spans.append(doc.span(lines[n].content_start, lines[n].content_end))
    if dated is not None:
        assessment.issued = dated[0]
        assessment.spans.append(doc.span(*dated[1]))
    if (period := regex(LAYOUT, "period_end").search(opening.text)) and (end := parse_day(period.group("end"))):
        if end.year == assessed.year or end.year == assessed.year - 1:  # the assessed year's period, not a plan's
            assessment.ended = end
            assessment.spans.append(doc.span(*opening.source_range(period.start("end"), period.end("end"))))
    judgement = Judgement(
        assessment=key,
        area=" ".join(grade.area.split()),
        grade=grade.grade,
        scope=layout["label"],
        spans=[doc.span(*grade.span)],
        key=layout["judgement_area_key"],
    )
    out.judgements.append(judgement)
    if grade.note:
        out.notes.append(f"{doc.path}: {grade.note}")
    body = body_lines(doc.text, doc.page_starts)
    headings = layout["recommendation_headings"]
    recs = recommendation_lists(doc, body, key, headings=headings, notes=out.notes)
    under_heading(recs, body, headings)
    out.recommendations += recs
    scale = regex(LAYOUT, "scale_line")
    skip = [(line.start, line.end) for line in body if scale.match(line.text)]  # the scale's key
    if grade.labelled:  # its line says nothing else; a grade's sentence shares its lines with others, and goes below
        skip.append(grade.span)
    add_passage_findings(doc, letter_passages(doc, body, recs, lines[n].end, headings=headings, skip=skip), key, out)
    restated = [doc.span(*r) for r in _restated(body)]
    out.findings = [  # 'Children's services in X perform well.' is the grade (or the grade said again), no finding
        f
        for f in out.findings
        if not any(s.doc == r.doc and s.start < r.end and r.start < s.end for s in f.spans for r in restated)
    ]
    not_asks(doc, out)
    return True
