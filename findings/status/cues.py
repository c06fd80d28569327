"""What a dated statement says: the cue lexicon (extract/lexicons/status.json) applied with negation."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from findings.extract.lexicons import load_json, regex

LEXICON = "lexicons/status.json"


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


@cache
def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of phrases, each a whole phrase (compiled once: the lexicon holds more phrases than
    Python's own pattern cache)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


@cache
def _phrase(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


def _has(text: str, phrases: list[str]) -> bool:
    return bool(phrases) and _any_of(tuple(phrases)).search(_fold(text)) is not None


def _done(text: str, cues: dict, cue: str = "done") -> bool:
    """A done cue (or another list's: 'progress_made') said of something done, not of something to come ('a re-audit
    will be completed', 'will be fully implemented', 'plans to complete'): no not-yet word among the few words before
    it in its sentence, and no word after it that puts it off ('is now due in April')."""
    folded = _fold(text)
    not_yet = _any_of(tuple(cues["not_yet_done"]))
    window = int(cues["not_yet_window"])
    after = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in cues["not_done_after"]) + r")(?!\w)")
    # a phrase not in the text at all is not looked for as a whole phrase (most of 'done's hundred-odd are not)
    found = [(m.start(), m.end()) for p in cues[cue] if p in folded for m in _phrase(p).finditer(folded)]
    found_as = _any_of(tuple(cues["found_to_be"]))  # 'found the guidance to be embedded': a finding, not a plan
    for start, end in found:
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in found):
            continue  # 'agreed' inside 'has been agreed' is judged as the whole cue is, from where that begins
        clause = re.split(r"[.;:!?]\s", folded[:start] + " ")[-1]  # the sentence so far ('e.g.' does not end it)
        near = " ".join(clause.split()[-window:])
        yet = [m for m in not_yet.finditer(near) if m.group() != "to be" or not found_as.search(near[: m.start()])]
        if not yet and not after.match(folded, end):
            return True
    return False


@lru_cache(maxsize=4096)
def without_ask(text: str, ask: str) -> str:
    """`text` without the item's own words where it quotes them ('Recommendation 5: Ensure that life story work is
    completed for children with a plan for adoption. Status: Amber …' → 'Recommendation 5: Status: Amber …'): the ask's
    words from its first, case, curly quotes and spacing aside, all of them or at least status.json ask_quoted
    'min_words', ending where a sentence, clause or line of `text` does; its stop goes with it. `text` itself where it quotes
    none: the asked 'completed' is no word that the work is done."""
    rule = load_json(LEXICON)["ask_quoted"]
    words = re.findall(r"\w+", ask.replace("’", "'"))
    least = min(len(words), int(rule["min_words"]))
    if not words or least < 1:
        return text
    folded, ends = text.replace("’", "'"), re.compile(rule["ends"])
    step = [re.compile(r"\W+" + re.escape(w) + r"(?!\w)", re.IGNORECASE) for w in words[1:]]
    for found in re.finditer(r"(?<!\w)" + re.escape(words[0]) + r"(?!\w)", folded, re.IGNORECASE):
        at, n = found.end(), 1
        while n < len(words) and (more := step[n - 1].match(folded, at)):
            at, n = more.end(), n + 1
        if n >= least and ends.match(folded[at:]):  # all of it, or enough, where its sentence or clause ends: not
            # 'Quarterly audits of care plans completed in March and June 2019.', the council's own sentence
            stop = re.match(r"\s*(?:\.\.\.|[.;,…])?\s*", folded[at:])
            return (text[: found.start()] + text[at + stop.end() :]).strip()
    return text


@lru_cache(maxsize=4096)
def progress_of(text: str) -> str:
    """fo:Progress local name a council's update indicates: Done, Underway, Planned or NotStarted. An update that opens with its
    verdict in a few words after the item it is about ('R1 – on track.', 'Recommendation 3 – complete.', or after
    its title: 'Recommendation 6: Care leavers at transition: on track.') is read by that verdict: the detail after
    it ('action 1.1, complete'; 'the protocol has been agreed') is about a part. One that closes with an appraisal of
    the whole in a few words ('… the protocol was agreed in June. Good progress.') is read by that."""
    cues = load_json(LEXICON)
    unlabelled = text[label.end() :] if (label := regex(LEXICON, "status_label").match(text)) else text  # 'Status: '
    word = _status_word(unlabelled, cues)
    if word is not None:  # a bare status word ('Closed', 'Open'): an action log's status cell
        return word
    if (dated := _word_and_no_more(unlabelled, cues)) is not None:  # 'Closed - 12/03/2024', 'Open (due 30/06/2024)'
        return dated
    if _due_only(unlabelled):  # 'Due March 2025': when it is due, nothing of how far it got
        return "Planned"
    last = re.split(r"[.;:]\s", text.strip().rstrip("."))[-1]  # '… the protocol was agreed in June. Good progress.':
    if len(last.split()) <= int(cues["verdict_words"]) and _has(last, cues["verdict_last"]):
        return _progress(last, cues)  # a closing appraisal that the whole is under way, whatever its parts say is done
    if (verdict := opening_verdict(text)) is not None:
        return verdict
    for said in dict.fromkeys((text, unlabelled)):  # 'On track. … (5a) … is complete.': a table's status word first,
        first = re.split(r"[.;:]\s", said.strip() + " ", maxsplit=1)[0]  # or after its label ('RAG: Amber On track. …')
        if len(first.split()) <= int(cues["verdict_words"]) and _cued(first, cues) and _progress(first, cues) != "Done":
            # and what it says of the whole is that it is not done
            return "Underway" if _replan_beside_work(first, said, cues) else _progress(first, cues)
    opening_word = re.split(r"[.;:]\s", unlabelled.strip() + " ", maxsplit=1)[0]  # 'RAG: Amber. Two of the three
    word = _status_word(opening_word, cues)  # actions are …'
    if word is not None and word != "Done":
        return word  # a status word alone first ('Amber', 'Delayed') says the whole is not done, whatever a part is
    return _progress(text, cues)


def opening_verdict(text: str) -> str | None:
    """The progress an update opens with in a few words after the item it is about ('R1 – on track.', 'Recommendation 3:
    Not yet started.', or after its title: 'Recommendation 6: Care leavers at transition: on track.'), else None."""
    cues = load_json(LEXICON)
    opening = re.match(cues["verdict_after"], text.strip())
    if opening is None:
        return None
    rest = text.strip()[opening.end() :] + " "
    verdict = re.split(r"[.;:]\s", rest, maxsplit=1)[0]
    titled = re.match(r"([^.;:–—]{1,120}?)\s*(?::|\s[–—-])\s+(.*)", rest)
    if not _cued(verdict, cues) and titled and len(titled.group(1).split()) <= int(cues["title_words"]):
        verdict = re.split(r"[.;:]\s", titled.group(2), maxsplit=1)[0]  # the title's words, then the verdict
    if len(verdict.split()) <= int(cues["verdict_words"]) and _cued(verdict, cues) and not _has(verdict, cues["verdict_not"]):
        return "Underway" if _replan_beside_work(verdict, rest, cues) else _progress(verdict, cues)
    return None


def _replan_beside_work(verdict: str, text: str, cues: dict) -> bool:
    """Is a verdict only a delay ('delayed to December 2013': replanned_alone) that the words after it go on from ('Only
    52% of reports were produced on time')? Then it reads under way, as it did before a delay alone read planned."""
    return _bare_replan(verdict, cues) and not _bare_replan(verdict, cues, alone=False) and not _bare_replan(text, cues)


def _due_only(text: str) -> bool:
    """Is `text` only a due date ('Due March 2025', 'Target date: 31/03/2025'; status.json due_only, then a date as
    linking.json slips' date reads one, then at most a stop)?"""
    lead = regex(LEXICON, "due_only").match(text)
    if lead is None:
        return False
    date = regex("lexicons/linking.json", "slips/date")
    return date.fullmatch(text[lead.end() :].strip().rstrip(".")) is not None


def _due_date(text: str) -> bool:
    """Is `text` a due date and no more, in any form a plan gives one ('Due March 2025', 'Due by 2019-06-30': a
    tracker's moved date; status.json due_only, then findings.extract.dates.parse_due)?"""
    from findings.extract.dates import parse_due

    lead = regex(LEXICON, "due_only").match(text)
    return _due_only(text) or (lead is not None and parse_due(text[lead.end() :].strip().rstrip(".")) is not None)


def _status_word(text: str, cues: dict) -> str | None:
    """The progress a bare status word says ('Closed', 'Amber'; status.json status_words), case and stops aside."""
    return cues["status_words"].get(" ".join(re.sub(r"[^\w\s-]", " ", _fold(text)).split()))


def _word_and_no_more(text: str, cues: dict) -> str | None:
    """The progress of a status cell that opens with a status word and a stop and goes on with no more than a date
    or a reference ('Closed - 12/03/2024', 'Open - due 30/06/2024', 'Complete (see A12)'): what follows says nothing
    of how far the work got (no cue, no count of a part, no 'verdict_not' word), so the word is the cell's verdict."""
    word = cell_status(text)
    if word is None:
        return None
    rest = _fold(text)[len(word) :]
    if is_cued(rest) or _in_part(rest) or _has(rest, cues["verdict_not"]):
        return None
    if not re.search(r"\d", rest) and len(re.findall(r"\w+", rest)) > 3:
        return None  # words of a sentence, not a date or a reference: 'Open, honest conversations are held with families'
    return cues["status_words"][word]


def cell_status(cell: str) -> str | None:
    """The status word an action log's status cell opens with, when a stop or the cell's end follows it ('Closed –
    superseded by action A7': 'closed'; 'Open (overdue)': 'open'; 'Not complete': 'not complete', never 'complete'):
    the longest that fits ('status_words', 'status_stop'); else None ('Complete by March' is read whole)."""
    cues = load_json(LEXICON)
    folded, stop = _fold(cell), re.compile(cues["status_stop"])
    for word in sorted(cues["status_words"], key=len, reverse=True):
        if folded.startswith(word) and stop.match(folded[len(word) :]):
            return word
    return None


def _bare(text: str) -> str:
    """`text` as compared with says_nothing's phrases: folded, its punctuation and spacing aside."""
    return " ".join(re.sub(r"[^\w\s]", " ", _fold(text)).split())


@lru_cache(maxsize=4096)
def says_nothing(text: str) -> bool:
    """Does an update say nothing of how far the work has got ('No update', 'Nothing to report', 'N/A', a dash):
    status.json says_nothing, the whole text, its label ('Status:'), case and punctuation aside?"""
    cues = load_json(LEXICON)
    unlabelled = text[label.end() :] if (label := regex(LEXICON, "status_label").match(text)) else text
    for reference in (cues["verdict_after"], cues["says_nothing_after"]):  # 'AP-1.1 – No update.': the item it is on
        if opening := re.match(reference, unlabelled.strip()):
            unlabelled = unlabelled.strip()[opening.end() :]
            break
    words = _bare(unlabelled)
    if not words or words in cues["says_nothing"]:
        return True
    opening = re.split(r"[.;:]\s|\s[–—-]\s|\n", unlabelled.strip(), maxsplit=1)  # 'No further update. Figures …
    if len(opening) < 2:  # … are awaited.', '– figures …', '; figures …', or on a line of their own
        return False
    first = _bare(opening[0])
    nothing = any(first == p or first.startswith(p + " ") for p in cues["says_nothing"] if " " in p)  # '… at this time'
    if not nothing or len(first.split()) > int(cues["says_nothing_opening_words"]):
        return False
    return not is_cued(_any_of(tuple(cues["says_nothing_then"])).sub(" ", _fold(opening[1])))


@lru_cache(maxsize=4096)
def closure_of(text: str, whole: bool = False) -> str | None:
    """The fo:ClosureReason local name (Superseded, NoLongerApplicable) a council's word gives for closing its item
    without doing it ('this action has been superseded by the revised plan', a status cell 'Not applicable'), or None
    (status.json, closed_as); a negation just before the phrase closes nothing. In a word on a `whole` recommendation,
    a sentence that closes one of its actions ('Action 6.2 – Superseded. This action has been superseded by …') closes
    that action, not the recommendation."""
    rule = load_json(LEXICON)["closed_as"]
    folded, negated = _fold(text), re.compile(rule["negation"])
    for reason in ("Superseded", "NoLongerApplicable"):
        for pattern in rule[reason]:
            for match in re.finditer(pattern, folded):
                if negated.search(folded[: match.start()]):
                    continue
                said = folded[max(folded.rfind(". ", 0, match.start()) + 2, 0) : match.end()]
                if whole and _OF_AN_ACTION.search(re.sub(r"\baction plans?\b", "", said)):
                    continue
                return reason
    return None


_OF_AN_ACTION = re.compile(r"\baction\b|\b\d{1,2}\.\d{1,2}\b")  # a sentence on one of a recommendation's actions


@lru_cache(maxsize=4096)
def is_cued(text: str) -> bool:
    """Does the statement say anything of how far the work has got — done, under way, planned, negated, ongoing, still
    to come, short of its aim ('further work is required', 'only 40% were held in time') — rather than only describe
    practice ('Since July 2018, a member has co-chaired the panel')?"""
    cues = load_json(LEXICON)
    lists = ("ongoing", "not_improved", "shortfall")
    return _cued(text, cues) or any(_has(text, cues[name]) for name in lists) or _still_to_come(text, cues)


def own_progress(text: str, lists: tuple[str, ...], not_after: tuple[str, ...] = ()) -> str | None:
    """Done or Underway, when `text` holds a phrase of one of the lexicon's `lists` ('done', 'underway') and is read
    as done or under way (findings.link.in_words: a clause's own word on an action); under way, not done, when an
    'underway' or 'ongoing' phrase is there too; else None ('has been delayed', 'will take place', no cue at all). A
    phrase right after one of the words `not_after` names a thing ('the agreed maximum'): it is read as no cue."""
    cues = load_json(LEXICON)
    if not_after:
        text = _named_after(cues, lists, not_after).sub(r"\1", text)
    if not any(_has(text, cues[name]) for name in lists):
        return None
    progress = progress_of(text)
    if progress == "Done" and (_has(text, cues["underway"]) or _has(text, cues["ongoing"])):
        return "Underway"  # 'was launched in October and is on track', 'continues, with nine households approved'
    return progress if progress in ("Done", "Underway") else None


def _named_after(cues: dict, lists: tuple[str, ...], not_after: tuple[str, ...]) -> re.Pattern[str]:
    """A phrase of `lists` right after one of the words `not_after` (`own_progress`), compiled once per lexicon and
    lists: made anew for each clause, it was a tenth of a millisecond a clause."""
    if not _after or _after[0] is not cues:
        _after[:] = [cues, {}]
    pattern = _after[1].get((lists, not_after))
    if pattern is None:
        phrases = tuple(p for name in lists for p in cues[name])
        words = "|".join(map(re.escape, not_after))
        pattern = _after[1][(lists, not_after)] = re.compile(r"(?i)(?<!\w)((?:" + words + r")\s+)" + _any_of(phrases).pattern)
    return pattern


_after: list = []  # [the lexicon, (lists, words) → `_named_after`]


@lru_cache(maxsize=4096)
def says_how_far(text: str) -> bool:
    """Does an update say anything of how far the work has got: a cue (`is_cued`), a change already made ('agency use
    has fallen'), a status word or a status cell that opens with one ('Closed', 'Open (overdue)', 'RAG: Amber. …'), a
    RAG colour ('Green': on track or complete, by whichever key; extract/table_plan_layout.json rag_key 'colours') or
    a due date alone ('Due March 2025', a tracker's 'Due by 2019-06-30')? One with none of these ('Members discussed
    the service with the Head of Early Intervention') is kept with its quote but says nothing of progress."""
    cues = load_json(LEXICON)
    if is_cued(text) or _has(text, cues["progress_made"]):
        return True
    unlabelled = text[label.end() :] if (label := regex(LEXICON, "status_label").match(text)) else text
    opening = re.split(r"[.;:]\s", unlabelled.strip() + " ", maxsplit=1)[0]
    said = (_status_word(unlabelled, cues), _status_word(opening, cues), cell_status(unlabelled), _due_date(unlabelled))
    colours = {c.casefold() for c in load_json("table_plan_layout.json")["rag_key"]["colours"]}  # a RAG cell: 'Green' is on track
    return any(said) or _fold(opening).strip(" -–—") in colours  # or complete, by whoever's key, but work is under way


@lru_cache(maxsize=4096)
def set_up_and_running(aim: str, said: str) -> bool:
    """Is `aim` an action to set up a service or a body that meets ('Set up a weekly missing children panel'), and does
    `said` say that very body now runs ('the panel (action 1.2) has met since July')? Not where its clause names it as
    another thing's ('the review of the panel started'): status.json set_up."""
    rule = load_json(LEXICON)["set_up"]
    asked = re.search(rule["aim"], aim)
    if asked is None:
        return False
    cues = load_json(LEXICON)
    if re.search(rule["not_yet"], said) or _has(said, cues["negation"]) or _still_to_come(said, cues):
        return False  # 'was paused when the chair left', 'a provider will be appointed in March': not running yet
    running = re.compile(rule["running"].replace("BODY", re.escape(asked["body"].lower())))
    another = re.compile(rule["another_things"])  # 'the review of the panel', 'the tender for the service'
    for match in running.finditer(said):
        clause = re.split(r"[.;:!?,]\s", said[: match.start()])[-1]
        if not another.search(clause):
            return True
    return False


def _cued(text: str, cues: dict) -> bool:
    return any(_has(text, cues[name]) for name in ("done", "underway", "planned", "not_started", "negation")) or _not_begun(text)


def _not_begun(text: str) -> bool:
    """Does the text say the work has not begun, by a phrase ('not yet started') or in other words ('No campaign
    activity has taken place yet': status.json not_started_said)?"""
    return _has(text, load_json(LEXICON)["not_started"]) or regex(LEXICON, "not_started_said").search(text) is not None


def _nothing_begun(text: str, cues: dict) -> bool:
    """Does the text say the work has not begun, and every sentence of it that says something done negate it or put it
    off ('has slipped to January 2025 because the post was not filled until October. No campaign activity has taken
    place yet.'), with no word of work under way once the not-started words are set aside ('not yet commenced')?"""
    if not _not_begun(text):
        return False
    rest = regex(LEXICON, "not_started_said").sub(" ", _any_of(tuple(cues["not_started"])).sub(" ", _fold(text)))
    if _has(rest, cues["underway"]) or _has(rest, cues["ongoing"]):
        return False
    said = [s for s in re.split(r"(?<=[.;!?])\s+", rest) if _done(s, cues)]
    return all(_has(s, cues["negation"]) or _still_to_come(s, cues) for s in said)


def denies_done(text: str) -> bool:
    """Do the words say the work is not done, not started or still going on ('has not been commissioned', 'not yet
    started', 'recruitment continues')? A rating of 'Complete' beside them is no completion (status.json negation,
    not_started, ongoing)."""
    cues = load_json(LEXICON)
    return any(_has(text, cues[kind]) for kind in ("negation", "not_started", "ongoing")) or _not_begun(text)


def _progress(text: str, cues: dict) -> str:
    if _nothing_begun(text, cues):
        return "NotStarted"  # 'No campaign activity has taken place yet', whatever else was late ('not filled until October')
    if _done(text, cues):
        kept = regex(LEXICON, "kept_up").sub(" ", " ".join(text.split()))  # '… will be monitored … as business as usual
        parts = _in_part(text) or _shares_only(text, cues) or _changed(text, cues)  # done in part: '6 of 20', '71% of
        # them were completed', or beside a figure that moved ('caseloads have fallen from 24 to 20')
        going_on = _has(text, cues["ongoing"]) or _has(text, cues["amber_now"])  # 'remains Amber although … agreed'
        if _has(text, cues["negation"]) or going_on or _still_to_come(kept, cues) or parts:
            return "Underway"  # not yet done, or done in part: the work goes on, or more of it is to come
        return "Done"
    if _not_begun(text):
        return "NotStarted"  # 'has not yet started': planned, and nothing done on it
    if _has(text, cues["planned"]) and not _has(text, cues["underway"]) and not _done(text, cues, "progress_made"):
        return "Planned"  # to come, and nothing said done or changed yet ('agency use has fallen …' is under way)
    if _bare_replan(text, cues) and not _has(text, cues["underway"]) and not _done(text, cues, "progress_made"):
        return "Planned"  # 're-planned from March to September', and no more: the work still to come
    return "Underway"


def _bare_replan(text: str, cues: dict, alone: bool = True) -> bool:
    """Does the text re-plan the work ('has been re-planned from 31 March to 30 September') and say no more after it
    ('… and has since taken place', '; 40 files have been audited so far': status.json replanned_goes_on)?"""
    folded = _fold(text)
    found = _any_of(tuple(cues["replanned"])).search(folded) if cues["replanned"] else None
    if found is None and alone and regex(LEXICON, "replanned_alone_action").search(text):  # '(action 3.1) has been
        found = _any_of(tuple(cues["replanned_alone"])).search(folded)  # delayed to March 2024 because …', no more
        if found is not None and re.search(r"[.!?]\s+\S", folded[found.end() :]):
            return False
    return found is not None and not regex(LEXICON, "replanned_goes_on").search(folded[found.end() :])


def says_part_done(text: str) -> bool:
    """Does the text count the part done against the whole ('9 of 14 teams', 'six … against the target of 20')? That
    says how far the work got, whatever verb tells it."""
    return _in_part(text)


def _in_part(text: str) -> bool:
    """A count of the part done against the whole ('3 of 5 posts filled', '12 out of 14 audits completed', 'six … against
    a target of 20'): done in part (status.json part_of_whole, part_against_target)."""
    words = load_json(LEXICON)["number_words"]  # 'two of the three'

    def count(n: str) -> int:
        return int(n) if n.isdigit() else words[n.lower()]

    patterns = (regex(LEXICON, "part_of_whole"), regex(LEXICON, "part_against_target"))  # '6 of 20', '6 … against a target of 20'
    return any(count(m["part"]) < count(m["whole"]) for pattern in patterns for m in pattern.finditer(text))


def _changed(text: str, cues: dict) -> bool:
    """Does a sentence of the text report a figure that moved ('Average caseloads have fallen from 24 to 20') and say
    nothing done of its own? A change made is progress under way, not completion (status.json progress_made)."""
    said = re.split(r"(?<=[.;!?])\s+", text)
    return any(re.search(r"\d", s) and _done(s, cues, "progress_made") and not _done(s, cues) for s in said)


def _shares_only(text: str, cues: dict) -> bool:
    """Is every sentence that says something done saying it of a share below the whole, the share first ('71% of initial
    health assessments were completed within 20 working days, up from 64%')? Done in part (status.json part_in_hundred);
    not where the work itself is said done and the shares are what it found ('Full PEP analysis completed: 79% rated …',
    'When completed in May, the audit showed improvement in 80% of cases')."""
    share = regex(LEXICON, "part_in_hundred")

    def of_a_share(said: str) -> bool:
        return any(
            float(m["part"]) < 100 and not _done(said[: m.start()], cues) and _done(said[m.start() :], cues)
            for m in share.finditer(said)
        )

    said = [s for s in re.split(r"(?<=[.;:!?])\s+", text) if _done(s, cues)]
    return bool(said) and all(of_a_share(s) for s in said)


def _still_to_come(text: str, cues: dict) -> bool:
    """Work said to be still to come: a phrase of the lexicon, or 'will' and a verb ('Phase 2 will go live'), not a
    purpose ('which will ensure', 'will help') nor the noun ('the free will of the child')."""
    if _has(text, cues["still_to_come"]) or _put_back(
        text, tuple(cues["still_to_come_dated"]), int(cues["still_to_come_dated_window"])
    ):
        return True
    before, purposes = set(cues["will_not_future_before"]), set(cues["will_purpose_verbs"])
    will = r"(?:(?<![\w-])([\w'-]+)|(\)))\s+will\s+(?:not\s+|also\s+|now\s+|then\s+)?([a-z][\w-]*)"  # '(action 1.2) will go'
    return any(m.group(1) not in before and m.group(3) not in purposes for m in re.finditer(will, _fold(text)))


@lru_cache(maxsize=4096)
def _put_back(text: str, phrases: tuple[str, ...], window: int) -> bool:
    """Does one of `phrases` come with a date starting within `window` characters after it ('has been revised to end of
    September 2020'), not with a place or a scope ('has been extended to weekends', 'has been moved to the MASH')?"""
    if not phrases:
        return False
    spaced = " ".join(text.replace("’", "'").split())
    dated = re.compile(load_json("lexicons/linking.json")["slips"]["date"])  # 'December 2019', 'Q3 2019/20'
    for match in re.finditer(r"(?i)(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", spaced):
        date = dated.search(spaced, match.end())
        if date is not None and date.start() - match.end() <= window:
            return True
    return False


def _polarities(text: str) -> set[str | None]:
    """The polarities of `text`'s sentences (spaCy imported only when a sentence's own is not known)."""
    from findings.extract.polarity import sentence_polarities

    return {polarity for _, _, polarity in sentence_polarities(text)}


def later_verdict(text: str, polarity: str | None = None) -> bool | None:
    """What a later inspection's sentence about the last one says of the matter: improved (True), not (False), or
    nothing either way (None: no cue, and it states neither a strength nor a weakness). A 'not_improved' cue outweighs
    an 'improved' one; without either, a weakness it states is no improvement, a strength it states one ('Since the
    last inspection, the oversight of children who are electively home educated is strong')."""
    cues = load_json(LEXICON)
    if not text.strip():
        return None
    if _has(text, cues["not_improved"]):
        return False
    if _has(text, cues["improved"]):
        return True
    polarities = {polarity} if polarity else _polarities(text)  # its finding's, read at extraction, where it has one
    if "Weakness" in polarities:
        return False
    return True if "Strength" in polarities or _has(text, cues["improved_unless_weak"]) else None
