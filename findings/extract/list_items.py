"""Whether an item opens at a line that no glyph marks as one: a number in order, an item that names rather than
asks, a list whose glyphs never reached the text, a list's intro, a sub-heading over items."""

from __future__ import annotations

import re

from findings.extract.areas import grade_at_end
from findings.extract.lexicons import load_json, regex
from findings.extract.list_headings import HEADING_LINES, TERMINAL
from findings.extract.list_lines import (
    LOOKAHEAD,
    PHRASE_GOES_ON,
    SUB_HEADING_LONGEST,
    ended,
    figure_ends,
    full_item,
    grade_line,
    graded_section,
    heading_here,
    line_text,
    list_over,
    skip_item,
    wants_more,
    wrapped_section,
)
from findings.extract.list_markers import BARE, LAYOUT, asks, number_value, numbered, opens, without_number
from findings.extract.list_prose import (
    NAMING_WORDS,
    SENTENCE_BREAK,
    item_words,
    names_like,
    opens_like,
    prose_at,
    prose_paragraph,
    report_statement,
    says_early,
    stranded_end,
)
from findings.model import Recommendation
from findings.segment.lines import Line


def bare_in_order(
    body: list[Line], i: int, current: list[Line], graded: re.Pattern[str], list_started: bool, last: int | None
) -> re.Match[str] | None:
    """'1 The response to …' over '2 The quality of …': a number with only a space after it opens an item, whatever
    its words, where the list numbers so in order: the item before it was numbered so, one less (`last`, or the item
    being read; in a table's number cells, a number or two may be skipped: `_skipped`); or it is the list's first, 1,
    and a line further down the list (before the next heading) opens 2 so (or 3 or 4, in a table's number cells).
    A page's footnote ('1 The areas for improvement …') numbers no list so."""
    bare = BARE.match(body[i].text)
    if bare is None:
        return None
    number = int(bare.group("n"))
    before = BARE.match(current[0].text) if current else None
    if before is not None or (not current and last is not None):
        follows = (int(before.group("n")) if before else last) + 1
        return bare if follows <= number <= follows + _skipped(bare, before or bare) else None
    if current or number != 1 or not list_started:
        return None
    for j in range(i + 1, min(len(body), i + LOOKAHEAD)):
        if graded.match(body[j].stripped) or heading_here(body, j, graded) or opens(body[j]):
            return None
        if (nxt := BARE.match(body[j].text)) and number < int(nxt.group("n")) <= number + 1 + _skipped(bare, nxt):
            return bare
    return None


def _skipped(one: re.Match[str], other: re.Match[str]) -> int:
    """How many numbers a list numbered with only a space may skip between two items: in a table's number cells (a
    tab after each number) report_layout.json's numbering_gap; elsewhere none (a page's footnote is numbered so)."""
    return int(load_json(LAYOUT)["numbering_gap"]) if "\t" in one.group() and "\t" in other.group() else 0


def listed_phrase(body: list[Line], i: int, made: list[Recommendation]) -> bool:
    """Is the numbered line at `i` an item that names what must improve ('1. The quality of early help
    assessments.'), as a JTAI letter numbers them, rather than the report's next numbered paragraph? Only in a list
    whose items all name rather than ask: the first is numbered 1, each next number follows on (a number or two
    skipped at most: report_layout.json numbering_gap), and each is one
    short sentence (a report's numbered paragraphs of findings are longer, and follow a list that asks), or as long as
    an order may be (two sentences, 'so that …' running on) where its opening words name an area and say nothing of
    it: none of them one of the lexicon's 'finite_verbs' ('Family hubs are …' is a finding)."""
    number = number_value(numbered(body[i].text) or BARE.match(body[i].text))
    last = last_number(made) if made else 0
    if last is None or number is None or any(asks(item.text, modal=False) for item in made):
        return False
    if not (number == 1 if not made else last < number <= last + 1 + int(load_json(LAYOUT)["numbering_gap"])):
        return False  # the list's first is 1; each next follows on, a number or two skipped at most
    text = without_number(full_item(body, i))
    if not text.endswith(TERMINAL):
        return False
    if len(text) <= _PHRASE_LONGEST and not SENTENCE_BREAK.search(text[:-1]):
        return True
    opening = [w.lower() for w in re.findall(r"[A-Za-z]+", SENTENCE_BREAK.split(text)[0])[:NAMING_WORDS]]
    finite = load_json("lexicons/imperatives.json")["finite_verbs"]
    return (
        len(text) <= _ORDER_LONGEST
        and len(SENTENCE_BREAK.findall(text)) < _ORDER_SENTENCES
        and not any(word in finite for word in opening)
    )


def last_number(made: list[Recommendation]) -> int | None:
    """The number of the list's last item so far, where it was numbered."""
    return int(made[-1].identifier) if made and made[-1].identifier.isdigit() else None


def numbered_on(body: list[Line], i: int, before: list[Line], listed: bool, last: int | None = None) -> bool:
    """Is the numbered line at `i` the list's next item though it opens with a verb the lexicon does not list
    ('14. Introduce a system …', '3. Set up …')? It follows straight on from the numbered item before (`before`,
    else the list's last item numbered `last`, a sub-heading between: the next number), or is the list's first
    (`listed` False), and reads as an order, not a
    finding's statement: its first word capitalised and none of the lexicon's 'statement_openers' ('The',
    'Children', 'In'), no plural ('Leaders') nor participle ('Following'), none of the three words after it a
    'finite_verbs' ('Partnership working is strong'), and as short as an item is (a finding's paragraph runs on)."""
    line = body[i]
    previous = (numbered(before[0].text) or BARE.match(before[0].text)) if before else None
    number = number_value(previous) if previous else None if before else last
    if listed and (number is None or number + 1 != number_value(numbered(line.text) or BARE.match(line.text))):
        return False
    item = without_number(full_item(body, i))
    if len(item) > _ORDER_LONGEST or len(SENTENCE_BREAK.findall(item)) >= _ORDER_SENTENCES:
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


def opens_lower(made: list[Recommendation], current: list[Line]) -> bool:
    """Do this list's items open in lower case ('ensure that …', as SLAC lists print them)?"""
    return any(rec.text[:1].islower() for rec in made) or current[0].stripped[:1].islower()


def next_glyphless(text: str, current: list[Line], body: list[Line], i: int, lower: bool, over_page: bool = False) -> bool:
    """In a list whose glyphs never reached the text and whose items end without a stop, does the next item start
    at this line: its verb first, capitalised; or, after a line that stops short of the list's width (the item
    before ended there), its verb in lower case ('improve the quality …', where the list's items open so: `lower`) or
    its addressee ('NHS Norfolk should …'); `over_page`: a page break lies between the line before and this one?"""
    if text[:1].isupper() and asks(text, modal=False):
        return True
    if lower and _opens_lower_order(text, current, over_page):
        return True  # 'ensure that personal education plans …' after '… training needs': a full line ends its item too
    last = current[-1].stripped
    if lower and regex(LAYOUT, "addressee").match(text) and asks(text) and _may_end(last):
        return True  # 'NHS Anytown should ensure …' after '… drift in care plans': another body's item, however full the line
    short = len(last) < _SHORT_OF_WIDTH * column_width(body, i) and last.rsplit(None, 1)[-1].casefold() not in PHRASE_GOES_ON
    verb = lower and asks(text, modal=False)  # a verb in lower case opens an item only in a list whose items do so
    return short and (verb or (bool(regex(LAYOUT, "addressee").match(text)) and asks(text)))


def column_width(body: list[Line], i: int) -> int:
    """How wide the page's text column is around `i`, in characters: the upper quartile of the lengths of the lines
    either side (neither a long line, a joined paragraph, nor headings), or the longest of them that wraps onto the
    next (it ends no sentence or intro, and the next line goes on in lower case: '… should take the' / 'following
    action.'), where that is longer: a list of two short items, or a short report's page, has few lines to measure, and
    the paragraph above it shows the column's width."""
    lines = body[max(0, i - _AROUND) : i + _AROUND]
    near = sorted(len(line.stripped) for line in lines)
    wrapped = (
        len(line.stripped)
        for line, after in zip(lines, body[max(0, i - _AROUND) + 1 : i + _AROUND + 1], strict=False)
        if not line.stripped.endswith((*TERMINAL, ":")) and after.stripped[:1].islower()
    )
    return max([near[3 * len(near) // 4], *wrapped])


def _opens_lower_order(text: str, current: list[Line], over_page: bool = False) -> bool:
    """Does the line open an item of a list whose items open in lower case with their verb ('ensure that …', 'improve
    the …': report_layout.json lower_item_opening; or a verb that is never a noun, whatever follows it: 'strengthen
    management …', lower_item_verbs), after a line whose last word no bare verb follows in a sentence
    (lower_item_verb_follows, and the words no item ends on: '… so that they can' / 'improve …' is one item; nor, on
    the same page, a verb's subject still waiting for its verb: lower_item_subjects, `_subject_waits`)?"""
    first = text.split(None, 1)[0] if text.strip() else ""
    verb_alone = first in load_json(LAYOUT)["lower_item_verbs"]
    if not (asks(text, modal=False) and (verb_alone or regex(LAYOUT, "lower_item_opening").match(text))):
        return False
    last = current[-1]
    word = last.stripped.rsplit(None, 1)[-1].casefold() if last.stripped else ""
    if word in load_json(LAYOUT)["lower_item_subjects"] and not over_page and _subject_waits(current):
        return False  # '… so that the chairs of conferences and practitioners' / 'improve their oversight …': one item
    return _may_end(last.stripped)


def _subject_waits(current: list[Line]) -> bool:
    """Does the item's last word stand in a clause still waiting for its verb: after the last of the layout's
    'lower_item_subject_clause' words in the item, no finite verb (lexicons/imperatives.json 'finite_verbs')? '… so
    that practitioners' waits; '… are recorded and include health professionals' has its verb, and '… on children',
    in no such clause, needs none."""
    words = re.findall(r"[a-z]+", " ".join(line.stripped for line in current).casefold())
    openers = set(load_json(LAYOUT)["lower_item_subject_clause"])
    at = max((n for n, w in enumerate(words[:-1]) if w in openers), default=None)
    if at is None:
        return False
    finite = set(load_json("lexicons/imperatives.json")["finite_verbs"])
    return not any(w in finite for w in words[at + 1 : -1])


def _may_end(last: str) -> bool:
    """May an item end on this line: its last word one no other word must follow (not '… to', '… should')?"""
    word = last.rsplit(None, 1)[-1].casefold() if last.strip() else ""
    return word.isalpha() and word not in PHRASE_GOES_ON and word not in load_json(LAYOUT)["lower_item_verb_follows"]


_AROUND = 12  # lines either side whose upper quartile of lengths tells the list's width
_SHORT_OF_WIDTH = 0.75  # a line this much shorter than that ends its item


def phrase_lines(body: list[Line], i: int, graded: re.Pattern[str], sections: dict) -> list[list[Line]]:
    """The items of a list that names what must improve a line each, with neither glyph, number nor stop ('The
    quality of supervision and management oversight' over 'Timeliness of assessments'), starting at `i`, the list's
    first line: two or more capitalised lines, each short and unpunctuated at its end, not all of them asking (a list
    of orders without stops is read item by item as it was); a line in lower case, or after one that stops
    mid-phrase ('… for children in need of'), goes on with the item above, unless it opens as the list's items do
    or the line above ends a relative clause ('The range of placements children have access to' / 'The quality of
    …'). The run ends where the report goes on: a section's heading with its grade, a grade line, the end matter, the
    report's prose (prose_at), or a line that opens an item or ends a sentence; before prose or a grade on its own,
    the run's last line is its heading, not an item, unless it names an area ('The …') over prose; before a section's
    heading, on one line or wrapped onto two, it is the last item, and may be the only one. None where no such run
    is."""
    items: list[list[Line]] = []
    j, prose = i, False
    while j < len(body):
        text = body[j].stripped
        if items and not wants_more(items[-1]) and prose_at(body, j):
            prose = True  # the report's prose straight after the list, no heading between ('Leaders have …')
            break
        if (
            _phrase_ends(text, body[j], graded, body[j + 1].stripped if j + 1 < len(body) else "")
            or " ".join(text.split()).casefold() in sections
            or wrapped_section(body, j)
        ):
            break  # … or a section's heading ('Services for looked after children'), its grade on the next line or not
        goes_on = items and (
            text[:1].islower()
            or wants_more(items[-1])
            or (
                items[-1][-1].stripped.rsplit(None, 1)[-1].casefold() in PHRASE_GOES_ON
                and not opens_like(text, [item[0].stripped for item in items])
                and not (text[:1].isupper() and stranded_end(" ".join(line.stripped for line in items[-1])))
            )
        )
        if goes_on:
            items[-1].append(body[j])
        elif text[:1].isupper() and len(text) <= _PHRASE_LINE_LONGEST:
            items.append([body[j]])
        else:
            return []
        j += 1
    over = body[j].stripped if j < len(body) else ""
    headed = " ".join(over.split()).casefold() in sections or wrapped_section(body, j)  # the last line is an item
    named = prose and bool(items) and bool(names_like(items[-1][0].stripped))  # 'The timeliness of …' over the prose
    if (
        j < len(body)
        and not headed
        and not named
        and (not list_over(over, graded) or (grade_line(over, graded) and not graded_section(over)))
    ):
        items = items[:-1]  # the last line heads the paragraph after it, or the grade below it ('Judgement: Adequate')
    fewest = 1 if headed or named else 2  # one item alone: over a section's heading, or named over the prose
    if len(items) < fewest or any(
        wants_more(item) or len(" ".join(ln.stripped for ln in item)) > _PHRASE_LONGEST for item in items
    ):
        return []
    if all(asks(item[0].stripped, modal=False) for item in items):
        return []
    return items


def _phrase_ends(text: str, line: Line, graded: re.Pattern[str], after: str = "") -> bool:
    """Does the line end a run of named items: it opens an item, ends a sentence or an intro, or closes the list? A
    comma ends the run only where the line below does not go on in lower case ('… so that they are specific,' /
    'outcome-focused and reviewed regularly' is one item wrapped)."""
    if text.endswith(",") and after[:1].islower():
        return bool(opens(line)) or list_over(text, graded)
    return bool(opens(line)) or text.endswith((*TERMINAL, ":", ",")) or list_over(text, graded)


_PHRASE_LINE_LONGEST = 120  # characters: a line that names an area, not a line of wrapped prose


def glyphless_item(body: list[Line], i: int, current: list[Line], graded: re.Pattern[str], over_page: bool = False) -> bool:
    """Does a glyphless item start at `i`, in a list with no bullet or number in it (a PDF that draws its bullets as
    pictures): a capitalised line, first in the list (or under its sub-heading) or after an item that ended, that
    ends a short sentence ('The quality of plans.', '… (outcome 1, national framework)') and is neither a heading
    (a line of its own: no stop, the next line capitalised), an intro nor a grade; the first only when no line
    down to the next heading (or to the report's numbered paragraphs, paragraphs_begin) opens an item? `over_page`: a
    page break lies between the item before, which opened with a glyph, and this line — a PDF that printed one page's
    bullets as characters and the next page's as pictures —, so no line from here down to the next heading opens one."""
    if current and ((opens(current[0]) and not over_page) or not ended(current)):
        return False
    text = body[i].stripped
    item = full_item(body, i)
    after = body[i + 1].stripped if i + 1 < len(body) else ""
    wraps = (  # a heading is short, and never ends mid-phrase ('The effectiveness of the' / 'Independent …')
        after[:1].islower() or after.startswith("(") or len(text) >= _HEADING_LONGEST or wants_more(body[i : i + 1])
    )
    return (
        text[:1].isupper()
        and (text.endswith(TERMINAL) or wraps)
        and item.endswith(TERMINAL)
        and (len(item) <= GLYPHLESS_LONGEST or _one_naming_sentence(item))
        and not _states(item)
        and not graded.match(text)
        and not wrapped_section(body, i)  # 'The experiences … need help and' / 'protection: good': the list is over
        and not regex(LAYOUT, "list_intro").search(item)
        and not regex(LAYOUT, "published").search(item)  # 'Ofsted published this report on 30 August 2019.'
        and not heading_here(body, i, graded)
        and not (current and prose_paragraph(item, item_words(current)))
        and not (current and report_statement(item, item_words(current)))  # 'Children who go missing are not …'
        and ((bool(current) and not over_page) or no_openers(body, i, graded))
        and not (over_page and _graded_heading(body, i))
    )


def _graded_heading(body: list[Line], i: int) -> bool:
    """Does a line of the would-be item, before one that ends a sentence, end with a grade and no stop ('… children who
    need help and protection Requires improvement'): a section's heading with its grade, not an item?"""
    for line in body[i : i + HEADING_LINES]:
        if line.stripped.endswith(TERMINAL):
            return False
        if grade_at_end(line.stripped) is not None:
            return True
    return False


GLYPHLESS_LONGEST = 400  # characters: an item of a list, not a paragraph of prose
_NAMING_LONGEST = 800  # characters: an item naming an area that runs on ('…; the progress of plans should be …')


def _states(item: str) -> bool:
    """Does a glyphless item of more than one sentence state a finding rather than name an area or ask: no order,
    and one of its opening words one of the lexicon's 'finite_verbs' ('Initial conferences are now held promptly …
    Conferences are well attended.': a report's paragraph after its list, not an item of it)?"""
    return bool(SENTENCE_BREAK.search(item[:-1])) and not asks(item, modal=False) and says_early(item)


def _one_naming_sentence(item: str) -> bool:
    """Is a long glyphless item one sentence (a semicolon within it, no stop) that names an area before it says
    anything of it ('The quality and timeliness of assessments and plans …, so that …; the progress of plans should
    be tracked …'): none of its opening words one of the lexicon's 'finite_verbs' ('Leaders have a clear …' is prose),
    and no longer than an item runs? A paragraph of prose has sentences."""
    if len(item) > _NAMING_LONGEST or SENTENCE_BREAK.search(item[:-1]):
        return False
    return not says_early(item)


_HEADING_LONGEST = 60  # characters: a line this long that goes on on a capitalised line is an item's, not a heading


def no_openers(body: list[Line], i: int, graded: re.Pattern[str]) -> bool:
    """Does no line from `i` down to the next heading (a grade line, or a heading over one or over a numbered
    paragraph), or down to the report's numbered paragraphs (paragraphs_begin), open an item with a glyph or a
    number?"""
    for j in range(i, min(len(body), i + LOOKAHEAD)):
        if j > i and (graded.match(body[j].stripped) or heading_here(body, j, graded)):
            return True
        if j > i and paragraphs_begin(body, j):
            return True
        if opens(body[j]) and not (j > i and figure_ends(body[j - 1], body[j])):
            return False  # not '… aged 18 to' / '21.'
    return True


def paragraphs_begin(body: list[Line], j: int) -> bool:
    """Do the report's numbered paragraphs start at `j`, on the list's page or past a page break (its running head and
    foot are no body lines), as a glyphless list ends there as at the next section's heading: a numbered line after a
    line that ends a sentence, that asks nothing and states (a word of it one of the lexicon's 'finite_verbs', more
    than one sentence, or longer than an item naming an area), not an item of a numbered list naming areas ('1. The
    quality of early help.')?"""
    line = body[j]
    if not numbered(line.text) or not body[j - 1].stripped.endswith(TERMINAL):
        return False
    words = without_number(full_item(body, j))
    if asks(words):
        return False
    finite = load_json("lexicons/imperatives.json")["finite_verbs"]
    said = any(word.lower() in finite for word in re.findall(r"[A-Za-z]+", words))
    return said or len(words) > _PHRASE_LONGEST or bool(SENTENCE_BREAK.search(words[:-1]))


def intro_end(body: list[Line], i: int, opening: bool = True) -> int | None:
    """Where the list's intro at `i` ends (the index of the line after it): the layout's 'list_intro' ('… should take
    the following action.') read over the item's lines; or, where it `opening` the list (nothing read into it yet),
    'list_intro_opening' over its wrapped lines up to the first that ends it ('9. In order to improve …, the' / 'local
    authority should:', not the 'Within three months:' below it); else None."""
    end = skip_item(body, i)
    if regex(LAYOUT, "list_intro").search(rejoined(body[i:end])):
        return end
    if opening:
        pattern = regex(LAYOUT, "list_intro_opening")
        for j in range(i + 1, end + 1):
            if pattern.search(rejoined(body[i:j])):
                return j
    return None


def rejoined(lines: list[Line]) -> str:
    """The lines' words as one line, a word hyphenated at a line's end whole again ('the follo-' / 'wing action'):
    to match a pattern against, never to quote."""
    out = ""
    for line in lines:
        text = line.stripped
        if out.endswith("-") and out[-2:-1].isalpha() and text[:1].islower():
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return out


def intro(body: list[Line], i: int) -> bool:
    """Is the list's first line an intro to its items: the layout's 'list_intro' ('… should take the following
    action.'), one that asks and ends with a colon ('the local authority should:'), or a sentence that asks nothing
    right above an item ('Since the last inspection, leaders have …')?"""
    text = body[i].stripped
    if intro_end(body, i) is not None:
        return True  # '… the local authority and its partners should take the following action.', unnumbered
    if text.endswith(":"):
        return asks(text)
    return text.endswith(".") and not asks(text) and i + 1 < len(body) and bool(opens(body[i + 1]))


def sub_heading(body: list[Line], i: int, current: list[Line], listed: bool, last: int | None, glyphless: bool = False) -> int:
    """Over how many lines (one, or two: 'Performance management, scrutiny and' / 'challenge') does a sub-heading
    over the next items stand at `i`: short, no full stop, right above an item that asks or is numbered straight on
    from the list's last; 0 where none does. In a list whose items have no glyphs (a Word copy's numbered list), a
    line that asks nothing, over a capitalised line that asks, after an item that ended, is one too ('Safeguarding
    children' over 'Ensure that …')."""
    text = body[i].stripped
    if glyphless and (not current or ended(current)) and i + 1 < len(body) and not opens(body[i + 1]):
        following = body[i + 1].stripped
        if (
            len(text) < SUB_HEADING_LONGEST
            and not text.endswith(TERMINAL)
            and not asks(text)
            and following[:1].isupper()
            and asks(following)
        ):
            return 1
    for over in (1, 2):
        heading = body[i : i + over]
        if i + over >= len(body) or any(len(ln.stripped) >= SUB_HEADING_LONGEST or ln.stripped.endswith(".") for ln in heading):
            return 0
        if over == 2 and (opens(body[i + 1]) or not wants_more(body[i : i + 1])):
            return 0  # a heading's second line follows a first that stops mid-phrase ('… scrutiny and')
        following = body[i + over]
        opener = opens(following)
        if opener and (
            asks(following.text[opener.end() :].strip() or line_text(body, i + over + 1))
            or (bool(numbered(following.text)) and numbered_on(body, i + over, current, listed, last))
        ):
            return over
    return 0


def indented_item(current: list[Line], line: Line) -> bool:
    """Does `line` open the next item of a list whose glyphs were lost but not the space after them: each item's first
    line indented, the lines it wraps onto not ('␣ensure that … are offered to every child who goes' / 'missing from
    home …' / '␣improve the recording …'), and the line asks for something?"""
    lead = _lead(current[0])
    hanging = bool(lead) and len(current) > 1 and not any(_lead(x) for x in current[1:])
    return hanging and _lead(line) == lead and asks(line.stripped)


def _lead(line: Line) -> str:
    return line.text[: len(line.text) - len(line.text.lstrip())]
