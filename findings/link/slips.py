"""Due dates that slip: an action re-planned to a later date keeps its first due date and gains each later one
(fo:dueBySlipped), never overwritten — whether a later plan restates the action with a new date or a progress update
says so ('revised timescale: December 2018'). Cues are data (extract/lexicons/linking.json, "slips")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from findings.extract.action_mentions import action_id, named_actions
from findings.extract.dates import parse_day, parse_due
from findings.extract.lexicons import load_json
from findings.link.in_words import told_done
from findings.link.previous import content_words
from findings.model import Action, Extraction, ProgressUpdate, Recommendation, Span
from findings.status.cues import progress_of

LEXICON = "lexicons/linking.json"


def _date(text: str) -> date | None:
    return parse_day(text) or parse_due(text)


def merge_restated_actions(out: Extraction) -> None:
    """One action per assessment and number: a later document's restatement adds its spans, and its due date as a
    slip when it is later than the one first planned."""
    stated = stated_on(out)
    groups: dict[tuple[str, str], list[Action]] = defaultdict(list)
    for action in out.actions:
        groups[(action.assessment, action.identifier)].append(action)
    merged = []
    for group in groups.values():
        group.sort(key=lambda a: (stated.get(a.spans[0].doc) or date.max, a.spans[0]))
        first = group[0]
        for later in group[1:]:
            first.spans = sorted(set(first.spans) | set(later.spans))
            moved = [(later.due_by, later.spans[0])] if later.due_by and first.due_by and later.due_by > first.due_by else []
            for when, span in moved + later.slips:  # its restated date, a tracker's 'revised date': each date once,
                if when not in [d for d, _ in first.slips]:  # where it was first said (the versions in date order)
                    first.slips.append((when, span))
            first.due_by = first.due_by or later.due_by
            first.lead = first.lead or later.lead
            first.outcome = first.outcome or later.outcome
        merged.append(first)
    out.actions = sorted(merged, key=lambda a: (a.assessment, a.spans[0]))


def merge_restated_rows(out: Extraction) -> None:
    """A logged action a later log gives a later due date ('A3 … Due: June 2025' where it was March) is re-planned,
    as an action a later plan restates is: every row of it keeps the date first said, and each later date is a slip,
    quoted by the cell that gave it. Before the rows merge (findings.link.same) or join the request they record
    (findings.link.logged), so whichever statement is kept carries them, whatever order the files were read in."""
    stated = stated_on(out)
    groups: dict[tuple[str, str], list[Recommendation]] = defaultdict(list)
    for rec in out.recommendations:
        if rec.log_reference and rec.due_by and rec.spans:
            groups[(rec.assessment, rec.identifier)].append(rec)
    for group in groups.values():
        group.sort(key=lambda r: (stated.get(r.spans[0].doc) or date.max, r.spans[0]))
        slips: list[tuple[date, Span]] = []
        for rec in group:  # in the order they were said: a date later than all before it moved the action
            for when, span in [(rec.due_by, rec.due_span or rec.spans[0]), *rec.slips]:
                if when > max([group[0].due_by, *(d for d, _ in slips)]):
                    slips.append((when, span))
        for rec in group:  # the date first said, as written, and each later one
            rec.due_by, rec.timescale, rec.slips = group[0].due_by, group[0].timescale, list(slips)


def stated_on(out: Extraction) -> dict[str, date]:
    """When each document spoke: its own date, else the latest date its progress updates are as at."""
    when: dict[str, date] = {d.sha256: d.date for d in out.documents if d.date}
    dated = set(when)
    for update in out.updates:
        for doc in {span.doc for span in update.spans} - dated if update.as_at else ():
            when[doc] = max(when.get(doc, update.as_at), update.as_at)
    return when


def slips_from_updates(out: Extraction) -> None:
    """A progress update about an action that re-plans it ('now due by March 2019') records the slip; so does an
    update on a recommendation, of the action it names in the cue's sentence ('action 2.3 has moved to January 2026'),
    or, naming none, of the recommendation's last actions when the sentence speaks of it whole ('completion of this
    recommendation has been delayed to March 2025') or the cue is a label of the update's own ('Revised timescale:
    March 2025')."""
    rules = load_json(LEXICON)["slips"]
    said_at = said_on(out)
    cue, whole = re.compile(rules["cue"], re.IGNORECASE), re.compile(rules["whole"], re.IGNORECASE)
    dated = re.compile(rules["date"])  # 'December 2019', 'Q3 2019/20': the date a cue re-plans to
    actions = {(a.assessment, a.identifier): a for a in out.actions}
    rows = {(r.assessment, r.identifier): r for r in out.recommendations if r.log_reference and r.due_by}  # logged
    for update in sorted(out.updates, key=lambda u: u.as_at or date.max):  # in the order they were said
        for match in cue.finditer(update.text):
            found = dated.search(update.text, match.end(), match.end() + 40)
            when = _date(found.group(1)) if found else None
            if when is None:
                continue
            if update.about_kind == "action":
                moved = [actions.get((update.assessment, update.about))]
            elif (update.assessment, update.about) in rows:  # a log's status or update cell: 'Deferred to June 2025',
                done = update.means is not None and progress_of(update.means) == "Done"  # unless the row is closed
                moved = [] if done else [rows[(update.assessment, update.about)]]  # ('Complete – protocol revised to …')
            else:  # an update on a recommendation re-plans the action it names in the cue's sentence
                sentence = max(0, match.start() - 200, update.text.rfind(". ", 0, match.start()) + 1)
                named = named_actions(update.text, sentence, match.start())  # in the cue's own sentence,
                ends = update.text.find(". ", match.end())
                after = named_actions(update.text, match.end(), ends if ends >= 0 else len(update.text))[:1]
                chosen = named[-1] if named else (after[0] if after else None)  # before it, else after ('… (action 1.2)')
                if chosen is None and re.search(rules["this_action"], update.text[sentence : match.start()], re.IGNORECASE):
                    earlier = named_actions(update.text, 0, sentence)  # 'the target date for this action': the one the
                    chosen = earlier[-1] if earlier else None  # paragraph named last before ('… (action 2.3) has been delayed.')
                if chosen is None and not whole.search(update.text, sentence, match.start()):  # 'Action 2.1 is overdue. The
                    chosen = _named_late(update.text[:sentence], rules)  # audit … has been delayed to …', unless the
                    told = update.text[sentence : match.start()]  # delay's own words speak of another action, not it
                    other = _in_its_words(out.actions, update, told, rules["worded_least"]) if chosen else []
                    if other and other[0].identifier != action_id(chosen):  # by 'named_late_outweighed' words more
                        late = actions.get((update.assessment, action_id(chosen)))
                        theirs = [len(content_words(told) & content_words(a.text)) for a in (other[0], late) if a]
                        if len(theirs) < 2 or theirs[0] >= theirs[1] + rules["named_late_outweighed"]:
                            chosen = None
                if chosen:
                    moved = [actions.get((update.assessment, action_id(chosen)))]
                elif (said := whole.search(update.text, sentence, match.start())) and _of_it(said.group(), update.about):
                    last = _last_actions(out.actions, update.assessment, update.about)  # 'the remaining actions': all;
                    naming = re.fullmatch(rules["whole_naming"], said.group(), re.IGNORECASE)  # 'the target date for
                    moved = _worded(last, update.text[said.end() : match.start()]) if naming else last  # reducing caseloads'
                    if re.fullmatch(rules["whole_by_number"], said.group(), re.IGNORECASE):  # 'Recommendation 1 – the
                        words = update.text[said.end() : match.start()]  # revised policy has been pushed back to …':
                        moved = _in_its_words(out.actions, update, words, rules["worded_least"]) or moved  # that action
                elif _labels(update.text, match, found):  # a label of the update's ('Revised timescale: June 2025'): the
                    said = _delays_said(update.text[:sentence], rules["delay_said"])  # the action the nearest sentence
                    moved = _named_by(out.actions, update, said)  # before it that says a delay tells apart, else the last
                else:  # 'GCP2 training … has been delayed to December 2024': the action named in its own words, in
                    told = update.text[sentence : match.start()]  # the cue's clause ('…, but training for personal
                    clause = _clause(told)  # advisers has slipped to …'), else its sentence
                    moved = _in_its_words(out.actions, update, clause, rules["worded_least"]) if clause != told else []
                    moved = moved or _in_its_words(out.actions, update, told, rules["worded_least"])
                    moved = moved or _left_open(out.actions, update)  # else the one action the word leaves to do
            month_only = parse_day(found.group(1)) is None  # 'December 2025': any day of it, not its last
            for action in moved:  # a date after the one first planned, not yet recorded (a tracker's revised date may
                if action is None or action.due_by is None or not when > action.due_by:  # be read before it)
                    continue
                if month_only and any(d != when and (d.year, d.month) == (when.year, when.month) for d in _dates(action)):
                    continue  # 'now due December 2025' where the log gives 18/12/2025: the same date, no slip
                known = next((n for n, (d, _) in enumerate(action.slips) if d == when), None)
                if known is None:
                    action.slips.append((when, update.spans[0]))
                elif (update.as_at or date.max) < (said_at(action.slips[known][1]) or date.max):  # a later plan restated it:
                    action.slips[known] = (when, update.spans[0])  # the words that first said it moved it
    for action in out.actions:
        action.slips = _latest_said_each_day(action.slips, said_at)


def _clause(text: str) -> str:
    """The last clause of the words before a cue ('The template is in use, but training for advisers has' → 'training
    for advisers has'): what slipped, where the sentence tells other work first (linking.json action_in_words, as
    findings.link.in_words cuts a word on a recommendation into clauses)."""
    breaks = list(re.finditer(load_json(LEXICON)["action_in_words"]["clause_break"], text))
    return text[breaks[-1].end() :] if breaks else text


def _named_late(text: str, rules: dict) -> re.Match[str] | None:
    """The one action the last sentence of `text` names by number, where it says of that action that it is late
    ('Action 2.1 is overdue.', 'Action 2.1 has been delayed': linking.json slips 'named_late' said after the naming,
    only 'named_late_between' words between, not in a clause of its own: 'Action 3.2, which looks at the reasons behind
    late reviews, is complete') and tells nothing done (status.json); else None."""
    last = re.split(r"(?<=[.;!?])\s+", text.strip())[-1]
    named = named_actions(last)
    if len({action_id(m) for m in named}) != 1 or progress_of(last) == "Done":
        return None
    between = re.compile(rules["named_late_between"], re.IGNORECASE)
    for late in re.finditer(rules["named_late"], last):
        if between.fullmatch(last, named[-1].end(), late.start()):
            return named[-1]
    return None


def _delays_said(text: str, delay: str) -> list[str]:
    """The sentences of `text` that say a delay, the nearest its end first ('The service has been re-tendered and the
    contract will be awarded in January 2017.', then 'The commissioning of … was delayed because …')."""
    sentences = re.split(r"(?<=[.;!?])\s+", text)
    return [said for said in reversed(sentences) if re.search(delay, said, re.IGNORECASE)]


def _latest_said_each_day(slips: list[tuple[date, Span]], said_at: Callable[[Span], date | None]) -> list[tuple[date, Span]]:
    """One re-plan of an action a day: of the dates said on one day (a tracker's revised date, and its commentary's
    'the build is now scheduled for January 2023' on a step of the work), the latest, when the action is now due."""
    latest: dict[date, date] = {}
    for when, span in slips:
        if (day := said_at(span)) is not None:
            latest[day] = max(latest.get(day, when), when)
    return [(when, span) for when, span in slips if (day := said_at(span)) is None or latest[day] == when]


def said_on(out: Extraction) -> Callable[[Span], date | None]:
    """When the words of a span were said: the as-at date of the progress update they belong to, else the date the
    document that holds them spoke (its own date, else the latest date its updates are as at)."""
    by_update = {span: u.as_at for u in out.updates if u.as_at for span in u.spans}
    stated = stated_on(out)
    return lambda span: by_update.get(span) or stated.get(span.doc)


def _labels(text: str, cue: re.Match[str], found: re.Match[str]) -> bool:
    """Is the cue a label of the text's own ('… is being rebuilt. Revised timescale: June 2025'; 'not yet on track.
    Revised target date 31.03.26.'): a colon after it, or the date `found` right after it, and it opens a line or a
    sentence (not 'the analyst's revised deadline: March 2025 for applications')?"""
    before = text[text.rfind("\n", 0, cue.start()) + 1 : cue.start()].strip()
    labelled = text[cue.end() : cue.end() + 3].lstrip().startswith(":") or not text[cue.end() : found.start()].strip()
    return labelled and (not before or before.endswith((".", ";", ":")))


def _of_it(words: str, recommendation: str) -> bool:
    """Do the words naming a recommendation whole name this one ('Recommendation 3' is no word on recommendation 5)?"""
    named = re.search(r"\d+", words)
    return named is None or named.group() == recommendation


def _dates(action: Action | Recommendation) -> list[date]:
    """Every date an action (or logged action) has been due by: its first, then each it was re-planned to."""
    return [d for d in [action.due_by, *(d for d, _ in action.slips)] if d is not None]


def _latest(action: Action) -> date:
    """The last date an action (one with a due date) is due by: its last slip, else its first date."""
    return max(_dates(action), default=date.min)


def _worded(actions: list[Action], matter: str) -> list[Action]:
    """Of the actions a re-plan may move, those that share the most distinctive words with the matter it names ('the
    target date for reducing caseloads' re-plans 'Reduce … caseloads to 70', not the protocol due the same day); all
    when none do."""
    words = content_words(matter)
    shared = {id(a): len(words & content_words(a.text)) for a in actions}
    most = max(shared.values(), default=0)
    return [a for a in actions if shared[id(a)] == most] if most else actions


def _in_its_words(actions: list[Action], update: ProgressUpdate, sentence: str, least: int) -> list[Action]:
    """The one action of the recommendation whose distinctive words the cue's sentence shares most, at least `least`
    of them and more than with any other ('The refresh of the joint housing protocol has been delayed to …' moves
    'Refresh the joint housing protocol …'); none when no action is named so clearly."""
    words = content_words(sentence)
    mine = [a for a in actions if a.assessment == update.assessment and a.responds_to == update.about and a.due_by]
    shared = sorted(((len(words & content_words(a.text)), n) for n, a in enumerate(mine)), reverse=True)
    if not shared or shared[0][0] < least or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return []
    return [mine[shared[0][1]]]


def _left_open(actions: list[Action], update: ProgressUpdate) -> list[Action]:
    """The one action of the recommendation that its word on it leaves to do, where it tells every other one done in
    that action's words ('The review … was completed in September 2019. …, but the tender has slipped to Q3 2020/21':
    the re-commissioning, the work left); none where more than one is left, or none is told done."""
    mine = [a for a in actions if a.assessment == update.assessment and a.responds_to == update.about and a.due_by]
    done = told_done(update.text, mine)
    left = [a for a in mine if a.identifier not in done]
    return left if done and len(left) == 1 else []


def _named_by(actions: list[Action], update: ProgressUpdate, said: list[str]) -> list[Action]:
    """The recommendation's actions the first of the sentences (`said`) that tells them apart speaks of most ('the
    strategy will now go to the Panel in June': the strategy's action, not the apprenticeships'), else, where none
    tells them apart, its actions due latest."""
    mine = [a for a in actions if a.assessment == update.assessment and a.responds_to == update.about and a.due_by]
    for words in said:
        worded = _worded(mine, words)
        if 0 < len(worded) < len(mine):
            return worded
    return _last_actions(actions, update.assessment, update.about)


def _last_actions(actions: list[Action], assessment: str, recommendation: str) -> list[Action]:
    """The recommendation's actions due latest: when they are done, it is."""
    mine = [a for a in actions if a.assessment == assessment and a.responds_to == recommendation and a.due_by]
    last = max((_latest(a) for a in mine), default=None)
    return [a for a in mine if _latest(a) == last]
