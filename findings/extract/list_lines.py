"""Where an item of a recommendation list goes on and where the list ends: a section's heading with its grade, a
page's footnote, a table's header row, a further sentence, an item's lines and words."""

from __future__ import annotations

import re
from itertools import pairwise

from findings.extract.areas import area_key, grade_at_end
from findings.extract.lexicons import load_json, regex
from findings.extract.list_breaks import page_between
from findings.extract.list_headings import HEADING_LINES, TERMINAL, urgency_of
from findings.extract.list_markers import (
    BARE,
    BULLET,
    LAYOUT,
    LETTER,
    asks,
    marker_form,
    number_value,
    numbered,
    opens,
    without_number,
)
from findings.extract.numbered_grades import cell_grade
from findings.model import Document
from findings.segment.lines import Line


def runs_on(current: list[Line], text: str) -> bool:
    """Does the line, in lower case, go on with an item that has not ended ('Management oversight of' / 'decisions
    in the front door …'), though a section's grade line follows it: the item's words, not a heading over the grade?"""
    return bool(current) and not ended(current) and text[:1].islower()


def graded_section(text: str) -> bool:
    """Is the line a judgement area's section heading with its grade ('The experiences and progress of children who
    need help and protection: inadequate'), short, the area one the grades lexicon knows?"""
    area, colon, grade = text.rpartition(":")
    return bool(colon) and len(text) <= _SECTION_LONGEST and grade_at_end(grade) is not None and area_key(area) is not None


_SECTION_LONGEST = 160  # characters: a section's heading with its grade is one line, or two run together


def table_header(body: list[Line], i: int) -> int:
    """Over how many lines (one, or two where each cell printed a line: 'Recommendation' / 'Timescale') does a table's
    header row stand at `i`, over a list whose rows give each item's timescale (extract/report_layout.json
    list_table_header); 0 where none does."""
    header = regex(LAYOUT, "list_table_header")
    for over in (1, 2):
        cells = [line.stripped for line in body[i : i + over]]
        if len(cells) == over and header.match(" ".join(cells)):
            return over
    return 0


def cells_apart(lines: list[Line], urgencies: dict[str, str], header: list[Line] | None = None) -> list[Line]:
    """A table's rows printed a line each ('Improve the …<tab>Within three months'), as two lines: the item's cell and
    its timescale's, where the last cell, after a tab or a run of spaces, is a timescale; under a header row with a
    column of who leads each item ('No. | Recommendation | Lead'), a row with the header's cells without that cell."""
    out: list[Line] = []
    for line in _without_other_cells(lines, header or []):
        cells = _LAST_CELL.search(line.text)
        if cells and line.text[: cells.start()].strip() and urgency_of(cells.group("cell"), urgencies) is not None:
            out.append(Line(line.start, line.start + cells.start(), line.text[: cells.start()]))
            at = cells.start("cell")
            out.append(Line(line.start + at, line.end, line.text[at:]))
        else:
            out.append(line)
    return out


_LAST_CELL = re.compile(r"(?:\t|\s{2,}|\s*\|\s*)(?P<cell>[^\t|]+?)\s*\|?\s*$")  # a row's last cell, after a tab, spaces or a rule


def _without_other_cells(lines: list[Line], header: list[Line]) -> list[Line]:
    """The rows under a one-line header row that has a column neither the item's number, the item nor its timescale
    (extract/report_layout.json list_table_other_column: 'Lead', 'Responsible officer'), or whose cells are apart by
    rules ('| No. | Recommendation |' in a text copy): each row that has as many cells as the header, as the runs of
    its other cells (the number and the item one line, a timescale another; each cell a line where rules part them,
    as a web page's table gives them), the cell under that column left out; a rule's line ('|---|---|') dropped;
    every other line as it is."""
    if len(header) != 1:
        return lines
    ruled = "|" in header[0].text.strip().strip("|")
    spaced = not ruled and "\t" not in header[0].text  # cells apart by runs of spaces only where the header's are
    names = [header[0].text[a:b] for a, b in _cell_spans(header[0].text, spaced)]
    other = regex(LAYOUT, "list_table_other_column")
    dropped = {n for n, name in enumerate(names) if other.match(name)}
    if not (dropped or ruled):
        return lines
    out: list[Line] = []
    for line in lines:
        cells = _cell_spans(line.text, spaced)
        if len(cells) != len(names) or not any(a < b for n, (a, b) in enumerate(cells) if n not in dropped):
            out.append(line)
            continue
        if all(_RULE_CELL.fullmatch(line.text[a:b]) for a, b in cells):
            continue  # the rule under the header row
        run: list[tuple[int, int]] = []
        for n, cell in enumerate([*cells, (0, 0)]):
            if n in dropped or n == len(cells) or (ruled and run):
                if run:
                    a, b = run[0][0], run[-1][1]
                    out.append(Line(line.start + a, line.start + b, line.text[a:b]))
                run = []
            if n not in dropped and n < len(cells) and cell[0] < cell[1]:
                run.append(cell)
    return out


_RULE_CELL = re.compile(r":?-{3,}:?")  # a cell of the rule a Markdown table draws under its header row


def _cell_spans(text: str, spaced: bool) -> list[tuple[int, int]]:
    """Where each cell of a row stands in its line (stripped of spaces; an empty cell is empty): cells apart by a tab
    or a rule, or by a run of two spaces or more where `spaced`; a rule at the line's either end bounds no cell."""
    inner = text.strip()
    first = text.index(inner) if inner else 0
    last = first + len(inner)
    if inner.startswith("|"):
        first += 1
    if inner.endswith("|") and last - 1 >= first:
        last -= 1
    cells: list[tuple[int, int]] = []
    at = first
    for sep in (_SPACED if spaced else _RULED).finditer(text, first, last):
        cells.append(_stripped(text, at, sep.start()))
        at = sep.end()
    cells.append(_stripped(text, at, last))
    return cells


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_RULED = re.compile(r"[ ]*[\t|][ ]*")  # a tab or a rule between two cells
_SPACED = re.compile(r"\t|\s{2,}|[ ]*\|[ ]*")  # or a run of spaces, where the header parts its cells so


def grade_line(text: str, graded: re.Pattern[str]) -> bool:
    """Does the line print a section's grade: 'Grade 3 (Adequate)', or a label and a grade after a colon ('Overall
    effectiveness: good', 'Judgement: Adequate': the layout's 'labelled_grade'; 'Overall effectiveness Good', a table's
    cells run together: its 'cell_line')? A list ends before it."""
    if graded.match(text):
        return True
    labelled = regex(LAYOUT, "labelled_grade/line").match(text) or regex(LAYOUT, "labelled_grade/cell_line").match(text)
    grade = cell_grade(labelled.group("grade")) if labelled else None  # 'Overall effectiveness: 4 (inadequate)'
    return grade is not None and grade.start == 0


def list_over(text: str, graded: re.Pattern[str]) -> bool:
    """Is the line one the list ends at: a section's heading with its grade, a grade line, the end matter?"""
    return graded_section(text) or grade_line(text, graded) or bool(regex(LAYOUT, "back_matter").match(text))


def wrapped_section(body: list[Line], i: int) -> bool:
    """Does a section's heading with its grade start at `i`, wrapped onto the next line ('The experiences and progress
    of children who need help and' / 'protection: requires improvement to be good')?"""
    after = body[i + 1].stripped if i + 1 < len(body) else ""
    return after[:1].islower() and ":" in after and graded_section(f"{body[i].stripped} {after}")


def heading_over_grade(body: list[Line], i: int, graded: re.Pattern[str]) -> bool:
    """Does a section's heading start at `i`, over its grade line: one line over a grade line, or a judgement area's
    heading, on one line or wrapped onto a second, over its grade alone ('The experiences and progress of children
    who need help and' / 'protection' / 'Good')? A line that ends a sentence is none: a list's last item, on one line
    ('improve the attendance at school of looked after children in Key Stage 4.'), may stand over the grade line."""
    heading = body[i].stripped
    if heading.endswith(_SENTENCE_STOPS) and not _unended_heading(heading):
        return False
    if i + 1 < len(body) and grade_line(body[i + 1].stripped, graded):
        return True
    if not heading[:1].isupper() or heading.endswith(TERMINAL):
        return False
    for k in (i + 1, i + 2):
        grade = grade_at_end(body[k].stripped) if k < len(body) else None
        if grade is not None and grade.start == 0 and k > i + 1:
            return area_key(f"{heading} {body[i + 1].stripped}") is not None
        if grade is not None and grade.start == 0:
            return area_key(heading) is not None
    return False


_SENTENCE_STOPS = (".", ";")  # a heading ends with neither

LOOKAHEAD = 80  # lines: how far down a list is searched for a line that opens an item


def graded_soon(body: list[Line], i: int, graded: re.Pattern[str]) -> bool:
    """Is a section's grade line ('Grade 3 (Adequate)') among the next lines, after a heading of up to three?"""
    return any(graded.match(line.stripped) for line in body[i + 1 : i + 1 + HEADING_LINES])


_JOINING = {"and", "or", "of", "the", "a", "an"}  # no item ends on these ('acted on', 'entitled to' may)
PHRASE_GOES_ON = _JOINING | {"to", "for", "with", "in", "on", "by", "from", "at", "including", "that", "which", "as"}  # nor a
# short line before a verb: '… including the response to' / 'audit actions …' is one item


def wants_more(current: list[Line]) -> bool:
    """Does the item's last line end mid-phrase ('… informs their plans and', '… agreed with the', a comma)?"""
    last = current[-1].stripped
    return last.endswith((",", "-", "–")) or last.rsplit(None, 1)[-1].casefold() in _JOINING


def last_but_one(line: Line) -> bool:
    """Does the line end an item as a list's last-but-one does ('… not only on compliance; and'): over, though its last
    word joins (report_layout.json last_but_one_item)?"""
    return bool(regex(LAYOUT, "last_but_one_item").search(line.stripped))


def heading_here(body: list[Line], i: int, graded: re.Pattern[str]) -> bool:
    """Does a heading start at `i`: a capitalised line that ends no sentence, and within the next lines
    (none ending a sentence) a grade line or a numbered paragraph ('Grade 3 (Adequate)', '29. Outcomes are …')?"""
    text = body[i].stripped
    if not text[:1].isupper() or (text.endswith(TERMINAL) and not _unended_heading(text)):
        return False
    for above, line in pairwise(body[i : i + 1 + HEADING_LINES]):
        if graded.match(line.stripped) or (numbered(line.text) and not figure_ends(above, line)):
            return True  # not '… aged 18 to' / '21.': a figure that ends the line's phrase
        if line.stripped.endswith(TERMINAL) or opens(line):
            return False
    return False


def _unended_heading(text: str) -> bool:
    """Does the line end as a heading may, not a sentence: a question ('How good are outcomes …?'), or a body's
    abbreviation in brackets ('… the Local Safeguarding Children Board (LSCB)': report_layout.json
    heading_abbreviation_end)?"""
    return text.endswith("?") or regex(LAYOUT, "heading_abbreviation_end").search(text) is not None


def past_footnote(doc: Document, body: list[Line], i: int, current: list[Line]) -> int | None:
    """Where the list resumes after a footnote ('2 Looked after children … are known locally as …') that closes a
    page: the first line of the next page when it, or the line after a sub-heading there, opens the next number. In
    a text copy with no page breaks (a report pasted into Word or a text file), the footnote is a paragraph of its own
    between blank lines that asks nothing, and the next number after it must ask ('19. Ensure …'), as the report's
    numbered findings after a list do not."""
    number = numbered(current[0].text) or BARE.match(current[0].text)
    if number is None:
        return None
    apart = _blank_between(doc, current[-1], body[i]) and not asks(body[i].stripped)
    for j in range(i + 1, min(i + 8, len(body))):
        paged = "\f" in doc.text[body[j - 1].end : body[j].start]
        noted = apart and _blank_between(doc, body[j - 1], body[j]) and body[j - 1].stripped.endswith(TERMINAL)
        if not (paged or noted):
            continue
        for k in (j, j + 1):
            nxt = (numbered(body[k].text) or BARE.match(body[k].text)) if k < len(body) else None
            if nxt and number_value(nxt) == number_value(number) + 1 and (paged or asks(without_number(body[k].text))):
                return j
        return None
    return None


def paragraph_note(doc: Document, body: list[Line], i: int, current: list[Line]) -> int | None:
    """Where the list goes on after a note that a copy giving each paragraph a line of its own (a report pasted into
    Word: report_layout.json paragraph_a_line) sets right after a numbered item of one paragraph: the line at `i`,
    a paragraph of its own that asks nothing and ends a sentence ('Children in care in X are known locally as …'),
    with the next number after it, or after a sub-heading below it, asking ('3. Ensure …'). None where it is none:
    an item wrapped over several lines (a copy that keeps a PDF's printed lines) may go on with a sentence a line,
    and a paragraph that refers back to the item or says what should be done goes on with it (item_goes_on)."""
    if doc.media_type not in load_json(LAYOUT)["paragraph_a_line"] or len(current) != 1 or not ended(current):
        return None
    number = numbered(current[0].text) or BARE.match(current[0].text)
    text = body[i].stripped
    if number is None or asks(text) or not text.endswith(TERMINAL) or regex(LAYOUT, "item_goes_on").search(text):
        return None  # a further sentence of the item's own ('This includes …', '… should …')
    for k in (i + 1, i + 2):
        nxt = (numbered(body[k].text) or BARE.match(body[k].text)) if k < len(body) else None
        if nxt and number_value(nxt) == number_value(number) + 1 and asks(without_number(body[k].text)):
            return i + 1
    return None


def _blank_between(doc: Document, above: Line, below: Line) -> bool:
    """Does a blank line stand between the two lines (a paragraph break in a text copy)?"""
    return doc.text.count("\n", above.end, below.start) >= 2


def new_paragraph(doc: Document, current: list[Line], line: Line) -> bool:
    """Does `line` open a paragraph of its own after an item that ends without a stop ('… by 10am on the next working
    day' / blank / 'Inspectors will return next year …', or a one-word heading, 'Health', over an agency's items): a
    blank line and nothing else between them (no page break, no line skipped as page furniture), and the line
    capitalised, the item not stopped mid-phrase? An item that wraps does so without a blank line."""
    if not current or ended(current) or wants_more(current) or not line.stripped[:1].isupper():
        return False
    between = doc.text[current[-1].end : line.start]
    return not between.strip() and "\f" not in between and _blank_between(doc, current[-1], line)


def page_footnote(doc: Document, body: list[Line], i: int, current: list[Line]) -> int | None:
    """Where the list goes on after a footnote printed at the foot of a page it runs over ('1 The areas for
    improvement have been cross-referenced with …', the note on 'What needs to improve?1'), when one starts at `i`:
    a line opening with the note's number, down to the page's end (a form feed; in a text copy without them, the
    page's header and number left out as furniture, or the page's number on a line of its own), no line of it opening
    an item. Only where the next page goes on with the list: an item opens there, or the item the page cut goes on
    (in lower case, or a bracket: '(outcome four, national framework)'), or a sub-heading tops it over the next item."""
    if not _FOOTNOTE_START.match(body[i].text) or opens(body[i]):
        return None
    if body[i].stripped.isdigit() and runs_on(current, line_text(body, i + 1)):
        return None  # '… Assessment Framework' / '2' / 'is used …': a mark set apart from its word, the item goes on
    for j in range(i + 1, min(i + 1 + _FOOTNOTE_LINES, len(body))):
        paged = page_between(doc, body[j - 1].end, body[j].start)  # a form feed, or a text copy's header skipped
        numbered_foot = len(doc.page_starts) <= 1 and _PAGE_NUMBER.fullmatch(body[j].stripped) and j + 1 < len(body)
        if opens(body[j]) and not paged:
            return None  # an item of the list, so the number was no footnote's
        if paged or numbered_foot:
            at = j if paged else j + 1  # the next page's first line, past the page's number a text copy kept
            after = body[at].stripped
            cut = bool(current) and (not ended(current) and after[:1].islower() or after.startswith("("))
            headed = (  # a sub-heading over the next items ('Missing children') tops the next page
                len(after) < SUB_HEADING_LONGEST
                and after[:1].isupper()
                and not after.endswith(TERMINAL)
                and at + 1 < len(body)
                and bool(opens(body[at + 1]))
            )
            if opens(body[at]) or cut or headed:
                return at
            if paged:
                return None
    return None


_PAGE_NUMBER = re.compile(r"\d{1,3}")  # a page's number on a line of its own
_FOOTNOTE_START = re.compile(r"^\s*\d{1,2}(?:[ \t]+[A-Z‘“'\"]|\s*$)")  # '1 The areas …', or the number on a line of its own
_FOOTNOTE_LINES = 6  # a footnote's lines at most, down to the page's end
SUB_HEADING_LONGEST = 70  # characters: a sub-heading over items is short


def footnote_mark(doc: Document, body: list[Line], i: int, current: list[Line]) -> int:
    """How many characters of the line at `i` are a footnote's mark that a PDF's text set apart from the word it
    follows ('… the Multi-Agency Safeguarding Hub' / '1 applies thresholds …': a superscript printed above the line):
    a number and its space opening a line that goes on, in lower case, with an item that has not ended (not on a word
    a figure follows: '… aged' / '16 and 17'), where a footnote of that number is printed below it, a line opening
    with the number and a capital ('1 The Multi-Agency Safeguarding Hub (MASH) brings …') down to the page's end (in a
    copy without pages, the list's reach); 0 where it is none. The mark is no word of the item: its quote leaves it out."""
    mark = _MARK_START.match(body[i].text)
    if mark is None or not current or ended(current) or takes_a_figure(current[-1]):
        return 0
    page_end = next((start for start in doc.page_starts if start > body[i].start), len(doc.text))
    note = re.compile(rf"\s*{mark.group('n')}[ \t]+[A-Z‘“'\"]")
    for line in body[i + 1 : i + 1 + LOOKAHEAD]:
        if line.start >= page_end:
            break
        if note.match(line.text) and not opens(line):
            return mark.end()
    return 0


def glued_mark(doc: Document, body: list[Line], i: int) -> tuple[int, int] | None:
    """The (start, end) of a footnote's mark that a text copy set straight after a word of the line at `i` ('… the
    Public Law Outline3 is used …': a superscript that lost its raise), where its footnote is printed below it, a line
    opening with the number and a capital ('3 The Public Law Outline sets out …') before the page's end and within
    `_NOTE_REACH` lines; None where there is none. The mark is no word of the item: its text and its quote leave it
    out (the line is read as the two pieces about the mark)."""
    line = body[i]
    page_end = next((start for start in doc.page_starts if start > line.start), len(doc.text))
    for mark in _GLUED.finditer(line.text):
        note = re.compile(rf"\s*{mark.group('n')}[ \t]+[A-Z‘“'\"]")
        for below in body[i + 1 : i + 1 + _NOTE_REACH]:
            if below.start >= page_end:
                break
            if note.match(below.text) and not opens(below):
                return line.start + mark.start(), line.start + mark.end()
    return None


_GLUED = re.compile(r"(?<=[a-z]{3})(?P<n>\d{1,2})(?=[ \t]|$)")  # 'Outline3 is …', '… Outline3' at the line's end
_NOTE_REACH = 12  # lines: how far below its mark a footnote is printed, in a copy with no page breaks


_MARK_START = re.compile(r"^\s*(?P<n>\d{1,2})[ \t]+(?=[a-z])")  # '1 applies …': a mark, then the item's words in lower case


def continues_item(line: Line, opener: re.Match[str]) -> bool:
    """A bulleted line that starts in lower case with a joining word continues the item before it."""
    rest = line.text[opener.end() :]
    return bool(BULLET.match(line.text)) and bool(re.match(r"(?:and|or|but|to|with|including|which|that)\b", rest))


def sub_point(current: list[Line], line: Line, opener: re.Match[str]) -> bool:
    """After an item that ends with a colon ('… oversight and monitoring of:'), the bullets that follow are its
    sub-points while they start in lower case or carry another glyph than the item's own; without the colon, the
    'o' bullets that start in lower case under an item of another glyph or a number."""
    if not BULLET.match(line.text):
        own = numbered(current[0].text) or LETTER.match(current[0].text) or BARE.match(current[0].text)
        other = own is None or own.re is not opener.re or marker_form(own) != marker_form(opener)
        return other and any(ln.stripped.endswith(":") for ln in current)  # '3. Ensure …:' then '(a) …', '(b) …'
    rest = line.text[opener.end() :]
    own = BULLET.match(current[0].text)
    other = own is None or own.group().strip() != opener.group().strip()
    if other and opener.group().strip() == "o" and rest[:1].islower():
        return True  # '• Ensure … in particular' then 'o the timeliness of reviews': Word's second-level bullet
    if not any(ln.stripped.endswith(":") for ln in current):
        return False
    return rest[:1].islower() or other


def next_line(doc: Document, current: list[Line], line: Line) -> bool:
    """Does `line` follow the item's last line with no blank line between?"""
    return doc.text.count("\n", current[-1].end, line.start) <= 1


def list_goes_on(body: list[Line], i: int, current: list[Line]) -> bool:
    """After the sentence that starts at `i`, does another item with the bulleted item's own glyph follow? Only then
    is it the item's further sentence, not the next section's heading wrapped over two lines."""
    glyph = BULLET.match(current[0].text)
    end = _item_end(body, i)
    following = BULLET.match(body[end].text) if end < len(body) else None
    return bool(glyph and following and following.group().strip() == glyph.group().strip())


def further_sentence(text: str, after: list[Line]) -> bool:
    """A line that goes on with a second sentence of an item, not a heading after the list: it is a full sentence,
    or it wraps onto a line that starts in lower case."""
    return text[:1].isupper() and not asks(text) and (text.endswith(TERMINAL) or (after and after[0].stripped[:1].islower()))


def ends_a_phrase(current: list[Line], line: Line, opener: re.Match[str]) -> bool:
    """Is a line that is only a number ('18.') the end of the item's phrase ('… beyond the age of' / '18.', '… aged 18
    to' / '21.'), not a marker standing alone over the next item's words?"""
    return opener.end() >= len(line.text.rstrip()) and phrase_open(current[-1]) and not ended(current)


def phrase_open(line: Line) -> bool:
    """Does the line end mid-phrase, on a word a figure may follow ('… aged 18 to', '… beyond the age of')?"""
    return wants_more([line]) or _last_word(line) in PHRASE_GOES_ON | _BEFORE_A_FIGURE


def takes_a_figure(line: Line) -> bool:
    """Does the line end on a word a figure follows ('… up to the age of', '… aged 18 to'), not on one a page's number
    printed between an item's lines may follow ('… goes missing and')?"""
    return _last_word(line) in _BEFORE_A_FIGURE | _BEFORE_A_NUMBER


def _last_word(line: Line) -> str:
    return line.stripped.rsplit(None, 1)[-1].casefold() if line.stripped else ""


_BEFORE_A_NUMBER = {"of", "to", "from", "for", "by", "at", "with", "in", "on"}  # '… the age of' / '25'
_BEFORE_A_FIGURE = {"aged", "over", "under", "than", "between", "age", "ages", "until"}  # '… aged 18 to' / '21.'


def figure_ends(above: Line, line: Line) -> bool:
    """Is `line` only a number that ends the phrase of the line above it, no marker of an item of its own?"""
    marker = opens(line)
    alone = bool(marker) and marker.end() >= len(line.text.rstrip())
    return alone and phrase_open(above) and not above.stripped.endswith(TERMINAL)


def words_after_number(body: list[Line], i: int) -> str:
    """The numbered line's words after its number, or the next line's where the number stands alone ('1.')."""
    return without_number(body[i].text).strip() or line_text(body, i + 1)


def line_text(body: list[Line], i: int) -> str:
    return body[i].text if i < len(body) else ""


def _item_end(body: list[Line], i: int) -> int:
    if i + 1 < len(body) and (marker := opens(body[i])) and marker.end() >= len(body[i].text.rstrip()):
        return _item_end(body, i + 1)  # a marker alone on its line ('1.', '(a)'): the item is the lines below it
    j = i + 1
    while (
        j < len(body)
        and not (opens(body[j]) and not figure_ends(body[j - 1], body[j]))
        and not body[i].stripped.endswith(TERMINAL)
        and not body[j - 1].stripped.endswith(TERMINAL)
    ):
        j += 1
    return j


def full_item(body: list[Line], i: int) -> str:
    return " ".join(line.stripped for line in body[i : _item_end(body, i)])


def skip_item(body: list[Line], i: int) -> int:
    return _item_end(body, i)


def ended(lines: list[Line]) -> bool:
    return lines[-1].stripped.endswith(TERMINAL)
