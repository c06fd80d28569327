"""Where a recommendation list ends at the report's own prose with no heading between: a paragraph straight after the
last item is not that item's further sentence, nor one more item of a list whose glyphs never reached the text."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json
from findings.extract.list_headings import TERMINAL
from findings.extract.list_lines import PHRASE_GOES_ON, skip_item
from findings.extract.list_markers import BULLET, asks, opens
from findings.model import Document
from findings.segment.lines import Line

WRAPPED_MEDIA = ("application/pdf", "text/plain")  # text set in lines of a measure: a paragraph's last line stops short
SENTENCE_BREAK = re.compile(r"[.?!][”’\"]?\s+[A-Z]")  # a stop, then the next sentence's capital
PROSE_SENTENCES = 3  # sentences: a paragraph of the report's prose runs on so; an item names or asks in one or two
IMPERATIVES = "lexicons/imperatives.json"
NAMING_WORDS = 6  # words: an item naming an area ('Management oversight and the quality of …') says nothing of it so soon
_FIT_SLACK = 2  # characters: a word counted as fitting only with this room to spare (a proportional font's widths vary)


def paragraph_ended(doc: Document, body: list[Line], first: int, i: int, current: list[Line]) -> bool:
    """Does `body[i]` open the report's next paragraph after the list's last item, not that item's further sentence?
    In wrapped text (a PDF, a text copy): the item names an area ('The quality of plans.'; one that asks may go on in
    a paragraph of its own, 'This includes …', as Ofsted sets it), its last line ends a sentence and stops so short of
    the list's measure (its longest line) that the next line's first word would have fitted on it, and no item opens
    after the paragraph (an item's further sentence has the list's next item after it)."""
    if doc.media_type not in WRAPPED_MEDIA or not current[-1].stripped.endswith(TERMINAL):
        return False
    words = item_words(current)  # none yet under a marker on a line of its own ('3.' over the item's words)
    if not words or asks(words) or ((end := skip_item(body, i)) < len(body) and opens(body[end])):
        return False
    listed, line = body[first:i], body[i]
    measure = max(len(item.stripped) for item in listed)
    first_word = line.stripped.split(None, 1)[0] if line.stripped else ""
    return len(current[-1].stripped) + 1 + len(first_word) + _FIT_SLACK <= measure


def item_words(current: list[Line]) -> str:
    """The item's words, without the glyph, number or letter that opens it ('b. Improve …': no sentence ends at 'b.')."""
    marker = opens(current[0])
    return " ".join([current[0].text[marker.end() if marker else 0 :].strip(), *(part.stripped for part in current[1:])])


def prose_paragraph(text: str, item: str) -> bool:
    """Is `text` a paragraph of the report's prose rather than an item like `item`, the one before it: the item is
    one sentence, and `text` runs to several sentences and asks nothing (it states, as a report's findings do)?"""
    return (
        not SENTENCE_BREAK.search(item.rstrip()[:-1])
        and len(SENTENCE_BREAK.findall(text.rstrip()[:-1])) + 1 >= PROSE_SENTENCES
        and not asks(text, modal=False)
    )


def says_early(text: str, past_relatives: bool = False) -> bool:
    """Does `text` say something of what it names within its opening words, as prose does ('Leaders have …'), where an
    item only names an area: one of the lexicon's 'finite_verbs' among them (with `past_relatives`, none straight after
    one of its 'relative_words', and the text not opening with one: 'Plans that are …', 'How consistently workers
    receive …' still only name)?"""
    lexicon = load_json(IMPERATIVES)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    opening = words[:NAMING_WORDS]
    relative = set(lexicon["relative_words"]) if past_relatives else set()
    if opening and opening[0] in relative:  # 'How consistently workers receive …': an indirect question names
        return False
    return any(
        word in lexicon["finite_verbs"] and (k == 0 or opening[k - 1] not in relative) and not _closes_relative(words, k, lexicon)
        for k, word in enumerate(opening)
    ) or (past_relatives and verb_after_relative(text, lexicon))


def verb_after_relative(text: str, lexicon: dict) -> bool:
    """Does the phrase's own main verb come after a relative clause without 'that' ('The support children get from
    their social workers is good.': one of the lexicon's 'main_verbs' after the clause's verb, no word of its
    'clause_openers' nor a comma or semicolon between): prose that states, where an item's verbs are all inside its
    clauses ('The help care leavers receive to find jobs, …')?"""
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]+|[,;:]", text)]
    words = [t for t in tokens if t.isalpha()]
    closing = next((k for k in range(min(len(words), NAMING_WORDS)) if _closes_relative(words, k, lexicon)), None)
    if closing is None:
        return False
    at = [n for n, t in enumerate(tokens) if t.isalpha()][closing]
    stops = set(lexicon["clause_openers"]) | set(lexicon["relative_words"])
    for token in tokens[at + 1 :]:
        if not token.isalpha() or token in stops:
            return False
        if token in lexicon["main_verbs"]:
            return True
    return False


def _closes_relative(words: list[str], k: int, lexicon: dict) -> bool:
    """Does the verb `words[k]` close a relative clause without 'that' ('The help care leavers receive to find …'):
    the text opens with one of the lexicon's 'relative_heads', two words or more (the head noun, the clause's
    subject) between that and a verb of its 'relative_verbs', and the verb the last word or one of its
    'relative_gap_followers' after it (its object is the phrase's head: 'The team receives referrals' states), or the
    text ending soon after the verb at a preposition of its 'relative_stranded' whose object is gone ('The range of
    placements children have access to.')? An auxiliary too ('have', 'did': the lexicon's 'relative_auxiliaries') opens
    the sentence's own verb phrase before its 'relative_auxiliary_not_before' ('The local authority has to improve …',
    'The team have in place …') or with one of its 'relative_auxiliary_not_with' later ('have from the outset been');
    'to' after it closes the clause only with the head one of its 'relative_to_heads' and the clause's subject straight
    after it ('The help care leavers have to find …')."""
    if k < _RELATIVE_VERB_AT or words[0] not in lexicon["relative_heads"] or words[k] not in lexicon["relative_verbs"]:
        return False
    if words[k] in lexicon["relative_auxiliaries"] and k + 1 < len(words) and not _auxiliary_gap(words, k, lexicon):
        return words[-1] in lexicon["relative_stranded"] and len(words) - 1 - k <= lexicon["relative_stranded_within"]
    if k + 1 == len(words) or words[k + 1] in lexicon["relative_gap_followers"]:
        return True
    return words[-1] in lexicon["relative_stranded"] and len(words) - 1 - k <= lexicon["relative_stranded_within"]


_RELATIVE_VERB_AT = 3  # words: 'The' + head noun + the clause's subject come before its verb


def _auxiliary_gap(words: list[str], k: int, lexicon: dict) -> bool:
    """May the auxiliary `words[k]` be followed by its relative clause's gap: the next word is not one that opens the
    sentence's own verb phrase ('has to improve', 'have in place', 'have from …'; 'to' only after a head that is had
    to do something with, its subject straight after: 'The help care leavers have to find …'), and no word after
    it completes a tense ('been')?"""
    after = words[k + 1]
    if any(word in lexicon["relative_auxiliary_not_with"] for word in words[k + 1 :]):
        return False
    if after == "to":
        return words[1] in lexicon["relative_to_heads"] and words[2] not in lexicon["relative_stranded"]
    return after not in lexicon["relative_auxiliary_not_before"]


def report_statement(text: str, item: str) -> bool:
    """Is `text`, one sentence straight after the list's item `item`, the report's own prose: it says something early
    ('Managers do not provide …', 'Children who go missing are not always …'), asks nothing, does not go on from the
    item ('This includes …', 'It should …': the lexicon's 'goes_on_openers'), and the item itself only names or asks?
    A list keeps one form: an item names an area or asks for something; a finding states."""
    if SENTENCE_BREAK.search(text.rstrip()[:-1]) or asks(text) or not says_early(text, past_relatives=True):
        return False
    opening = " ".join(re.findall(r"[A-Za-z]+", text.casefold())[:4])
    if any(opening == phrase or opening.startswith(phrase + " ") for phrase in load_json(IMPERATIVES)["goes_on_openers"]):
        return False
    return asks(item, modal=False) or not says_early(item, past_relatives=True)


def statement_ends(body: list[Line], i: int, current: list[Line]) -> bool:
    """Does the sentence at `body[i]` end the list as the report's prose (report_statement), with no item opening after
    it (an item's further sentence has the list's next item after it)?"""
    if not current or not current[-1].stripped.endswith(TERMINAL):
        return False
    end = skip_item(body, i)
    if end < len(body) and opens(body[end]):
        return False
    return report_statement(" ".join(line.stripped for line in body[i:end]), item_words(current))


def names_like(text: str) -> str:
    """The line's first word, folded, where it is one of the lexicon's 'phrase_item_openers' ('The …', as an ILACS item
    naming an area opens); '' where it is not."""
    first = text.split(None, 1)[0].casefold() if text.strip() else ""
    return first if text[:1].isupper() and first in load_json(IMPERATIVES)["phrase_item_openers"] else ""


def opens_like(text: str, firsts: list[str]) -> bool:
    """Does the capitalised line open an item as one of the list's items (their first lines `firsts`) does ('The range
    of placements children have access to' / 'The quality of …'): not the item's wrapped words, though the line above
    ends on a preposition?"""
    word = names_like(text)
    return bool(word) and any(names_like(first) == word for first in firsts)


def stranded_end(text: str) -> bool:
    """Does the phrase end at a preposition whose object a relative clause took ('The range of placements children
    have access to': _closes_relative), complete though its last word is one a wrapped line ends on?"""
    lexicon = load_json(IMPERATIVES)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    if not words or words[-1] not in lexicon["relative_stranded"]:
        return False
    nearest = max(0, len(words) - 1 - int(lexicon["relative_stranded_within"]))
    return any(_closes_relative(words, k, lexicon) for k in range(nearest, len(words) - 1))


def prose_at(body: list[Line], j: int) -> bool:
    """Does the report's prose start at `body[j]`, after an unstopped list with no heading between: its sentence says
    something early ('Leaders have …') or after a relative clause ('The support children get … is good.'), and asks
    nothing? (The sentence is the line and those that go on from it in lower case.)"""
    end = j + 1
    while end < len(body) and not body[end - 1].stripped.endswith(TERMINAL) and body[end].stripped[:1].islower():
        end += 1
    sentence = " ".join(line.stripped for line in body[j:end])
    return body[j].stripped[:1].isupper() and not asks(sentence) and says_early(sentence, past_relatives=True)


def prose_after_bullets(body: list[Line], i: int, current: list[Line], made: list[str]) -> bool:
    """Does the report's prose start at `body[i]`, straight after the last item of a bulleted list whose items end
    without a stop (`made`: the list's items before it, none stopped): a stopped sentence that says something
    (prose_at), under an item whose last line does not stop mid-phrase — not the item's wrapped words?"""
    if not made or any(item.rstrip().endswith(TERMINAL) for item in made) or not BULLET.match(current[0].text):
        return False
    last = current[-1].stripped
    if last.endswith((*TERMINAL, ",", ":", ";")) or last.rsplit(None, 1)[-1].casefold() in PHRASE_GOES_ON:
        return False
    return body[i].stripped.endswith(TERMINAL) and not opens(body[i]) and prose_at(body, i)
