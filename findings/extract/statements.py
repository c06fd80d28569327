"""Findings: the sentences of a report's numbered paragraphs that state a weakness or a strength.

Each finding keeps the paragraph it sits in (so '(paragraph 45)' in a summary can point at it), the section
heading above that paragraph, and for a peer review the KLOE. Sentences that state neither are description and
are not findings. Polarity comes from the cue lexicon (see polarity.py), not from Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from findings.extract.areas import area_key, grade_at_end
from findings.extract.lexicons import load_json, prefiltered, prefiltered_regex, regexes
from findings.extract.list_lines import graded_section
from findings.extract.polarity import Polarities, sentence_polarities, texts_polarities
from findings.extract.prefilter import Prefiltered
from findings.extract.spans import joined_spans
from findings.model import Document, Extraction, Finding, Span
from findings.segment.footnotes import footnotes
from findings.segment.lines import Line
from findings.segment.paragraphs import NUMBERED, Paragraph
from findings.segment.view import View, unwrap

_NUMBER = re.compile(r"^\s*(?:[-–]\s+)?\d{1,3}\.(?:\s+|(?=[A-Z‘“\"]))")
_TERMINAL = (".", ":", ";", "?", "!", ")", ".”", ".’")
_MID_SENTENCE_END = re.compile(r"[.!?][’”]?\s+[A-Z]")  # a sentence ends inside the line: prose, not a heading or a scale
_GRADE_LINE = re.compile(r"^(?:Grade\s+\d\s*)?\([A-Z][a-z]+(?:\s+[a-z]+)*\)$")  # under a heading: 'Grade 4 (Inadequate)'
_SENTENCE_END = (".", ":", ";", "?", "!", ".”", ".’")  # a heading may end with '(Good)', never with a full stop
_GAP = 3  # a paragraph number lost in conversion: the next may skip this many
_MARKED = re.compile(r"\(Recommendations?\)")  # SIF marks the paragraphs a recommendation rests on
_CITATION = re.compile(r"\((?:see\s+)?paragraphs?\s+(?P<refs>\d{1,3}(?:\s*(?:,|and|to|–|-)\s*\d{1,3})*)\)", re.I)


def view_spans(doc: Document, view: View, i: int, j: int) -> list[Span]:
    """Spans for view text[i:j]: one per run of the document with only white space between its characters (the
    view's runs of offsets that follow on, found by bisection, not a walk over its characters)."""
    spans = joined_spans(doc, view.pieces(i, j))
    return [span for span in spans if doc.text[span.start - doc.offset : span.end - doc.offset].strip()]


def paragraphs_with_headings(
    doc: Document,
    lines: list[Line],
    stop: re.Pattern[str] | Prefiltered | None = None,
    summary: re.Pattern[str] | None = None,
    boxes: list[tuple[str, list[Line]]] | None = None,
) -> list[tuple[Paragraph, str | None]]:
    """Numbered paragraphs, each with the heading above it.

    A paragraph opens at the number after the last (a few may be lost in conversion), at 1, or where the numbering
    resumes further on and the next numbered line goes on from it (1 … then 10, 11: an abridged copy). It runs on until
    the next number, except: a blank line (not a page break) after a finished sentence
    ends it unless the next line carries on in lower case; a line matching `stop` (the back matter) ends it; a
    graded section's heading over its summary box (`summary`: see `_section_starts`) ends it, and the box's
    unnumbered lines are no paragraph's (each box's heading and lines are added to `boxes`); and short lines
    trailing a finished paragraph without ending a sentence are the next paragraph's heading. A paragraph under a
    section's heading with no nearer heading that names a judgement area ('Inspection findings') has the section's.
    """
    out: list[tuple[Paragraph, str | None]] = []
    loose: list[Line] = []
    current: Paragraph | None = None
    closed = False
    starts = _section_starts(lines, summary) if summary is not None else {}
    section: str | None = None  # the graded section the next paragraph opens, until one does
    box: list[Line] | None = None  # the summary box under the section's heading, once its 'Summary' line is past
    opened = [NUMBERED.match(line.text) for line in lines]  # each line's number, matched once
    numbered = [(n, int(m.group(1))) for n, m in enumerate(opened) if m]
    following = {n: after for (n, _), (_, after) in zip(numbered, numbered[1:], strict=False)}  # line → the next number
    for n, line in enumerate(lines):
        match = opened[n]
        if n in starts:
            current, loose, section, box = None, [], starts[n], None
            if boxes is not None:
                boxes.append((starts[n], []))
        elif section is not None and summary is not None and box is None and summary.match(line.stripped):
            box = boxes[-1][1] if boxes is not None else []
        elif box is not None and match is None:
            box.append(line)
        number = int(match.group(1)) if match else None
        expected = out[-1][0].number + 1 if out else None
        if number is not None and (
            expected is None
            or number == 1
            or expected <= number <= expected + _GAP
            or _resumes(number, expected, following.get(n))
        ):
            current, closed = Paragraph(number, [line]), False
            heading = _heading(loose)
            if section is not None and (heading is None or area_key(heading) is None):
                heading = section
            out.append((current, heading))
            loose, section, box = [], None, None
            continue
        if line.blank:
            page_break = "\f" in doc.text[max(0, line.start - 1) : line.end + 1]
            if current is not None and not page_break and current.lines[-1].stripped.endswith(_TERMINAL):
                closed = True
            continue
        if stop is not None and stop.search(line.stripped):
            current = None
        if current is not None and (
            not closed or line.stripped[:1].islower() or line.stripped.startswith("- ") and line.stripped[2:3].islower()
        ):
            current.lines.append(line)
            closed = False
        else:
            current = None
            loose.append(line)
    return [(Paragraph(p.number, body), heading) for p, heading in _trailing_headings(out) for body in [p.lines]]


def _resumes(number: int, expected: int, after: int | None) -> bool:
    """Does the numbering resume at `number`, further on than `expected` (an abridged copy, a report pasted in parts:
    1 … then 10), the next numbered line going on from it (`after` is `number` + 1)? A gap loses no paragraph after it;
    a number alone out of order (a figure's, a list's) starts none."""
    return number > expected and after == number + 1


_SECTION_LINES = 5  # 'The experiences and progress of' / 'children looked after and achieving' / 'permanence' /
# 'Requires improvement' / 'to be good'


def _section_starts(lines: list[Line], summary: re.Pattern[str]) -> dict[int, str]:
    """Where a graded section of a report begins → its heading: one to five short lines that name a judgement area
    and end with its grade ('Leadership, management and governance Good'; 'The experiences and progress of
    children' / 'who need help and protection Requires improvement'), with no sentence ending in them, right over a
    line `summary` matches ('Summary', its box of unnumbered sentences); or lines that name an area without its grade
    and end no sentence, after a line that does ('Review of the effectiveness of the Local Safeguarding Children
    Board' / '(LSCB)' over 'Executive summary' at a page's top: the grade is the summary's first sentence)."""
    body = [n for n, line in enumerate(lines) if not line.blank]
    starts: dict[int, str] = {}
    for k, n in enumerate(body):
        if not summary.match(lines[n].stripped):
            continue
        ungraded: tuple[int, str] | None = None
        for size in range(1, _SECTION_LINES + 1):
            over = body[max(0, k - size) : k]
            joined = " ".join(lines[m].stripped for m in over)
            if len(over) < size or len(joined) > _HEADING_CHARS or _MID_SENTENCE_END.search(joined):
                break
            if joined[:1].isupper() and area_key(joined) is not None and grade_at_end(joined) is not None:
                starts[over[0]] = joined
                ungraded = None
                break
            before = lines[body[k - size - 1]].stripped if k > size else "."
            if ungraded is None and joined[:1].isupper() and not joined.endswith(_SENTENCE_END) and before.endswith(_TERMINAL):
                ungraded = (over[0], joined) if area_key(joined) is not None else None
        if ungraded is not None:  # 'Review of the effectiveness of the Local Safeguarding Children Board' / '(LSCB)' over
            starts[ungraded[0]] = ungraded[1]  # 'Executive summary', after a finished sentence: a graded section's
            # heading that leaves its grade to the summary's first sentence
    return starts


def _heading(loose: list[Line]) -> str | None:
    """The last short run of loose lines that does not end a sentence: a section heading."""
    run: list[str] = []
    for line in reversed(loose):
        text = line.stripped
        if len(text) >= 100 or text.endswith(_SENTENCE_END) or "\t" in line.text:
            break
        run.insert(0, text)
    return _last_heading(run)


_HEADING_LINES, _HEADING_CHARS = 3, 140  # a section heading is short: a longer run is a list, a contents page, a quote


def _last_heading(run: list[str]) -> str | None:
    """The heading that ends a run of short lines: its last one to three lines that can be one ('… different files /
    Outcomes for looked after children and young / people / Grade 3 (Adequate)': the last three)."""
    return next((h for n in range(_HEADING_LINES, 0, -1) if len(run) >= n and (h := _as_heading(run[-n:]))), None)


def _as_heading(run: list[str]) -> str | None:
    """Lines joined as a section heading, or None when they cannot be one: more than three lines or 140
    characters, or not starting with a capital (a wrapped bullet list, the contents page, a sentence's tail)."""
    joined = " ".join(run)
    if not joined or len(run) > _HEADING_LINES or len(joined) > _HEADING_CHARS or not joined[:1].isupper():
        return None
    return joined


def _trailing_headings(paragraphs: list[tuple[Paragraph, str | None]]) -> list[tuple[Paragraph, str | None]]:
    """In a PDF a heading follows a paragraph's last line directly: move short unfinished trailing lines to the
    next paragraph as its heading."""
    out: list[tuple[Paragraph, str | None]] = []
    carried: str | None = None
    current: str | None = None  # a heading holds until the next one
    for para, heading in paragraphs:
        lines = para.lines
        cut = len(lines)
        if cut > 2 and _GRADE_LINE.match(lines[-1].stripped) and not lines[-2].stripped.endswith(_SENTENCE_END):
            cut -= 1  # 'Quality of provision / Grade 4 (Inadequate)': the grade under a heading, not a sentence's end
        elif cut > 1 and graded_heading(lines[-1].stripped):
            cut -= 1  # 'Capacity for improvement Grade 2 (good)' right under the paragraph: the next one's heading
        while cut > 1 and not lines[cut - 1].stripped.endswith(_TERMINAL) and len(lines[cut - 1].stripped) < 100:
            cut -= 1
        ended = cut < len(lines) and lines[cut - 1].stripped.endswith(_TERMINAL)
        prose = any(_MID_SENTENCE_END.search(line.stripped) for line in lines[cut:])  # '… required. In addition …'
        trailing = lines[cut:] if ended and (len(lines) - cut <= _HEADING_LINES or not prose) else []
        current = heading or carried or current
        out.append((Paragraph(para.number, lines[: len(lines) - len(trailing)]), current))
        keyed = [k for k, line in enumerate(trailing) if prefiltered_regex(_LAYOUT, "grading_key").search(line.stripped)]
        trailing = trailing[keyed[-1] + 1 :] if keyed else trailing  # the grading scale's key over a heading: not of it
        carried = _last_heading([line.stripped for line in trailing]) if len(trailing) <= _HEADING_LINES else None
    return out


def graded_heading(text: str) -> bool:
    """Is the line a section's heading with its grade on the same line ('Capacity for improvement Grade 2 (good)',
    report_layout.json graded_line), as a 2009–12 report prints one: a capitalised area of a few words, no sentence in
    it? It ends with ')', as a sentence may, but it is the next paragraph's heading, and no finding."""
    if len(text) > _HEADING_CHARS:
        return False  # asked of every sentence of a report: the length first, then the pattern on a line holding its pieces
    graded = prefiltered_regex(_LAYOUT, "graded_line").match(text)
    area = graded.group("area").strip() if graded else ""
    return bool(area[:1].isupper()) and not area.endswith(_SENTENCE_END) and not _MID_SENTENCE_END.search(area)


@dataclass
class Passage:
    """A paragraph whose sentences may be findings: `name` prefixes their identifiers ('p25' → 'p25-2'), `number`
    is the paragraph's number as printed (None when it has none), `heading` the section heading above it and `kloe`
    the peer review's line of enquiry it speaks to; `polarity` what a heading over it says its sentences state
    ('Strengths'), for those that carry no cue of their own."""

    name: str
    lines: list[Line]
    number: str | None = None
    heading: str | None = None
    kloe: str | None = None
    polarity: str | None = None


def add_findings(
    doc: Document,
    lines: list[Line],
    key: str,
    out: Extraction,
    skip: Callable[[Paragraph], bool] = lambda p: False,
    kloe_of: Callable[[Paragraph], str | None] | None = None,
    stop: re.Pattern[str] | Prefiltered | None = None,
    summary: re.Pattern[str] | None = None,
) -> int:
    """Add the findings of the numbered paragraphs among `lines`, and of each graded section's summary box (its
    sentences named 'summary1-2': box 1, sentence 2; no paragraph number); returns how many."""
    boxes: list[tuple[str, list[Line]]] = []
    passages = [
        Passage(f"p{para.number}", para.lines, str(para.number), heading, kloe_of(para) if kloe_of else None)
        for para, heading in paragraphs_with_headings(doc, lines, stop, summary, boxes)
        if para.lines and not skip(para)
    ]
    passages += [Passage(f"summary{n}", box, None, heading) for n, (heading, box) in enumerate(boxes, 1) if box]
    return add_passage_findings(doc, passages, key, out)


def add_passage_findings(doc: Document, passages: list[Passage], key: str, out: Extraction) -> int:
    """Add the findings of each passage: its sentences that state a weakness or a strength; returns how many."""
    added = 0
    paragraphs = []
    notes = footnotes(doc.text, doc.page_starts) if passages else []  # a footnote's mark and the footnote: no words of
    for passage in passages:  # a passage
        view = unwrap(passage.lines, notes)
        if not view.text:
            continue  # a footnote's lines only
        opener = _NUMBER.match(view.text) if passage.number is not None else None
        start = opener.end() if opener else 0
        paragraphs.append((passage, view, start, view.text[start:]))
    polarities = texts_polarities([text for *_, text in paragraphs])  # one spaCy batch for the document
    grading_key = prefiltered_regex(_LAYOUT, "grading_key")  # asked of every sentence: searched in those holding its pieces
    for (passage, view, start, text), sentences in zip(paragraphs, polarities, strict=True):
        read, carrier = _marked_weakness(text, _read_with_before(text, sentences))
        for i, (n, (s, e, polarity)) in enumerate(read):
            polarity = polarity or passage.polarity
            sentence = text[s:e].strip()
            if graded_section(sentence) or graded_heading(sentence) or grading_key.search(sentence):
                continue  # the next section's heading with its grade, run into the paragraph above it, or the grading
                # scale's key ('Outstanding (Grade 1)'): no finding
            if sentence.endswith("("):  # '… services. (' before 'Recommendation)' on the next line
                sentence = re.sub(r"\s*\($", "", sentence)
            lead = len(text[s:e]) - len(text[s:e].lstrip())
            spans = view_spans(doc, view, start + s + lead, start + s + lead + len(sentence))
            if not spans:
                continue
            if polarity is None:  # description, kept apart: the link stage reads whether it restates what an
                out.plain.append(  # earlier recommendation asked for (findings/link/as_asked.py)
                    Finding(key, f"{passage.name}-{n}", sentence, "", spans, passage.number, passage.heading, passage.kloe)
                )
                continue
            cites = [r for m in _CITATION.finditer(sentence) for r in _paragraph_numbers(m.group("refs"))]
            basis = text if carrier is not None and (polarity == "Weakness" or i == carrier) else None
            out.findings.append(
                Finding(
                    key,
                    f"{passage.name}-{n}",
                    sentence,
                    polarity,
                    spans,
                    paragraph=passage.number,
                    scope=passage.heading,
                    kloe=passage.kloe,
                    cites=cites,
                    basis=basis,
                )
            )
            added += 1
    return added


_LINKING = "lexicons/linking.json"
_LAYOUT = "report_layout.json"


def _marked_weakness(text: str, read: list[tuple[int, tuple[int, int, str | None]]]) -> tuple[list, int | None]:
    """A paragraph marked '(Recommendation)' holds a weakness a recommendation rests on: when none of its sentences
    reads as one, the sentence the mark follows carries the mark, a weakness unless it reads as a strength. Returns
    the sentences and the carrier's index (-1: the paragraph's weaknesses carry it; None: not marked)."""
    mark = _MARKED.search(text)
    if mark is None:
        return read, None
    if any(polarity == "Weakness" for _, (_, _, polarity) in read):
        return read, -1
    before = [i for i, (_, (s, _, _)) in enumerate(read) if s < mark.start()]
    if not before:
        return read, None
    n, (s, e, polarity) = read[before[-1]]
    return [*read[: before[-1]], (n, (s, e, polarity or "Weakness")), *read[before[-1] + 1 :]], before[-1]


def _read_with_before(text: str, sentences: Polarities) -> list[tuple[int, tuple[int, int, str | None]]]:
    """The sentences numbered from 1, each one that opens with a word of the linking lexicon's
    'read_with_sentence_before' and speaks of the last inspection ('This was also identified at the last
    inspection.') joined to the sentence before it, under that one's number: on its own it names nothing the later
    report found. Its polarity is that of the 'This …' sentence's words on how the matter stands now (`_now`), or,
    when they state none, the sentence before's."""
    openers = _openers()
    previous = prefiltered(_LINKING, "previous_inspection")  # asked of every sentence that opens so: made once
    out: list[tuple[int, tuple[int, int, str | None]]] = []
    for n, (s, e, polarity) in enumerate(sentences, start=1):
        sentence = text[s:e].strip()
        first = sentence.split(maxsplit=1)[0].casefold() if sentence else ""
        if out and first in openers and previous.search(sentence) is not None:
            m, (before, _, said) = out[-1]
            out[-1] = (m, (before, e, _now(sentence, regexes(_LINKING, "previous_inspection")) or said))
            continue
        out.append((n, (s, e, polarity)))
    return out


@cache
def _openers() -> frozenset[str]:
    """The linking lexicon's 'read_with_sentence_before' words, case folded: read once."""
    return frozenset(word.casefold() for word in load_json(_LINKING)["read_with_sentence_before"])


def _now(sentence: str, previous: list[re.Pattern[str]]) -> str | None:
    """The polarity of a sentence on the last inspection without its words on how things were (linking.json
    'previous_inspection_past'): 'This has not yet improved the quality of plans, which was identified at the last
    inspection' is 'This has not yet improved the quality of plans', a weakness; 'This is a significant improvement
    since the last inspection, when too many children waited' is 'This is a significant improvement', a strength;
    'This was not the case at the last inspection.' says nothing of now."""
    past = load_json("lexicons/linking.json")["previous_inspection_past"]
    rest = sentence
    for pattern in previous:
        if not (match := pattern.search(rest)):
            continue
        after = re.sub(past["after"], "", rest[match.end() :], count=1)  # ', when too many children waited': the past
        start = max(rest.rfind(mark, 0, match.start()) for mark in _CLAUSE_MARKS) + 1
        told = set(re.findall(r"[a-z]+", rest[start : match.start()].casefold()))
        if match.group().split()[0].casefold() in past["up_to_now"] and not told & set(past["told_as_past"]):
            rest = re.sub(past["framing_before"], "", rest[: match.start()], count=1) + " " + after  # 'improved since …'
        else:  # 'was not the case at the last inspection', 'had deteriorated since …': the clause tells how things were
            ends = [i for mark in _CLAUSE_MARKS if (i := after.find(mark)) >= 0]
            rest = rest[:start] + " " + after[min(ends, default=len(after)) + 1 :]
    if not rest.strip(" .,;:"):
        return None
    said = {polarity for _, _, polarity in sentence_polarities(rest.strip())}
    if not said - {None} and re.match(past["improved_now"], rest):  # 'This is an improvement since 2013': no cue of
        return "Strength"  # its own, yet it says the matter now stands better than it did
    return "Weakness" if "Weakness" in said else "Strength" if "Strength" in said else None


_CLAUSE_MARKS = (",", ";", ":")  # where a clause of a sentence ends


def _paragraph_numbers(refs: str) -> list[str]:
    """'45 and 46' → ['45', '46']; '45 to 47' → ['45', '46', '47']."""
    numbers = [int(n) for n in re.findall(r"\d{1,3}", refs)]
    if re.search(r"\bto\b|–|-", refs) and len(numbers) == 2 and numbers[0] < numbers[1] <= numbers[0] + 20:
        return [str(n) for n in range(numbers[0], numbers[1] + 1)]
    return [str(n) for n in numbers]
