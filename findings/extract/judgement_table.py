"""The judgement table of a report's opening ('Judgement | Grade' rows, a cell a line, columns side by side, grade
first, or the overall grade alone on its line): each area's grade, quoting the row it stands in. The layout is data in
extract/report_layout.json and extract/lexicons/grades.json."""

from __future__ import annotations

import re
from functools import lru_cache

from findings.extract.areas import GradeMatch, area_key, area_keys, grade_at_end, said_grade, turns_to_another
from findings.extract.areas_across import across_judgements
from findings.extract.grade_cells import cells_apart
from findings.extract.headless_rows import rows_above
from findings.extract.lexicons import load_json, regex
from findings.extract.list_headings import board_heading, is_contents_entry, list_heading, norm, section_names
from findings.model import Document, Extraction, Judgement
from findings.segment.lines import Line

LAYOUT = "report_layout.json"

OPENING = 3000  # characters of the report's opening searched for title, dates and the judgement table
TABLE_SCOPE = "Judgements"  # the scope of a judgement the report's table gives


def judgement_table(doc: Document, lines: list[Line], key: str, out: Extraction) -> None:
    """Read the judgement table: area lines accumulate until a line (or the end of one) is a grade.

    Prose around the table (lines ending a sentence, or long ones) resets what has accumulated; the table ends
    at the first of the layout's end markers once a judgement has been found. A table set across the page (its
    areas' row, then its grades') gives its areas' judgements in place of any the rows' reading made of them (its
    first area's wrapped name may read as a headline's start, 'The impact of leaders' / 'on social work …').
    """
    limit = first_page_end(doc, pages=2)  # a table a page break splits goes on over the page (its header and
    # footer are not body lines); it still ends at its first end marker
    opening = cells_apart([part for line in lines if line.start < limit and not line.blank for part in _rows_of(line)])
    start = len(out.judgements)
    _read_rows(doc, opening, key, out)
    if across := across_judgements(doc, opening, key, TABLE_SCOPE):
        keys = {j.key for j in across}
        out.judgements[start:] = [*across, *(j for j in out.judgements[start:] if j.key not in keys)]
    out.judgements[start:] = _without_a_headline_overall(doc, out.judgements[start:])


def _without_a_headline_overall(doc: Document, read: list[Judgement]) -> list[Judgement]:
    """The table's judgements less an overall grade only a headline sentence gave, where the table's areas are of a
    framework that prints its overall grade as a row of its own (report_layout.json 'headline_not_overall'): with no
    such row the report grades no overall effectiveness, and 'Children's services in X are good' sums up its areas; a
    sentence that says 'overall' still gives it."""
    if not any(regex(LAYOUT, "headline_not_overall/area").search(j.area) for j in read):
        return read
    says, overall = regex(LAYOUT, "headline_not_overall/says"), load_json(LAYOUT)["headline_not_overall"]["overall"]
    said = [doc.text[s.start - doc.offset : s.end - doc.offset] for j in read if j.key == overall for s in j.spans]
    return read if any(says.search(text) for text in said) else [j for j in read if j.key != overall]


def _read_rows(doc: Document, opening: list[Line], key: str, out: Extraction) -> None:
    """The table read row by row (or column by column, under its header), from its start or its overall line."""
    start_re, end_re, overall_re = (
        regex(LAYOUT, k) for k in ("judgement_table_start", "judgement_table_end", "overall_sentence")
    )
    begin, overall_at = _table_start(opening, start_re), _overall_line(opening)
    if overall_at is not None and (begin is None or overall_at < begin):
        begin = rows_above(opening, overall_at)  # the overall grade on its own line above what reads as a table's start
        # (or under the rows of a table printed without a header: those rows start it) (a section's
    if begin is None:  # heading with its grade, 'The impact of leaders …: requires improvement to be good')
        return
    pending: list[Line] = []
    seen: set[str] = set()
    by_columns = _column_rows(opening, begin, end_re)
    if by_columns:
        for area_lines, grade_lines in by_columns:
            area = _area_text(area_lines)
            grade = _unmarked_grade(" ".join(ln.stripped for ln in grade_lines))
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
        if end_re.match(text) or _section_after(opening, i):
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
        if re.match(r"(?i)^(?:Judgement\s+Grade|The judgements on areas)", text) or _column_head(text):
            continue
        if re.match(r"^\d+(?:\.\d+)?\.?\s+\S", text):
            pending = []  # a numbered row of the table starts afresh
        if i + 1 < len(opening) and _grade_wraps(text, opening[i + 1].stripped):
            pending.append(opening[i])  # '… families Requires improvement to' / 'be good': the row goes on
            continue
        row = grade_at_end(text)
        prose = len(text) > _AREA_LONGEST and not (row and 0 < row.start <= _AREA_LONGEST)
        if prose or re.sub(r"\d+$", "", text).endswith("."):
            if not overall_re.match(" ".join(ln.stripped for ln in pending + [opening[i]])):
                pending = []
                continue
        pending.append(opening[i])
        while i + 1 < len(opening) and re.match(r"(?i)^(?:to\s+)?be good\.?$", opening[i + 1].stripped):
            i += 1  # a wrapped grade: 'Requires improvement to' + 'be good'
            pending.append(opening[i])
        joined = " ".join(ln.stripped for ln in pending)
        unmarked = _unmarked(joined)  # 'Outstanding 1': a footnote's number after the grade
        if unmarked != joined and grade_at_end(unmarked.rstrip(".")) is not None:
            joined = unmarked
        overall = overall_re.match(joined)
        grade = _said_in_a_row(joined[: overall.end("grade")]) if overall else grade_at_end(joined.rstrip("."))
        if overall and grade is None:
            grade = _labelled_row(joined, overall)
        if overall and grade is not None and not _said_of_the_whole(joined, overall, grade):
            grade = None  # '… require improvement, but help at the front door is good': said of something else
        if grade is None or (overall is None and not grade.start):
            continue
        if i + 1 < len(opening) and opening[i + 1].stripped[:1].islower():
            below = _wrapped_below(opening, i, joined[: grade.at]) if overall is None else []
            if not below:
                pending = []  # '… in Anytown are good' / 'across all aspects …': a sentence, not a row
                continue
            i += len(below)  # '2. Children looked after and achieving   Requires improvement' / 'permanence'
            pending += below
            joined = " ".join([joined[: grade.at].rstrip(), *(ln.stripped for ln in below), joined[grade.at :]])
            grade = grade_at_end(joined)
        area = "Overall effectiveness" if overall else re.sub(r"^\d+(?:\.\d+)?\.?\s+", "", joined[: grade.at].strip())
        area = _ROW_SEPARATOR.sub("", area)  # 'Overall effectiveness: Good', '… care leavers – Inadequate'
        area = regex(LAYOUT, "judgement_row_verb").sub("", area)  # '… Children Board (LSCB) is' / 'good': a sentence
        if _not_an_area(area, pending):
            pending = []
            continue
        if _MARK_BEFORE_GRADE.search(pending[-1].stripped):  # '… governance 1 Outstanding' on one line: a footnote's
            area = _unmarked(area)  # number, not the area's ('Children under 5' / 'Good' keeps its 5)
        if area_key(area) or area not in seen:
            if (area_key(area) or area) not in seen:
                seen.add(area_key(area) or area)
                spans = [doc.span(a, b) for a, b in _runs(doc.text, pending)]
                out.judgements.append(_table_row(key, area, grade.grade, spans))
        pending = []


def _section_after(opening: list[Line], i: int) -> bool:
    """Does a part of the report after its judgements start at `i`: a recommendation list's heading ('What does the
    local authority need to improve?') or the safeguarding board's section heading, wrapped or not ('Review of the
    effectiveness of the local' / 'safeguarding children board (LSCB)', whose grade below is the board review's, read
    with its section: report.py _board_judgement)? A short report prints them on its first pages, under the table."""
    text = opening[i].stripped
    if not text[:1].isupper():
        return False
    headings = _list_headings(tuple(load_json(LAYOUT)["recommendation_headings"]))  # asked of every capitalised line
    if list_heading(text, headings, regex(LAYOUT, "recommendation_heading")) and not is_contents_entry(opening, i):
        return True
    over = board_heading(opening, i, regex(LAYOUT, "board_section"))
    cell = grade_at_end(opening[i + over].stripped) if over and i + over < len(opening) else None
    return bool(over) and not (cell is not None and cell.start == 0)  # a grade alone below: the table's row for the board


@lru_cache(maxsize=8)
def _list_headings(headings: tuple[str, ...]) -> frozenset[str]:
    """The layout's recommendation list headings as compared (`norm`), made once for the layout as loaded."""
    return frozenset(norm(h) for h in headings)


def label_goes_on(label: str, below: str) -> bool:
    """Does an area's label, its grade beside its first line, go on in the lower-case line below (a table copied
    with its columns kept: 'Children looked after and achieving   Requires improvement' over 'permanence')? Only
    where the line below is no longer than a label may be (_AREA_LONGEST), ends no sentence and holds no grade, and
    the label read with it names an area it alone does not, or the label ends on a word that leaves it open ('…
    provided to' over 'children, young people, families and carers'; report_layout.json record_row_continues_after)."""
    below = " ".join(below.split())
    if not _name_goes_on(below):
        return False
    bare = re.sub(r"^\d+(?:\.\d+)?\.?\s+", "", label.strip())
    words = bare.split()
    if not words:
        return False
    goes_on = {w.casefold() for w in load_json(LAYOUT)["record_row_continues_after"]}
    return (not area_key(bare) and bool(area_key(f"{bare} {below}"))) or words[-1].casefold() in goes_on


def _wrapped_below(opening: list[Line], i: int, label: str) -> list[Line]:
    """The lines below a table row's grade line that end its area's name: the most of the lower-case lines there (no
    grade, no sentence's end) that, read with the area's words beside and above the grade, name an area (`pdftotext
    -layout` prints a wrapped cell's grade by its first line, 'The impact of leaders on social work practice with
    children   Good' / 'and families', or by its middle one in a cell of three); else the one line label_goes_on
    takes ('… provided to   Adequate' / 'children, young people, families and carers'); else none."""
    run: list[Line] = []
    for line in opening[i + 1 : i + 1 + int(load_json(LAYOUT)["judgement_row_lines_below"])]:
        if not _name_goes_on(" ".join(line.stripped.split())):
            break
        run.append(line)
    bare = re.sub(r"^\d+(?:\.\d+)?\.?\s+", "", label.strip())
    for n in range(len(run), 0, -1):
        if area_key(" ".join([bare, *(ln.stripped for ln in run[:n])])) is not None:
            return run[:n]
    return run[:1] if run and label_goes_on(label, run[0].stripped) else []


def _name_goes_on(text: str) -> bool:
    """Could the line be the rest of an area's name wrapped from the line above: in lower case, no longer than a label
    may be (_AREA_LONGEST), ending no sentence, holding no grade?"""
    return text[:1].islower() and len(text) <= _AREA_LONGEST and not text.endswith(".") and grade_at_end(text) is None


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
        return cells.group("area").strip(), _unmarked_grade(cells.group("grade")).grade, [opening[i]]
    if not (grade_first and _only_grade(text)):
        return None
    for n in (1, 2):
        below = opening[i + 1 : i + 1 + n]
        if len(below) == n and not any(_only_grade(ln.stripped) for ln in below):
            area = _area_text(below)
            if area_key(area) is not None and (n == 1 or area_key(below[0].stripped) is None):
                return area, _unmarked_grade(text).grade, [opening[i], *below]
    return None


_GRADE_CELL = re.compile(r"^(?P<grade>[A-Za-z ]+?)(?:\t+|\s{2,}|\s*\|\s*)(?P<area>[A-Z].*)$")  # 'Good<tab>The …'


def _runs(text: str, rows: list[Line]) -> list[tuple[int, int]]:
    """The (start, end) of each run of a row's pieces with no whole line of other text between them: a page's foot
    skipped amid the row ('… with children' / 'Inspection dates: … 2' / 'and families') stands in none of them; the
    other cell of a line a wrapped row shares stays inside its run."""
    own = {text.rfind("\n", 0, line.content_start) for line in rows}  # where each piece's line begins
    runs = [(rows[0].content_start, rows[0].content_end)]
    for line in rows[1:]:
        if _other_line(text, runs[-1][1], line.content_start, own):
            runs.append((line.content_start, line.content_end))
        else:
            runs[-1] = (runs[-1][0], max(runs[-1][1], line.content_end))
    return runs


def _other_line(text: str, start: int, end: int, own: set[int]) -> bool:
    """Does text[start:end] hold a whole line of words that no piece of the row stands on?"""
    at = text.find("\n", start, end)
    while at >= 0:
        after = text.find("\n", at + 1, end)
        if after < 0:
            return False
        if at not in own and text[at + 1 : after].strip():
            return True
        at = after
    return False


def _table_row(key: str, area: str, grade: str | None, spans: list) -> Judgement:
    """A judgement the report's table gives."""
    return Judgement(assessment=key, area=area, grade=grade, scope=TABLE_SCOPE, spans=spans, key=area_key(area))


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
    area_head, grade_head = (regex(LAYOUT, f"judgement_table_column_heads/{k}") for k in ("area", "grade"))
    opens = head.endswith(":") or re.match(r"(?i)^Judgement\s+Grade$", head) or _headline(head) or area_head.match(head)
    i = begin + 1 if opens else begin
    areas: list[list[Line]] = []
    while i < len(opening) and _grade_lines(opening, i) == 0 and not end_re.match(opening[i].stripped):
        text = opening[i].stripped
        if areas and grade_head.match(text):  # 'Grade', the grades' column's head: the areas' column has ended
            i += 1
            break
        if not _only_grade(text) and grade_at_end(text.rstrip(".")) is not None:
            return None  # a row with its grade ('3. Leadership, management and governance Good'): read row by row
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


def _said_in_a_row(text: str) -> GradeMatch | None:
    """The grade a headline sentence says, its row's grade cell after it or not ('The overall judgement is that
    children's services are good' / 'Good': the sentence wrapped, the table's cell on its last line)."""
    said = said_grade(text)
    if said is not None:
        return said
    folded = " ".join(text.split())
    cell = grade_at_end(folded.rstrip("."))
    if cell is None or cell.start == 0:
        return None
    before = said_grade(folded[: cell.start].rstrip().rstrip("."))
    return before if before is not None and before.grade == cell.grade else None


def _labelled_row(joined: str, overall: re.Match[str]) -> GradeMatch | None:
    """The grade cell of a row whose overall label says no verb ('The overall effectiveness of the arrangements to
    protect children | Adequate', the 2012–13 child protection table): all after the label is the grade, or it is none."""
    if re.search(r"(?i)\b(?:is|are)\s*$", joined[: overall.start("grade")]):
        return None  # '… is' then words that are no grade: a sentence, read by _said_in_a_row or not at all
    cell = grade_at_end(" ".join(joined[: overall.end("grade")].split()).rstrip("."))
    head = " ".join(joined[: overall.start("grade")].split())
    return cell if cell is not None and cell.start == len(head) + 1 else None


def _area_text(lines: list[Line]) -> str:
    """An area's words without its row's number."""
    return _ROW_NUMBERED.sub("", " ".join(ln.stripped for ln in lines))


def _grade_lines(opening: list[Line], i: int) -> int:
    """How many lines from `i` are one grade and nothing else: 1 ('Requires improvement to be good'), 2 ('Requires' /
    'improvement', 'Requires improvement' / 'to be good'), or 0."""
    if _only_grade(opening[i].stripped):  # 'Requires improvement' / 'to be good': one grade, over two lines
        after = opening[i + 1].stripped if i + 1 < len(opening) else ""
        wrapped = after and not _only_grade(after) and _only_grade(f"{opening[i].stripped} {after}")
        return 2 if wrapped else 1
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
    areas = next(  # the lines before the grade's own: 'Requires improvement to be' / 'good' is no area's line
        (k for k in range(len(pending)) if _only_grade(" ".join(ln.stripped for ln in pending[k:]))), len(pending)
    )
    return sum(ln.stripped[:1].isupper() for ln in pending[:areas]) > 1


@lru_cache(maxsize=1 << 12)
def _only_grade(text: str) -> bool:
    """Is the line a grade and nothing else ('Requires improvement to be good'), a footnote's mark after it or not
    ('Good*', 'Inadequate1')? Once a text: the columns' reader asks it of each line from each of 20 starts."""
    found = _unmarked_grade(text)
    return found is not None and found.start == 0 and found.grade is not None


def _grade_column_below(opening: list[Line], i: int) -> bool:
    """Does the grades' column's head stand alone a few lines below the areas' at `i`, areas between them (a table
    given column by column), not right below it (the header row read a cell a line, 'Judgement' / 'Grade')?"""
    below = [ln.stripped for ln in opening[i + 2 : i + 2 + _COLUMNS_WITHIN]]
    return i + 1 < len(opening) and not _column_head(opening[i + 1].stripped) and any(map(_is_grade_head, below))


def _is_grade_head(text: str) -> bool:
    return bool(regex(LAYOUT, "judgement_table_column_heads/grade").match(text))


def _column_head(text: str) -> bool:
    """Is the line a head of the table's columns on its own ('Judgement', 'Grade')?"""
    return any(regex(LAYOUT, f"judgement_table_column_heads/{k}").match(text) for k in ("area", "grade"))


def _unmarked_grade(text: str) -> GradeMatch | None:
    """The grade a line or cell ends with, a footnote's mark after it or not ('Good*', 'Inadequate1')."""
    return grade_at_end(_unmarked(text.rstrip(".")).rstrip("."))


def _table_start(opening: list[Line], start_re: re.Pattern[str]) -> int | None:
    """Where the judgement table starts: its first line, or the line after its header when a reader put each of the
    header's cells on a line of its own ('Judgement' / 'Grade': a web page's two-column table, read a cell a line);
    or its area column's head alone over the areas where a reader gave the table column by column ('Judgement', every
    area, 'Grade', every grade)."""
    for i, line in enumerate(opening):
        if start_re.match(line.stripped):
            return i
        if regex(LAYOUT, "judgement_table_column_heads/area").match(line.stripped) and _grade_column_below(opening, i):
            return i  # 'Judgement' over the areas' column, 'Grade' over the grades' below it
        joined = f"{line.stripped} {opening[i + 1].stripped}" if i + 1 < len(opening) else ""
        if joined and start_re.match(joined):  # a headline sentence wrapped over two lines is read from its first,
            header = _column_head(line.stripped) and _column_head(opening[i + 1].stripped)  # as is a first row
            return i + 2 if header or joined.endswith(":") else i  # wrapped ('The impact of leaders on social
            # work' / 'practice with …'); a header or an introduction ('… contribute to' / 'overall effectiveness
            # are:') is no row
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


_AREA_LONGEST = 160  # characters: the longest judgement area is about half that ('The effectiveness of the help and
# protection provided to children, young people, families and carers', 2012's framework, is 101); longer, prose
_WRAPPED_END_WORDS = 4  # 'permanence Requires improvement': a wrapped row's last words and its grade


_ROW_SEPARATOR = re.compile(r"\s*[:|,–—-]$")  # what a copy prints between a row's area and its grade
_FOOTNOTE_MARK = re.compile(  # a footnote's mark after an area or a grade: 'Outstanding 1', 'Good*', 'Good¹', 'Good (1)',
    # 'Inadequate1' (a superscript a PDF's text gives on the line, no space before it)
    r"(?<=[A-Za-z])(?:\s+[1-9]|(?<=[a-z])[1-9]|\s*(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹]|\([1-9]\)|\[[1-9]\]))$"
)
_MARK_LONGEST = 3  # characters of a mark `_FOOTNOTE_MARK` ends a text with ('***', '(1)'), after white space only


def _unmarked(text: str) -> str:
    """`_FOOTNOTE_MARK.sub("", text)`, searched for only from where the text's last white space before its last
    `_MARK_LONGEST` characters starts: a mark ends the text, so a match starts no earlier, and a search from its first
    possible start (lookbehind still reads the letter before it) skips trying every character of a long row."""
    body = text[:-1] if text.endswith("\n") else text  # '$' stands at the end or before a last line break
    match = _FOOTNOTE_MARK.search(text, len(body[: max(0, len(body) - _MARK_LONGEST)].rstrip()))
    return text if match is None else text[: match.start()] + text[match.end() :]  # one match at most: each ends there


_MARK_BEFORE_GRADE = re.compile(r"[a-z]\s+[1-9]\s+[A-Z][a-z]+(?:\s+[a-z]+)*\s*$")  # '… governance 1 Outstanding'


def judgement_sections() -> dict[str, str]:
    """Section heading → the section it is, for a judgement's scope: the layout's sections and their other wordings."""
    return section_names(load_json(LAYOUT)["judgement_sections"])


def first_page_end(doc: Document, pages: int = 1) -> int:
    """Where the report's first page with words on it ends (a blank cover page is no first page), or the page
    `pages` - 1 after it; a text without pages: its opening characters."""
    if len(doc.page_starts) < 2:
        return OPENING
    bounds = list(zip(doc.page_starts, doc.page_starts[1:] + [len(doc.text)], strict=True))
    first = next((n for n, (start, end) in enumerate(bounds) if doc.text[start:end].strip()), None)
    return OPENING if first is None else bounds[min(len(bounds), first + pages) - 1][1]


def _said_of_the_whole(joined: str, overall: re.Match[str], grade: GradeMatch) -> bool:
    """Is the grade an overall sentence ends with said of the whole service: nothing between the sentence's place and
    the grade turns to something else (areas.turns_to_another)?"""
    folded = " ".join(joined[: overall.end("grade")].split())
    head = " ".join(joined[: overall.start("grade")].split())
    return not turns_to_another(folded[len(head) : grade.start])
