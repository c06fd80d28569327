"""Progress reports: each numbered paragraph that discusses 'Recommendation Four' becomes a progress update about it.

A paragraph that names no recommendation continues the one before it (reports run one recommendation over
several paragraphs); a sentence or clause inside one that opens naming another starts that one's (findings.extract.turns).
The update is dated by the report's own date, the first full date in its opening lines, else, in minutes, by their
meeting's (findings.extract.minutes.MeetingDays). A heading
that quotes Ofsted's words for the recommendation ('Recommendation 1' over '"The timeliness of …"') states that
recommendation, second-hand. A letter's progress is its author's when the author is outside the council
(findings.extract.reporters).
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial

from findings.extract.action_mentions import action_id, action_statements
from findings.extract.agenda import cover_day
from findings.extract.dates import parse_day, parse_day_month_year
from findings.extract.labelled_plan import plan_sections
from findings.extract.lexicons import load_json, regex
from findings.extract.mentioned import register_mentioned, speaks_of_an_inspection
from findings.extract.minutes import MeetingDays
from findings.extract.reporters import reported_by
from findings.extract.spans import joined_spans, pieces_text
from findings.extract.turns import part_pieces, turns
from findings.extract.visits import letter_numbers, paper_list, visit_kind
from findings.model import Document, Extraction, ProgressUpdate, Recommendation
from findings.segment.lines import Line
from findings.segment.paragraphs import DECIMAL, Paragraph, decimal_paragraphs, numbered_paragraphs
from findings.segment.running import body_lines
from findings.segment.view import unwrap
from findings.status.cues import cell_status, is_cued

LEXICON = "lexicons/ordinals.json"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_FULL_DATE = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS}),?\s+\d{{4}})\b")  # '14th March 2023' too
_DAY = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS}),?\s+\d{{4}}"
_HEADED_DATE = re.compile(  # a short heading line that ends with its day after a dash or a bar, or after a comma when
    rf"^(?:[^.]{{3,80}}?\s[–—|-]\s+({_DAY})"  # it names a body ('… SUB-COMMITTEE, 12 March 2019'; not 'Update following
    rf"|[^.,]{{0,80}}?\b(?:committee|panel|board|cabinet|council|forum|commission)\b[^.,]{{0,40}},\s+({_DAY})"  # the
    rf"|[^.]{{3,80}}?(?:\s[–—|-]|,)\s+(\d{{1,2}}/\d{{1,2}}/\d{{4}}))$",  # visit, 14 November 2017'), in any case
    re.IGNORECASE,
)
_ROMAN = {"I": 1, "V": 5, "X": 10}
_NAME_ONLY = re.compile(r"[\s.:;–—-]*(?:\([^)]{0,80}\)[\s.:;–—-]*)?")  # after an item's name: its title at most
_LABEL = re.compile(  # a line that labels its update
    r"^(?:Recommendation|Area\s+for\s+improvement|AFI|R)\s*\d{1,2}\s*(?:\([^)]{1,60}\)\s*)?[:–—-]"
)
_APPENDIX = re.compile(r"^(?:Appendix|Annexe?|APPENDIX|ANNEXE?)\s+[A-Z0-9]{1,3}\s*(?:[:–—-]|$)")  # a heading
_QUOTED = re.compile(
    r"^\s*(?:[–—:-]\s*[^“\"‘]{0,80}?)?(?:(?:Ofsted|[Tt]he report|[Ii]nspectors)(?:\s+(?:said|says|wrote))?\s*:\s*)?"
    r"[“\"‘][^”\"]{10,}[”\"’]\.?\s*$"
)  # an item's heading over Ofsted's words for it
_QUOTED_TITLE = re.compile(r"^[“\"‘](?P<title>[^”\"]{10,})[”\"’]\.?$")  # a heading line that is only an item's words
_TITLE = re.compile(r"^\s*[–—:-]\s*(?P<title>[A-Za-z][^.\d“\"]{0,80})$")
_BRACKETED = re.compile(r"^\s*\((?P<title>[A-Za-z][^.\d“\"()]{0,80})\)\s*$")  # 'Area for improvement 1 (health assessments)'
_NUMBER_TAB = re.compile(r"^\s*\d{1,3}(?:\.\d{1,2})*\.?\t")  # '4.1<tab>Recommendation 2 …' as Word saves it as text
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.(?:\d{1,2}\.?)?(?:\s+|(?=[A-Z‘“\"]))")  # '7. Text', '7.Text', '4.3 Text'
_AREA = re.compile(r"^(?:\d{1,3}\.(?:\d{1,2}\.?)?\s+)?(?:Area\s+for|AFI)")  # Ofsted's own name for an item


def number(word: str) -> int | None:
    """'Four' → 4, '4' → 4, 'IV' → 4; None for anything else."""
    if word.isdigit():
        return int(word)
    value = load_json(LEXICON)["words"].get(word.lower())
    if value:
        return value
    if word and set(word) <= set(_ROMAN):
        total = 0
        for a, b in zip(word, word[1:] + " ", strict=True):
            total += -_ROMAN[a] if b != " " and _ROMAN[b] > _ROMAN[a] else _ROMAN[a]
        return total
    return None


def item_number(word: str, letters: frozenset[str] = frozenset()) -> int | None:
    """An item's number as a paper keys it: `number`, or a letter's place ('a' and 'A' → 1, 'd' → 4), as a paper that
    letters the inspection's recommendations in order means them (lexicons/ordinals.json 'lettered'). 'i', 'v' and 'x'
    are Roman ('Recommendation (i)' → 1, as '(ii)' → 2) unless the paper keys by the letter before too (`letters`,
    lower case: 'h' before 'i'), where each is its place."""
    if len(word) == 1 and word.isascii() and word.isalpha():
        lower = word.lower()
        if lower in "ivx" and chr(ord(lower) - 1) not in letters:
            return number(lower.upper())
        return ord(lower) - ord("a") + 1
    value = number(word)
    return number(word.upper()) if value is None and word.islower() else value


def _letters(lines: list[Line], reference: re.Pattern[str]) -> frozenset[str]:
    """The single letters, lower case, by which the paper's lines name its items ('Recommendation (h)', '(b) …:')."""
    keys = (m.group("n") for line in lines if (m := reference.match(line.text.strip())))
    return frozenset(key.lower() for key in keys if len(key) == 1 and key.isalpha())


def _lettered(lines: list[Line]) -> bool:
    """Does the paper key its items by letters alone, in order ('(a) exploitation: …' / '(b) assessments: …'), each
    line after a blank one (lexicons/ordinals.json 'lettered')? Not a paper lettering its own sections ('(a) Purpose:'
    / '(b) Background:'): such a letter is no key, and a paper whose letters mostly are such letters none."""
    rules = load_json(LEXICON)["lettered"]
    item = regex(LEXICON, "lettered/item")
    keys, own = [], 0
    for previous, line in zip([None, *lines], lines, strict=False):
        if (previous is None or previous.blank) and (match := item.match(line.text)):
            if _own_section(match):
                own += 1
                continue
            kind = next(k for k in "abcd" if match.group(k))
            keys.append((kind, match.group(kind)))
    if own * 2 >= own + len(keys):
        return False
    run = 0
    for k, (kind, letter) in enumerate(keys):
        first = letter in "aA"
        if first or (run and keys[k - 1][0] == kind and ord(letter) == ord(keys[k - 1][1]) + 1):
            run = 1 if first else run + 1
            if run >= int(rules["least"]):
                return True
        else:
            run = 0
    return False


def _own_section(match: re.Match[str] | None) -> bool:
    """Is a lettered line's subject one of the paper's own sections ('(a) Purpose:', '(d) Financial implications:')?"""
    return bool(match and regex(LEXICON, "lettered/own_sections").fullmatch(match.group("subject").strip()))


def report_date_before(head: str, opening: str | None = None) -> date | None:
    """The nearest date printed on a line of its own above the paragraphs, alone or after a label ('Date of
    meeting: 10 September 2019', 'Progress as at 31 March 2019', patterns/assessments.json 'paper_date_label'), else
    one ending a heading among the first lines of the paper (`opening`) that names the meeting ('EDUCATION SCRUTINY
    COMMITTEE – 17 JANUARY 2019'), or the day of an agenda's cover that opens it ('CABINET' / 'Tuesday 10 March 2020'
    / 'AGENDA'): a report's heading date."""
    label = regex("patterns/assessments.json", "paper_date_label")
    for line in reversed(head.splitlines()):
        match = _FULL_DATE.fullmatch(label.sub("", line.strip(), count=1))
        if match:
            return parse_day_month_year(match.group(1))
    if opening and (day := cover_day(opening)) is not None:  # an agenda pack's cover, however long its contents list
        return day
    for line in [line.strip() for line in (opening or "").splitlines() if line.strip()][:8]:
        if match := _HEADED_DATE.search(line):  # the paper's own heading, not 'Previous consideration: Cabinet – …'
            return parse_day(next(day for day in match.groups() if day))
    return None


def stated_as_at(head: str, report_date: date | None, since: date | None = None) -> date | None:
    """The day a report says its own progress stands at ('Progress as at 31 January 2015'), the last said in the
    `as_at_within` characters above its first update, in a sentence on progress ('as_at_own') that names no other
    report ('as_at_other'): its meeting's day or up to `as_at_days` before, and not before the inspection it reports
    on ended (`since`); else None (lexicons/ordinals.json). 'Children in care as at 31 March' dates a figure."""
    rules = load_json(LEXICON)
    head = head[-int(rules["as_at_within"]) :]
    own, other = regex(LEXICON, "as_at_own"), regex(LEXICON, "as_at_other")
    days = []
    for match in regex(LEXICON, "as_at").finditer(head):
        start = max(head.rfind(".", 0, match.start()), head.rfind("\n", 0, match.start())) + 1
        ends = [i for i in (head.find(".", match.end()), head.find("\n", match.end())) if i >= 0]
        sentence = head[start : min(ends, default=len(head))]
        if own.search(sentence) and not other.search(sentence):
            days.append(parse_day_month_year(match.group("date")))
    day = next((d for d in reversed(days) if d is not None), None)
    if day is None or report_date is None or (since is not None and day < since):
        return None
    return day if 0 <= (report_date - day).days <= rules["as_at_days"] else None


def _heading_above(lines: list[Line], first: Paragraph, reference: re.Pattern[str]) -> list[Line]:
    """The heading naming a recommendation on its own line(s) straight above a paper's first numbered paragraph
    ('Recommendation 1 (return home interviews)' over '1.1 Completed. …'), which no numbered paragraph holds: the
    later ones' headings end the paragraph before them, so the first's would be lost; empty when there is none."""
    above = [line for line in lines if line.end <= first.lines[0].start]
    while above and above[-1].blank:
        above.pop()  # blank lines between the heading and its paragraph
    run: list[Line] = []
    for line in reversed(above):
        if line.blank:
            break
        run.insert(0, line)
    named = reference.match(run[0].text.strip()) if 0 < len(run) <= 2 else None
    if named is None or not item_number(named.group("n")) or run[-1].text.rstrip().endswith((".", ";")):
        return []
    decision = _DECISION.match(" ".join(line.text.strip() for line in run), named.end())
    return [] if decision else run  # not the paper's own 'Recommendation 1: That the Panel notes the report'


_DECISION = re.compile(r"(?i)[\s:.–—-]*that\b")  # a paper's recommendation for decision ('That the Panel notes …')


def _blocks(paragraphs: list[Paragraph], reference: re.Pattern[str], text: str) -> list[tuple[Paragraph, int]]:
    """Each numbered paragraph, split where a line opens with a recommendation by its number after a blank line or a
    finished sentence, or labels one ('Recommendation 2 – complete.' under '4. Progress against each recommendation';
    'Recommendation 6 (plans): on track.' in a PDF's lines), or opens with a sentence on it under a subject line
    ('Return home interviews' / 'Recommendation 4 has been completed.'), with the block's place in its paragraph; a
    wrapped line that happens to start 'Recommendation tracker …' splits nothing."""
    out: list[tuple[Paragraph, int]] = []
    for para in map(_before_a_table, paragraphs):
        starts = [0] + [
            i
            for i, line in enumerate(para.lines)
            if i
            and _QUOTED_TITLE.match(line.text.strip())  # a heading that quotes an item's words: its block, unless
            and not _names_it(para.lines[i - 1].text, reference)  # under the item's name ('Recommendation 1')
            or i
            and (
                text.count("\n", para.lines[i - 1].end, line.start) >= 2
                or para.lines[i - 1].text.rstrip().endswith((".", ":"))
                or _LABEL.match(line.text.strip())  # 'Recommendation 6 (plans): on track.' under a PDF's lines
                or DECIMAL.match(line.text)  # '3.1 Recommendation One …' under '3. Position as at 29 February 2024'
                or _under_a_section_heading(para.lines, i, text)  # straight under '3. Progress against each …'
                or (_heading_line(para.lines[i - 1].text) and _says_of_it(line.text.strip()))  # under a subject line
            )
            and (match := reference.match(line.text.strip()))
            and item_number(match.group("n"))
            and not _DECISION.match(line.text.strip(), match.end())  # the paper's own 'Recommendation 1: That …'
        ]
        for part, (a, b) in enumerate(zip(starts, [*starts[1:], len(para.lines)], strict=True)):
            out.append((Paragraph(para.number, para.lines[a:b]), part))
    return out


_SECTION_NUMBER = re.compile(r"^\d{1,2}\.\s+")  # a whole section's number ('3. '), not a paragraph's ('3.2 ')


def _under_a_section_heading(lines: list, i: int, text: str) -> bool:
    """Does line `i`, a reference, stand alone ('Recommendation 1', 'Recommendation 1: Strategy discussions') straight
    under a section's heading line ('3. Progress against each recommendation') that stands alone too, as a paper
    without blank lines sets its first block? Not a wrapped sentence ('3.2 The revised policy, which' /
    'Recommendation 3 also relies on, …'); a line that says something of the item it names is a block's first
    however long ('Recommendation Four has been completed. The service went live …')."""
    above, line = lines[i - 1].text.strip(), lines[i].text.strip()
    words = _SECTION_NUMBER.sub("", above, count=1)
    if words == above or "," in words or not _heading_line(words):
        return False
    if not (_LABEL.match(line) or len(line.split()) <= 3 or _says_of_it(line)):
        return False
    before = lines[i - 2] if i > 1 else None
    return before is None or before.text.rstrip().endswith((".", ":")) or text.count("\n", before.end, lines[i - 1].start) >= 2


def _names_it(line: str, reference: re.Pattern[str]) -> bool:
    """Is the line an item's name, a heading ('Recommendation 1', 'Recommendation 1: Strategy discussions'), no
    sentence about it?"""
    return bool(reference.match(line.strip())) and not line.rstrip().endswith((".", ";"))


def _says_of_it(line: str) -> bool:
    """Does the line open with a sentence on the item it names ('Recommendation Four has been completed. …'): the
    reference, then straight away a word saying something of it (ordinals.json action_named.clauses.predicate)?"""
    match = regex(LEXICON, "reference").match(line)
    return bool(match) and bool(regex(LEXICON, "action_named/clauses/predicate").match(line[match.end() :].lstrip()))


def _before_a_table(para: Paragraph) -> Paragraph:
    """The paragraph up to a table that follows it (a Word table's row: cells apart by tabs), and the table's
    heading line ('Summary of actions'): the last recommendation's update is not the table after it."""
    rows = [i for i, line in enumerate(para.lines) if i and "\t" in line.text]
    if not rows:
        return para
    end = rows[0]
    heading = para.lines[end - 1].text.strip()
    if end > 1 and len(heading) <= 60 and not heading.endswith((".", ",", ";", ":")):
        end -= 1
    return Paragraph(para.number, para.lines[:end])


def extract_progress_report(doc: Document, out: Extraction) -> int:
    """Add the updates of every progress-report section in `doc`; returns how many were added. A report that never
    dates the inspection it answers ('Ofsted's report on our children's services') is read as answering an undated
    one, which the link stage gives the council's latest report before the paper (findings.link.distinct), when it
    speaks of an inspection at all (patterns/assessments.json, answers_an_inspection)."""
    before = len(out.updates)
    found = _updates(doc, out, undated=False)
    if not found and speaks_of_an_inspection(doc.text):
        found = _updates(doc, out, undated=True)  # only a paper that speaks of an inspection answers one
    if found and (reporter := reported_by(doc.text)):  # an adviser's letter on the council's progress: the adviser's word
        for update in out.updates[before:]:
            update.reporter = reporter
    return found


def _updates(doc: Document, out: Extraction, undated: bool) -> int:
    references, sign_off = regex(LEXICON, "references"), regex(LEXICON, "sign_off")
    foot = regex(LEXICON, "page_foot")  # a text copy's page foot too ('… Committee – 25 January 2018<tab>Page 2')
    page_body = [ln for ln in body_lines(doc.text, doc.page_starts) if not foot.match(ln.text)]  # no part of an update
    lettered = _lettered(page_body)
    reference = regex(LEXICON, "lettered/pattern" if lettered else "reference")  # '(a) exploitation: …'
    letters = _letters(page_body, reference)  # 'Recommendation (i)' after '(h)': the ninth, else Roman 1
    unnumbered = [ln for ln in page_body if not ln.blank]
    numbered = numbered_paragraphs(page_body)  # '4.' paragraphs; '4.1' ones where more are numbered so and no '4.'
    decimal = sum(bool(DECIMAL.match(line.text)) for line in page_body)  # paragraph names a recommendation ('1.1'
    if (decimal > len(numbered) or decimal == len(numbered) > 0 and all(map(_a_heading_over_decimals, numbered))) and not any(
        (m := reference.match(p.lines[0].text.strip())) and item_number(m.group("n")) for p in numbered
    ):  # ('2. Recommendation for decision' names none; is its action)
        numbered = decimal_paragraphs(page_body)
    if numbered and (lead := _heading_above(page_body, numbered[0], reference)):
        numbered = [Paragraph(0, lead), *numbered]  # 'Recommendation 1 (return home interviews)' over '1.1 Completed.'
    paragraphs = numbered or ([Paragraph(1, unnumbered)] if unnumbered else [])  # no numbers: one paragraph
    added = 0
    current: str | None = None
    topic: str | None = None  # the one recommendation the whole paper says it reports on ('paper_subject')
    own_section = False  # under a section of the paper's own ('1. Purpose of the report'): no progress on its topic
    sections, ends = regex(LEXICON, "sections"), regex(LEXICON, "paper_subject/ends")
    key = None
    report_date = stated = paper_day = None  # paper_day: the first report's, the paper's own
    last_end = 0  # where the last paragraph naming a recommendation ended
    previous_number = 0
    planned = plan_sections(doc.text)  # a prose plan's sections: what it will do, not progress
    numbers: dict[tuple[int | None, int], int] = {}  # a visit's items as the paper names them → the letter's numbers
    meetings = MeetingDays(doc.text)  # a paper that dates itself nowhere but holds dated minutes
    for para, part in _blocks(paragraphs, reference, doc.text):
        if any(a <= para.lines[0].start < b for a, b in planned):
            continue
        if "\t" in _NUMBER_TAB.sub("", para.lines[0].text, count=1):
            continue  # a table's row ('R1\tThe timeliness …\tComplete'): the table readers' to read, not prose ('4.1\t'
            # before a paragraph is Word's plain text of its number)
        if para.number <= previous_number and part == 0:
            current = topic = None  # numbering restarted: a new report
        previous_number = para.number
        cut = next(
            (
                i
                for i in range(1, len(para.lines))
                if para.lines[i - 1].text.rstrip().endswith(".")
                and (
                    _heading_line(para.lines[i].text)
                    and (i == len(para.lines) - 1 or doc.text.count("\n", para.lines[i - 1].end, para.lines[i].start) >= 2)
                    or _APPENDIX.match(para.lines[i].text.strip())  # 'Appendix A – Exception summary' and its table
                    or _a_section_of_its_own(para.lines[i].text)  # 'Conclusion' over the next lines, no blank line
                )
                or sign_off.match(para.lines[i].text.strip())  # a letter's 'Yours sincerely,'
            ),
            None,
        )
        ends_section = cut is not None
        if cut is not None:  # 'Conclusion', 'Legal Implications' after the last paragraph on a recommendation
            para = Paragraph(para.number, para.lines[:cut])
        if (quoted := _QUOTED_TITLE.match(para.lines[0].text.strip())) and len(para.lines) > 1:
            current = None  # '“Improve the quality of personal education plans …”' over its update: that item's, by
            if key is not None:  # its words (findings/link/titled.py), no longer the one named before it
                as_at = stated or report_date or meetings.day(para.lines[0].start)
                added += _quoted_update(doc, out, key, as_at, para, quoted.group("title"))
            continue
        view = unwrap(para.lines)
        body = _PARAGRAPH_NUMBER.sub("", view.text)  # the update's words: its paragraph's number is no part of them
        match = reference.match(view.text)
        match = None if match and _DECISION.match(view.text, match.end()) else match  # 'Recommendation 1: That the …'
        if match and out.actions and _AREA.match(view.text) and _over_a_table(doc.text, para.lines[-1].end):
            match = None  # a plan's 'Area for improvement 2' over its table heads actions, not progress on them
        if lettered and _own_section(regex(LEXICON, "lettered/item").match(view.text)):
            current, own_section = None, True  # '(d) Financial implications: …' after lettered recommendations: the
            continue  # paper's own section, no key and no more of the one before
        named = item_number(match.group("n"), letters) if match else None
        several = re.findall(r"\d+", joint.group("list")) if (joint := references.match(view.text)) else []
        subject = None if named or several else _paper_subject(view.text)  # 'It sets out progress against recommendation 2'
        named = named or (number(subject.group("n")) if subject else None)
        if named or several:
            current = str(named) if named and not several else None  # one on several: what follows continues none
            if key is None or report_date is None:
                head_start = max(0, para.lines[0].start - 6000)
                said_to = para.lines[-1].end if subject else para.lines[0].start  # '… of the Ofsted inspection of March 2019'
                key = register_mentioned(doc, out, head_start, said_to, undated=undated)  # what it reports on
                if key is None:
                    continue
                report_date = report_date_before(doc.text[head_start : para.lines[0].start], doc.text[:2000])
                stated = stated_as_at(doc.text[head_start : para.lines[0].start], report_date, out.assessments[key].ended)
                paper_day = paper_day or report_date
                last_end = para.lines[0].start
                if visit_kind(out.assessments[key].framework) is not None:  # 'Area for improvement 1' after two
                    numbers = _letter_numbers(doc.text, reference)  # priority actions: the letter's item 3
                    named_lists = out.lists_named.setdefault(key, {})
                    named_lists.update({str(new): (which, n) for (which, n), new in numbers.items() if which is not None})
            if numbers and named and (match or subject):
                named = numbers.get((paper_list((match or subject).group(0 if match else "ref")), named), named)
                current = str(named)
            if subject:  # the paper says what it is about: its paragraphs under its other headings are on it; this
                topic, current = str(named), None if own_section else str(named)  # one is none ('Purpose …')
                continue
        elif part == 0 and not _a_word_on_it(body) and (_heading(para, doc.text) or sections.match(view.text)):
            current = None  # 'Next steps', '3. Conclusion The Committee is asked …': a section of its own
            own_section = bool(sections.match(view.text) or ends.match(view.text))
            if topic is not None:  # a heading of a paper on one recommendation ('2. Progress'): what follows is on it
                current = None if own_section else topic
                continue
        elif topic is not None and current == topic and ends.match(view.text):
            current, own_section = None, True  # '3.1 The Board is recommended to note the report.': the paper's own
        if key is not None and named and _quotes_it(view.text, match):
            _quoted_recommendation(doc, out, key, str(named), para.lines, match)
        if key is None or not (current or several) or _quotes_it(view.text, match):
            continue
        if match and len(para.lines) == 1 and _NAME_ONLY.fullmatch(view.text, match.end()):
            continue  # a heading naming the item alone ('Recommendation 4 (sufficiency)'): its words come below; not 'R2 – 100%'
        source = f"report-{doc.sha256[:8]}-p{para.number}" + (f"-{part + 1}" if part else "")
        line_pieces = [(line.content_start, line.content_end) for line in para.lines]
        after_number = len(view.text) - len(body)  # the quote, as the text, opens after the paragraph's number
        spans = joined_spans(doc, part_pieces(view, line_pieces, after_number, len(view.text)))
        between = doc.text[last_end : para.lines[0].start]  # since the last update: a later report's head, in a pack
        if newer := stated_as_at(between, report_date, out.assessments[key].ended):
            stated = newer
        last_end = para.lines[-1].end
        as_at = stated or report_date or meetings.day(para.lines[0].start)  # minutes' account: said at their meeting
        if not several and not named and (action := _action_named(body)):  # 'AP-2.2 – Delayed – revised date …'
            out.updates.append(ProgressUpdate(key, action, as_at, body, spans, source, within=current))
            added += 1
            continue
        turned_to = partial(_turned_to, out=out, numbers=numbers, letters=letters)  # '…; Recommendation Five remains …'
        parts = [] if several else turns(view, current, reference, turned_to)
        if len(parts) > 1:
            for n, (about, i, j) in enumerate(parts):
                words = view.text[i:j] if n else _PARAGRAPH_NUMBER.sub("", view.text[:j])
                part_spans = joined_spans(doc, part_pieces(view, line_pieces, j - len(words), j))
                said = ProgressUpdate(key, about, as_at, words, part_spans, source + (f"-t{about}" if n else ""))
                said.about_kind = "recommendation"
                out.updates.append(said)
                added += 1
        for about in several or ([] if len(parts) > 1 else [current]):
            out.updates.append(
                ProgressUpdate(
                    assessment=key,
                    about=about,
                    as_at=as_at,
                    text=body,
                    spans=spans,
                    source=source + (f"-r{about}" if several else ""),
                    about_kind="recommendation",
                    joint=bool(several),
                )
            )
            added += 1
        if current and not several:  # '… Action 1.1 is complete: 91% of interviews …' within it: also on action 1.1
            for action, pieces in action_statements(doc.text, para.lines, lead_in=False):
                if action.split(".")[0] in {current, *(p[0] for p in parts)}:
                    said = ProgressUpdate(key, action, as_at, pieces_text(doc.text, pieces), joined_spans(doc, pieces))
                    said.source, said.echo = f"{source}-a{action}", True
                    out.updates.append(said)
        if ends_section:
            current = None
    if added and doc.date is None and paper_day is not None:
        doc.date = paper_day  # the paper's own day, not its file's (a Word file's 'created' may be its template's)
    return added


def _quoted_update(doc: Document, out: Extraction, key: str, as_at: date | None, para: Paragraph, title: str) -> int:
    """The lines under a heading that quotes an item's words, as a candidate update on the item those words are."""
    view = unwrap(para.lines[1:])
    pieces = [(line.content_start, line.content_end) for line in para.lines[1:]]
    spans = joined_spans(doc, part_pieces(view, pieces, 0, len(view.text)))
    source = f"quoted-{doc.sha256[:8]}-p{para.number}-{para.lines[0].start}"
    out.updates.append(ProgressUpdate(key, "", as_at, view.text, spans, source, about_kind="titled", titled=title))
    return 1


def _paper_subject(text: str) -> re.Match[str] | None:
    """The recommendation a paragraph says the whole paper reports on ('It sets out progress against recommendation 2
    of the Ofsted inspection of March 2019'; ordinals.json 'paper_subject'), where it names a number."""
    said = regex(LEXICON, "paper_subject/pattern").search(text)
    return said if said and number(said.group("n")) else None


def _a_heading_over_decimals(para: Paragraph) -> bool:
    """Is a numbered paragraph a section's heading line over its decimal paragraphs ('2. Progress' over '2.1 …'), so
    that the decimal ones are the paper's paragraphs?"""
    return (
        len(para.lines) > 1
        and _heading_line(_SECTION_NUMBER.sub("", para.lines[0].text.strip(), count=1))
        and bool(DECIMAL.match(para.lines[1].text))
    )


def _over_a_table(text: str, end: int) -> bool:
    """Is the line after `end` (blank lines passed over) a table's row (tab-separated cells): a plan's heading over
    its actions, not a paragraph of progress that opens with the item's name?"""
    following = next((line for line in text[end : end + 2000].split("\n")[1:] if line.strip(" ")), "")
    return "\t" in following


def _turned_to(
    match: re.Match[str], out: Extraction, numbers: dict[tuple[int | None, int], int], letters: frozenset[str] = frozenset()
) -> int | None:
    """The recommendation a sentence inside a paragraph turns to, through the same gates as a paragraph opening with
    it: not a plan's 'Area for improvement 2' over its actions, and a visit's item by the letter's number."""
    if out.actions and _AREA.match(match.string[match.start() :]):
        return None
    named = item_number(match.group("n"), letters)
    return numbers.get((paper_list(match.group(0)), named), named) if numbers and named else named


def _letter_numbers(text: str, reference: re.Pattern[str]) -> dict[tuple[int | None, int], int]:
    """The items of a visit letter's lists as the paper names them, each line that opens with one ('Area for priority
    action 2', 'Area for improvement 1 (health assessments)'), mapped to the letter's numbers (findings.extract.visits)."""
    named = []
    for line in text.splitlines():
        if (match := reference.match(line.strip())) and (n := item_number(match.group("n"))):
            named.append((match.group(0), n))
    return letter_numbers(named)


def _a_word_on_it(text: str) -> bool:
    """Is a short paragraph with no stop a word on the item under way, not a heading: it opens with an action's
    reference ('3.1 AP-1.1 – Complete'), or is a status word alone ('3.1 Complete', 'On track': lexicons/status.json
    status_words)?"""
    words = " ".join(re.sub(r"[^\w\s-]", " ", text.casefold()).split())
    return _action_named(text) is not None or words in load_json("lexicons/status.json")["status_words"]


def _action_named(text: str) -> str | None:
    """The action a paragraph opens with, by the plan's reference ('AP-2.2 – Delayed …' is action 2.2, 'Action 3b' 3.2)."""
    match = re.match(load_json(LEXICON)["action_line"]["pattern"], text)
    return action_id(match) if match else None


_QUOTE = re.compile(r"[“\"‘](?P<words>[^”\"]{10,}?)[”\"’]\.?\s*$")  # the quoted words, without their marks


def _quoted_recommendation(doc: Document, out: Extraction, key: str, identifier: str, lines: list, match: re.Match[str]) -> None:
    """A heading over Ofsted's words for the item ('Recommendation 1' / '"The timeliness of …"'): that is the
    inspection's recommendation as the paper quotes it, known second-hand unless the report is read too (the link
    stage merges it with the report's own statement, findings.link.same), its span the quoted words alone."""
    view = unwrap(lines)
    rest = view.text[match.end() :]
    if not _QUOTED.match(rest) or (quote := _QUOTE.search(rest)) is None:
        return
    i, j = match.end() + quote.start("words"), match.end() + quote.end("words")
    words = view.text[i:j].strip()
    i += len(view.text[i:j]) - len(view.text[i:j].lstrip())
    start, end = view.source_range(i, i + len(words))
    pieces = [(max(s, start), min(e, end)) for s, e in ((ln.content_start, ln.content_end) for ln in lines)]
    out.recommendations.append(Recommendation(key, identifier, words, joined_spans(doc, [p for p in pieces if p[0] < p[1]])))


def _quotes_it(text: str, match: re.Match[str] | None) -> bool:
    """Is the block only its recommendation's heading and Ofsted's words for it ('Area for improvement 1 – Public
    Law Outline / Ofsted: “The timeliness of …”'), or its heading alone ('… 2 – Care leavers at risk of
    exploitation', no figure, no full stop, four words or more, or fewer that say nothing of how far the work has got:
    'Area for improvement 16: life story work', not a verdict, 'R1 – on track', 'R2 – Amber'; or its subject in
    brackets and nothing else, 'Area for priority action 1 (unregistered children's homes)')? That is what the
    progress below it is about, not progress."""
    if match is None:
        return False
    rest = text[match.end() :]
    title = _TITLE.match(rest)
    return bool(_QUOTED.match(rest) or _BRACKETED.match(rest)) or (title is not None and _a_title(title.group("title")))


def _a_title(words: str) -> bool:
    """Are the words after an item's reference its subject ('life story work'), not a verdict on it ('on track',
    'complete', 'Closed', 'Amber': a status cue, a status word or a RAG colour, extract/lexicons/status.json and
    extract/table_plan_layout.json)?"""
    if len(words.split()) >= 4:
        return True
    colours = {colour.casefold() for colour in load_json("table_plan_layout.json")["rag_key"]["colours"]}
    said = {word.casefold() for word in re.findall(r"\w+", words)}
    return not (is_cued(words) or cell_status(words) is not None or said & colours)


def _a_section_of_its_own(line: str) -> bool:
    """Is the line a paper's own section heading ('Conclusion', 'Next steps', 'Financial implications': ordinals.json
    sections, read as numbered), no matter what follows it?"""
    return _heading_line(line) and regex(LEXICON, "sections").match(f"1. {line.strip()}") is not None


def _heading_line(line: str) -> bool:
    """A heading of its own ('Peer challenge recommendations', 'Conclusion'): a few capitalised words, no sentence,
    no figures (a page's footer is none), no address."""
    line = line.strip()
    return (
        0 < len(line.split()) <= 6
        and line[:1].isupper()
        and not line.endswith((".", ",", ";", ":"))
        and not re.search(r"[\d@]", line)
    )


def _heading(para: Paragraph, text: str) -> bool:
    """Does the numbered paragraph open with a heading line of its own ('5. Next steps'), no sentence: a short line
    standing alone, or over a blank line or a sub-numbered one ('5.1 The next …'), not the first line of a
    paragraph a PDF wrapped?"""
    first = re.sub(r"^\s*\d{1,3}\.\s*", "", para.lines[0].text).strip()
    if not 0 < len(first.split()) <= 6 or first.endswith((".", ",", ";", ":")):
        return False
    if len(para.lines) == 1:
        return True
    following = para.lines[1]
    return text.count("\n", para.lines[0].end, following.start) >= 2 or bool(re.match(r"\s*\d{1,3}\.\d", following.text))
