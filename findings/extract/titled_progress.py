"""A progress report that names each recommendation by its subject, not its number ('2.1 Supervision and management
oversight to prevent drift and delay. The revised supervision policy was relaunched …'): each numbered paragraph that
opens with a short sentence naming a subject is a candidate update on the inspection the paper answers, its
subject kept; the link stage gives it the recommendation whose words that subject shares, or leaves it out
(findings/link/titled.py). Read only where no other reader found anything in the paper."""

from __future__ import annotations

import re

from findings.extract.headed_progress import headed_sections
from findings.extract.lexicons import load_json
from findings.extract.list_markers import BULLET, asks
from findings.extract.mentioned import register_mentioned, speaks_of_an_inspection
from findings.extract.progress_report import report_date_before, stated_as_at
from findings.extract.spans import joined_spans
from findings.extract.turns import part_pieces
from findings.model import Document, Extraction, ProgressUpdate
from findings.segment.lines import Line
from findings.segment.paragraphs import Paragraph, decimal_paragraphs, numbered_paragraphs
from findings.segment.running import body_lines
from findings.segment.view import unwrap

LEXICON = "lexicons/linking.json"
_NUMBER = re.compile(r"^\d{1,3}\.(?:\d{1,2}\.?)?\s+")  # '2.1 ', '4. '
_FIRST_SENTENCE = re.compile(  # 'Plans for disabled children. The …', 'Private fostering: the monthly panel …'
    r"^(?P<title>[A-Z][^.:;!?]*?)(?:\.\s+(?=[A-Z0-9‘“\"])|:\s+(?=\S))"
)


def extract_titled_progress(doc: Document, out: Extraction) -> int:
    """Add a candidate update for each paragraph opening with its subject; returns how many (none unless the paper
    speaks of an inspection it can be tied to and at least `least` paragraphs open so)."""
    rules = load_json(LEXICON)["titled"]
    if not speaks_of_an_inspection(doc.text):
        return 0
    page_body = body_lines(doc.text, doc.page_starts)
    paragraphs = decimal_paragraphs(page_body) or numbered_paragraphs(page_body) or _bulleted(page_body)
    titled = []
    for para in paragraphs:
        view = unwrap(para.lines)
        number = _NUMBER.match(view.text) or BULLET.match(view.text)
        title = _FIRST_SENTENCE.match(view.text[number.end() :]) if number else None
        if number and title and _a_subject(title.group("title"), rules):
            titled.append((para, view, number.end(), title.group("title").strip(), "p"))
    sections = headed_sections(page_body, lambda words: _a_subject(words, rules), rules)
    if len(sections) >= rules["least"]:  # the subjects head sections on lines of their own
        titled = _by_heading(sections, paragraphs, titled)
    if len(titled) < rules["least"]:
        return 0
    first = titled[0][0].lines[0].start
    key = register_mentioned(doc, out, 0, first, undated=True)
    if key is None:
        return 0
    day = report_date_before(doc.text[:first], doc.text[:2000])
    as_at = stated_as_at(doc.text[:first], day, out.assessments[key].ended) or day
    if doc.date is None and day is not None:
        doc.date = day  # the paper's own day, as a progress report numbering its items is dated (progress_report.py)
    for para, view, after_number, title, kind in titled:
        pieces = [(line.content_start, line.content_end) for line in para.lines]
        spans = joined_spans(doc, part_pieces(view, pieces, after_number, len(view.text)))
        source = f"titled-{doc.sha256[:8]}-{kind}{para.number}"
        out.updates.append(
            ProgressUpdate(key, "", as_at, view.text[after_number:], spans, source, about_kind="titled", titled=title)
        )
    return len(titled)


def _by_heading(sections: list[tuple[Paragraph, int, str]], paragraphs: list[Paragraph], titled: list) -> list:
    """Each section under a subject's heading as a candidate named by it; but a section in which two or more
    paragraphs open with a subject of their own ('Help and protection' over '2.1 Supervision. …', '2.2 Missing. …')
    gives those paragraphs instead, each named by its own subject, and its other paragraphs each named by the heading
    ('2.3 Overall, good progress has been made …'; one such opening alone may be a short sentence, 'Safety plans now
    record what each interview found.', and the section stays whole); a paragraph under no subject's heading gives
    none."""
    out = []
    for section, after, title in sections:
        start, end = section.lines[0].start, section.lines[-1].end
        inside = [p for p in paragraphs if start <= p.lines[0].start <= end]
        own = {id(t[0]): t for t in titled if start <= t[0].lines[0].start <= end}
        if len(own) < 2:
            out.append((section, unwrap(section.lines), after, title, "s"))
            continue
        for para in inside:
            if id(para) in own:
                out.append(own[id(para)])
            else:
                view = unwrap(para.lines)
                number = _NUMBER.match(view.text) or BULLET.match(view.text)
                out.append((para, view, number.end() if number else 0, title, "h"))
    return out


def _a_subject(words: str, rules: dict) -> bool:
    """Short enough to name a subject ('Workforce stability'), and not a paper's purpose or a decision asked for
    ('To update the Panel …', 'That the Panel notes …': linking.json titled.not_titles) nor itself a call for
    something ('Improve the quality assurance of …': a list of recommendations)."""
    return len(words.split()) <= rules["title_words"] and not re.match(rules["not_titles"], words) and not asks(words)


def _bulleted(lines: list[Line]) -> list[Paragraph]:
    """A paper's bulleted items as paragraphs, numbered in order: each from its bullet's line to the next bullet or
    blank line ('- Private fostering: the monthly oversight panel started …')."""
    out: list[Paragraph] = []
    for line in lines:
        if BULLET.match(line.text) and line.stripped:
            out.append(Paragraph(len(out) + 1, [line]))
        elif out and not line.blank and out[-1].lines[-1].end + 1 == line.start:
            out[-1].lines.append(line)
    return out
