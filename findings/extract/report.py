"""Inspection reports of every framework: the inspection, its graded judgements and its recommendations.

One extractor for a layout whether the report arrives as a PDF or as text; the layout knowledge is data in
extract/report_layout.json and extract/lexicons/grades.json.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

from findings.extract.areas import area_key, area_keys, grade_at_end
from findings.extract.authorities import council_mentions, resolve
from findings.extract.context import assessment_key, authority
from findings.extract.dates import fieldwork_dates, parse_day, parse_day_month_year, relative_due
from findings.extract.lexicons import load_json, regex, regexes
from findings.extract.list_headings import section_names
from findings.extract.recommendation_list import recommendation_lists
from findings.extract.section_grades import in_sections, labelled_grades, sentence_grades
from findings.extract.spans import line_spans
from findings.extract.statements import add_findings
from findings.model import BOARD_KEY, Assessment, Document, Extraction, Judgement, Organisation
from findings.segment.lines import Line
from findings.segment.running import body_lines

LAYOUT = "report_layout.json"
_PUBLISHED_WITHIN = 200  # days after fieldwork or PDF creation a file-name date may lie
_HEADER_SPAN = 300  # characters: how near the fieldwork line a header's publication line stands
_BOARD = "lscb-"  # how the list reader marks items of the board review
_OPENING = 3000  # characters of the report's opening searched for title, dates and the judgement table
_TITLE_WITHIN = 80  # characters from the opening's start a report's title begins (a report opens with it, within 35
# characters in every report read; minutes or a plan that speak of 'the inspection of local authority children's
# services' name it further in, and are read as what they are)


def _opening(text: str) -> str:
    """The report's opening as one line of words, without a masthead printed above its title (a page number,
    'Ofsted raising standards improving lives')."""
    return regex(LAYOUT, "masthead").sub("", " ".join(text[:_OPENING].split()), count=1)


def framework(text: str) -> str | None:
    """Which framework's layout the report's opening shows: its title opens the report, or one of its first lines
    (under a running header a printer put above it), never the middle of a line ('Action plan following the …')."""
    opening = _opening(text)
    lines = [line for line in text[:_OPENING].splitlines() if line.strip()]
    heads = [" ".join(" ".join(lines[n:]).split()) for n in (1, 2)]  # from the second line on, wraps joined
    for entry in load_json(LAYOUT)["frameworks"]:
        if any((m := re.search(entry["detect"], start)) and m.start() <= _TITLE_WITHIN for start in (opening, *heads)):
            return entry["name"]
    return None


def embedded_reports(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) of each inspection report printed whole inside a paper that does not open with one (an agenda
    pack's appendix): from a page that opens with a framework's title and gives the fieldwork in its opening, to the
    end of the last page that prints the report's last words ('report_end': '© Crown copyright 2022'; not on its first
    two pages, where a 2013 report prints it on the inside cover), else to the next such report or the paper's end."""
    pages = [*doc.page_starts, len(doc.text)]
    starts = [p for p, q in pairwise(pages) if p and _opens_a_report(doc.text[p:q])]  # the page alone, not the next
    last = regex(LAYOUT, "report_end")
    found = []
    for n, start in enumerate(starts):
        limit = starts[n + 1] if n + 1 < len(starts) else len(doc.text)
        third = min(pages[min(pages.index(start) + 2, len(pages) - 1)], limit)  # past the inside cover
        ends = [m.end() for m in last.finditer(doc.text, third, limit)]  # the last, on its back page
        after = pages[min(bisect_right(pages, ends[-1]), len(pages) - 1)] if ends else limit  # that page's end
        found.append((start, min(after, limit)))
    return found


def _opens_a_report(page: str) -> bool:
    """Does a page open an inspection report: a framework's title opening it, the fieldwork in its opening?"""
    return framework(page) is not None and any(p.search(page) for p in regexes(LAYOUT, "fieldwork"))


def extract_report(doc: Document, out: Extraction) -> bool:
    """Add the report's inspection, judgements and recommendations; False when `doc` is not an inspection report."""
    name = framework(doc.text)
    if name is None:
        return False
    opening = _opening(doc.text)
    fieldwork = next((m for p in regexes(LAYOUT, "fieldwork") if (m := p.search(doc.text[:_OPENING]))), None)
    if not fieldwork:
        fieldwork, year = _fieldwork_without_year(doc.text[:_OPENING])
        if not fieldwork:
            return False
        start, end = fieldwork_dates(fieldwork.group("start"), f"{fieldwork.group('end')} {year}")
    else:
        groups = fieldwork.groupdict()
        start, end = fieldwork_dates(groups.get("start"), groups["end"], groups.get("mid"))
    if end is None:
        return False
    la = _authority(opening)
    org = resolve(la, la, services=True) or first_council(opening) or authority(la)
    if la == _UNKNOWN and org.code is None:  # no council found: its own, so two such reports never merge
        org = Organisation(f"{org.key}-{doc.sha256[:8]}", f"{_UNKNOWN} ({Path(doc.path).name})")
    key = assessment_key(org.key, "Ofsted", end)
    assessment = out.assessments.setdefault(key, Assessment(key=key, kind="Inspection", org=org, label=f"Ofsted {end.year}"))
    assessment.framework = name
    assessment.started, assessment.ended = start, end
    assessment.documents.add(doc.sha256)
    assessment.spans.append(doc.span(*fieldwork.span()))
    if start is None and fieldwork.groupdict().get("start"):  # '31 June 2019', or a start after the end: said, not guessed
        out.notes.append(
            f"{doc.path}: the fieldwork's first day in {' '.join(fieldwork.group(0).split())!r} is no day before its last;"
            " the inspection is dated by its last day only"
        )
    published = regex(LAYOUT, "published").search(doc.text[:_OPENING])
    if published and (day := parse_day(published.group("date"))) is not None:
        assessment.issued = day
        assessment.spans.append(doc.span(*published.span()))
    else:  # not printed, or printed as no day is ('31/02/2016'): from the file's name, else bounded
        _unprinted_publication(doc, assessment, "printed but not read as a day" if published else "not printed")
    inspector = regex(LAYOUT, "lead_inspector").search(doc.text[:_OPENING]) or _lead_inspector_anywhere(doc.text)
    if inspector:
        assessment.lead_inspector = " ".join(inspector.group("name").split())
    header = (regex(LAYOUT, "running_header/title"), regex(LAYOUT, "running_header/under"))
    lines = [line for line in body_lines(doc.text, doc.page_starts, known=header) if not _page_mark(line.stripped)]
    _judgements(doc, lines, key, out)
    section = load_json(LAYOUT)["default_scope"].get(name)  # a report about one service: its one section
    _graded_lines(doc, lines, key, out, section)
    labelled_grades(doc, lines, key, out, judgement_sections(), section)
    _record_table(doc, lines, key, out)
    sentence_grades(doc, lines, key, out, name)
    for rec in recommendation_lists(doc, lines, key, section):
        if rec.timescale and assessment.issued:
            rec.due_by = relative_due(rec.timescale, assessment.issued)
        if rec.identifier.startswith(_BOARD):
            rec.assessment = board_review(assessment, out).key
            rec.identifier = rec.identifier[len(_BOARD) :]
        out.recommendations.append(rec)
    listed = {(s.doc, s.start) for item in out.recommendations + out.judgements for s in item.spans}
    add_findings(doc, lines, key, out, skip=lambda p: _in_list(p, listed, doc), stop=regex(LAYOUT, "back_matter"))
    not_asks(doc, out)
    for judgement in out.judgements:
        if judgement.assessment == key and judgement.key == "lscb":
            judgement.assessment = board_review(assessment, out).key
    _board_judgement(doc, lines, assessment, out)
    return True


def _page_mark(text: str) -> bool:
    """Is the line a page's foot or head that a text copy kept ('Page 3 of 8 Anytown Council', '…, Anytown, 3 of 8':
    extract/report_layout.json page_mark), its page no later than the last?"""
    mark = regex(LAYOUT, "page_mark").match(text)
    if mark is None:
        return False
    page, pages = mark.group("n") or mark.group("n2"), mark.group("of") or mark.group("of2")
    return 0 < int(page) <= int(pages)


def _board_judgement(doc: Document, lines: list[Line], inspection: Assessment, out: Extraction) -> None:
    """SIF reports grade the safeguarding board on the line under its section heading; where no line does, on a
    sentence wrapped over two ('The Local Safeguarding Children Board' / 'requires improvement')."""
    heading, graded = regex(LAYOUT, "board_section"), regex(LAYOUT, "board_judgement")
    body = [line for line in lines if not line.blank]
    for wrapped in (False, True) if regex(LAYOUT, "board_addressee_words").search(doc.text) else ():
        for n, (above, line) in enumerate(zip(body, body[1:], strict=False)):
            last = body[n + 2] if wrapped and n + 2 < len(body) and not line.stripped.endswith(".") else line
            if wrapped and last is line:
                continue
            match = graded.match(line.stripped if last is line else f"{line.stripped} {last.stripped}")
            if not (match and (heading.match(above.stripped) or "effectiveness" in match.group("area").casefold())):
                continue  # 'The LSCB is good' needs its section heading above; 'The effectiveness of the LSCB is' does not
            grade = grade_at_end(match.group("grade"))
            review = board_review(inspection, out)
            if grade and not any(j.assessment == review.key and j.key == "lscb" for j in out.judgements):
                out.judgements.append(
                    Judgement(
                        assessment=review.key,
                        area=match.group("area"),
                        grade=grade.grade,
                        scope=above.stripped if heading.match(above.stripped) else load_json(LAYOUT)["board_addressee"],
                        spans=[doc.span(line.content_start, last.content_end)],
                        key="lscb",
                    )
                )


def _in_list(paragraph, listed: set[tuple[str, int]], doc: Document) -> bool:
    """Is this numbered paragraph one of the report's recommendations (SIF numbers them with the findings)?"""
    first = paragraph.lines[0]
    return any(d == doc.sha256 and first.start <= start - doc.offset <= first.end for d, start in listed)


def not_asks(doc: Document, out: Extraction) -> None:
    """A sentence that holds the report's recommendations ('Immediately: • ensure …' inside the numbered paragraph
    that introduces them) is an ask, not a finding: findings overlapping a recommendation's words are dropped."""
    asked = [(s.start, s.end) for rec in out.recommendations for s in rec.spans if s.doc == doc.sha256]
    if asked:
        out.findings = [
            f
            for f in out.findings
            if not any(s.doc == doc.sha256 and any(s.start < end and start < s.end for start, end in asked) for s in f.spans)
        ]


def board_review(inspection: Assessment, out: Extraction) -> Assessment:
    """The report's review of the safeguarding board: its own assessment of another body, same dates and team."""
    key = f"{inspection.key}{BOARD_KEY}"
    if key not in out.assessments:
        org = Organisation(f"{inspection.org.key}{BOARD_KEY}", f"{inspection.org.name} Local Safeguarding Children Board")
        out.assessments[key] = replace(
            inspection,
            key=key,
            kind="BoardReview",
            org=org,
            label=f"{inspection.label} review of the LSCB",
            documents=set(inspection.documents),
            spans=list(inspection.spans),
        )
    return out.assessments[key]


def _unprinted_publication(doc: Document, inspection: Assessment, why: str = "not printed") -> None:
    """Later reports do not print their publication date (`why` says whether this one printed one that is not read
    as a day): take it from the name Ofsted publishes the file under when that date is plausible (after the
    fieldwork, not before the PDF's creation, not long after), else bound it by those two."""
    created = doc.created  # a bound on publication only when the PDF can be the one published: not a copy re-saved later
    if created is not None and inspection.ended is not None and created > inspection.ended + timedelta(days=_PUBLISHED_WITHIN):
        created = None
    floor = max(d for d in (inspection.ended, created) if d is not None) if inspection.ended or created else None
    when = _date_in_file_name(Path(doc.path).name) if not doc.offset else None  # a pack's file is named for its meeting
    after_fieldwork = when is not None and (inspection.ended is None or when > inspection.ended)  # not the last day's
    if when and after_fieldwork and (floor is None or floor <= when <= floor + timedelta(days=_PUBLISHED_WITHIN)):
        inspection.issued = when
        inspection.date_source = f"publication date from the file name ({why} in the report)"
    elif floor is not None:
        inspection.earliest = floor
        copy = " (its PDF was made long after: a copy)" if doc.created and not created else ""
        bound = "the later of fieldwork end and PDF creation" if created else f"the fieldwork end{copy}"
        inspection.date_source = f"publication date {why}; earliest date is {bound}"


def _fieldwork_without_year(opening: str) -> tuple[re.Match[str] | None, int | None]:
    """Fieldwork printed without its year ('Inspection dates 13-24 September'), and the year that puts it shortly
    before the publication date printed on a header line beside it (that year or the one before); else none."""
    fieldwork = regex(LAYOUT, "fieldwork_without_year").search(opening)
    published = regex(LAYOUT, "published").search(opening)
    day = parse_day(published.group("date")) if published else None
    header = published is not None and not opening[opening.rfind("\n", 0, published.start()) + 1 : published.start()].strip()
    if fieldwork is None or day is None or not header or abs(published.start() - fieldwork.end()) > _HEADER_SPAN:
        return None, None  # no publication date on a line of the report's header, beside its dates
    for year in (day.year, day.year - 1):
        ended = parse_day_month_year(fieldwork.group("end"), year)
        if ended is not None and ended < day <= ended + timedelta(days=_PUBLISHED_WITHIN):
            return fieldwork, year
    return None, None  # no year puts the fieldwork shortly before the publication


def _date_in_file_name(name: str) -> date | None:
    """The day a report's file is named by: '… - 19 november 2021.pdf', '19_November_2021.pdf', '2021-11-19.pdf'."""
    named = regex(LAYOUT, "published_in_file_name").search(name)
    if named is None:
        return None
    if named.group("iso"):
        try:
            return date.fromisoformat(named.group("iso"))
        except ValueError:
            return None
    return parse_day_month_year(re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|[_-]", " ", named.group("date")))


def _authority(opening: str) -> str:
    for source in load_json(LAYOUT)["authority"]:
        match = re.search(source, opening)
        if match:
            return match.group("la").strip()
    return _UNKNOWN


_UNKNOWN = "Unknown authority"


def first_council(opening: str) -> Organisation | None:
    """The registered council the report's title block names first ('Manchester City Council'), for a title the
    layout's patterns do not know: only above its inspection dates, since the summary below may name a partner."""
    title = _DATES_LINE.split(opening, maxsplit=1)[0]
    mentions = [(start, org) for start, _, org in council_mentions(title)]
    mentions += [(m.start(), org) for m in _CITY_OF.finditer(title) if (org := resolve(m.group(), m.group()))]
    return min(mentions, key=lambda m: m[0])[1] if mentions else None


_DATES_LINE = re.compile(r"(?i)\b(?:inspection dates?|dates? of (?:the )?inspection)\b")
_CITY_OF = re.compile(r"\bCity of [A-Z][\w'-]*(?: (?:upon|on|and|[A-Z][\w'-]*))*")  # 'City of Westminster': no council word


def _lead_inspector_anywhere(text: str) -> re.Match[str] | None:
    """Older reports name the lead inspector near the end, in 'Information about this inspection'."""
    return regex(LAYOUT, "lead_inspector").search(text)


def _judgements(doc: Document, lines: list[Line], key: str, out: Extraction) -> None:
    """Read the judgement table: area lines accumulate until a line (or the end of one) is a grade.

    Prose around the table (lines ending a sentence, or long ones) resets what has accumulated; the table ends
    at the first of the layout's end markers once a judgement has been found.
    """
    start_re, end_re, overall_re = (
        regex(LAYOUT, k) for k in ("judgement_table_start", "judgement_table_end", "overall_sentence")
    )
    limit = _first_page_end(doc, pages=2)  # a table a page break splits goes on over the page (its header and
    # footer are not body lines); it still ends at its first end marker
    opening = [part for line in lines if line.start < limit and not line.blank for part in _rows_of(line)]
    begin = _table_start(opening, start_re)
    if begin is None and (begin := _overall_line(opening)) is None:
        return
    pending: list[Line] = []
    seen: set[str] = set()
    by_columns = _column_rows(opening, begin, end_re)
    if by_columns:
        for area_lines, grade_lines in by_columns:
            area = _area_text(area_lines)
            grade = grade_at_end(" ".join(ln.stripped for ln in grade_lines).rstrip("."))
            spans = [doc.span(ln.content_start, ln.content_end) for ln in (*area_lines, *grade_lines)]
            out.judgements.append(_table_row(key, area, grade.grade, spans))
            seen.add(area_key(area) or area)
        opening = opening[: opening.index(by_columns[0][0][0])]  # above the columns: a headline's overall grade
    header = regex(LAYOUT, "judgement_table_grade_first")
    grade_first = any(  # 'Grade | Judgement', on one line or a cell a line
        header.match(" ".join(ln.stripped for ln in opening[k : k + n]))
        for k in range(max(0, begin - 2), begin + 1)
        for n in (1, 2)
    )
    i = begin - 1
    while i + 1 < len(opening):
        i += 1
        text = opening[i].stripped
        if end_re.match(text):
            if seen:
                break
            pending = []
            continue
        if (row := _grade_first(opening, i, grade_first)) is not None:
            area, grade, over = row
            if (area_key(area) or area) not in seen:
                seen.add(area_key(area) or area)
                out.judgements.append(_table_row(key, area, grade, [doc.span(ln.content_start, ln.content_end) for ln in over]))
            i += len(over) - 1
            pending = []
            continue
        if re.match(r"(?i)^(?:Judgement\s+Grade|The judgements on areas)", text):
            continue
        if re.match(r"^\d+(?:\.\d+)?\.?\s+\S", text):
            pending = []  # a numbered row of the table starts afresh
        if i + 1 < len(opening) and _grade_wraps(text, opening[i + 1].stripped):
            pending.append(opening[i])  # '… families Requires improvement to' / 'be good': the row goes on
            continue
        row = grade_at_end(text)
        if (len(text) > 90 and not (row and 0 < row.start <= 90)) or re.sub(r"\d+$", "", text).endswith("."):
            if not overall_re.match(" ".join(ln.stripped for ln in pending + [opening[i]])):
                pending = []
                continue
        pending.append(opening[i])
        while i + 1 < len(opening) and re.match(r"(?i)^(?:to\s+)?be good\.?$", opening[i + 1].stripped):
            i += 1  # a wrapped grade: 'Requires improvement to' + 'be good'
            pending.append(opening[i])
        joined = " ".join(ln.stripped for ln in pending)
        unmarked = _FOOTNOTE_MARK.sub("", joined)  # 'Outstanding 1': a footnote's number after the grade
        if unmarked != joined and grade_at_end(unmarked.rstrip(".")) is not None:
            joined = unmarked
        overall = overall_re.match(joined)
        grade = grade_at_end(overall.group("grade")) if overall else grade_at_end(joined.rstrip("."))
        if grade is None or (overall is None and not grade.start):
            continue
        if i + 1 < len(opening) and opening[i + 1].stripped[:1].islower():
            pending = []  # '… in Oxfordshire are good' / 'across all aspects …': a sentence, not a row
            continue
        area = "Overall effectiveness" if overall else re.sub(r"^\d+(?:\.\d+)?\.?\s+", "", joined[: grade.start].strip())
        area = _ROW_SEPARATOR.sub("", area)  # 'Overall effectiveness: Good', '… care leavers – Inadequate'
        if _not_an_area(area, pending):
            pending = []
            continue
        if _MARK_BEFORE_GRADE.search(pending[-1].stripped):  # '… governance 1 Outstanding' on one line: a footnote's
            area = _FOOTNOTE_MARK.sub("", area)  # number, not the area's ('Children under 5' / 'Good' keeps its 5)
        if area_key(area) or area not in seen:
            if (area_key(area) or area) not in seen:
                seen.add(area_key(area) or area)
                spans = [doc.span(pending[0].content_start, pending[-1].content_end)]
                out.judgements.append(_table_row(key, area, grade.grade, spans))
        pending = []


def _overall_line(opening: list[Line]) -> int | None:
    """Where the overall grade stands on a line of its own with no table header over it ('Overall effectiveness –
    Requires improvement to be good': the layout's 'overall_line'), in a report not in judgement sections (a SLAC
    report grades each section's 'Overall effectiveness: adequate' under its heading, the section's, not the
    report's)."""
    sections = judgement_sections()
    if any(" ".join(line.stripped.split()).casefold().rstrip(":") in sections for line in opening):
        return None
    overall = regex(LAYOUT, "overall_line")
    return next((i for i, line in enumerate(opening) if overall.match(line.stripped)), None)


def _grade_first(opening: list[Line], i: int, grade_first: bool) -> tuple[str, str, list[Line]] | None:
    """(area, grade, its lines) of a judgement row printed grade first: on one line, the grade's cell apart from the
    area's by a tab, a run of spaces or a rule ('Requires improvement to be good<tab>The experiences and progress of
    care leavers'); or, under a grade-first header (`grade_first`), a grade alone on its line over the area's line
    (or two, wrapped), a cell a line. Only an area the grades lexicon knows; None where the line is no such row."""
    text = opening[i].stripped
    cells = _GRADE_CELL.match(text)
    if cells and _only_grade(cells.group("grade").rstrip(".")) and area_key(cells.group("area")) is not None:
        return cells.group("area").strip(), grade_at_end(cells.group("grade").rstrip(".")).grade, [opening[i]]
    if not (grade_first and _only_grade(text)):
        return None
    for n in (1, 2):
        below = opening[i + 1 : i + 1 + n]
        if len(below) == n and not any(_only_grade(ln.stripped) for ln in below):
            area = _area_text(below)
            if area_key(area) is not None and (n == 1 or area_key(below[0].stripped) is None):
                return area, grade_at_end(text.rstrip(".")).grade, [opening[i], *below]
    return None


_GRADE_CELL = re.compile(r"^(?P<grade>[A-Za-z ]+?)(?:\t+|\s{2,}|\s*\|\s*)(?P<area>[A-Z].*)$")  # 'Good<tab>The …'


def _table_row(key: str, area: str, grade: str | None, spans: list) -> Judgement:
    """A judgement the report's table gives."""
    return Judgement(assessment=key, area=area, grade=grade, scope="Judgements", spans=spans, key=area_key(area))


def _column_rows(opening: list[Line], begin: int, end_re: re.Pattern[str]) -> list[tuple[list[Line], list[Line]]] | None:
    """A judgement table a reader gave column by column: every area's words (each area opening with a capital or a
    row's number, its wrapped lines in lower case), then as many grades, each a line or two that are a grade and
    nothing else ('Requires' / 'improvement'), in the same order. Paired row by row only where every area is one the
    grades lexicon knows and the counts agree; otherwise None."""
    for start in range(begin, min(len(opening), begin + _COLUMNS_WITHIN)):  # below the headline and its prose
        paired = _columns_from(opening, start, end_re)
        if paired:
            return paired
    return None


_COLUMNS_WITHIN = 20  # lines below the table's start where a table given column by column may begin


def _columns_from(opening: list[Line], begin: int, end_re: re.Pattern[str]) -> list[tuple[list[Line], list[Line]]] | None:
    head = opening[begin].stripped
    i = begin + 1 if head.endswith(":") or re.match(r"(?i)^Judgement\s+Grade$", head) or _headline(head) else begin
    areas: list[list[Line]] = []
    while i < len(opening) and _grade_lines(opening, i) == 0 and not end_re.match(opening[i].stripped):
        text = opening[i].stripped
        if text[:1].isupper() or _ROW_NUMBERED.match(text):
            areas.append([opening[i]])
        elif areas:
            areas[-1].append(opening[i])
        else:
            return None
        i += 1
    grades: list[list[Line]] = []
    while i < len(opening) and (n := _grade_lines(opening, i)):
        grades.append(opening[i : i + n])
        i += n
    if len(areas) < 2 or len(grades) != len(areas):
        return None
    if not all(area_key(_area_text(lines)) for lines in areas):
        return None
    return list(zip(areas, grades, strict=True))


_ROW_NUMBERED = re.compile(r"^\d+(?:\.\d+)?\.?\s+(?=[A-Z])")  # '2.1 Adoption performance'


def _headline(text: str) -> bool:
    """Is the line the overall judgement's headline sentence ('Children’s services in X are good')?"""
    return bool(regex(LAYOUT, "overall_sentence").match(text))


def _area_text(lines: list[Line]) -> str:
    """An area's words without its row's number."""
    return _ROW_NUMBERED.sub("", " ".join(ln.stripped for ln in lines))


def _grade_lines(opening: list[Line], i: int) -> int:
    """How many lines from `i` are one grade and nothing else: 1 ('Requires improvement to be good'), 2 ('Requires' /
    'improvement'), or 0."""
    if _only_grade(opening[i].stripped):
        return 1
    if i + 1 < len(opening) and len(opening[i].stripped.split()) <= _WRAPPED_END_WORDS:
        return 2 if _only_grade(f"{opening[i].stripped} {opening[i + 1].stripped}") else 0
    return 0


def _grade_wraps(text: str, after: str) -> bool:
    """Does the grade at a row's end begin on this line and end on the next, a few words ('… Requires improvement
    to' / 'be good')?"""
    if grade_at_end(text) is not None or len(after.split()) > _WRAPPED_END_WORDS:
        return False
    grade = grade_at_end(f"{text} {after}")
    return grade is not None and grade.start < len(" ".join(text.split()))


def _not_an_area(area: str, pending: list[Line]) -> bool:
    """Words before a grade that name no judgement area: a grade alone, several areas run together (a table given
    column by column that did not pair), or prose that ends a line with a grade's word ('… on-call managers make
    good' / 'use of …': sentences, or longer than any area)."""
    if _only_grade(area) or (len(area_keys(area)) > 1 and _run_of_areas(pending)):
        return True
    return len(area) > _AREA_LONGEST or bool(re.search(r"[.?!]\s+[A-Z]", area))


def _run_of_areas(pending: list[Line]) -> bool:
    """Do the lines hold several areas' names run together (each opening a line with a capital), not one area
    wrapped ('The experiences and progress of' / 'children in care and care leavers')?"""
    return sum(ln.stripped[:1].isupper() and not _only_grade(ln.stripped) for ln in pending) > 1


def _only_grade(text: str) -> bool:
    """Is the line a grade and nothing else ('Requires improvement to be good')?"""
    found = grade_at_end(text.rstrip("."))
    return found is not None and found.start == 0 and found.grade is not None


def _table_start(opening: list[Line], start_re: re.Pattern[str]) -> int | None:
    """Where the judgement table starts: its first line, or the line after its header when a reader put each of the
    header's cells on a line of its own ('Judgement' / 'Grade': a web page's two-column table, read a cell a line)."""
    for i, line in enumerate(opening):
        if start_re.match(line.stripped):
            return i
        joined = f"{line.stripped} {opening[i + 1].stripped}" if i + 1 < len(opening) else ""
        if joined and start_re.match(joined):  # a headline sentence wrapped over two lines is read from its first
            return i if regex(LAYOUT, "overall_sentence").match(joined) else i + 2
    return None


_ROW_NUMBER = re.compile(r"\s+(?=\d(?:\.\d)?\.?\s+[A-Z][a-z])")  # where a numbered row may begin: '1. Children', '2.1 Adoption'


def _rows_of(line: Line) -> list[Line]:
    """A line as the table rows it holds: a copy that ran rows together ('Children's services in X are inadequate
    1. Children who need help and protection', '2.1 Adoption performance Good 2.2 Experiences …', 'Requires
    improvement 2. Children looked after …') is cut after each grade that a numbered row follows, where what comes
    before is a row, the headline or a few words (a wrapped row's end) and what follows is no sentence; any other line
    ('The quality of leadership is judged good 2. Since then it has improved.') is itself."""
    for gap in _ROW_NUMBER.finditer(line.text):
        head, rest = line.text[: gap.start()], line.text[gap.end() :]
        row = re.match(r"\s*\d+(?:\.\d+)?\.?\s", head) or regex(LAYOUT, "overall_sentence").match(head.strip())
        if grade_at_end(head.rstrip(".")) is None or (not row and len(head.split()) > _WRAPPED_END_WORDS):
            continue
        if _ROW_NUMBER.search(rest) is None and rest.rstrip().endswith("."):
            continue  # '2. Since then it has improved.': a sentence, not a row
        cut = gap.end()
        return [Line(line.start, line.start + gap.start(), head), *_rows_of(Line(line.start + cut, line.end, rest))]
    return [line]


_AREA_LONGEST = 160  # characters: the longest judgement area is about half that
_WRAPPED_END_WORDS = 4  # 'permanence Requires improvement': a wrapped row's last words and its grade


_ROW_SEPARATOR = re.compile(r"\s*[:|,–—-]$")  # what a copy prints between a row's area and its grade
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z])\s+[1-9]$")  # a footnote's number (one digit) after an area or a grade
_MARK_BEFORE_GRADE = re.compile(r"[a-z]\s+[1-9]\s+[A-Z][a-z]+(?:\s+[a-z]+)*\s*$")  # '… governance 1 Outstanding'


def judgement_sections() -> dict[str, str]:
    """Section heading → the section it is, for a judgement's scope: the layout's sections and their other wordings."""
    return section_names(load_json(LAYOUT)["judgement_sections"])


def _graded_lines(doc: Document, lines: list[Line], key: str, out: Extraction, scope: str | None = None) -> None:
    """Older layouts print 'Area Grade 2 (good)' (or the grade on the line under the area) in each section.

    The section ('Safeguarding services', 'Services for looked after children') is the judgement's scope, so
    the same area judged in two sections is two judgements.
    """
    graded = regex(LAYOUT, "graded_line")
    sections = judgement_sections()
    body = [line for line in lines if not line.blank]
    for i, line, section in in_sections(body, sections, scope):
        match = graded.match(line.stripped)
        if not match or section is None:
            continue
        area_lines = [line] if match.group("area") else _area_above(body, i) + [line]
        area = match.group("area") or " ".join(ln.stripped for ln in area_lines[:-1])
        grade = grade_at_end(match.group("grade"))
        if grade is None:
            continue
        out.judgements.append(
            Judgement(
                assessment=key, area=area, grade=grade.grade, scope=section, spans=line_spans(doc, area_lines), key=area_key(area)
            )
        )


def _area_above(body: list[Line], i: int) -> list[Line]:
    """The area printed above a 'Grade N (…)' line, with its first line when it wraps ('… looked' / 'after children')."""
    above = [body[i - 1]]
    if i >= 2 and above[0].stripped[:1].islower() and not body[i - 2].stripped.endswith((".", ":")):
        above.insert(0, body[i - 2])
    return above


def _record_table(doc: Document, lines: list[Line], key: str, out: Extraction) -> None:
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

    for line in lines[begin + 1 :]:
        text = " ".join(line.stripped.split())
        if not text:
            if scope is not None:
                break
            continue
        if text.casefold() in sections:
            scope, wrapped = sections[text.casefold()], []
            continue
        grade = grade_at_end(text)
        if scope is None:
            continue
        if grade is None:
            wrapped = [*wrapped, line] if goes_on(text) else [line]
            continue
        before = text[: grade.start].strip()
        if before and not goes_on(before):  # a row of its own: the lines above were a heading
            wrapped = []
        first = wrapped[0] if wrapped else line
        area = " ".join(" ".join([*(w.stripped for w in wrapped), before]).split())
        wrapped = []
        if not area:
            continue
        span = doc.span(first.content_start, line.content_end)
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


def _first_page_end(doc: Document, pages: int = 1) -> int:
    """Where the report's first page with words on it ends (a blank cover page is no first page), or the page
    `pages` - 1 after it; a text without pages: its opening characters."""
    if len(doc.page_starts) < 2:
        return _OPENING
    bounds = list(zip(doc.page_starts, doc.page_starts[1:] + [len(doc.text)], strict=True))
    first = next((n for n, (start, end) in enumerate(bounds) if doc.text[start:end].strip()), None)
    return _OPENING if first is None else bounds[min(len(bounds), first + pages) - 1][1]
