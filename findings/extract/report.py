"""Inspection reports of every framework: the inspection, its graded judgements and its recommendations.

One extractor for a layout whether the report arrives as a PDF or as text; the layout knowledge is data in
extract/report_layout.json and extract/lexicons/grades.json.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from itertools import accumulate, pairwise
from pathlib import Path

from findings.extract.areas import area_key, grade_at_end
from findings.extract.authorities import council_mentions, resolve
from findings.extract.context import assessment_key, authority, organisation
from findings.extract.dates import date_in_file_name, fieldwork_dates, parse_day, parse_day_month_year, relative_due
from findings.extract.judgement_table import OPENING, judgement_sections, judgement_table
from findings.extract.labelled_recommendation import labelled_recommendations
from findings.extract.lexicons import load_json, prefiltered_regex, regex, regexes
from findings.extract.list_breaks import cut_lists
from findings.extract.list_headings import CONTENTS, HEADING_LINES, PAGED_ENTRY, norm
from findings.extract.list_markers import BULLET
from findings.extract.numbered_grades import cell_grade
from findings.extract.prefilter import Prefiltered
from findings.extract.recommendation_list import recommendation_lists
from findings.extract.said_twice import drop_said_where_rows
from findings.extract.section_grades import graded_lines, labelled_grades, record_table, section_sentences, sentence_grades
from findings.extract.stacked_dates import stacked_dates
from findings.extract.statements import NUMBERED, Passage, add_findings, add_passage_findings
from findings.extract.unnumbered_body import unnumbered_body
from findings.model import BOARD_KEY, Assessment, Document, Extraction, Judgement, Organisation, Recommendation
from findings.segment.lines import Line, split_lines
from findings.segment.running import beside, body_lines
from findings.segment.title_furniture import Furniture, title_furniture

LAYOUT = "report_layout.json"
_PUBLISHED_WITHIN = 200  # days after fieldwork or PDF creation a file-name date may lie
_HEADER_SPAN = 300  # characters: how near the fieldwork line a header's publication line stands
_BOARD = "lscb-"  # how the list reader marks items of the board review
_TITLE_LINES = 40  # lines of the opening a title standing alone, its dates straight under it, is looked for in
_MENU_LONGEST = 40  # characters of a menu's entry at most
_DATES_WITHIN = 3  # lines under such a title its 'Inspection dates' line stands within
_BLOCK_LINES = 3  # lines under those dates a title block's next line ('Report published: …') stands within
_TITLE_WITHIN = 80  # characters from the opening's start a report's title begins (a report opens with it, within 35
# characters in every report read; minutes or a plan that speak of 'the inspection of local authority children's
# services' name it further in, and are read as what they are)


def _opening(text: str) -> str:
    """The report's opening as one line of words, without a masthead printed above its title (a page number,
    'Ofsted raising standards improving lives')."""
    return regex(LAYOUT, "masthead").sub("", " ".join(text[:OPENING].split()), count=1)


def framework(text: str, under_menus: bool = False) -> str | None:
    """Which framework's layout the report's opening shows: its title opens the report, or one of its first lines
    (under a running header a printer put above it), never the middle of a line ('Action plan following the …'); or,
    `under_menus` (a whole document, not a page of a pack), below a web page's menus copied above it."""
    opening = _opening(text)
    lines = [line for line in text[:OPENING].splitlines() if line.strip()]
    heads = [" ".join(" ".join(lines[n:]).split()) for n in (1, 2)]  # from the second line on, wraps joined
    for entry in load_json(LAYOUT)["frameworks"]:
        if any((m := re.search(entry["detect"], start)) and m.start() <= _TITLE_WITHIN for start in (opening, *heads)):
            return entry["name"]
    return _below_menus(lines) if under_menus else None


def _below_menus(lines: list[str]) -> str | None:
    """The framework whose title is a line of its own under a web page's menus copied as text, its inspection's
    dates straight under it: every line above it a short one that ends no sentence and labels nothing (a menu's
    entry, not a paper's prose or its cover's 'Report to:', which may quote a report's title and dates); or, under a
    web page's own heading, breadcrumb and introduction, the report's whole title block (a line only a report's title
    page prints under the dates, 'title_block': 'Report published: …', 'Lead inspector: …'), which a paper quoting
    a report's title and dates does not copy."""
    dates = regexes(LAYOUT, "fieldwork")
    menus = True  # every line above so far a menu's entry
    for n, line in enumerate(lines[:_TITLE_LINES]):
        above = lines[n - 1] if n else ""
        prose = len(above.strip()) > _MENU_LONGEST or ":" in above or above.rstrip().endswith((".", ";", "?", "!"))
        menus = menus and not prose
        below = lines[n + 1 : n + 1 + _DATES_WITHIN]
        for entry in load_json(LAYOUT)["frameworks"]:
            if not _title_line(entry["detect"], line.strip()):
                continue
            dated = next((k for k, text in enumerate(below) if any(p.search(text) for p in dates)), None)
            if dated is not None and (menus or _title_block(lines[n + 2 + dated : n + 2 + dated + _BLOCK_LINES])):
                return entry["name"]
    return None


def _title_line(detect: str, line: str) -> bool:
    """Does the line print a framework's title: opening with it, or after the council's name and a colon
    ('Anyshire County Council: Inspection of services for children …', a web page's copy: 'title_after_name')?"""
    found = re.search(detect, line)
    return found is not None and (found.start() == 0 or bool(regex(LAYOUT, "title_after_name").match(line[: found.start()])))


def _title_block(lines: list[str]) -> bool:
    """Do the lines under a title's dates go on with a report's title page ('Report published: …')?"""
    marks = [regex(LAYOUT, key) for key in load_json(LAYOUT)["title_block"]]
    return any(mark.search(line.strip()) for line in lines for mark in marks)


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
    name = framework(doc.text, under_menus=True)
    if name is None:
        return False
    opening = _opening(doc.text)
    fieldwork = next((m for p in regexes(LAYOUT, "fieldwork") if (m := p.search(doc.text[:OPENING]))), None)
    stacked = {} if fieldwork else stacked_dates(doc.text, OPENING)  # labels over their values, as a plain copy gives
    fieldwork = fieldwork or stacked.get("fieldwork")
    if not fieldwork:
        fieldwork, year = _fieldwork_without_year(doc.text[:OPENING])
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
    if org.code is None and la != _UNKNOWN:
        org = named_in_full(org, doc.text)  # 'Kingston Council' atop a report on the Royal Borough of Kingston upon Thames
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
    published = stacked.get("published") or regex(LAYOUT, "published").search(doc.text[:OPENING])
    published = published or _labelled_publication(doc.text, end)
    if published and (day := parse_day(published.group("date"))) is not None:
        assessment.issued = day
        assessment.spans.append(doc.span(*published.span()))
    else:  # not printed, or printed as no day is ('31/02/2016'): from the file's name, else bounded
        _unprinted_publication(doc, assessment, "printed but not read as a day" if published else "not printed")
    inspector = regex(LAYOUT, "lead_inspector").search(doc.text[:OPENING]) or _lead_inspector_anywhere(doc.text)
    if inspector:
        assessment.lead_inspector = " ".join(inspector.group("name").split())
    header = tuple(regex(LAYOUT, f"running_header/{part}") for part in ("title", "under", "line"))
    layout = load_json(LAYOUT)  # a list's own words and headings, never furniture ('Areas for improvement' opening two
    own = {norm(h) for h in (*layout["urgency_headings"], *layout["recommendation_headings"])}  # of a short report's pages)
    board = regex(LAYOUT, "board_section")  # the board's section heading, which the title's words may hold too

    graded, longest = regex(LAYOUT, "graded_line"), layout["grade_line_words"]  # a grade line, never furniture

    def _own(text: str) -> bool:
        said = " ".join(text.split())
        graded_words = bool(cell_grade(said, name) or graded.match(said))
        grade_line = len(said.split()) <= longest and not said.endswith(".") and graded_words
        return bool(said) and (norm(text) in own or board.match(text.strip()) is not None or grade_line)

    kept = body_lines(doc.text, doc.page_starts, known=header, words=_own)
    marks = {line.start for line in kept if _page_mark(line.stripped)}  # a text copy's page marks, and what repeats
    if len(doc.page_starts) <= 1:  # beside them, in a copy no page break parts ('Ofsted report – printed …')
        marks |= beside(doc.text, marks)
    furniture = _title_furniture(doc, fieldwork.end(), kept, marks)  # a reprint's own heads and feet at its page breaks
    held = {line.start: line.stripped for line in kept}
    marks |= {start for start in furniture if not _own(held.get(start, ""))}  # never a heading of the report's own
    lines = [line for line in kept if line.start not in marks]
    table_from = len(out.judgements)
    judgement_table(doc, lines, key, out)
    section = load_json(LAYOUT)["default_scope"].get(name)  # a report about one service: its one section
    rows_from = len(out.judgements)
    graded_lines(doc, lines, key, out, section, name)
    table = drop_said_where_rows(doc, out.judgements[table_from:rows_from], out.judgements[rows_from:])
    out.judgements[table_from:rows_from] = table  # a sentence grades only what no row of the table did
    labelled_grades(doc, lines, key, out, judgement_sections(), section, name)
    record_table(doc, lines, key, out, name)
    _board_judgement(doc, lines, assessment, out)  # the board's section line first: a sentence grades it only where it does not
    before_sentences = len(out.judgements)
    sentence_grades(doc, lines, key, out, name)
    section_sentences(doc, lines, key, out, name, assessment.org.name)
    said = out.judgements[before_sentences:]  # judged in a sentence: that sentence, not its paragraph, is no finding
    recs = recommendation_lists(doc, lines, key, section, notes=out.notes)  # a heading with no item read: said
    recs += labelled_recommendations(doc, lines, key, recs)  # 'Recommendation: the LSCB should …' in a section's prose
    for rec in recs:
        if rec.timescale and assessment.issued:
            rec.due_by = relative_due(rec.timescale, assessment.issued)
        if rec.identifier.startswith(_BOARD):
            rec.assessment = board_review(assessment, out).key
            rec.identifier = rec.identifier[len(_BOARD) :]
        out.recommendations.append(rec)
    out.notes.extend(cut_lists(doc, lines, recs))  # an item the list plainly goes on with, not read: said, not lost
    listed = sorted(
        {
            s.start - doc.offset
            for item in out.recommendations + [j for j in out.judgements if not any(j is k for k in said)]
            for s in item.spans
            if s.doc == doc.sha256
        }
    )
    back = prefiltered_regex(LAYOUT, "back_matter")  # asked of every line: searched only in those holding its words
    summary = regex(LAYOUT, "section_summary")  # a graded section's summary box
    add_findings(doc, lines, key, out, skip=lambda p: _in_list(p, listed), stop=back, summary=summary)
    made, plain = len(out.findings), len(out.plain)
    add_passage_findings(doc, _headline(lines, key, out) + unnumbered_body(lines, key, out, back), key, out)
    board = regex(LAYOUT, "headline_board")  # the summary's word on the board is the board's verdict, not the council's
    out.findings[made:] = [f for f in out.findings[made:] if not board.search(f.text)]
    out.plain[plain:] = [f for f in out.plain[plain:] if not board.search(f.text)]
    not_asks(doc, out)
    not_asks(doc, out, said)
    for judgement in out.judgements:
        if judgement.assessment == key and judgement.key == "lscb":
            judgement.assessment = board_review(assessment, out).key
    for finding in out.findings + out.plain:  # the board's section: what the review of the board found, not the inspection
        if finding.assessment == key and area_key(finding.scope or "") == "lscb":
            finding.assessment = board_review(assessment, out).key
    return True


def _title_furniture(doc: Document, fieldwork_end: int, kept: list[Line], marks: set[int]) -> set[int]:
    """Start offsets of the lines, after the title block (down to the line of the fieldwork dates), that are the
    report's running heads and feet in a layout no pattern knows (extract/report_layout.json title_furniture)."""
    line_end = doc.text.find("\n", fieldwork_end)
    title_end = len(doc.text) if line_end < 0 else line_end
    held = {line.start for line in kept}
    skipped = {line.start for line in split_lines(doc.text) if line.start not in held or line.start in marks}
    entry = load_json(LAYOUT)["title_furniture"]
    kind = Furniture(
        page_tail=regex(LAYOUT, "title_furniture/page_tail"),
        page_head=regex(LAYOUT, "title_furniture/page_head"),
        titles=tuple(re.compile(f["detect"]) for f in load_json(LAYOUT)["frameworks"]),
        reach=entry["reach"],
        tail_words=entry["tail_words"],
        longest_words=entry["longest_words"],
        joins=regex(LAYOUT, "title_furniture/joins"),
    )
    return title_furniture(doc.text, doc.page_starts, title_end, skipped - _blank_starts(doc.text), kind)


def _blank_starts(text: str) -> set[int]:
    return {line.start for line in split_lines(text) if line.blank}


def _page_mark(text: str) -> bool:
    """Is the line a page's foot or head that a text copy kept ('Page 3 of 8 Anytown Council', '…, Anytown, 3 of 8':
    extract/report_layout.json page_mark), its page no later than the last, or a web address alone (web_address_line)?"""
    mark = _page_marks().match(text)  # only a line holding a piece every mark (or every address) holds, lowered once
    if mark is None:
        return False
    if mark.re is regex(LAYOUT, "web_address_line"):
        return True  # a web address alone: asked only of a line no page mark matches, as before
    page, pages = mark.group("n") or mark.group("n2"), mark.group("of") or mark.group("of2")
    return 0 < int(page) <= int(pages)


@cache
def _page_marks() -> Prefiltered:
    """The page mark, then the web address line, as one prefiltered list: asked of every line of a report (about
    20,000 over the 26 Ofsted reports), the line lowered once for both."""
    return Prefiltered([regex(LAYOUT, "page_mark"), regex(LAYOUT, "web_address_line")])


def _board_judgement(doc: Document, lines: list[Line], inspection: Assessment, out: Extraction) -> None:
    """SIF reports grade the safeguarding board on the line under its section heading; where no line does, on a
    sentence wrapped over two ('The Local Safeguarding Children Board' / 'requires improvement')."""
    heading, graded = regex(LAYOUT, "board_section"), regex(LAYOUT, "board_judgement")
    body = [line for line in lines if not line.blank]
    for wrapped in (False, True) if prefiltered_regex(LAYOUT, "board_addressee_words").search(doc.text) else ():
        for n, (above, line) in enumerate(zip(body, body[1:], strict=False)):
            last = body[n + 2] if wrapped and n + 2 < len(body) and not line.stripped.endswith(".") else line
            if wrapped and last is line:
                continue
            match = graded.match(line.stripped if last is line else f"{line.stripped} {last.stripped}")
            headed = _board_heading_above(body, n, heading) if match else None
            if not (match and (headed or "effectiveness" in match.group("area").casefold())):
                continue  # 'The LSCB is good' needs its section heading just above (over '(LSCB)' and 'Executive
                # summary' at most); 'The effectiveness of the LSCB is' does not
            section = [above] if heading.match(above.stripped) else None  # the heading straight above the line
            if headed and "effectiveness" not in match.group("area").casefold():
                section = headed  # the section the grade is under names it
            grade = grade_at_end(match.group("grade"))
            review = board_review(inspection, out)
            if grade and not any(j.assessment in (review.key, inspection.key) and j.key == "lscb" for j in out.judgements):
                out.judgements.append(  # once: not again where the board's grade was read already (a table's row)
                    Judgement(
                        assessment=review.key,
                        area=match.group("area"),
                        grade=grade.grade,
                        scope=" ".join(ln.stripped for ln in section) if section else load_json(LAYOUT)["board_addressee"],
                        spans=[doc.span(line.content_start, _board_grade_end(match, line, last))],
                        key="lscb",
                    )
                )


def _board_grade_end(match: re.Match[str], line: Line, last: Line) -> int:
    """Where the board's grade ends in the text: its sentence's stop ('The LSCB is good.' before the line's next
    sentence), or its row's end; on the line it was wrapped onto where it was (matched as the two lines joined)."""
    if last is line:
        return line.content_start + match.end()
    return last.content_start + match.end() - len(line.stripped) - 1


_BOARD_HEADING_ABOVE = 3  # lines: the board's section heading, its wrapped '(LSCB)', an 'Executive summary' heading


def _board_heading_above(body: list[Line], n: int, heading: re.Pattern[str]) -> list[Line] | None:
    """The lines of the board's section heading that ends a few lines above the grade's line `n + 1`, on one line or
    wrapped onto the next ones ('Review of the effectiveness of the local' / 'safeguarding children board (LSCB)'),
    the nearest; None where none does."""
    for end in range(n, max(-1, n - _BOARD_HEADING_ABOVE), -1):
        for start in range(end, max(-1, end - HEADING_LINES), -1):
            lines = body[start : end + 1]
            if heading.match(" ".join(ln.stripped for ln in lines)):
                return lines
    return None


def _in_list(paragraph, listed: list[int]) -> bool:
    """Is this numbered paragraph one of the report's recommendations (SIF numbers them with the findings)? `listed`:
    where the report's recommendations and judgements start in its text, sorted, found by bisection (a report has
    hundreds of paragraphs and items)."""
    first = paragraph.lines[0]
    at = bisect_left(listed, first.start)
    return at < len(listed) and listed[at] <= first.end


def not_asks(doc: Document, out: Extraction, items: Sequence[Recommendation | Judgement] | None = None) -> None:
    """A sentence that holds the report's recommendations ('Immediately: • ensure …' inside the numbered paragraph
    that introduces them) is an ask, not a finding: findings overlapping a recommendation's words are dropped (or the
    words of `items`: a sentence that says a judgement, 'The quality of practice is adequate.'). Each span is compared
    with the asks by bisection over their starts, not with every ask (findings × asks)."""
    items = out.recommendations if items is None else items
    asked = sorted((s.start, s.end) for rec in items for s in rec.spans if s.doc == doc.sha256)
    if asked:
        starts = [start for start, _ in asked]
        reach = list(accumulate((end for _, end in asked), max))  # the furthest end of the asks that start so far

        def overlaps(span) -> bool:  # an ask that starts before the span ends and ends after it starts
            before = bisect_left(starts, span.end)
            return before > 0 and reach[before - 1] > span.start

        out.findings = [f for f in out.findings if not any(s.doc == doc.sha256 and overlaps(s) for s in f.spans)]
        out.plain = [f for f in out.plain if not any(s.doc == doc.sha256 and overlaps(s) for s in f.spans)]


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
    fieldwork, not long after it or the PDF's creation; a PDF made after the date in its name is a copy saved since,
    and bounds nothing), else bound it by those two."""
    created = doc.created  # a bound on publication only when the PDF can be the one published: not a copy re-saved later
    if created is not None and inspection.ended is not None and created > inspection.ended + timedelta(days=_PUBLISHED_WITHIN):
        created = None
    floor = max(d for d in (inspection.ended, created) if d is not None) if inspection.ended or created else None
    when = date_in_file_name(Path(doc.path).name) if not doc.offset else None  # a pack's file is named for its meeting
    after_fieldwork = when is not None and (inspection.ended is None or when > inspection.ended)  # not the last day's
    # a PDF made after the day its name gives is a copy saved or printed since: its making bounds nothing there
    resaved = when is not None and created is not None and created > when and inspection.ended is not None
    base = inspection.ended if resaved else floor
    if when and after_fieldwork and (base is None or base <= when <= base + timedelta(days=_PUBLISHED_WITHIN)):
        inspection.issued = when
        inspection.date_source = f"publication date from the file name ({why} in the report)"
    elif floor is not None:
        inspection.earliest = floor
        copy = " (its PDF was made long after: a copy)" if doc.created and not created else ""
        bound = "the later of fieldwork end and PDF creation" if created else f"the fieldwork end{copy}"
        inspection.date_source = f"publication date {why}; earliest date is {bound}"


def _labelled_publication(text: str, ended: date) -> re.Match[str] | None:
    """A line that is only a label and the day the report was published ('Date of publication: 29 April 2022'), past
    its opening: only a day shortly after the fieldwork ended, and only one such day (report_layout.json
    'published_line'); a day of a document the report cites is none."""
    found = [
        match
        for match in regex(LAYOUT, "published_line").finditer(text, OPENING)
        if (day := parse_day(match.group("date"))) is not None and ended < day <= ended + timedelta(days=_PUBLISHED_WITHIN)
    ]
    return found[0] if len({parse_day(match.group("date")) for match in found}) == 1 else None


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


def named_in_full(short: Organisation, text: str) -> Organisation:
    """The registered council a report's text is about, where its title names it short, by words its full name opens
    with ('Kingston Council' for the Royal Borough of Kingston upon Thames); else the title's council as it stands."""
    full = organisation(text)
    words, named = short.name.casefold().split(), full.name.casefold().split()
    opens = bool(words) and len(named) > len(words) and named[: len(words)] == words
    return full if full.code is not None and opens else short


_DATES_LINE = re.compile(r"(?i)\b(?:inspection dates?|dates? of (?:the )?inspection)\b")
_CITY_OF = re.compile(r"\bCity of [A-Z][\w'-]*(?: (?:upon|on|and|[A-Z][\w'-]*))*")  # 'City of Westminster': no council word


def _lead_inspector_anywhere(text: str) -> re.Match[str] | None:
    """Older reports name the lead inspector near the end, in 'Information about this inspection'."""
    return regex(LAYOUT, "lead_inspector").search(text)


def _headline(lines: list[Line], key: str, out: Extraction) -> list[Passage]:
    """A report's unnumbered summary between the grades' table and the list of what needs to improve, where a 2018–
    report gives its verdict on the last inspection ('Support for children in care is now better than at the last
    inspection') and a 2013–2017 one its executive summary: each paragraph or bullet a passage of its own
    ('headline2-1': its second paragraph's first finding; tester helper-188). A contents page's lines, headings and
    bullet glyphs are no words of it. None where the report holds no such table, or numbers its paragraphs from the
    start."""
    graded = [s.end for j in out.judgements if j.assessment == key for s in j.spans]
    listed = [s.start for r in out.recommendations if r.assessment == key for s in r.spans]
    if not graded or not listed or max(graded) >= min(listed):
        return []
    ends = regex(LAYOUT, "headline_ends")
    body = []
    for line in lines:
        if line.start < max(graded):
            continue
        if line.end > min(listed) or NUMBERED.match(line.text) or ends.match(line.stripped):
            break  # the list's first item, the report's first numbered paragraph, or the facts about the area
        body.append(line)
    while body and (body[-1].blank or not body[-1].stripped.endswith((".", "!"))):  # the list's heading, 'What needs
        body.pop()  # to improve?', and a lead-in to it
    paragraphs: list[list[Line]] = [[]]
    contents = False  # within a contents page: its entries, each with its page, are no words of the summary
    for n, line in enumerate(body):
        text = line.stripped
        after = body[n + 1].stripped if n + 1 < len(body) else ""
        if CONTENTS.fullmatch(text) or (contents and (PAGED_ENTRY.search(text) or PAGED_ENTRY.search(after) or line.blank)):
            contents = True  # an entry, or an entry's first line wrapped over its page's
            continue
        contents = False
        ended = not paragraphs[-1] or paragraphs[-1][-1].stripped.endswith((".", "!", "?", ":"))
        glyph = BULLET.match(line.text)
        if line.blank and not (paragraphs[-1] and paragraphs[-1][-1].stripped.endswith((".", "!", "?"))):
            continue  # a page break or a header taken out in mid-sentence: the paragraph goes on over it
        if line.blank or (ended and _heading_line(text, after)):
            paragraphs.append([])  # a paragraph's end, a contents page's line or a heading: no words of the summary
        elif glyph:
            paragraphs.append([Line(line.start + glyph.end(), line.end, line.text[glyph.end() :])])
        else:
            paragraphs[-1].append(line)
    kept = [p for p in paragraphs if p and not p[0].stripped[:1].islower()]  # not a lead-in's points ('… : there are')
    return [Passage(f"headline{n}", p) for n, p in enumerate(kept, start=1)]


def _heading_line(text: str, after: str) -> bool:
    """A short capitalised line that ends no sentence, over a capitalised line: 'Executive summary'."""
    return len(text.split()) <= 8 and text[:1].isupper() and not text.endswith((".", "!", "?", ",", ";")) and after[:1].isupper()
