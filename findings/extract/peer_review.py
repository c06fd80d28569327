"""Peer reviews: the review (title, team, fieldwork), each key line of enquiry (KLOE) with its title, and the
team's recommendations under each KLOE.

The KLOE titles are a list announced by 'The five KLOEs were:' (numerals and titles may have been flattened into
two columns; or labelled 'KLOE 1: …', each over a section '3. KLOE 1: …' of paragraphs '3.1 …'); the paragraphs
that follow open each KLOE ('4. KLOE 1 considered …') and end with the team's recommendations, whose bullet glyphs
are usually lost: items are rebuilt from line fill (see segment/fill.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from findings.extract.context import UNDATED_KEY, organisation
from findings.extract.dates import parse_day_month_year
from findings.extract.lexicons import load_json, regex, regexes
from findings.extract.peer_lists import front_list, lead_in, marked_items, question_headings, titled_sections
from findings.extract.peer_sections import decimal_list, findings_section, numbered_paragraphs
from findings.extract.peer_word_lists import continued_items, kloes_only, spaced_items
from findings.extract.progress_report import number
from findings.extract.spans import line_spans
from findings.extract.statements import Passage, add_findings, add_passage_findings
from findings.extract.summary_list import flattened_items, imperative, inline_items, item_spans, item_text, labelled_items
from findings.model import KLOE, Assessment, Document, Extraction, Recommendation
from findings.segment.fill import items_by_fill
from findings.segment.lines import Line, split_lines
from findings.segment.view import unwrap

LAYOUT = "peer_review_layout.json"
_HEAD = 5000  # characters above the KLOE list searched for the review's title, team and fieldwork


def extract_peer_review(doc: Document, out: Extraction) -> bool:
    """Add the peer review in `doc` (if any) with its KLOEs and recommendations."""
    lines = split_lines(doc.text)
    intro = regex(LAYOUT, "kloe_list_intro")
    titled = _titled_lead_in(doc.text, lines)

    def announces(i: int) -> bool:
        return bool(
            intro.search(lines[i].stripped) or (i and intro.search(f"{lines[i - 1].stripped} {lines[i].stripped}")) or titled(i)
        )

    at = next((i for i in range(len(lines)) if announces(i)), None)
    while at is not None and (after := next((j for j in range(at + 1, len(lines)) if not lines[j].blank), None)):
        if not announces(after):  # a heading ('2. Key lines of enquiry') over the sentence announcing the list: that
            break
        at = after  # sentence
    headed: list[list[Line]] = []  # a report's lines of enquiry as question headings, listed nowhere
    if at is None and (at := _questions_under_title(lines)) is None:
        if not (headed := question_headings(lines)):
            return False
        at = next(i for i, line in enumerate(lines) if line.end >= headed[0][0].end) - 1
    sections = [] if headed else _headed_sections(lines, at + 1)
    label = regex(LAYOUT, "kloe_label")
    labelled = False  # a report's list of 'KLOE 1: How effective …?' over its sections '3. KLOE 1: How effective …?'
    titles = (
        list(enumerate(headed, start=1))
        or [(n, heading) for n, heading, _ in sections]
        or (inline_items(lines, at + 1) or flattened_items(lines, at + 1, opens=lambda text: text[:1].isupper()))
    )
    if not titles and (titles := labelled_items(lines, at + 1, label)):
        labelled = True
        sections = _labelled_sections(lines, lines.index(titles[-1][1][-1]) + 1, len(titles))
    if not titles:
        titles = list(enumerate(marked_items(lines, at + 1), start=1))  # '- How well …?' (an HTML list)
    if not titles:  # a paragraph each, a blank line apart ('1. How well …?' / '' / '2. How …?')
        titles = list(enumerate(continued_items(lines, at + 1), start=1))
    if not labelled and not headed:
        titles = kloes_only(titles)
    if not titles:
        return False
    if not sections and not labelled:  # each question heading its section of the feedback ('4.1 How well …?')
        after = at + 1 if headed else next(i for i, line in enumerate(lines) if line.end >= titles[-1][1][-1].end) + 1
        sections = titled_sections(lines, after, [item_text(t) for _, t in titles])
    head_start = max(0, lines[at].start - _HEAD)
    if len(titles) == 1 and _title_in(doc.text[head_start : lines[at].end]) is None:
        return False  # one line of enquiry alone: a peer review only under its title (not a scrutiny review's)
    review = _review(doc, doc.text[head_start : lines[at].end], head_start, out, titles[-1][1][-1].end)
    for n, title_lines in titles:
        marked = {"marker": label} if labelled else {}
        out.kloes.append(KLOE(review.key, str(n), item_text(title_lines, **marked), item_spans(doc, title_lines, **marked)))
    if sections:
        top = next((i for i, line in enumerate(lines) if line.start >= head_start), 0)
        _under_headings(doc, lines, at, sections, review.key, out, front_list(lines, top, at))
        return True
    _recommendations(doc, lines, at, review.key, out)
    _findings(doc, lines, at, review.key, out)
    return True


def _titled_lead_in(text: str, lines: list[Line]) -> Callable[[int], bool]:
    """Does line i end a sentence naming the lines of enquiry ('The review considered two key lines of enquiry:', the
    layout's kloe_list_lead_in) under a peer review's title? Any wording announces the list of a paper that calls
    itself a review; a cabinet report proposing lines of enquiry does not."""
    lead_in = regex(LAYOUT, "kloe_list_lead_in")

    def announces(i: int) -> bool:
        above = text[max(0, lines[i].start - _HEAD) : lines[i].start]
        return bool(lead_in.search(lines[i].stripped)) and _title_in(above) is not None

    return announces


def _title_in(head: str) -> re.Match[str] | None:
    """The first line of `head` that carries a peer review's title ('Children's Services Peer Review'; the layout's
    'title'), matched; None when none does."""
    title = regex(LAYOUT, "title")
    return next((m for m in (title.match(line.strip()) for line in head.splitlines()) if m), None)


_SENTENCE_END = (".", "?", "!", ".”", ".’", "?”", "?’")
_QUESTION_END = ("?", "?”", "?’")
_CANDIDATES = 3  # how many headings numbered 1 under the title are tried as the first line of enquiry


def _questions_under_title(lines: list[Line]) -> int | None:
    """A letter that announces no list of its lines of enquiry ('… Peer Challenge – 21 to 23 June 2021', its thanks,
    then '1. How effective …?' over a paragraph, '2. How well …?' over another): the line before the first of its
    numbered headings, when a peer review's title (its subject line) stands above them and each heading is a question.
    None when no such headings follow the title."""
    title = regex(LAYOUT, "title")
    top = next((i for i, line in enumerate(lines) if line.start < _HEAD and title.match(line.stripped)), None)
    if top is None:
        return None
    heading = regex(LAYOUT, "kloe_heading")
    firsts = [i for i in range(top + 1, len(lines)) if (m := heading.match(lines[i].text)) and m.group("n") == "1"]
    for i in firsts[:_CANDIDATES]:
        sections = _headed_sections(lines, i)
        if sections and all(heading_lines[-1].stripped.endswith(_QUESTION_END) for _, heading_lines, _ in sections):
            return i - 1
    return None


_PROSE = re.compile(r"[.!?][’”]?\s+[A-Z‘“]")  # a sentence ends inside the line: a paragraph, not a heading


def _headed_sections(lines: list[Line], i: int) -> list[tuple[int, list[Line], list[Line]]]:
    """A letter's lines of enquiry as numbered headings ('1. How well does … without delay?', bold in the letter)
    each over the paragraphs about it: (number, heading lines, lines under it). A heading ends with its sentence, at
    a blank line, or where a line of prose follows it. [] when the list is a plain list (no paragraphs between its
    items), which the report layouts read."""
    heading_re, kloe_re, end_re = (regex(LAYOUT, k) for k in ("kloe_heading", "kloe_paragraph", "section_end"))
    sections: list[tuple[int, list[Line], list[Line]]] = []
    heading_open = False
    for line in lines[i:]:
        match = heading_re.match(line.text)
        if match and int(match.group("n")) == len(sections) + 1:
            sections.append((len(sections) + 1, [line], []))
            heading_open = not line.stripped.endswith(_SENTENCE_END)
        elif not sections:
            if not line.blank:
                return []
        elif end_re.match(line.stripped) or kloe_re.match(line.stripped):
            break
        elif heading_open and not line.blank and not _PROSE.search(line.stripped):
            sections[-1][1].append(line)
            heading_open = not line.stripped.endswith(_SENTENCE_END)
        else:
            heading_open = False
            sections[-1][2].append(line)
    if len(sections) < 2 or not all(any(not line.blank for line in under) for _, _, under in sections[:-1]):
        return []
    return sections


def _labelled_sections(lines: list[Line], i: int, count: int) -> list[tuple[int, list[Line], list[Line]]]:
    """A report's sections on its lines of enquiry, each headed by its label ('3. KLOE 1: How effective … from' /
    'home or care?') over its paragraphs ('3.1 The new …'): (number, heading lines, lines under it), the last up to
    the back matter. [] unless there is one section for each of the `count` lines of enquiry listed, in order."""
    label, end_re = regex(LAYOUT, "kloe_label"), regex(LAYOUT, "section_end")
    sections: list[tuple[int, list[Line], list[Line]]] = []
    heading_open = False
    for line in lines[i:]:
        match = label.match(line.text)
        if match and int(match.group("n")) == len(sections) + 1:
            sections.append((len(sections) + 1, [line], []))
            heading_open = not line.stripped.endswith(_SENTENCE_END)
        elif not sections or line.blank and heading_open:
            heading_open = False
        elif end_re.match(line.stripped):
            break
        elif heading_open and not _PROSE.search(line.stripped) and not regex(LAYOUT, "sub_paragraph").match(line.text):
            sections[-1][1].append(line)
            heading_open = not line.stripped.endswith(_SENTENCE_END)
        else:
            heading_open = False
            sections[-1][2].append(line)
    return sections if len(sections) == count else []


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """The paragraphs among `lines`: apart at blank lines, and each numbered one ('3.1 The new …') from its number,
    which is no part of it."""
    sub_paragraph = regex(LAYOUT, "sub_paragraph")
    paragraphs: list[list[Line]] = []
    opens = True
    for line in lines:
        numbered = sub_paragraph.match(line.text)
        if line.blank:
            opens = True
        elif numbered or opens:
            paragraphs.append([_after(line, numbered.end()) if numbered else line])
            opens = False
        else:
            paragraphs[-1].append(line)
    return paragraphs


def _under_headings(
    doc: Document,
    lines: list[Line],
    at: int,
    sections: list[tuple[int, list[Line], list[Line]]],
    key: str,
    out: Extraction,
    front: list[list[Line]],
) -> None:
    """The paragraphs under each heading are its findings; a list under 'The peer team recommends:' or 'Areas to
    consider' its recommendations ('2.1' …), except that one list after the last line of enquiry, the others having
    none, is the team's recommendations for the review as a whole ('1' …), as is the `front` list ('2. Key
    recommendations' before the lines of enquiry). A sentence introducing a list is no item; statements under an 'Areas
    for consideration' heading (not all advice) are the line of enquiry's findings."""
    intro_re, heading_re = regex(LAYOUT, "recommendations_intro"), regex(LAYOUT, "recommendations_heading")
    advice = regex(LAYOUT, "advice")
    said = {polarity: re.compile(pattern) for polarity, pattern in load_json(LAYOUT)["heading_polarity"].items()}
    passages: list[Passage] = []
    lists: dict[int, list[list[Line]]] = {}
    for n, _, under in sections:
        cut = next(
            (j for j, line in enumerate(under) if intro_re.match(line.stripped) or heading_re.match(line.stripped)),
            len(under),
        )
        paragraphs = _paragraphs(under[:cut])
        passages += [Passage(f"kloe{n}-p{k}", paragraph, kloe=str(n)) for k, paragraph in enumerate(paragraphs, start=1)]
        if cut == len(under):
            continue
        rest = under[cut + 1 :]
        block = _list_block(rest[lead_in(rest, 0) :])
        items = _bulleted(block) or marked_items(block, 0) or items_by_fill(block, _list_width(lines, at, block), imperative)
        headed = not intro_re.match(under[cut].stripped)
        if not headed or all(imperative(text) or advice.search(text) for text in (unwrap(item).text for item in items)):
            lists[n] = items
            continue
        # statements under 'Areas for consideration': the line of enquiry's findings, of the heading's polarity
        polarity = next((p for p, pattern in said.items() if pattern.match(under[cut].stripped)), None)
        passages += [Passage(f"kloe{n}-c{k}", item, kloe=str(n), polarity=polarity) for k, item in enumerate(items, start=1)]
    add_passage_findings(doc, passages, key, out)
    for m, item in enumerate(front, start=1):
        out.recommendations.append(Recommendation(key, str(m), unwrap(item).text, line_spans(doc, item)))
    whole = list(lists) == [sections[-1][0]] and not front
    for n, items in lists.items():
        for m, item in enumerate(items, start=1):
            identifier, kloe = (str(m), None) if whole else (f"{n}.{m}", str(n))
            out.recommendations.append(Recommendation(key, identifier, unwrap(item).text, line_spans(doc, item), kloe=kloe))


def _list_block(lines: list[Line]) -> list[Line]:
    """The lines of the list that opens `lines`: up to the first blank line after it starts."""
    block: list[Line] = []
    for line in lines:
        if line.blank and block:
            break
        if not line.blank:
            block.append(line)
    return block


def _findings(doc: Document, lines: list[Line], at: int, key: str, out: Extraction) -> None:
    """The sentences of the paragraphs under each KLOE that state a strength or a weakness."""
    kloe_re, intro_re, end_re = (regex(LAYOUT, k) for k in ("kloe_paragraph", "recommendations_intro", "section_end"))
    end = next((i for i in range(at, len(lines)) if end_re.match(lines[i].stripped)), len(lines))
    current: dict[str, str | None] = {"kloe": None}

    def kloe_of(paragraph) -> str | None:
        match = kloe_re.match(paragraph.lines[0].text)
        if match:
            current["kloe"] = match.group("n")
        return current["kloe"]

    found = add_findings(
        doc,
        lines[at + 1 : end],
        key,
        out,
        skip=lambda p: bool(intro_re.match(p.lines[0].stripped)) or kloe_of(p) is None,
        kloe_of=kloe_of,
    )
    if not found:
        before = len(out.findings)
        _unnumbered_findings(doc, lines[at + 1 : end], key, out)
        if len(out.findings) == before and (section := findings_section(lines, at + 1)):  # '3. Findings', of no KLOE
            passages = [Passage(f"p{n}", item, heading="Findings") for n, item in numbered_paragraphs(section, 0)]
            add_passage_findings(doc, passages, key, out)


def _unnumbered_findings(doc: Document, lines: list[Line], key: str, out: Extraction) -> None:
    """A letter whose paragraphs carry no numbers: under each 'Key line of enquiry 2: …' heading, each paragraph and
    each bulleted item may state findings of that KLOE, a strength under 'Strengths', a weakness under 'Areas for
    consideration' (heading_polarity) when the sentence has no cue of its own; headings and the team's
    recommendations state none."""
    kloe_re = regex(LAYOUT, "kloe_paragraph")
    said = {polarity: re.compile(pattern) for polarity, pattern in load_json(LAYOUT)["heading_polarity"].items()}
    taken = [(s.start, s.end) for r in out.recommendations if r.assessment == key for s in r.spans]
    passages: list[Passage] = []
    kloe: str | None = None
    polarity: str | None = None
    current: list[Line] = []

    def close() -> None:
        if current and kloe:
            n = sum(p.kloe == kloe for p in passages) + 1
            passages.append(Passage(f"kloe{kloe}-p{n}", list(current), kloe=kloe, polarity=polarity))
        current.clear()

    for line in lines:
        match = kloe_re.match(line.text)
        bullet = _BULLET.match(line.text)
        heading = not match and not line.blank and not bullet and _heading_line(line)
        if match or line.blank or bullet or heading:
            close()
            if match or heading:
                kloe = match.group("n") if match else kloe
                polarity = next((p for p, pattern in said.items() if pattern.match(line.stripped)), None)
            if not bullet:
                continue
            line = _after(line, bullet.end())
        if any(s < line.end and line.start < e for s, e in taken):
            continue
        current.append(line)
    close()
    add_passage_findings(doc, passages, key, out)


def _heading_line(line: Line) -> bool:
    """A short line that ends no sentence ('Strengths', 'Areas for consideration'): a heading, not a finding."""
    return len(line.stripped) < 60 and not line.stripped.endswith(_SENTENCE_END) and line.stripped[:1].isupper()


def _review(doc: Document, head: str, offset: int, out: Extraction, listed: int) -> Assessment:
    """The review `head` (the text at `offset` above its list of lines of enquiry) titles, dates and staffs; its team
    also in the paragraph just after the list, which ends at `listed` ('… children in care?' / 'The peer team was: …')."""
    org = organisation(doc.text)
    titled = _title_in(head)
    title = " ".join(titled.group("title").split()) if titled else "Peer review"
    started = ended = None
    spans = []
    flat = head
    for pattern in regexes(LAYOUT, "fieldwork"):
        match = pattern.search(flat)
        if not match:
            continue
        if "days" in match.groupdict() and match.group("days"):
            started = parse_day_month_year(match.group("start"))
            days = number(match.group("days"))
            ended = started + timedelta(days=days - 1) if started and days else None
        else:
            ended = parse_day_month_year(match.group("end"))
            started = parse_day_month_year(match.group("start"), ended.year if ended else None)
            if started is None and ended is not None:  # 'between 3 and 5 June 2024': the month is the end's
                started = parse_day_month_year(f"{match.group('start')} {ended.strftime('%B %Y')}")
        spans.append(doc.span(offset + match.start(), offset + match.end()))
        break
    letter = regex(LAYOUT, "letter_date").search(head)
    issued = parse_day_month_year(letter.group("date")) if letter else None
    if issued:  # a letter reporting the review: issued on its date
        spans.append(doc.span(offset + letter.start("date"), offset + letter.end("date")))  # type: ignore[union-attr]
    when = started or issued or doc.date
    key = f"{org.key}/peer-review-{when.year if when else UNDATED_KEY}"
    review = out.assessments.setdefault(key, Assessment(key=key, kind="PeerReview", org=org, label=title))
    review.started, review.ended = review.started or started, review.ended or ended
    review.issued = review.issued or issued
    team, base = regex(LAYOUT, "team").search(head), offset
    if team is None:
        team, base = regex(LAYOUT, "team").match(doc.text, _next_words(doc.text, listed)), 0
    if team:
        review.team = " ".join((team.group("team") or team.group("named") or team.group("listed")).split())
        spans.append(doc.span(base + team.start(), base + team.end()))
    review.documents.add(doc.sha256)
    review.spans += [s for s in spans if s not in review.spans]
    return review


def _next_words(text: str, at: int) -> int:
    """Where the words after `at` start: past the rest of its line and any blank lines."""
    line_end = text.find("\n", at)
    at = len(text) if line_end < 0 else line_end
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _list_width(lines: list[Line], at: int, block: list[Line]) -> int:
    """How long a list line can be: the longest paragraph line of the review less a bullet's indent, unless the
    list itself has a longer line."""
    end_re = regex(LAYOUT, "section_end")
    end = next((i for i in range(at, len(lines)) if end_re.match(lines[i].stripped)), len(lines))
    paragraphs = max((len(line.stripped) for line in lines[at:end] if not line.blank), default=0)
    return max(paragraphs - load_json(LAYOUT)["bullet_indent"], max((len(line.stripped) for line in block), default=0))


def _recommendations(doc: Document, lines: list[Line], at: int, key: str, out: Extraction) -> None:
    """The lists under each KLOE's 'The peer team recommends:' (or an 'Areas for consideration' heading over
    imperatives: statements under it are the KLOE's findings); one list under a 'Recommendations' heading after the
    last KLOE, the others having none, is the team's for the review as a whole ('1' …, as in a letter)."""
    kloe_re, intro_re, heading_re, para_re, end_re, advice = (
        regex(LAYOUT, k)
        for k in (
            "kloe_paragraph",
            "recommendations_intro",
            "recommendations_heading",
            "numbered_paragraph",
            "section_end",
            "advice",
        )
    )
    current = None
    lists: list[tuple[str, bool, list[list[Line]]]] = []  # (KLOE, under a heading, items)
    i = at + 1
    while i < len(lines):
        text = lines[i].stripped
        if end_re.match(text):
            break
        kloe = kloe_re.match(text)
        if kloe:
            current = kloe.group("n")
        introduced = bool(intro_re.match(text))
        headed = not introduced and bool(heading_re.match(text))
        # no KLOE heads a section yet: a list for the review as a whole ('1' …, or numbered on from '3.' by Word)
        if current is None and headed and (whole_list := decimal_list(lines, i + 1) or _whole_list(lines, i + 1, advice)):
            lists.append((None, True, whole_list))
            i = next(j for j in range(i, len(lines)) if lines[j].end >= whole_list[-1][-1].end) + 1
            continue
        if current and (introduced or headed):
            numbered = inline_items(lines, i + 1)
            if numbered:
                items = [[_unnumbered(item[0]), *item[1:]] for _, item in numbered]
                i = lines.index(numbered[-1][1][-1]) + 1
            elif spaced := spaced_items(lines, i + 1):  # a paragraph each, a blank line apart
                items = spaced
                i = next(j for j in range(i, len(lines)) if lines[j].end >= spaced[-1][-1].end) + 1
            else:
                block: list[Line] = []
                i += 1
                while i < len(lines) and (not block or not lines[i].blank):
                    if para_re.match(lines[i].text) or end_re.match(lines[i].stripped):
                        break
                    if not lines[i].blank:
                        block.append(lines[i])
                    i += 1
                items = _bulleted(block) or items_by_fill(block, _list_width(lines, at, block), imperative)
            advised = all(imperative(text) or advice.search(text) for text in (unwrap(item).text for item in items))
            if items and (not headed or advised):
                lists.append((current, headed, items))
            continue
        i += 1
    whole = len(lists) == 1 and lists[0][1] and lists[0][0] == current
    for kloe, _, items in lists:
        for n, item in enumerate(items, start=1):
            identifier, of = (str(n), None) if whole or kloe is None else (f"{kloe}.{n}", kloe)
            out.recommendations.append(Recommendation(key, identifier, unwrap(item).text, line_spans(doc, item), kloe=of))


def _whole_list(lines: list[Line], i: int, advice: re.Pattern[str]) -> list[list[Line]]:
    """The review's recommendations listed from line `i`, past a sentence leading into them: numbered, perhaps on from
    the list before ('3. Strengthen …'), or bulleted ('- Strengthen …'), each an imperative or advice; [] when no such
    list is there (statements under 'Areas for consideration' are findings)."""
    opens = lead_in(lines, i)
    items = continued_items(lines, opens) or marked_items(lines, opens)
    advised = all(imperative(text) or advice.search(text) for text in (unwrap(item).text for item in items))
    return items if advised else []


def _unnumbered(line: Line) -> Line:
    """An item's first line from its first word: '1. Introduce …' → 'Introduce …'."""
    match = _NUMBERED.match(line.text)
    return _after(line, match.end()) if match else line


def _after(line: Line, at: int) -> Line:
    """The part of `line` from character `at` on (past its bullet or numeral), offsets kept."""
    return Line(line.start + at, line.end, line.text[at:])


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[IVXivx]{1,5})[.)]\s+(?=\S)")


_BULLET = re.compile(r"^\s*[-•·*–]\s+(?=\S)")


def _bulleted(block: list[Line]) -> list[list[Line]]:
    """The items of a list whose every item a letter typed a bullet before ('- sets a timescale …'): one item from
    each bullet, its text and span starting at its first word; [] when the list has no typed bullets."""
    if not block or not _BULLET.match(block[0].text):
        return []
    items: list[list[Line]] = []
    for line in block:
        bullet = _BULLET.match(line.text)
        if bullet:
            items.append([_after(line, bullet.end())])
        elif items[-1][-1].stripped.endswith(_SENTENCE_END) and not line.stripped[:1].islower():
            break  # the list has ended: a paragraph follows its last item ('We would be happy to return …')
        else:
            items[-1].append(line)
    return items
