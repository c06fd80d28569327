"""Which actions a text names by the plan's number ('action 1.1', '(action 4.2)', 'action 3b' is 3.2, 'AP-2.2'), and
the statements on each: read alike in minutes (findings.extract.minute_progress), in a progress report's paragraph
on a recommendation (findings.extract.progress_report) and in an update that re-plans one (findings.link.slips).
A sentence naming several actions one at a time, each in its own clause, is a statement on each clause's action.
The pattern is data (lexicons/ordinals.json 'action_named'); paragraphs are the minutes' ('bullet', 'numbered')."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json, regex
from findings.segment.lines import Line

LAYOUT = "minutes_layout.json"
ORDINALS = "lexicons/ordinals.json"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[(‘“\"]?[A-Z])")


def action_id(match: re.Match[str]) -> str:
    """The action a match of 'action_named' names: '1.1' as written, '3b' as 3.2 (lettered under recommendation 3),
    'B1' as 2.1 (under the plan's second recommendation, lettered B)."""
    if match["lr"]:
        return f"{ord(match['lr']) - 64}.{int(match['ln'])}"
    return f"{match['rec']}.{match['n']}" if match["rec"] else f"{match['lrec']}.{ord(match['sub']) - 96}"


def named_actions(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Every naming of an action in text[start:end], in order."""
    pattern = re.compile(load_json(ORDINALS)["action_named"]["pattern"])
    return list(pattern.finditer(text, start, len(text) if end is None else end))


def _paragraphs(text: str, account: list[Line]) -> list[list[tuple[int, int]]]:
    """The account's paragraphs, each as the (start, end) of its lines' words: a bulleted or numbered line, or one
    after a blank line, opens one; a line without either continues the one before (a wrapped line), unless the
    account's lines were never wrapped ('unwrapped_line': minutes a paragraph a line), where each line is one."""
    bullet, numbered, decimal = regex(LAYOUT, "bullet"), regex(LAYOUT, "numbered"), regex(LAYOUT, "decimal_numbered")
    unwrapped = any(len(line.text.strip()) > load_json(LAYOUT)["unwrapped_line"] for line in account)
    paragraphs: list[list[tuple[int, int]]] = []
    previous: Line | None = None
    for line in account:
        words = line.text.strip()
        marker = bullet.match(words) or decimal.match(words) or numbered.match(words)  # '4.3 The …' before '4.
        start = line.content_start + (words.find(marker.group("text")) if marker and marker.group("text") else 0)
        after_blank = previous is None or text.count("\n", previous.end, line.start) >= 2
        own = unwrapped and previous is not None and (previous.text.rstrip()[-1:] in ".!?:;" or not words[:1].islower())
        if marker or after_blank or own or not paragraphs:
            paragraphs.append([(start, line.content_end)])
        else:
            paragraphs[-1].append((line.content_start, line.content_end))
        previous = line
    return paragraphs


_REFERS = re.compile(r"(?i)\s*(?:this|these|that|those|it|they|both|such|which|the (?:above|latter|former|work|change|action))\b")


def action_statements(text: str, account: list[Line], lead_in: bool = True) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each statement on one action: (the action's number, the (start, end) pieces of its words). Sentences naming
    nothing before a paragraph's first naming one open its statement when that one refers back to them ('This was
    action 1.1'), and those after one continue it (unless not
    `lead_in`: in a progress report's paragraph on a recommendation, only the sentence naming the action is on it)."""
    found: list[tuple[str, list[tuple[int, int]]]] = []
    for pieces in _paragraphs(text, account):
        current, ended = None, False  # the action of the statement under way; whether a sentence has ended it
        lead: int | None = pieces[0][0] if lead_in else None  # where a statement opening the paragraph would begin
        spans: list[list] = []  # [action, start, end]
        for s, e in _sentences(text, pieces):
            named = _actions_named(text[s:e])
            if len(named) > 1:
                spans += [[action, cs, ce] for action, cs, ce in _clauses(text, s, e)]  # one clause on each, or
                current, lead = None, None  # said of several at once: of none alone; what follows, of neither
            elif named and (named[0] != current or ended):
                current, ended = named[0], False
                refers = _REFERS.match(text[s:e])  # 'This was action 1.1': the sentences before are on it too; 'Members
                spans.append([current, s if lead is None or not refers else lead, e])  # were advised that action 2.2 …'
                lead = None  # says nothing of what the sentences before it said (tester helper-188)
            elif current is not None and lead_in and not ended:
                if named or _goes_on(text[spans[-1][1] : spans[-1][2]], text[s:e]):  # the same action again, or on it
                    spans[-1][2] = e
                else:  # 'Members asked about the number of children placed outside the city …': another matter
                    ended = True
        found += [(action, _within(s, e, pieces)) for action, s, e in spans]
    return found


def _goes_on(said: str, sentence: str) -> bool:
    """Does `sentence`, after the statement `said` on an action, go on about it: open by referring back ('This was
    …', 'The work …') or share a distinctive word with it, the minutes' own words aside (minutes_layout.json
    'statement_goes_on')?"""
    from findings.link.previous import content_words

    if _REFERS.match(sentence):
        return True
    rule = load_json(LAYOUT)["statement_goes_on"]
    stem = int(load_json("lexicons/linking.json")["stem_length"])
    other = {w[:stem] for w in rule["other_words"]}
    return len((content_words(said) & content_words(sentence)) - other) >= int(rule["minimum_shared"])


def sentence_statements(text: str, pieces: list[tuple[int, int]]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each sentence of a cell (its (start, end) pieces) that names one action, as the statement on it: a progress
    table's cell 'The strategy was approved by Cabinet (action 5.1 complete).' speaks of action 5.1."""
    found = []
    for s, e in _sentences(text, pieces):
        named = _actions_named(text[s:e])
        if len(named) == 1:
            found.append((named[0], _within(s, e, pieces)))
        elif len(named) > 1:
            found += [(action, _within(cs, ce, pieces)) for action, cs, ce in _clauses(text, s, e)]
    return found


def _clauses(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The clauses of a sentence naming several actions one at a time ('the kinship care policy (action 6.1) had been
    published in August and that the protocol (action 5.1) had been agreed'), each (its action, start, end); none when
    it names them together ('actions 1.1 and 1.2', 'the policy (action 6.1) and the protocol (action 5.1) have been
    agreed'): lexicons/ordinals.json 'action_named' 'clauses'."""
    rule = load_json(ORDINALS)["action_named"]
    if re.search(rule["several"], text[start:end]):
        return []
    strong, weak = (re.compile(p) for p in rule["clauses"]["breaks"])
    predicate = re.compile(rule["clauses"]["predicate"])
    namings = named_actions(text, start, end)
    if len({action_id(m) for m in namings}) != len(namings):
        return []  # one action named twice: which clause is on it is not plain
    cuts = []  # (end of one clause, start of the next)
    for here, following in zip(namings, namings[1:], strict=False):
        breaks = list(strong.finditer(text, here.end(), following.start()))
        said = predicate.search(text, here.end(), following.start())
        if not breaks and said:
            breaks = list(weak.finditer(text, said.end(), following.start()))[:1]
        if not breaks:
            return []
        cuts.append((breaks[-1].start(), breaks[-1].end()))
    bounds = [start, *(b for cut in cuts for b in cut), end]
    clauses = [(action_id(m), bounds[2 * n], bounds[2 * n + 1]) for n, m in enumerate(namings)]
    for (_, s, e), m in zip(clauses, namings, strict=True):
        if not predicate.search(text[s : m.start()] + " " + text[m.end() : e]):
            return []  # a clause that says nothing of its action ('action 6.1, the kinship care policy, and …')
    return clauses


def _sentences(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a paragraph, as (start, end) in the document text."""
    start, end = pieces[0][0], pieces[-1][1]
    out, at = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return out


def _within(s: int, e: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The statement's [s, e) cut to the paragraph's lines, so no bullet or line break's spaces are in a span."""
    return [(max(a, s), min(b, e)) for a, b in pieces if a < e and b > s]


def _actions_named(sentence: str) -> list[str]:
    """The actions a sentence names by number ('action 1.1', '(action 4.2)', 'action 3b' is 3.2); a plural
    ('actions 1.1 and 1.2') names at least two."""
    lexicon = load_json(ORDINALS)
    named = []
    for m in named_actions(sentence):
        if (action := action_id(m)) not in named:
            named.append(action)
    if re.search(lexicon["action_named"]["several"], sentence):
        named += ["", ""]
    return named


def recommendation_named(sentence: str) -> str | None:
    """The one recommendation a sentence names by the inspection's number ('Members noted that recommendation 5 …
    had been completed', '(2) recommendation 5 be closed as complete'), naming no action and no other recommendation
    (lexicons/ordinals.json 'recommendation_named'); else None."""
    rule = load_json(ORDINALS)["recommendation_named"]
    if re.search(rule["several"], sentence) or _actions_named(sentence):
        return None
    named = {m["n"] for m in re.finditer(rule["pattern"], sentence) if not _of_another(sentence, m.end(), rule)}
    return named.pop() if len(named) == 1 else None


def _of_another(sentence: str, at: int, rule: dict) -> bool:
    """Is the number before `at` another paper's recommendation ('recommendation 1 of the report', '… of the 2018 peer
    review': lexicons/ordinals.json recommendation_named 'of_another'), the words naming no inspection ('of the Ofsted
    report' is the inspection's: 'inspections_own')?"""
    paper = re.match(rule["of_another"], sentence[at:], re.IGNORECASE)
    return paper is not None and not re.search(rule["inspections_own"], paper.group())


def recommendation_statements(text: str, account: list[Line]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each sentence of minutes' account that names one recommendation by number and no action (`recommendation_named`),
    as the statement on it: (the recommendation's number, the (start, end) pieces of the sentence). The sentence alone:
    what follows it may be on anything the item covers."""
    found = []
    for pieces in _paragraphs(text, account):
        for s, e in _sentences(text, pieces):
            if (rec := recommendation_named(text[s:e])) is not None:
                found.append((rec, _within(s, e, pieces)))
    return found
