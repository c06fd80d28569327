"""Judgements that older reports print in a section's lines or in a sentence, where they print no judgement table:
'Overall effectiveness: adequate' (a SLAC section), 'Judgement: Adequate' under a section's heading, and 'The
effectiveness of the arrangements to protect children is adequate.' (2012–13 child protection); a section's own
sentence ('The quality of practice is adequate.') or its heading with the grade beside or under it, for the areas of
the report's framework; the 'Area Grade 2 (good)' lines of older sections, and the 'Record of main findings' table
that ends older reports.

The forms are data in extract/report_layout.json ('labelled_grade', 'judgement_sentences', 'section_sentences'); each
judgement quotes the lines or the sentence it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from heapq import merge

from findings.extract.areas import GRADES, area_key, grade_at_end, grade_ending
from findings.extract.judgement_table import TABLE_SCOPE, judgement_sections, label_goes_on
from findings.extract.lexicons import load_json, prefiltered_regex, regex
from findings.extract.numbered_grades import cell_grade
from findings.extract.spans import line_spans
from findings.model import BOARD_KEY, Document, Extraction, Judgement, Span
from findings.segment.lines import Line
from findings.segment.view import unwrap

LAYOUT = "report_layout.json"
_HEADING_LONGEST = 120  # characters: a section's heading is a short line
_HEADING_WITHIN = 4  # lines or whole paragraphs: how far above a 'Judgement: Adequate' line its heading may stand
_PARAGRAPH_LINES = 20  # lines: how far up a paragraph's numbered first line may stand from its last
_NUMBERED = re.compile(r"^\s*\d+(?:\.\d+)?\.?\s")
_TERMINAL = (".", ":", ";", "?", "!")


def in_sections(body: list[Line], sections: dict[str, str], scope: str | None) -> Iterator[tuple[int, Line, str | None]]:
    """(index, line, the section it sits in) of each line of `body` that is no section's heading (`sections`: a
    heading without case → its section; `scope`: the section before any): the walk every reader of grades makes."""
    for i, line in enumerate(body):
        if line.stripped.casefold() in sections:
            scope = sections[line.stripped.casefold()]
            continue
        yield i, line, scope


def labelled_grades(
    doc: Document,
    lines: list[Line],
    key: str,
    out: Extraction,
    sections: dict[str, str],
    scope: str | None,
    framework: str | None = None,
) -> None:
    """Add each 'Label: grade' line in a section (`sections`: heading → section; `scope`: the section before any), its
    grade in words or with its number on `framework`'s scale ('Overall effectiveness: 4 (inadequate)')."""
    layout = load_json(LAYOUT)["labelled_grade"]
    pattern = regex(LAYOUT, "labelled_grade/line")
    generic = {" ".join(label.split()).casefold() for label in layout["heading_labels"]}
    body = [line for line in lines if not line.blank]
    heading_line, cell_line = regex(LAYOUT, "labelled_grade/heading_line"), regex(LAYOUT, "labelled_grade/cell_line")
    record = _unsectioned_record(body, sections)
    for i, line, section in in_sections(body, sections, scope):
        if i > record:
            break  # a record's rows with no section's heading over them: no row is the last section's
        text = line.stripped
        match = (pattern.match(text) or cell_line.match(text)) if section is not None else heading_line.match(text)
        grade = cell_grade(match.group("grade"), framework) if match else None
        if match is None or grade is None or grade.start:
            continue
        if i + 1 < len(body) and body[i + 1].stripped[:1].islower():
            continue  # 'Partnership and outcomes: good' / 'progress has been made …': a sentence wrapped, no grade
        label = " ".join(match.group("label").split())
        if section is None:  # outside every section, a later framework's heading with its grade, as the table would
            if area_key(label) is None:  # ('The experiences and progress of children in care: good')
                continue
            section = TABLE_SCOPE
        heading = _heading_above(body, i, sections) if label.casefold() in generic else []
        if label.casefold() in generic and not heading:
            continue  # 'Judgement: Adequate' with no heading above it names no area
        area = " ".join(ln.stripped for ln in heading) if heading else label
        if _judged(out, key, area_key(area) or area, section):
            continue
        spans = line_spans(doc, [*heading, line])
        out.judgements.append(
            Judgement(assessment=key, area=area, grade=grade.grade, scope=section, spans=spans, key=area_key(area))
        )


def _unsectioned_record(body: list[Line], sections: dict[str, str]) -> int:
    """Where a report of two sections or more ends with a 'Record of main findings' that prints no section's heading
    (its rows run on from the last section's body: 'Quality of provision  Adequate', tester helper-335), that heading's
    index: its rows are no section's; else past the end."""
    start = regex(LAYOUT, "record_table_start")
    at = next((i for i, line in enumerate(body) if start.match(line.stripped)), None)
    if at is None or any(line.stripped.casefold() in sections for line in body[at:]):
        return len(body)
    seen = {sections[line.stripped.casefold()] for line in body[:at] if line.stripped.casefold() in sections}
    return at if len(seen) >= 2 else len(body)


def _heading_above(body: list[Line], i: int, sections: dict[str, str]) -> list[Line]:
    """The heading (its lines, when it wraps) a few lines or paragraphs above line `i`, over the section's paragraphs,
    numbered or not: a line that goes on a paragraph's sentence ('Local Safeguarding Children Board monitors') is
    none."""
    n, steps, tops = i - 1, 0, set()
    while n >= 0 and steps < _HEADING_WITHIN:
        text = body[n].stripped
        if text.casefold() in sections or regex(LAYOUT, "labelled_grade/line").match(text):
            return []  # the section's own heading, or the last labelled line: no heading of this line's own
        if text.endswith(_TERMINAL):  # a paragraph's end: over the whole paragraph, to the line above its first
            tops.add(top := _paragraph_top(body, n))
            n, steps = top - 1, steps + 1
            continue
        if _NUMBERED.match(text) or len(text) > _HEADING_LONGEST or not _opens(body, n + 1, i, tops):
            n, steps = n - 1, steps + 1
            continue  # a line a sentence goes on from: no heading
        return _wrapped_heading(body, n)
    return []


def _paragraph_top(body: list[Line], n: int) -> int:
    """The first line of the paragraph that line `n` ends: its numbered line, else the line after a blank line, an
    earlier paragraph's end or a heading standing on its own line (a short line after a blank or an ended one)."""
    for m in range(n, max(-1, n - 1 - _PARAGRAPH_LINES), -1):
        text = body[m].stripped
        if _NUMBERED.match(text):
            return m
        if m < n and (_apart(body, m + 1) or text.endswith(_TERMINAL) or _stands_alone(body, m)):
            return m + 1
    return n


def _apart(body: list[Line], m: int) -> bool:
    """Is line `m` the first, or set apart from the one before by a blank line (`body` holds no blank lines)?"""
    return m == 0 or body[m].start - body[m - 1].end > 1


def _stands_alone(body: list[Line], m: int) -> bool:
    """Is line `m` a short line with no stop standing on its own: after a blank line or an ended one, or first?"""
    text = body[m].stripped
    if len(text) > _HEADING_LONGEST or text.endswith(_TERMINAL):
        return False
    return _apart(body, m) or body[m - 1].stripped.endswith(_TERMINAL)


def _opens(body: list[Line], after: int, labelled: int, tops: set[int]) -> bool:
    """Does line `after` (the one under a candidate heading) open a paragraph, numbered or found as one, or is it the
    labelled line itself?"""
    return after == labelled or after in tops or bool(_NUMBERED.match(body[after].stripped))


def _wrapped_heading(body: list[Line], n: int) -> list[Line]:
    """The heading whose last line is `n`, with the lines above it that it wraps from (none if it opens in lower case)."""
    text = body[n].stripped
    heading = [body[n]]
    while text[:1].islower() and n > 0 and not body[n - 1].stripped.endswith(_TERMINAL):
        n -= 1  # a wrapped heading: '… provided to children, young people,' / 'families and carers'
        text = body[n].stripped
        heading.insert(0, body[n])
    return heading if heading[0].stripped[:1].isupper() else []


def sentence_grades(doc: Document, lines: list[Line], key: str, out: Extraction, framework: str) -> None:
    """Add the judgement a report of `framework` says in a sentence, where nothing else judged its area: the first
    sentence of an entry's form that opens a sentence where the entry asks it to ('opens_sentence') and follows no
    words of its 'not_after' in its sentence ('… whether the overall effectiveness … is good.'), its grade the longest
    grade phrase its grade's words end ('requires improvement to be good', never 'good')."""
    layout = load_json(LAYOUT)["judgement_sentences"]
    entries = [e for e in layout["patterns"] if framework in e["frameworks"]]
    if not entries:
        return  # a report of another framework says none of these
    body = [line for line in lines if not line.blank]
    starts = [line.start for line in body]
    view = None  # the body as one text, made once an entry is left to read: a report's table has judged most areas
    for entry in entries:
        area, scope = _entry_area(entry, framework), entry["scope"]
        if _judged(out, key, area_key(area) or area, scope) or _covered(out, key, entry.get("covered_by")):
            continue
        if view is None:
            view = unwrap(body)
        for match in re.finditer(_entry_sentence(entry, layout["templates"]), view.text):
            grade = grade_ending(view.text, match.end("grade"), match.start())
            start, end = view.source_range(match.start(), match.end())
            line = body[bisect_right(starts, start) - 1]
            if grade is None or grade.grade is None:
                continue
            if entry.get("opens_sentence") and not _opens_sentence(view.text, match.start(), start, line):
                continue  # 'At the last inspection, inspectors judged …': the sentence opened earlier
            if entry.get("not_after") and re.search(entry["not_after"], _sentence_before(view.text, match.start())):
                continue  # '… to ensure that the overall effectiveness of children's services is good.': an aim
            out.judgements.append(
                Judgement(
                    assessment=key, area=area, grade=grade.grade, scope=scope, spans=[doc.span(start, end)], key=area_key(area)
                )
            )
            break


def _entry_area(entry: dict, framework: str) -> str:
    """The area a judgement sentence's entry judges, named as `framework`'s table names it (its 'area', or that
    framework's in it)."""
    area = entry["area"]
    return area if isinstance(area, str) else area[framework]


def _entry_sentence(entry: dict, templates: dict[str, str]) -> str:
    """An entry's sentence, or the layout's 'area_sentence' about its area's 'words', with each '{name}' of the
    layout's templates replaced by its pattern: the forms every area is said in are written once."""
    sentence = entry.get("sentence") or templates["area_sentence"].replace("{area}", f"(?:{entry['words']})")
    return re.sub(r"\{(\w+)\}", lambda m: templates.get(m.group(1), m.group(0)), sentence)


def _covered(out: Extraction, key: str, words: str | None) -> bool:
    """Does a judgement of the report already grade the area under a name holding `words` (an entry's 'covered_by':
    a table's one row for children in care and care leavers grades care leavers too)?"""
    return words is not None and any(j.assessment == key and re.search(words, j.area) for j in out.judgements)


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence holding text[at] before it: back to the last stop (or the text's start)."""
    back = max(0, at - _SENTENCE_LONGEST)
    stops = list(re.finditer(r"[.!?][\"'’”)]?\s", text[back:at]))
    return text[back + stops[-1].end() if stops else back : at]


_SENTENCE_LONGEST = 300  # characters: how far back a sentence's opening is looked for


def section_sentences(doc: Document, lines: list[Line], key: str, out: Extraction, framework: str, council: str = "") -> None:
    """Add each section's judgement a report of `framework` says in a sentence of its own ('The quality of practice is
    adequate.'), an area of the framework's (report_layout.json 'section_sentences') opening the sentence, a grade
    ending it; or prints as the area's heading with the grade beside it or on the line under it ('The quality of
    practice' / 'Adequate'): the first in the report, where nothing else judged that area in that section. A place
    the sentence names is the `council`'s ('in Anyshire'), never a team's or a board's ('in the Duty Team')."""
    areas = load_json(LAYOUT)["section_sentences"]["areas"].get(framework, [])
    if not areas:
        return  # a framework whose sections are judged only in lines and tables
    body = [line for line in lines if not line.blank]
    sections = {}  # a line's start → the section it is in
    for _, line, section in in_sections(body, judgement_sections(), load_json(LAYOUT)["default_scope"].get(framework)):
        sections[line.start] = section
    view = unwrap(body)
    owners = _area_headings(body, areas)
    starts = [start for start, _, _ in owners]
    for words in areas:
        judged: set[str] = set()  # the sections whose judgement of the area is read: the first in each
        said = (c for c in _said(doc, body, view, words, council) if _owned(_under(owners, starts, c[3]), words, c[0]))
        for area, spans, grade, at in merge(said, _printed(doc, body, words), key=lambda c: c[3]):
            scope = sections.get(at)
            if scope is None or scope in judged:
                continue
            judged.add(scope)
            if not _judged_as(out, key, area_key(area), re.compile(words), scope):  # by a table, a line, a record row
                out.judgements.append(
                    Judgement(assessment=key, area=area, grade=grade, scope=scope, spans=spans, key=area_key(area))
                )


def _area_headings(body: list[Line], areas: list[str]) -> list[tuple[int, str, str | None]]:
    """(line start, the area's words, the heading's key) of each line that is an area's heading alone ('The quality of
    practice'), in order: a sentence under one area's heading judges that area, not another it names in passing."""
    patterns = [(words, re.compile(words)) for words in areas]
    found = []
    for line in body:
        text = " ".join(line.stripped.split())
        for words, pattern in patterns:
            if pattern.fullmatch(text):
                found.append((line.start, words, area_key(text)))
                break
    return found


def _owned(owner: tuple[int, str, str | None] | None, words: str, area: str) -> bool:
    """May a sentence judging `area` (by the pattern `words`) stand under the heading `owner`: none, its own, or
    another wording of the same area ('Overall effectiveness' over 'The overall effectiveness of safeguarding
    services is adequate.')?"""
    return owner is None or owner[1] == words or (owner[2] is not None and owner[2] == area_key(area))


def _under(owners: list[tuple[int, str, str | None]], starts: list[int], at: int) -> tuple[int, str, str | None] | None:
    """The area whose heading stands above the line starting at `at` (`_area_headings`, and `starts` their lines'),
    if any: a sentence under the heading of leadership and governance saying 'The quality of practice is good.' judges
    nothing of practice."""
    under = bisect_right(starts, at - 1) - 1
    return owners[under] if under >= 0 else None


Candidate = tuple[str, list[Span], str, int]  # the area as printed, the judgement's spans, its grade, where its line starts


def _said(doc: Document, body: list[Line], view, words: str, council: str) -> Iterator[Candidate]:
    """Each sentence that opens with the area's words and says it is a grade ('The quality of practice is adequate.'),
    any place it names the council's."""
    starts = [line.start for line in body]
    for match in _sentence(words).finditer(view.text):
        grade = grade_ending(view.text, match.end("grade"), match.start())
        start, end = view.source_range(match.start(), match.end())
        line = body[bisect_right(starts, start) - 1]
        if grade is None or grade.grade is None or not _opens_sentence(view.text, match.start(), start, line):
            continue  # '… found that the quality of practice is good.'
        if not _the_councils(match, council):
            continue  # 'The quality of practice is good in the Duty and Assessment Team.': one team's
        yield _printed_area(match.group("area")), [doc.span(start, end)], grade.grade, line.start


_SAYS = re.compile(r"\s+(?:is|are)(?:\s+now|\s+judged(?:\s+to\s+be|\s+as)?)?\s*$|\.$")  # the verb a place stands before


def _the_councils(match: re.Match[str], council: str) -> bool:
    """Are the places a judging sentence names ('in Anyshire', after the area or the grade) the council's name, every
    word of them among its words? Not a team, a hub or a board ('by the Anyshire Safeguarding Children Board')."""
    own = {word.casefold() for word in re.findall(r"[\w'’-]+", council)}
    text = match.string
    for place in (text[match.end("area") : match.start("grade")], text[match.end("grade") : match.end()]):
        named = re.sub(r"^\s*(?:in|by|for|across)\s+(?:the\s+)?", "", _SAYS.sub("", place))
        if named.strip() and not {w.casefold() for w in re.findall(r"[\w'’-]+", named)} <= own:
            return False
    return True


def _printed(doc: Document, body: list[Line], words: str) -> Iterator[Candidate]:
    """Each heading whose whole lines are the area's words, with a grade after it on its last line ('The quality of
    practice   Adequate') or alone on the line under it ('The effectiveness of the help and protection provided to
    children, young people,' / 'families and carers' / 'Adequate')."""
    alone, beside = re.compile(words), _sentence(words, "heading")
    for i, line in enumerate(body):
        under = grade_at_end(line.stripped)
        for k in range(1, min(i + 1, _HEADING_WRAPS) + 1):
            heading = body[i - k + 1 : i + 1]
            text = " ".join(" ".join(ln.stripped for ln in heading).split())
            if (match := beside.fullmatch(text)) and (grade := grade_at_end(match.group("grade"))) and grade.grade:
                yield _printed_area(match.group("area")), line_spans(doc, heading), grade.grade, line.start
                break
            above = " ".join(" ".join(ln.stripped for ln in heading[:-1]).split())
            if k > 1 and under is not None and not under.start and under.grade and alone.fullmatch(above):
                yield _printed_area(above), line_spans(doc, heading), under.grade, line.start
                break


_HEADING_WRAPS = 4  # lines: the most an area's heading and the grade under it take


def _printed_area(words: str) -> str:
    """The area as the report words it, its first letter in capitals ('The quality of practice')."""
    area = " ".join(words.split())
    return area[:1].upper() + area[1:]


def _sentence(words: str, form: str = "sentence") -> re.Pattern[str]:
    """The pattern of a sentence (or, `form` 'heading', a heading and its grade) judging the area `words`
    (report_layout.json 'section_sentences'); its 'grade' group one of the lexicon's grades, a judged one."""
    layout = load_json(LAYOUT)["section_sentences"]
    phrases = sorted((g for g, value in load_json(GRADES)["grades"].items() if value), key=len, reverse=True)
    grades = "|".join(re.escape(g) for g in phrases)
    pattern = layout[form].replace("{place}", layout["place"]).replace("{grade}", f"(?i:{grades})")
    return re.compile(pattern.replace("{area}", words))


def _opens_sentence(text: str, at: int, source: int, line: Line) -> bool:
    """Does the view's text[at:] open a sentence, in capitals: the text's first words, after a stop, or a line's first
    words (after its paragraph's number: a heading above runs into it without a stop)?"""
    if not text[at : at + 1].isupper():
        return False  # '… found that the quality of practice is good.': the sentence opened earlier
    if at == 0 or re.search(r"[.!?][\"'’”)]?\s$", text[max(0, at - 3) : at]):
        return True
    return re.fullmatch(r"(?:\d{1,3}(?:\.\d+)?\.?\s+)?", line.text[: source - line.start].lstrip()) is not None


def _judged_as(out: Extraction, key: str, area_key_: str | None, words: re.Pattern[str], scope: str) -> bool:
    """Does the report already judge this area in this scope, or in its judgement table: its key, or its words?"""
    return any(
        j.assessment == key
        and j.scope in (scope, TABLE_SCOPE)
        and ((area_key_ is not None and j.key == area_key_) or words.fullmatch(" ".join(j.area.split())))
        for j in out.judgements
    )


def _judged(out: Extraction, key: str, area: str, scope: str) -> bool:
    """Does the report already judge this area (its key, else its words) in this scope, or in its judgement table? The
    board's grade, read from its section's line, is the board review's (`key` with BOARD_KEY) in its section's scope."""
    board = f"{key}{BOARD_KEY}"
    return any(
        (j.key or j.area) == area and ((j.assessment == key and j.scope in (scope, TABLE_SCOPE)) or j.assessment == board)
        for j in out.judgements
    )


def unmarked(label: str) -> str:
    """A label without the mark that parts it from its grade ('Overall effectiveness: Grade 3 (Adequate)',
    'Capacity for improvement – Good'): the area's name is the words, not the colon (report_layout.json)."""
    return label.strip().rstrip(load_json(LAYOUT)["grade_label_marks"]).strip()


def graded_lines(
    doc: Document, lines: list[Line], key: str, out: Extraction, scope: str | None = None, framework: str | None = None
) -> None:
    """Older layouts print 'Area Grade 2 (good)' (or 'Grade 2 – good', 'Adequate (Grade 3)', 'Grade 4' on
    `framework`'s 1–4 scale; or the grade on the line under the area) in each section.

    The section ('Safeguarding services', 'Services for looked after children') is the judgement's scope, so
    the same area judged in two sections is two judgements.
    """
    graded = prefiltered_regex(LAYOUT, "graded_line")  # matched at every line: tried only on those with its words
    sections = judgement_sections()
    body = [line for line in lines if not line.blank]
    for i, line, section in in_sections(body, sections, scope):
        if section is None:
            continue  # outside every section (most lines of a later framework's report): not matched at all
        match = graded.match(line.stripped)
        if not match:
            continue
        grade = cell_grade(match.group("grade"), framework)
        if grade is None:
            continue  # 'Grade 4' alone in a report of a framework whose scale is not 1–4
        if match.group("area"):  # its words may go on from the lines above ('… children and young' / 'people safe  Grade 2')
            area_lines = _area_above(body, i + 1, graded)
            area = " ".join([*(ln.stripped for ln in area_lines[:-1]), unmarked(match.group("area"))])
        else:
            area_lines = _area_above(body, i, graded) + [line]
            area = " ".join(ln.stripped for ln in area_lines[:-1])
        out.judgements.append(
            Judgement(
                assessment=key, area=area, grade=grade.grade, scope=section, spans=line_spans(doc, area_lines), key=area_key(area)
            )
        )


def _area_above(body: list[Line], i: int, graded: re.Pattern[str]) -> list[Line]:
    """The area printed above a 'Grade N (…)' line, with the lines it wraps from while its top line opens in lower
    case ('… looked' / 'after children'; 'Children and young people are safe: effectiveness of' / 'services in taking
    reasonable steps to ensure that children' / 'and young people are safe'), up to _AREA_LINES lines: never from a
    line that ends a sentence or a label, nor from the grade line of the area before. Asked of the grade line itself
    (`i` one past it), the lines its own area's words go on from, with it."""
    above = [body[i - 1]]
    n = i - 2
    while n >= 0 and len(above) < _AREA_LINES and above[0].stripped[:1].islower():
        text = body[n].stripped
        if text.endswith((".", ":")) or graded.match(text):
            break
        above.insert(0, body[n])
        n -= 1
    return above


_AREA_LINES = 4  # lines: the longest a 2009–12 report's area label wraps over above its grade line


def record_table(doc: Document, lines: list[Line], key: str, out: Extraction, framework: str | None = None) -> None:
    """Older reports end with a 'Record of main findings' table: every judgement once more, per section.

    A judgement already read in the body gains the table row as a second span; one the body never grades
    ('Equality and diversity') is added from the table. An area may wrap: a line goes on with the next when the next
    starts in lower case or the line ends with a word that cannot end a name ('… provided to', 'record_row_continues_
    after' in the layout), and the grade ends the last line or stands alone below it ('The effectiveness of the help
    … provided to / children, young people, families and carers / Adequate'); any other line without a grade is a
    heading, or a row's first line.
    """
    start = regex(LAYOUT, "record_table_start")
    sections = judgement_sections()
    begin = next((i for i, line in enumerate(lines) if start.match(line.stripped)), None)
    if begin is None:
        return
    scope = None
    joins = {w.casefold() for w in load_json(LAYOUT)["record_row_continues_after"]}
    wrapped: list[Line] = []  # lines of an area whose grade has not come yet

    def goes_on(text: str) -> bool:  # does `text` continue the area wrapped so far?
        first = next((c for c in text if c.isalpha()), "")
        last = wrapped[-1].stripped.split()[-1].casefold() if wrapped and wrapped[-1].stripped.split() else ""
        return bool(wrapped) and (first.islower() or last in joins)

    rows = lines[begin + 1 :]
    skip = -1
    for n, line in enumerate(rows):
        if n <= skip:
            continue  # the end of a label wrapped below its grade, read with it
        text = " ".join(line.stripped.split())
        if not text:
            if scope is not None:
                k = n + 1
                while k < len(rows) and not rows[k].stripped.strip():
                    k += 1
                after = " ".join(rows[k].stripped.split()) if k < len(rows) else ""
                if after.casefold() not in sections and cell_grade(after, framework) is None:
                    break  # the table's end, not a page break before its next section or row ('Services for looked
                    # after children', 'Staying safe Adequate')
            continue
        if text.casefold() in sections:
            scope, wrapped = sections[text.casefold()], []
            continue
        grade = cell_grade(text, framework)  # 'Overall effectiveness 4 Inadequate': the area ends before the number
        if scope is None:
            continue
        if grade is None:
            wrapped = [*wrapped, line] if goes_on(text) else [line]
            continue
        before = unmarked(text[: grade.at])
        if before and not goes_on(before):  # a row of its own: the lines above were a heading
            wrapped = []
        first = wrapped[0] if wrapped else line
        area = " ".join(" ".join([*(w.stripped for w in wrapped), before]).split())
        wrapped, last = [], line
        if not area:
            continue
        if n + 1 < len(rows) and label_goes_on(area, rows[n + 1].stripped):
            last, skip = rows[n + 1], n + 1  # '… provided to   Adequate' over 'children, young people, families and carers'
            area = f"{area} {' '.join(last.stripped.split())}"
        span = doc.span(first.content_start, last.content_end)
        known = next(
            (
                j
                for j in out.judgements
                if j.assessment == key
                and j.scope == scope
                and (j.area.casefold() == area.casefold() or (j.key is not None and j.key == area_key(area)))
            ),
            None,
        )
        if known is not None:  # the table's wording is the judgement's name ('Overall effectiveness')
            known.spans.append(span)
            known.area = area
        else:
            out.judgements.append(
                Judgement(assessment=key, area=area, grade=grade.grade, scope=scope, spans=[span], key=area_key(area))
            )
