"""Recommendation lists under a heading ('What needs to improve?', 'Recommendations', 'Areas for improvement').

Items open with a bullet glyph or a paragraph number; they wrap onto lines that may start with a capital.
A list ends where a line after a finished item neither opens an item nor is a sub-heading over more items,
or where the numbered items that follow no longer ask for anything (the findings that come after).
"""

from __future__ import annotations

import re

from findings.extract.areas import area_key, grade_at_end
from findings.extract.lexicons import load_json, regex
from findings.extract.list_headings import (
    HEADING_LINES,
    TERMINAL,
    addresses_board,
    board_heading,
    is_contents_entry,
    list_heading,
    norm,
    section_names,
    urgency_of,
    wrapped_contents_entry,
    wrapped_heading,
)
from findings.extract.spans import line_spans
from findings.model import Document, Recommendation
from findings.segment.lines import Line
from findings.segment.lists import BULLETS
from findings.segment.view import View, unwrap

LAYOUT = "report_layout.json"
ORDINALS = "lexicons/ordinals.json"
_DASHES = "-–─—−→"  # glyphs that open a sub-point but may also be a dash (or an arrow) of the prose
_BULLET = re.compile(  # symbol fonts map glyphs to private use; Word's second-level bullet comes out as a letter 'o'
    rf"^\s*(?:[{re.escape(BULLETS)}]|[\ue000-\uf8ff]|o(?=\s+\S))\s*"
)
_INNER_BULLET = re.compile(  # a sub-point's glyph inside the joined text; 'o' only before a word ('o f' is a split 'of')
    rf"\s(?:[{re.escape(''.join(c for c in BULLETS if c not in _DASHES))}]|[\ue000-\uf8ff]|o(?=\s+[a-z]{{2}}))\s+"
)
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z]{3})\d{1,2}(?=[a-z]{3})")
_NUMBER = regex(LAYOUT, "item_number")  # '1.', '1)', '(1)'; '1.Ensure' where a PDF's text lost the space
_NAMED = regex(LAYOUT, "item_named")  # 'Recommendation one:': the number in words (lexicons/ordinals.json 'words')
_BARE = regex(LAYOUT, "item_number_bare")  # '1 The …': a number only in order (_bare_in_order)
_LETTER = regex(LAYOUT, "item_letter")  # '(a)', 'b)', 'C.', '(ii)', 'iv.': an item only in order (_in_order)


def asks(text: str, modal: bool = True) -> bool:
    """Does the item ask for something: an imperative verb first, or (unless `modal` is False) 'X should …'?"""
    lexicon = load_json("lexicons/imperatives.json")
    words = [w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text[:200])]
    if words and words[0] in lexicon["adverbs"]:
        words = words[1:]
    if words and (words[0] in lexicon["verbs"] or words[0].split("-")[-1] in lexicon["verbs"]):
        return True  # 'Re-establish', 'Co-ordinate': the verb after a prefix
    return modal and bool(re.search(lexicon["modal"], text[:120]))


def _numbered(text: str) -> re.Match[str] | None:
    """The item's number where `text` opens with one: '1.', '(1)', 'Recommendation 1:', or in words ('Recommendation
    one:', a number word of lexicons/ordinals.json)."""
    number = _NUMBER.match(text)
    if number is None and (named := _NAMED.match(text)) and named.group("w").casefold() in load_json(ORDINALS)["words"]:
        return named
    return number


def _value(number: re.Match[str]) -> int:
    """The number a match of `_numbered` (or of a bare number) gives."""
    words = number.groupdict()
    return int(words["n"]) if words.get("n") else load_json(ORDINALS)["words"][words["w"].casefold()]


def _without_number(text: str) -> str:
    number = _numbered(text) or _BARE.match(text)
    return text[number.end() :] if number else text


def _bare_in_order(
    body: list[Line], i: int, current: list[Line], graded: re.Pattern[str], list_started: bool, last: int | None
) -> re.Match[str] | None:
    """'1 The response to …' over '2 The quality of …': a number with only a space after it opens an item, whatever
    its words, where the list numbers so in order: the item before it was numbered so, one less (`last`, or the item
    being read); or it is the list's first, 1, and a line further down the list (before the next heading) opens 2 so.
    A page's footnote ('1 The areas for improvement …') numbers no list so."""
    bare = _BARE.match(body[i].text)
    if bare is None:
        return None
    number = int(bare.group("n"))
    before = _BARE.match(current[0].text) if current else None
    if before is not None or (not current and last is not None):
        return bare if (int(before.group("n")) if before else last) + 1 == number else None
    if current or number != 1 or not list_started:
        return None
    for j in range(i + 1, min(len(body), i + _LOOKAHEAD)):
        if graded.match(body[j].stripped) or _heading_here(body, j, graded) or _opens(body[j]):
            return None
        if (nxt := _BARE.match(body[j].text)) and int(nxt.group("n")) == number + 1:
            return bare
    return None


def _opens(line: Line) -> re.Match[str] | None:
    return _BULLET.match(line.text) or _numbered(line.text) or _LETTER.match(line.text)


def _enumerated(item: list[Line]) -> bool:
    """Does the item open with a number or a letter ('3.', '(c)'), not a bullet? Its further sentences are its own."""
    return bool(_numbered(item[0].text) or _LETTER.match(item[0].text))


def _in_order(opener: re.Match[str], last: re.Match[str] | None) -> bool:
    """Does a letter or roman numeral open an item here: the list's first lettered item is '(a)', 'i.' or 'A.' (any
    case, any brackets), each next one the letter or numeral after the last item's, marked alike ('(b)' after '(a)',
    'iv.' after 'iii.')? A letter out of order ('(c)' after '(a)', 'I.' opening a sentence) opens nothing."""
    this = opener.group("l")
    if last is None:
        return this in ("a", "i", "A", "I")
    before = last.group("l")
    if _form(opener) != _form(last) or this.islower() != before.islower():
        return False
    if len(this) == 1 and len(before) == 1 and ord(this) == ord(before) + 1:
        return True
    return _roman(before) is not None and _roman(this) == _roman(before) + 1


def _form(marker: re.Match[str]) -> tuple[bool, str]:
    """How a number or letter is marked: in brackets or not, and the character closing it ('.', ')'; none where the
    number itself ends the marker: 'Recommendation 3', 'R3', 'Recommendation three')."""
    closing = marker.group().strip()[-1:]
    return bool(marker.groupdict().get("open")), "" if closing.isalnum() else closing


def _roman(numeral: str) -> int | None:
    """The value of a roman numeral up to 'xx' (None if the letters are none)."""
    values = {"i": 1, "v": 5, "x": 10}
    folded = numeral.casefold()
    if not folded or any(c not in values for c in folded):
        return None
    total = 0
    for n, c in enumerate(folded):
        value = values[c]
        total += -value if n + 1 < len(folded) and values[folded[n + 1]] > value else value
    return total


def recommendation_lists(
    doc: Document, lines: list[Line], key: str, section: str | None = None, headings: list[str] | None = None
) -> list[Recommendation]:
    """Every recommendation under every recommendation heading of the report, in reading order; `section` is the
    one section a report about one service sits in (its lists are numbered as that section's); `headings` are
    another layout's list headings (a visit letter's 'Areas for priority action'), else the report layout's."""
    layout = load_json(LAYOUT)
    headings = {norm(h) for h in (layout["recommendation_headings"] if headings is None else headings)}
    urgencies = {norm(h): h.rstrip(":") for h in layout["urgency_headings"]}
    board_re, graded, back_matter = regex(LAYOUT, "board_section"), regex(LAYOUT, "graded_line"), regex(LAYOUT, "back_matter")
    other_words = regex(LAYOUT, "recommendation_heading")
    body = [line for line in lines if not line.blank and line.stripped not in ("\f",)]
    out: list[Recommendation] = []
    prefixes = {k: v for k, v in layout["section_identifiers"].items() if k != "description"}
    sections = {heading: (named, prefixes[named]) for heading, named in section_names(prefixes).items()}
    section_starts: list[tuple[int, tuple[str, str]]] = []  # (index in out, (section, identifier prefix))
    if section is not None and " ".join(section.split()).casefold() in sections:
        section_starts.append((0, sections[" ".join(section.split()).casefold()]))
    in_board = False
    title_page_end = doc.page_starts[1] if len(doc.page_starts) > 1 else 0  # a paged report's title page ends there
    i = 0
    while i < len(body):
        text = body[i].stripped
        if (
            i > 0
            and body[i].start > title_page_end
            and (lines_over := board_heading(body, i, board_re))
            and (not wrapped_contents_entry(body, i + lines_over - 1))
        ):
            in_board = True  # not the title's own words ('… and Review of the effectiveness of the Local Safeguarding')
        if text[:1].isupper() and " ".join(text.split()).casefold() in sections:  # a heading, not a line of prose
            section_starts.append((len(out), sections[" ".join(text.split()).casefold()]))  # ('services for children …')
        wrapped = wrapped_heading(body, i, headings, other_words)
        if wrapped:
            text = f"{text} {body[i + 1].stripped}"
        if not (wrapped or list_heading(text, headings, other_words)) or is_contents_entry(body, i + wrapped):
            i += 1
            continue
        in_board = addresses_board(text, in_board)
        i += 1 + wrapped
        made = len(out)  # the list's items start here
        headed = made  # and the items under its latest list heading ('Areas for improvement' after priority actions)
        glyphless: bool | None = None  # set by the first item: True when no line of the list opens with a glyph or number
        scope = None
        urgency = urgency_of(text, urgencies)
        current: list[Line] = []
        lettered: re.Match[str] | None = None  # the marker of the list's last lettered item
        afresh = False  # under a sub-heading or a timescale ('Within three months:'): lettering may start again
        bare_last: int | None = None  # the number of the list's last item numbered with only a space ('2 The …')
        tabled = False  # under a table's header row ('Recommendation | Timescale'): a timescale is the row's, not a heading
        while i < len(body):
            line = body[i]
            text = line.stripped
            opener = _opens(line)
            if opener and opener.re is _LETTER and not (_in_order(opener, lettered) or (afresh and _in_order(opener, None))):
                opener = None  # '(c)' after '(a)', or 'I. …': a letter out of order marks no item
            opener = opener or _bare_in_order(body, i, current, graded, len(out) == made, bare_last)
            bare_last = int(opener.group("n")) if opener and opener.re is _BARE else bare_last
            if back_matter.match(text):
                break  # the report's end matter ('Record of main findings', 'Information about this inspection')
            if current and not opener and _graded_section(text):
                break  # the next section's heading with its grade: an item without a stop does not run on into it
            if not (opener and opener.re is _BARE) and (after := _page_footnote(doc, body, i, current)) is not None:
                i = after  # the foot of a page the list breaks over: a footnote, no item's words
                continue
            if not current and len(out) == made and not tabled and (over := _table_header(body, i)):
                tabled = True  # the list is a table: each item's row gives its timescale after it, in a cell of its own
                body[i + over : i + over + _LOOKAHEAD] = _cells_apart(body[i + over : i + over + _LOOKAHEAD], urgencies)
                i += over
                continue
            if (
                opener
                and current
                and (_continues_item(line, opener) or _sub_point(current, line, opener) or _ends_a_phrase(current, line, opener))
            ):
                current.append(line)  # '- and local needs to provide …', or a sub-point of an item ending in ':'
            elif opener and regex(LAYOUT, "list_intro").search(_full_item(body, i)):
                if current:
                    out.append(_make(doc, current, key, scope, urgency, in_board, _count(out, in_board)))
                current = []
                i = _skip_item(body, i)
                continue
            elif opener:
                if current:
                    out.append(_make(doc, current, key, scope, urgency, in_board, _count(out, in_board)))
                if not tabled and (_numbered(line.text) or opener.re is _BARE) and not asks(_words_after_number(body, i)):
                    if not any(  # numbered on through the list, or afresh under its latest heading
                        _listed_phrase(body, i, out[start:])
                        or _numbered_on(body, i, current, len(out) > start, _last_number(out[start:]))
                        for start in {made, headed}
                    ):
                        current = []
                        break
                current = [line]
                lettered, afresh = (opener if opener.re is _LETTER else lettered), False
                glyphless = False if glyphless is None else glyphless
            elif re.fullmatch(r"\d{1,2}", text) and not current:
                pass  # a footnote mark under the heading
            elif (period := urgency_of(text, urgencies)) is not None and (
                norm(text) in urgencies or text.rstrip().endswith(":") or text[:1].isupper()
            ):  # a pattern-read heading is capitalised or ends with a colon: '… completed / within 45 days / and …' is words
                if current:
                    out.append(_make(doc, current, key, scope, period if tabled else urgency, in_board, _count(out, in_board)))
                    current = []
                if not tabled:
                    urgency, afresh = period, True
            elif _grade_line(text, graded) or (
                i + 1 < len(body) and _grade_line(body[i + 1].stripped, graded) and not _goes_on(current, text)
            ):
                break  # the next section's heading and grade: the list is over
            elif (
                current
                and not _wants_more(current)
                and text[:1].isupper()
                and (
                    ("\f" in doc.text[current[-1].end : line.start] and _graded_soon(body, i, graded))
                    or ((_BULLET.match(current[0].text) or _LETTER.match(current[0].text)) and _heading_here(body, i, graded))
                )
            ):  # the list is over: the next section's heading (after a page break, or after an unpunctuated last
                break  # bullet), then its grade line or first numbered paragraph
            elif (
                glyphless
                and current
                and not _wants_more(current)
                and _next_glyphless(text, current, body, i, lower=_opens_lower(out[made:], current))
            ):
                out.append(_make(doc, current, key, scope, urgency, in_board, _count(out, in_board)))
                current = [line]  # a list without glyphs whose items end without a stop: the next one starts with its verb
            elif current and (not _ended(current) or (text[:1].islower() and not asks(text)) or text.startswith("(")):
                current.append(line)
            elif current and _enumerated(current) and asks(text) and _next_line(doc, current, line):
                current.append(line)  # a numbered item's further sentence that asks too: a number is never lost
            elif not current and len(out) == made and glyphless is None and _intro(body, i):
                if regex(LAYOUT, "list_intro").search(_full_item(body, i)):
                    i = _skip_item(body, i)  # '… should take the / following action.' wrapped: every line of it
                    continue
                pass  # a line that introduces the items ('To improve outcomes, the local authority should:')
            elif not current and len(out) == made and glyphless is None and (phrases := _phrase_lines(body, i, graded, sections)):
                for item in phrases:  # items that name what must improve, a line each, no glyph, number or stop
                    out.append(_make(doc, item, key, scope, urgency, in_board, _count(out, in_board)))
                i = body.index(phrases[-1][-1]) + 1
                break
            elif asks(text) and (not current or _ended(current)) and period is None:
                if current:  # an item whose bullet glyph was lost: it asks, and the one before had ended
                    out.append(_make(doc, current, key, scope, urgency, in_board, _count(out, in_board)))
                current = [line]
                glyphless = _no_openers(body, i, graded) if glyphless is None else glyphless
            elif list_heading(text, headings, other_words):
                if current:
                    out.append(_make(doc, current, key, scope, urgency, in_board, _count(out, in_board)))
                    current = []
                scope, urgency = None, urgency_of(text, urgencies)
                headed, afresh = len(out), True  # a list of its own: it may number or letter its items afresh
            elif over := _sub_heading(body, i, current, len(out) > made, _last_number(out[made:])):
                if current:
                    out.append(_make(doc, current, key, scope, urgency, in_board, _count(out, in_board)))
                    current = []
                scope = " ".join(line.stripped for line in body[i : i + over])  # a sub-heading over the next items
                afresh = True
                i += over - 1
            elif (
                current
                and _further_sentence(text, body[i + 1 : i + 2])
                and not _heading_here(body, i, graded)
                and _next_line(doc, current, line)
                and (_enumerated(current) or _list_goes_on(body, i, current))
            ):
                current.append(line)  # 'This includes …': the item goes on with another sentence
            elif current and _ended(current) and (after := _past_footnote(doc, body, i, current)):
                i = after  # a page's footnote after a finished item; the numbered list goes on over the page
                continue
            elif glyphless is not False and _glyphless_item(body, i, current, graded):
                if current:  # a list whose glyphs never reached the text: each item starts a line, capitalised
                    out.append(_make(doc, current, key, scope, urgency, in_board, _count(out, in_board)))
                current = [line]
                glyphless = True
            else:
                break
            i += 1
        if current:
            out.append(_make(doc, current, key, scope, urgency, in_board, _count(out, in_board)))
    _numbered_across(out)
    _by_section(out, section_starts)
    return out


def _goes_on(current: list[Line], text: str) -> bool:
    """Does the line, in lower case, go on with an item that has not ended ('Management oversight of' / 'decisions
    in the front door …'), though a section's grade line follows it: the item's words, not a heading over the grade?"""
    return bool(current) and not _ended(current) and text[:1].islower()


def _graded_section(text: str) -> bool:
    """Is the line a judgement area's section heading with its grade ('The experiences and progress of children who
    need help and protection: inadequate'), short, the area one the grades lexicon knows?"""
    area, colon, grade = text.rpartition(":")
    return bool(colon) and len(text) <= _SECTION_LONGEST and grade_at_end(grade) is not None and area_key(area) is not None


_SECTION_LONGEST = 160  # characters: a section's heading with its grade is one line, or two run together


def _table_header(body: list[Line], i: int) -> int:
    """Over how many lines (one, or two where each cell printed a line: 'Recommendation' / 'Timescale') does a table's
    header row stand at `i`, over a list whose rows give each item's timescale (extract/report_layout.json
    list_table_header); 0 where none does."""
    header = regex(LAYOUT, "list_table_header")
    for over in (1, 2):
        cells = [line.stripped for line in body[i : i + over]]
        if len(cells) == over and header.match(" ".join(cells)):
            return over
    return 0


def _cells_apart(lines: list[Line], urgencies: dict[str, str]) -> list[Line]:
    """A table's rows printed a line each ('Improve the …<tab>Within three months'), as two lines: the item's cell and
    its timescale's, where the last cell, after a tab or a run of spaces, is a timescale."""
    out: list[Line] = []
    for line in lines:
        cells = _LAST_CELL.search(line.text)
        if cells and line.text[: cells.start()].strip() and urgency_of(cells.group("cell"), urgencies) is not None:
            out.append(Line(line.start, line.start + cells.start(), line.text[: cells.start()]))
            at = cells.start("cell")
            out.append(Line(line.start + at, line.end, line.text[at:]))
        else:
            out.append(line)
    return out


_LAST_CELL = re.compile(r"(?:\t|\s{2,}|\s*\|\s*)(?P<cell>[^\t|]+?)\s*\|?\s*$")  # a row's last cell, after a tab, spaces or a rule


def _numbered_across(recs: list[Recommendation]) -> None:
    """Lists that each number their items from 1 ('Areas for priority action' 1, then 'Areas for improvement' 1, 2)
    are numbered on across the lists, by place, as a letter's items are known ('area for improvement 1' after one
    priority action is recommendation 2): where a number repeats, the council's (or the board's) items are all
    numbered by their place."""
    for board in (False, True):
        mine = [r for r in recs if r.identifier.startswith("lscb-") == board]
        if len({r.identifier for r in mine}) == len(mine):
            continue
        for ordinal, rec in enumerate(mine, start=1):
            rec.identifier = ("lscb-" if board else "") + str(ordinal)


def _grade_line(text: str, graded: re.Pattern[str]) -> bool:
    """Does the line print a section's grade: 'Grade 3 (Adequate)', or a label and a grade after a colon ('Overall
    effectiveness: good', 'Judgement: Adequate': the layout's 'labelled_grade')? A list ends before it."""
    if graded.match(text):
        return True
    labelled = regex(LAYOUT, "labelled_grade/line").match(text)
    grade = grade_at_end(labelled.group("grade")) if labelled else None
    return grade is not None and grade.start == 0


def _listed_phrase(body: list[Line], i: int, made: list[Recommendation]) -> bool:
    """Is the numbered line at `i` an item that names what must improve ('1. The quality of early help
    assessments.'), as a JTAI letter numbers them, rather than the report's next numbered paragraph? Only in a list
    whose items all name rather than ask: the first is numbered 1, each next number follows on, and each is one
    short sentence (a report's numbered paragraphs of findings are longer, and follow a list that asks), or as long as
    an order may be (two sentences, 'so that …' running on) where its opening words name an area and say nothing of
    it: none of them one of the lexicon's 'finite_verbs' ('Family hubs are …' is a finding)."""
    number = _value(_numbered(body[i].text) or _BARE.match(body[i].text))
    if number != len(made) + 1 or any(asks(item.text, modal=False) for item in made):
        return False
    text = _without_number(_full_item(body, i))
    if not text.endswith(TERMINAL):
        return False
    if len(text) <= _PHRASE_LONGEST and not _SENTENCE_BREAK.search(text[:-1]):
        return True
    opening = [w.lower() for w in re.findall(r"[A-Za-z]+", _SENTENCE_BREAK.split(text)[0])[:_NAMING_WORDS]]
    finite = load_json("lexicons/imperatives.json")["finite_verbs"]
    return (
        len(text) <= _ORDER_LONGEST
        and len(_SENTENCE_BREAK.findall(text)) < _ORDER_SENTENCES
        and not any(word in finite for word in opening)
    )


def _last_number(made: list[Recommendation]) -> int | None:
    """The number of the list's last item so far, where it was numbered."""
    return int(made[-1].identifier) if made and made[-1].identifier.isdigit() else None


def _numbered_on(body: list[Line], i: int, before: list[Line], listed: bool, last: int | None = None) -> bool:
    """Is the numbered line at `i` the list's next item though it opens with a verb the lexicon does not list
    ('14. Introduce a system …', '3. Set up …')? It follows straight on from the numbered item before (`before`,
    else the list's last item numbered `last`, a sub-heading between: the next number), or is the list's first
    (`listed` False), and reads as an order, not a
    finding's statement: its first word capitalised and none of the lexicon's 'statement_openers' ('The',
    'Children', 'In'), no plural ('Leaders') nor participle ('Following'), none of the three words after it a
    'finite_verbs' ('Partnership working is strong'), and as short as an item is (a finding's paragraph runs on)."""
    line = body[i]
    previous = (_numbered(before[0].text) or _BARE.match(before[0].text)) if before else None
    number = _value(previous) if previous else None if before else last
    if listed and (number is None or number + 1 != _value(_numbered(line.text) or _BARE.match(line.text))):
        return False
    item = _without_number(_full_item(body, i))
    if len(item) > _ORDER_LONGEST or len(_SENTENCE_BREAK.findall(item)) >= _ORDER_SENTENCES:
        return False
    lexicon = load_json("lexicons/imperatives.json")
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", item[:120])
    if words and words[0].lower() in lexicon["adverbs"]:
        words = words[1:]
    if len(words) < 2 or not words[0][:1].isupper() or words[0][1:2].isupper():
        return False  # an order opens with a capitalised verb, not an acronym ('IROs …')
    first = words[0].lower()
    plural = first.endswith("s") and not first.endswith("ss")
    participle = first.endswith("ing") and len(first) > _SHORTEST_PARTICIPLE  # 'Following …', not 'Bring …'
    return (
        first not in lexicon["statement_openers"]
        and not plural
        and not participle
        and not any(word.lower() in lexicon["finite_verbs"] for word in words[1:4])
    )


_ORDER_LONGEST = 400  # characters: a recommendation, not a paragraph of findings
_ORDER_SENTENCES = 2  # sentences: an item may go on with one more ('This includes …'), a finding's paragraph runs on
_SHORTEST_PARTICIPLE = 5  # letters: 'Bring' and 'Sing' are verbs' own forms


_PHRASE_LONGEST = 250  # characters: one item naming an area, not a paragraph of findings
_NAMING_WORDS = 6  # words: an item naming an area ('Management oversight and the quality of …') says nothing of it so soon
_SENTENCE_BREAK = re.compile(r"[.?!][”’\"]?\s+[A-Z]")


def _opens_lower(made: list[Recommendation], current: list[Line]) -> bool:
    """Do this list's items open in lower case ('ensure that …', as SLAC lists print them)?"""
    return any(rec.text[:1].islower() for rec in made) or current[0].stripped[:1].islower()


def _next_glyphless(text: str, current: list[Line], body: list[Line], i: int, lower: bool) -> bool:
    """In a list whose glyphs never reached the text and whose items end without a stop, does the next item start
    at this line: its verb first, capitalised; or, after a line that stops short of the list's width (the item
    before ended there), its verb in lower case ('improve the quality …', where the list's items open so: `lower`) or
    its addressee ('NHS Norfolk should …')?"""
    if text[:1].isupper() and asks(text, modal=False):
        return True
    near = sorted(len(line.stripped) for line in body[max(0, i - _AROUND) : i + _AROUND])
    width = near[3 * len(near) // 4]  # the upper quartile: neither a long line (a joined paragraph) nor headings
    last = current[-1].stripped
    short = len(last) < _SHORT_OF_WIDTH * width and last.rsplit(None, 1)[-1].casefold() not in _PHRASE_GOES_ON
    verb = lower and asks(text, modal=False)  # a verb in lower case opens an item only in a list whose items do so
    return short and (verb or (bool(regex(LAYOUT, "addressee").match(text)) and asks(text)))


_AROUND = 12  # lines either side whose upper quartile of lengths tells the list's width
_SHORT_OF_WIDTH = 0.75  # a line this much shorter than that ends its item


def _phrase_lines(body: list[Line], i: int, graded: re.Pattern[str], sections: dict) -> list[list[Line]]:
    """The items of a list that names what must improve a line each, with neither glyph, number nor stop ('The
    quality of supervision and management oversight' over 'Timeliness of assessments'), starting at `i`, the list's
    first line: two or more capitalised lines, each short and unpunctuated at its end, not all of them asking (a list
    of orders without stops is read item by item as it was); a line in lower case, or after one that stops
    mid-phrase ('… for children in need of'), goes on with the item above. The run ends where the report goes on:
    a section's heading with its grade, a grade line, the end matter, or a line that opens an item or ends a
    sentence; before prose or a grade on its own, the run's last line is its heading, not an item. None where no such
    run is."""
    items: list[list[Line]] = []
    j = i
    while j < len(body):
        text = body[j].stripped
        if _phrase_ends(text, body[j], graded) or " ".join(text.split()).casefold() in sections:
            break  # … or a section's heading ('Services for looked after children')
        goes_on = items and (
            text[:1].islower()
            or _wants_more(items[-1])
            or items[-1][-1].stripped.rsplit(None, 1)[-1].casefold() in _PHRASE_GOES_ON
        )
        if goes_on:
            items[-1].append(body[j])
        elif text[:1].isupper() and len(text) <= _PHRASE_LINE_LONGEST:
            items.append([body[j]])
        else:
            return []
        j += 1
    over = body[j].stripped if j < len(body) else ""
    headed = " ".join(over.split()).casefold() in sections
    if (
        j < len(body)
        and not headed
        and (not _list_over(over, graded) or (_grade_line(over, graded) and not _graded_section(over)))
    ):
        items = items[:-1]  # the last line heads the paragraph after it, or the grade below it ('Judgement: Adequate')
    if len(items) < 2 or any(_wants_more(item) or len(" ".join(ln.stripped for ln in item)) > _PHRASE_LONGEST for item in items):
        return []
    if all(asks(item[0].stripped, modal=False) for item in items):
        return []
    return items


def _phrase_ends(text: str, line: Line, graded: re.Pattern[str]) -> bool:
    """Does the line end a run of named items: it opens an item, ends a sentence or an intro, or closes the list?"""
    return bool(_opens(line)) or text.endswith((*TERMINAL, ":", ",")) or _list_over(text, graded)


def _list_over(text: str, graded: re.Pattern[str]) -> bool:
    """Is the line one the list ends at: a section's heading with its grade, a grade line, the end matter?"""
    return _graded_section(text) or _grade_line(text, graded) or bool(regex(LAYOUT, "back_matter").match(text))


_PHRASE_LINE_LONGEST = 120  # characters: a line that names an area, not a line of wrapped prose


def _glyphless_item(body: list[Line], i: int, current: list[Line], graded: re.Pattern[str]) -> bool:
    """Does a glyphless item start at `i`, in a list with no bullet or number in it (a PDF that draws its bullets as
    pictures): a capitalised line, first in the list (or under its sub-heading) or after an item that ended, that
    ends a short sentence ('The quality of plans.', '… (outcome 1, national framework)') and is neither a heading
    (a line of its own: no stop, the next line capitalised), an intro nor a grade; the first only when no line
    down to the next heading opens an item?"""
    if current and (_opens(current[0]) or not _ended(current)):
        return False
    text = body[i].stripped
    item = _full_item(body, i)
    after = body[i + 1].stripped if i + 1 < len(body) else ""
    wraps = (  # a heading is short, and never ends mid-phrase ('The effectiveness of the' / 'Independent …')
        after[:1].islower() or after.startswith("(") or len(text) >= _HEADING_LONGEST or _wants_more(body[i : i + 1])
    )
    return (
        text[:1].isupper()
        and (text.endswith(TERMINAL) or wraps)
        and item.endswith(TERMINAL)
        and len(item) <= _GLYPHLESS_LONGEST
        and not graded.match(text)
        and not regex(LAYOUT, "list_intro").search(item)
        and not _heading_here(body, i, graded)
        and (bool(current) or _no_openers(body, i, graded))
    )


_GLYPHLESS_LONGEST = 400  # characters: an item of a list, not a paragraph of prose
_HEADING_LONGEST = 60  # characters: a line this long that goes on on a capitalised line is an item's, not a heading
_LOOKAHEAD = 80  # lines: how far down a list is searched for a line that opens an item


def _no_openers(body: list[Line], i: int, graded: re.Pattern[str]) -> bool:
    """Does no line from `i` down to the next heading (a grade line, or a heading over one or over a numbered
    paragraph) open an item with a glyph or a number?"""
    for j in range(i, min(len(body), i + _LOOKAHEAD)):
        if j > i and (graded.match(body[j].stripped) or _heading_here(body, j, graded)):
            return True
        if _opens(body[j]):
            return False
    return True


def _intro(body: list[Line], i: int) -> bool:
    """Is the list's first line an intro to its items: the layout's 'list_intro' ('… should take the following
    action.'), one that asks and ends with a colon ('the local authority should:'), or a sentence that asks nothing
    right above an item ('Since the last inspection, leaders have …')?"""
    text = body[i].stripped
    if regex(LAYOUT, "list_intro").search(_full_item(body, i)):
        return True  # '… the local authority and its partners should take the following action.', unnumbered
    if text.endswith(":"):
        return asks(text)
    return text.endswith(".") and not asks(text) and i + 1 < len(body) and bool(_opens(body[i + 1]))


def _graded_soon(body: list[Line], i: int, graded: re.Pattern[str]) -> bool:
    """Is a section's grade line ('Grade 3 (Adequate)') among the next lines, after a heading of up to three?"""
    return any(graded.match(line.stripped) for line in body[i + 1 : i + 1 + HEADING_LINES])


_JOINING = {"and", "or", "of", "the", "a", "an"}  # no item ends on these ('acted on', 'entitled to' may)
_PHRASE_GOES_ON = _JOINING | {"to", "for", "with", "in", "on", "by", "from", "at", "including", "that", "which", "as"}  # nor a
# short line before a verb: '… including the response to' / 'audit actions …' is one item


def _wants_more(current: list[Line]) -> bool:
    """Does the item's last line end mid-phrase ('… informs their plans and', '… agreed with the', a comma)?"""
    last = current[-1].stripped
    return last.endswith((",", "-", "–")) or last.rsplit(None, 1)[-1].casefold() in _JOINING


def _heading_here(body: list[Line], i: int, graded: re.Pattern[str]) -> bool:
    """Does a heading start at `i`: a capitalised line without a full stop, and within the next lines
    (none ending a sentence) a grade line or a numbered paragraph ('Grade 3 (Adequate)', '29. Outcomes are …')?"""
    text = body[i].stripped
    if not text[:1].isupper() or (text.endswith(TERMINAL) and not text.endswith("?")):  # 'How good are outcomes …?'
        return False
    for line in body[i + 1 : i + 1 + HEADING_LINES]:
        if graded.match(line.stripped) or _numbered(line.text):
            return True
        if line.stripped.endswith(TERMINAL) or _opens(line):
            return False
    return False


def _by_section(recs: list[Recommendation], starts: list[tuple[int, tuple[str, str]]]) -> None:
    """Reports in two sections (safeguarding; looked after children) number each section's list on its own:
    the section is the scope, and the identifier is prefixed ('lac-3')."""
    for n, (first, (section, prefix)) in enumerate(starts):
        last = starts[n + 1][0] if n + 1 < len(starts) else len(recs)
        for ordinal, rec in enumerate(recs[first:last], start=1):
            rec.scope = rec.scope or section
            rec.identifier = f"{prefix}-{ordinal}"


def _past_footnote(doc: Document, body: list[Line], i: int, current: list[Line]) -> int | None:
    """Where the list resumes after a footnote ('2 Looked after children … are known locally as …') that closes a
    page: the first line of the next page when it, or the line after a sub-heading there, opens the next number."""
    number = _numbered(current[0].text) or _BARE.match(current[0].text)
    if number is None:
        return None
    for j in range(i + 1, min(i + 8, len(body))):
        if "\f" not in doc.text[body[j - 1].end : body[j].start]:
            continue
        for k in (j, j + 1):
            nxt = (_numbered(body[k].text) or _BARE.match(body[k].text)) if k < len(body) else None
            if nxt and _value(nxt) == _value(number) + 1:
                return j
        return None
    return None


def _page_footnote(doc: Document, body: list[Line], i: int, current: list[Line]) -> int | None:
    """Where the list goes on after a footnote printed at the foot of a page it runs over ('1 The areas for
    improvement have been cross-referenced with …', the note on 'What needs to improve?1'), when one starts at `i`:
    a line opening with the note's number, down to the page's end, no line of it opening an item. Only where the
    next page goes on with the list: an item opens there, or the item the page cut goes on (in lower case, or a
    bracket: '(outcome four, national framework)'), or a sub-heading tops it over the next item."""
    if not _FOOTNOTE_START.match(body[i].text) or _opens(body[i]):
        return None
    for j in range(i + 1, min(i + 1 + _FOOTNOTE_LINES, len(body))):
        if _opens(body[j]) and "\f" not in doc.text[body[j - 1].end : body[j].start]:
            return None  # an item of the list, so the number was no footnote's
        if "\f" in doc.text[body[j - 1].end : body[j].start]:
            after = body[j].stripped
            cut = bool(current) and (not _ended(current) and after[:1].islower() or after.startswith("("))
            headed = (  # a sub-heading over the next items ('Missing children') tops the next page
                len(after) < _SUB_HEADING_LONGEST
                and after[:1].isupper()
                and not after.endswith(TERMINAL)
                and j + 1 < len(body)
                and bool(_opens(body[j + 1]))
            )
            return j if _opens(body[j]) or cut or headed else None
    return None


_FOOTNOTE_START = re.compile(r"^\s*\d{1,2}(?:[ \t]+[A-Z‘“'\"]|\s*$)")  # '1 The areas …', or the number on a line of its own
_FOOTNOTE_LINES = 6  # a footnote's lines at most, down to the page's end
_SUB_HEADING_LONGEST = 70  # characters: a sub-heading over items is short


def _continues_item(line: Line, opener: re.Match[str]) -> bool:
    """A bulleted line that starts in lower case with a joining word continues the item before it."""
    rest = line.text[opener.end() :]
    return bool(_BULLET.match(line.text)) and bool(re.match(r"(?:and|or|but|to|with|including|which|that)\b", rest))


def _sub_point(current: list[Line], line: Line, opener: re.Match[str]) -> bool:
    """After an item that ends with a colon ('… oversight and monitoring of:'), the bullets that follow are its
    sub-points while they start in lower case or carry another glyph than the item's own; without the colon, the
    'o' bullets that start in lower case under an item of another glyph or a number."""
    if not _BULLET.match(line.text):
        own = _numbered(current[0].text) or _LETTER.match(current[0].text) or _BARE.match(current[0].text)
        other = own is None or own.re is not opener.re or _form(own) != _form(opener)
        return other and any(ln.stripped.endswith(":") for ln in current)  # '3. Ensure …:' then '(a) …', '(b) …'
    rest = line.text[opener.end() :]
    own = _BULLET.match(current[0].text)
    other = own is None or own.group().strip() != opener.group().strip()
    if other and opener.group().strip() == "o" and rest[:1].islower():
        return True  # '• Ensure … in particular' then 'o the timeliness of reviews': Word's second-level bullet
    if not any(ln.stripped.endswith(":") for ln in current):
        return False
    return rest[:1].islower() or other


def _next_line(doc: Document, current: list[Line], line: Line) -> bool:
    """Does `line` follow the item's last line with no blank line between?"""
    return doc.text.count("\n", current[-1].end, line.start) <= 1


def _list_goes_on(body: list[Line], i: int, current: list[Line]) -> bool:
    """After the sentence that starts at `i`, does another item with the bulleted item's own glyph follow? Only then
    is it the item's further sentence, not the next section's heading wrapped over two lines."""
    glyph = _BULLET.match(current[0].text)
    end = _item_end(body, i)
    following = _BULLET.match(body[end].text) if end < len(body) else None
    return bool(glyph and following and following.group().strip() == glyph.group().strip())


def _further_sentence(text: str, after: list[Line]) -> bool:
    """A line that goes on with a second sentence of an item, not a heading after the list: it is a full sentence,
    or it wraps onto a line that starts in lower case."""
    return text[:1].isupper() and not asks(text) and (text.endswith(TERMINAL) or (after and after[0].stripped[:1].islower()))


def _ends_a_phrase(current: list[Line], line: Line, opener: re.Match[str]) -> bool:
    """Is a line that is only a number ('18.') the end of the item's phrase ('… beyond the age of' / '18.'), not a
    marker standing alone over the next item's words?"""
    return opener.end() >= len(line.text.rstrip()) and _wants_more(current) and not _ended(current)


def _words_after_number(body: list[Line], i: int) -> str:
    """The numbered line's words after its number, or the next line's where the number stands alone ('1.')."""
    return _without_number(body[i].text).strip() or _line_text(body, i + 1)


def _line_text(body: list[Line], i: int) -> str:
    return body[i].text if i < len(body) else ""


def _item_end(body: list[Line], i: int) -> int:
    if i + 1 < len(body) and (marker := _opens(body[i])) and marker.end() >= len(body[i].text.rstrip()):
        return _item_end(body, i + 1)  # a marker alone on its line ('1.', '(a)'): the item is the lines below it
    j = i + 1
    while (
        j < len(body)
        and not _opens(body[j])
        and not body[i].stripped.endswith(TERMINAL)
        and not body[j - 1].stripped.endswith(TERMINAL)
    ):
        j += 1
    return j


def _full_item(body: list[Line], i: int) -> str:
    return " ".join(line.stripped for line in body[i : _item_end(body, i)])


def _skip_item(body: list[Line], i: int) -> int:
    return _item_end(body, i)


def _count(made: list[Recommendation], board: bool) -> int:
    return sum(1 for r in made if r.identifier.startswith("lscb-") == board)


def _ended(lines: list[Line]) -> bool:
    return lines[-1].stripped.endswith(TERMINAL)


def _sub_heading(body: list[Line], i: int, current: list[Line], listed: bool, last: int | None) -> int:
    """Over how many lines (one, or two: 'Performance management, scrutiny and' / 'challenge') does a sub-heading
    over the next items stand at `i`: short, no full stop, right above an item that asks or is numbered straight on
    from the list's last; 0 where none does."""
    for over in (1, 2):
        heading = body[i : i + over]
        if i + over >= len(body) or any(len(ln.stripped) >= _SUB_HEADING_LONGEST or ln.stripped.endswith(".") for ln in heading):
            return 0
        if over == 2 and (_opens(body[i + 1]) or not _wants_more(body[i : i + 1])):
            return 0  # a heading's second line follows a first that stops mid-phrase ('… scrutiny and')
        following = body[i + over]
        opener = _opens(following)
        if opener and (
            asks(following.text[opener.end() :].strip() or _line_text(body, i + over + 1))
            or (bool(_numbered(following.text)) and _numbered_on(body, i + over, current, listed, last))
        ):
            return over
    return 0


def _without_sub_glyphs(view: View, lines: list[Line]) -> str:
    """The item's joined text without the glyph that opens each of its later lines (a sub-point's '–' or '─', which
    inside the text could be a dash of the prose); its own opening glyph is cut by the caller."""
    cut: set[int] = set()
    opened = [(line, _BULLET.match(line.text)) for line in lines[1:]]
    glyphs = [g.group().strip() for _, g in opened if g]
    for before, (line, glyph) in zip(lines, opened, strict=False):
        if not glyph or glyph.group().strip() == "o" or glyph.end() == len(glyph.group().rstrip()):
            continue
        if glyph.group().strip() in _DASHES and glyphs.count(glyph.group().strip()) < 2 and not before.stripped.endswith(":"):
            continue  # one line opening with a dash: the prose's dash, wrapped to a line's start
        cut.update(range(line.content_start, line.start + glyph.end()))
    if not cut:
        return view.text
    return "".join(c for c, at in zip(view.text, view.offsets, strict=True) if at not in cut)


def _make(
    doc: Document, lines: list[Line], key: str, scope: str | None, urgency: str | None, board: bool, ordinal: int
) -> Recommendation:
    view = unwrap(lines)
    opener = _BULLET.match(view.text) or _numbered(view.text) or _LETTER.match(view.text) or _BARE.match(view.text)
    number = _numbered(view.text) or _BARE.match(view.text)
    text = _without_sub_glyphs(view, lines)
    text = text[opener.end() :] if opener else text
    text = _INNER_BULLET.sub(" ", text)  # sub-points joined into their item lose their glyphs
    text = _FOOTNOTE_MARK.sub(" ", text)  # 'cared for children2receive': a footnote mark set between words
    line_opener = _BULLET.match(lines[0].text) or _numbered(lines[0].text) or _LETTER.match(lines[0].text)
    line_opener = line_opener or _BARE.match(lines[0].text)
    first = lines[0].start + line_opener.end() if line_opener else lines[0].content_start
    if first >= lines[0].content_end and len(lines) > 1:
        first = lines[1].content_start  # the marker stood alone on its line ('1.' over 'Ensure …'): the words start below
    spans = line_spans(doc, lines)
    if first >= spans[0].end - doc.offset and len(spans) > 1:
        spans = spans[1:]  # the marker's line was a run of its own (a page's header between)
    else:
        spans[0] = doc.span(first, spans[0].end - doc.offset)  # a span counts into the file; `first` into `doc`
    identifier = str(_value(number)) if number else str(ordinal + 1)
    addressee = regex(LAYOUT, "addressee").match(text.strip())
    if addressee and not board:
        addressed = addressee.group("who")
    else:
        addressed = load_json(LAYOUT)["board_addressee"] if board else None
    return Recommendation(
        assessment=key,
        identifier=("lscb-" if board else "") + identifier,
        text=text.strip(),
        spans=spans,
        timescale=urgency,
        addressed_to=addressed,
        scope=scope,
    )
