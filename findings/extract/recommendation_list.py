"""Recommendation lists under a heading ('What needs to improve?', 'Recommendations', 'Areas for improvement').

Items open with a bullet glyph or a paragraph number; they wrap onto lines that may start with a capital.
A list ends where a line after a finished item neither opens an item nor is a sub-heading over more items,
or where the numbered items that follow no longer ask for anything (the findings that come after).
"""

from __future__ import annotations

import re

from findings.extract.judgement_table import OPENING
from findings.extract.lexicons import load_json, regex, regexes
from findings.extract.list_breaks import guessed_starts, page_between, page_foot, running_line, unread_list
from findings.extract.list_headings import (
    addresses_board,
    board_heading,
    is_contents_entry,
    list_heading,
    norm,
    section_names,
    urgency_first,
    urgency_of,
    wrapped_contents_entry,
    wrapped_heading,
)
from findings.extract.list_items import (
    bare_in_order,
    glyphless_item,
    indented_item,
    intro,
    intro_end,
    last_number,
    listed_phrase,
    next_glyphless,
    no_openers,
    numbered_on,
    opens_lower,
    phrase_lines,
    sub_heading,
)
from findings.extract.list_lines import (
    LOOKAHEAD,
    cells_apart,
    continues_item,
    ended,
    ends_a_phrase,
    footnote_mark,
    full_item,
    further_sentence,
    glued_mark,
    grade_line,
    graded_section,
    graded_soon,
    heading_here,
    heading_over_grade,
    last_but_one,
    line_text,
    list_goes_on,
    new_paragraph,
    next_line,
    page_footnote,
    paragraph_note,
    past_footnote,
    runs_on,
    sub_point,
    table_header,
    takes_a_figure,
    wants_more,
    words_after_number,
)
from findings.extract.list_markers import BARE, BULLET, LAYOUT, LETTER, asks, enumerated, in_order, numbered, opens
from findings.extract.list_prose import item_words, paragraph_ended, prose_after_bullets, prose_paragraph, statement_ends
from findings.extract.lower_phrases import lower_phrase_lines
from findings.extract.recommendation_item import by_section, count_made, make_recommendation, numbered_across
from findings.extract.unstopped_last import section_begins, unstopped_last_item
from findings.model import Document, Recommendation
from findings.segment.lines import Line

_ROW_NUMBER = re.compile(r"\d{1,2}\.?")  # a table's number cell, printed a line of its own


def _add(out: list[Recommendation], rec: Recommendation) -> None:
    """Add `rec` to the list, unless all it says is that there is none ('None.' under 'Priority and immediate action';
    report_layout.json 'no_item'): no recommendation, and no number taken from the items after it."""
    if not regex(LAYOUT, "no_item").fullmatch(rec.text.strip()):
        out.append(rec)


def _board_section_here(body: list[Line], i: int, board_re: re.Pattern[str]) -> int:
    """Over how many lines does the safeguarding board's section heading stand at `i` (extract/report_layout.json
    board_section, wrapped or not), no contents list's entry; 0 where it does not."""
    over = board_heading(body, i, board_re)
    return 0 if not over or wrapped_contents_entry(body, i + over - 1) else over


def _board_verdict_over(body: list[Line], i: int, title_page_end: int) -> bool:
    """Does the board's verdict stand as a heading straight over the list heading at `i`, below the title page ('The
    LSCB requires improvement' / 'Recommendation': a SIF report's board section printed without its own heading)? A
    verdict so printed has no stop; the summary's sentence ('The LSCB is good.') is no heading."""
    if i == 0 or body[i - 1].start <= title_page_end:
        return False
    above = body[i - 1].stripped
    return not above.endswith(".") and regex(LAYOUT, "board_judgement").match(above) is not None


def _heading_ends(
    current: list[Line], line: Line, opener: re.Match[str] | None, headings: frozenset[str], ending: frozenset[str]
) -> bool:
    """Is `line` a list heading the layout names, or a section heading that ends a list (report_layout.json
    list_end_headings: 'About this inspection', 'Strengths'), on a line of its own ('Areas for priority action' after
    an 'Areas for development' list), which ends the item above it whatever that item's punctuation (a letter's
    bullets may end without a stop): capitalised, no glyph or number, and the item above does not stop mid-phrase."""
    text = line.stripped  # (`ending`: the layout's list_end_headings, normalised once a report)
    return not opener and text[:1].isupper() and not wants_more(current) and (norm(text) in headings or norm(text) in ending)


def recommendation_lists(
    doc: Document,
    lines: list[Line],
    key: str,
    section: str | None = None,
    headings: list[str] | None = None,
    notes: list[str] | None = None,
) -> list[Recommendation]:
    """Every recommendation under every recommendation heading of the report, in reading order; `section` is the
    one section a report about one service sits in (its lists are numbered as that section's); `headings` are
    another layout's list headings (a visit letter's 'Areas for priority action'), else the report layout's; a
    heading under which no item is read, nor a line saying there is none, is said in `notes`."""
    layout = load_json(LAYOUT)
    headings = frozenset(norm(h) for h in (layout["recommendation_headings"] if headings is None else headings))
    urgencies = {norm(h): h.rstrip(":") for h in layout["urgency_headings"]}
    board_re, graded, back_matter = regex(LAYOUT, "board_section"), regex(LAYOUT, "graded_line"), regex(LAYOUT, "back_matter")
    other_words = regex(LAYOUT, "recommendation_heading")
    ending = frozenset(norm(h) for h in layout["list_end_headings"])
    known = headings | ending  # the headings a section of the report opens with, below a list's unstopped last item
    body = [line for line in lines if not line.blank and line.stripped not in ("\f",)]
    out: list[Recommendation] = []
    prefixes = {k: v for k, v in layout["section_identifiers"].items() if k != "description"}
    sections = {heading: (named, prefixes[named]) for heading, named in section_names(prefixes).items()}
    section_starts: list[tuple[int, tuple[str, str]]] = []  # (index in out, (section, identifier prefix))
    if section is not None and " ".join(section.split()).casefold() in sections:
        section_starts.append((0, sections[" ".join(section.split()).casefold()]))
    in_board = past_title = False
    addressed: list[tuple[int, str]] = []  # (index in out, whom the items from there are asked of)
    title_page_end = doc.page_starts[1] if len(doc.page_starts) > 1 else 0  # a paged report's title page ends there,
    dates = [m.start() for p in regexes(LAYOUT, "fieldwork") if (m := p.search(doc.text, 0, OPENING))]
    title_page_end = max(title_page_end, min(dates, default=0))  # a copy's title at its inspection's dates
    i = 0
    while i < len(body):
        text = body[i].stripped
        if i > 0 and (body[i].start > title_page_end or past_title) and _board_section_here(body, i, board_re):
            in_board = True  # not the title's own words ('… and Review of the effectiveness of the Local Safeguarding'),
            # which stand above the report's lists: a short report's first page may hold its lists and the board's
        if text[:1].isupper() and " ".join(text.split()).casefold() in sections:  # a heading, not a line of prose
            section_starts.append((len(out), sections[" ".join(text.split()).casefold()]))  # ('services for children …')
        wrapped = wrapped_heading(body, i, headings, other_words)
        if wrapped:
            text = f"{text} {body[i + 1].stripped}"
        if not (wrapped or list_heading(text, headings, other_words)) or is_contents_entry(body, i + wrapped):
            i += 1
            continue
        in_board = addresses_board(text, in_board or _board_verdict_over(body, i, title_page_end))
        heading = body[i : i + 1 + wrapped]  # its line, or its two
        past_title = True  # a list heading, below the title: a board section's heading from here on is the section's
        i += 1 + wrapped
        made, first = len(out), i  # the list's items start here, on this line
        headed = made  # and the items under its latest list heading ('Areas for improvement' after priority actions)
        glyphless: bool | None = None  # set by the first item: True when no line of the list opens with a glyph or number
        scope = None
        urgency = urgency_of(text, urgencies)
        current: list[Line] = []
        lettered: re.Match[str] | None = None  # the marker of the list's last lettered item
        afresh = False  # under a sub-heading or a timescale ('Within three months:'): lettering may start again
        bare_last: int | None = None  # the number of the list's last item numbered with only a space ('2 The …')
        tabled = False  # under a table's header row ('Recommendation | Timescale'): a timescale is the row's, not a heading
        row_cell = False  # the line before was a table's number cell on a line of its own: this line is its row's item
        sub_headed: Line | None = None  # the last line of the latest sub-heading over the list's next items
        while i < len(body):
            line = body[i]
            if cut := footnote_mark(doc, body, i, current):  # '1 applies …': the mark of a footnote, no word of the item
                line = body[i] = Line(line.start + cut, line.end, line.text[cut:])
            if glued := glued_mark(doc, body, i):  # 'Outline3 is …': the mark no word of the item, the line its two sides
                tail = Line(glued[1], line.end, doc.text[glued[1] : line.end])
                line = body[i] = Line(line.start, glued[0], doc.text[line.start : glued[0]])
                if not tail.blank:
                    body.insert(i + 1, tail)
            if not tabled and (first := urgency_first(line.text, urgencies)) and asks(line.text[first[1] :]):
                if current:  # 'Within three months: ensure that …': the timescale heads this item and those after it
                    _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                    current = []
                urgency, afresh = first[0], True
                line = body[i] = Line(line.start + first[1], line.end, line.text[first[1] :])  # the item's words after it
            text = line.stripped
            opener = opens(line)
            if opener and opener.re is LETTER and not (in_order(opener, lettered) or (afresh and in_order(opener, None))):
                opener = None  # '(c)' after '(a)', or 'I. …': a letter out of order marks no item
            opener = opener or bare_in_order(body, i, current, graded, len(out) == made, bare_last)
            bare_last = int(opener.group("n")) if opener and opener.re is BARE else bare_last
            if back_matter.match(text):
                break  # the report's end matter ('Record of main findings', 'Information about this inspection')
            if not opener and text[:1].isupper() and norm(text) in ending and not (current and wants_more(current)):
                break  # a section heading ('Inspection judgements about the local authority'): the list is over, though
                # the section's numbered paragraphs run on from its items' numbers
            if (not current or ended(current)) and text[:1].isupper() and _board_section_here(body, i, board_re):
                break  # the board review's heading ('Review of the effectiveness of the local safeguarding' / 'children
                # board (LSCB)'): the list before it is over, and the outer walk reads the section from there
            if current and not opener and graded_section(text):
                break  # the next section's heading with its grade: an item without a stop does not run on into it
            if (
                current
                and not opener
                and not ended(current)
                and not wants_more(current)
                and section_begins(body, i, graded, known, sections)
            ):
                break  # the next section's heading (wrapped, or over its grade line) under an item without a stop
            if not (opener and opener.re is BARE) and (after := page_footnote(doc, body, i, current)) is not None:
                i = after  # the foot of a page the list breaks over: a footnote, no item's words
                continue
            if row_cell and not opener and not current:
                current, row_cell = [line], False  # a web page's table, a cell a line: '2' / 'Management oversight …'
                i += 1
                continue
            row_cell = False
            if tabled and _ROW_NUMBER.fullmatch(text):
                if current:  # a table's number cell on a line of its own: the row before has ended
                    _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                    current = []
                row_cell = True
                i += 1
                continue
            if not current and len(out) == made and not tabled and (over := table_header(body, i)):
                tabled = True  # the list is a table: each item's row gives its timescale after it, in a cell of its own
                rows = body[i + over : i + over + LOOKAHEAD]
                body[i + over : i + over + LOOKAHEAD] = cells_apart(rows, urgencies, body[i : i + over])
                i += over
                continue
            if (
                opener
                and current
                and (continues_item(line, opener) or sub_point(current, line, opener) or ends_a_phrase(current, line, opener))
            ):
                current.append(line)  # '- and local needs to provide …', or a sub-point of an item ending in ':'
            elif opener and (after_intro := intro_end(body, i, opening=not current and len(out) == made)) is not None:
                if current:
                    _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                current = []
                i = after_intro
                continue
            elif opener:
                if current:
                    _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                if not tabled and (numbered(line.text) or opener.re is BARE) and not asks(words_after_number(body, i)):
                    if body[i - 1] is sub_headed and len(out) > made and all(asks(r.text) for r in out[made:]):
                        current = []  # a numbered paragraph that states, not asks, under a heading over a list that asks:
                        break  # the report's next section, its paragraphs numbered on from the list's items
                    if not any(  # numbered on through the list, or afresh under its latest heading
                        listed_phrase(body, i, out[start:])
                        or numbered_on(body, i, current, len(out) > start, last_number(out[start:]))
                        for start in {made, headed}
                    ):
                        current = []
                        break
                current = [line]
                lettered, afresh = (opener if opener.re is LETTER else lettered), False
                glyphless = False if glyphless is None else glyphless
            elif re.fullmatch(r"\d{1,2}", text) and not current:
                pass  # a footnote mark under the heading
            elif (
                re.fullmatch(r"\d{1,3}", text)
                and current
                and not ended(current)
                and not takes_a_figure(current[-1])  # not '… up to the age of' / '25' / 'receive …': the item's figure
                and (runs_on(current, line_text(body, i + 1)) or page_foot(doc, body, i))
            ):
                pass  # a page's number a text copy kept between an item's lines ('… who goes missing' / '4' / 'and that …'),
                # or under an unstopped last item at its page's foot
            elif (period := urgency_of(text, urgencies)) is not None and (
                norm(text) in urgencies or text.rstrip().endswith(":") or text[:1].isupper()
            ):  # a pattern-read heading is capitalised or ends with a colon: '… completed / within 45 days / and …' is words
                if current:
                    _add(
                        out,
                        make_recommendation(
                            doc, current, key, scope, period if tabled else urgency, in_board, count_made(out, in_board)
                        ),
                    )
                    current = []
                if not tabled:
                    urgency, afresh = period, True
            elif not opener and (not current or ended(current)) and regex(LAYOUT, "no_item").fullmatch(text):
                if current:  # 'Immediately:' / 'None.': no item under that timescale, the list goes on under the next
                    _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                current = []
            elif (
                glyphless
                and current
                and ended(current)
                and not opener
                and (over := unstopped_last_item(body, i, graded, known, sections))
            ):
                _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                current = body[i : i + over]  # the list's last item, its bullet drawn as a picture and no stop, over the
                i += over - 1  # next section's heading: an item, not a heading of its own
            elif grade_line(text, graded) or (heading_over_grade(body, i, graded) and not runs_on(current, text)):
                break  # the next section's heading and grade: the list is over
            elif (
                current
                and not wants_more(current)
                and text[:1].isupper()
                and (
                    ("\f" in doc.text[current[-1].end : line.start] and graded_soon(body, i, graded))
                    or (
                        (BULLET.match(current[0].text) or LETTER.match(current[0].text) or (glyphless and not asks(text)))
                        and heading_here(body, i, graded)
                    )
                )
            ):  # the list is over: the next section's heading (after a page break, or after an unpunctuated last
                break  # bullet, or item of a list whose glyphs were lost, where the line asks nothing), then its grade line or
                # first numbered paragraph
            elif (
                glyphless
                and current
                and not wants_more(current)
                and next_glyphless(
                    text,
                    current,
                    body,
                    i,
                    lower=opens_lower(out[made:], current),
                    over_page="\f" in doc.text[current[-1].end : line.start],
                )
            ):
                _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                current = [line]  # a list without glyphs whose items end without a stop: the next one starts with its verb
            elif not opener and (current == [] or ended(current)) and (who := regex(LAYOUT, "addressee_heading").match(text)):
                if current:  # 'Kent Police should:' over the items it asks of them (a JTAI letter's agencies)
                    _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                    current = []
                addressed.append((len(out), who.group("who")))
            elif current and not opener and indented_item(current, line):
                _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                current = [line]  # a lost glyph's space before each item's first line only
            elif current and not opener and prose_after_bullets(body, i, current, [r.text for r in out[made:]]):
                break  # the report's prose straight after an unstopped bulleted list ('Leaders have …'): not the last item's
            elif (
                current
                and (not ended(current) or (text[:1].islower() and not asks(text)) or text.startswith("("))
                and not _heading_ends(current, line, opener, headings, ending)
                and not (last_but_one(current[-1]) and asks(text, modal=False))  # '… compliance; and' / 'improve the …'
                and not new_paragraph(doc, current, line)  # a paragraph or heading after a blank line: no word of the item
            ):
                current.append(line)
            elif current and enumerated(current) and asks(text) and next_line(doc, current, line):
                current.append(line)  # a numbered item's further sentence that asks too: a number is never lost
            elif not current and len(out) == made and glyphless is None and intro(body, i):
                if (after_intro := intro_end(body, i)) is not None:
                    i = after_intro  # '… should take the / following action.' wrapped: every line of it
                    continue
                pass  # a line that introduces the items ('To improve outcomes, the local authority should:')
            elif not current and (
                (
                    len(out) == headed
                    and (glyphless is None or headed > made)
                    and (phrases := phrase_lines(body, i, graded, sections))
                )
                or (len(out) == headed and (phrases := lower_phrase_lines(body, i, graded, sections)))
            ):
                for item in phrases:  # items that name what must improve, a line each, no glyph, number or stop
                    _add(out, make_recommendation(doc, item, key, scope, urgency, in_board, count_made(out, in_board)))
                if notes is not None:  # where an item's start was only guessed from its capital: said
                    notes.extend(guessed_starts(doc, key, heading, phrases))
                i = body.index(phrases[-1][-1]) + 1
                break
            elif asks(text) and (not current or ended(current) or last_but_one(current[-1])) and period is None:
                if current:  # an item whose bullet glyph was lost: it asks, and the one before had ended
                    _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                current = [line]
                glyphless = no_openers(body, i, graded) if glyphless is None else glyphless
            elif list_heading(text, headings, other_words):
                if current:
                    _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                    current = []
                scope, urgency = None, urgency_of(text, urgencies)
                headed, afresh = len(out), True  # a list of its own: it may number or letter its items afresh
            elif over := sub_heading(
                body, i, current, len(out) > made, last_number(out[made:]), len(out) > made and not any(map(opens, body[first:i]))
            ):
                if current:
                    _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                    current = []
                scope = " ".join(line.stripped for line in body[i : i + over])  # a sub-heading over the next items
                afresh = True
                i += over - 1
                sub_headed = body[i]
            elif current and (after := paragraph_note(doc, body, i, current)) is not None:
                i = after  # a note a Word copy sets as a paragraph after an item: no words of it, the list goes on
                continue
            elif (
                current
                and further_sentence(text, body[i + 1 : i + 2])
                and not heading_here(body, i, graded)
                and next_line(doc, current, line)
                and (enumerated(current) or list_goes_on(body, i, current))
                and not paragraph_ended(doc, body, first, i, current)
                and not prose_paragraph(full_item(body, i), item_words(current))
                and not statement_ends(body, i, current)
            ):
                current.append(line)  # 'This includes …': the item goes on with another sentence
            elif current and ended(current) and (after := past_footnote(doc, body, i, current)):
                i = after  # a page's footnote after a finished item; the numbered list goes on over the page
                continue
            elif (glyphless is not False and glyphless_item(body, i, current, graded)) or (
                glyphless is False
                and current
                and BULLET.match(current[0].text)  # a glyph may be printed as a picture, a number never
                and current[-1] is body[i - 1]
                and page_between(doc, current[-1].end, line.start)
                and glyphless_item(body, i, current, graded, over_page=True)
            ):
                if current:  # a list whose glyphs never reached the text: each item starts a line, capitalised
                    _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
                current = [line]
                glyphless = True
            elif running_line(doc, body, i, current, urgencies):
                pass  # a page's running head or foot between the list's items: the list goes on under it
            else:
                break
            i += 1
        if current:
            _add(out, make_recommendation(doc, current, key, scope, urgency, in_board, count_made(out, in_board)))
        if notes is not None and len(out) == made and (note := unread_list(doc, key, heading, body[first:i])):
            notes.append(note)
    numbered_across(out)
    by_section(out, section_starts)
    ends = [start for start, _ in addressed[1:]] + [len(out)]  # each addressee's items run to the next's
    for (start, who), end in zip(addressed, ends[: len(addressed)], strict=True):
        for rec in out[start:end]:
            rec.addressed_to = rec.addressed_to or who
    return out
