"""Outcome met or not met: an action's intended outcome that sets a measurable target ('All PEPs will be judged good
or better') against a figure a later update reports for the same measure ('79% rated good or better').

Targets and measures are matched on a quality phrase from the lexicon (extract/lexicons/status.json, "outcome"), so
a QA lead adds 'within 20 working days' or 'up to date' without touching Python.
"""

from __future__ import annotations

import re
from functools import cache

from findings.extract.lexicons import load_json, regex
from findings.status.cues import LEXICON


@cache
def _phrases() -> tuple[str, ...]:
    """The quality phrases of status.json's outcome rules, in the order they are tried."""
    return tuple(load_json(LEXICON)["outcome"]["phrases"])


@cache
def _patterns(phrase: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(whole-target pattern, percentage-target pattern, reported-figure pattern, figure-after pattern) of a quality
    phrase: a figure before its phrase ('72% … within 20 working days') or after it, where the text says what the
    measure now stands at ('… within 20 working days has risen from 41% to 72%': 'figure_after'). Compiled when a
    text first may hold the phrase (`_may_hold`), not every phrase's four at once."""
    rules = load_json(LEXICON)["outcome"]
    between, after = rules["words_between"], "|".join(rules["figure_after"])
    p = re.escape(phrase)
    whole = re.compile(rf"\b(?:{rules['whole']})\b[^.]{{0,120}}?\b{p}\b", re.IGNORECASE)
    share = re.compile(rf"(\d{{1,3}}(?:\.\d+)?)\s?%[^.]{{0,80}}?\b{p}\b", re.IGNORECASE)
    figure = re.compile(rf"(\d{{1,3}}(?:\.\d+)?)\s?%\s+(?:[^.%\s]+\s+){{0,{between}}}?{p}\b", re.IGNORECASE)
    later = re.compile(rf"\b{p}\b\s+(?:[^.\s]+\s+){{0,{between}}}?(?:{after})\s*(\d{{1,3}}(?:\.\d+)?)\s?%", re.IGNORECASE)
    return whole, share, figure, later


def _may_hold(text: str, phrase: str) -> bool:
    """Can any of `phrase`'s patterns match `text`? Each needs the phrase in it, in any case: of an ASCII phrase, one
    of the lower-cased strings, unless the text holds a character Python's case-blind matching takes for an ASCII
    letter (`_LIKE_ASCII`); else assumed."""
    if not phrase.isascii() or not _LIKE_ASCII.isdisjoint(text):
        return True
    return phrase.lower() in text.lower()


# The only characters beyond ASCII that a case-blind pattern matches to an ASCII one ('İ', 'ı', 'ſ', the Kelvin sign),
# and the only ones whose lower case holds ASCII: a fact of Python's `re`, checked on every code point by a test.
_LIKE_ASCII = frozenset("\u0130\u0131\u017f\u212a")


COUNTED = "count: "  # a count target's key: its measure's words after it ('count: new supported lodgings placements')
BOUND = "bound: "  # the direction an outcome's bound sets ('bound: fewer' of 'average caseloads of 18 or fewer')


def targets(outcome: str | None) -> dict[str, float]:
    """Quality phrase → the share (0–100) an intended outcome aims at; 'all'/'every' aims at 100. An outcome opening
    with a count ('20 new supported lodgings placements') aims at that count of its measure (keyed COUNTED + the
    measure's words)."""
    found: dict[str, float] = {}
    for phrase in _phrases() if outcome else ():
        if not _may_hold(outcome, phrase):
            continue
        whole, share, _, _ = _patterns(phrase)
        if m := share.search(outcome):
            found[phrase] = float(m.group(1))
        elif whole.search(outcome):
            found[phrase] = 100.0
    if outcome and (counted := _count_target(outcome)) is not None:
        found[COUNTED + counted[0]] = counted[1]
    if outcome and (bound := _bound(outcome)) is not None:
        found[BOUND + bound[0]] = bound[1]
    return found


def _bound(outcome: str) -> tuple[str, float] | None:
    """('fewer' or 'more', the figure) of an outcome that bounds its measure ('average caseloads of 18 or fewer', 'no
    more than 18 children per worker', 'at least 30 carers'): status.json outcome/stated 'bound_target'."""
    rules = load_json(LEXICON)["outcome"]["stated"]
    m = regex(LEXICON, "outcome/stated/bound_target").search(outcome)
    if m is None:
        return None
    if m["target"]:
        return ("fewer" if m["bound"].casefold() in rules["fewer"] else "more"), float(m["target"])
    lead = " ".join(m["lead"].casefold().split())
    return ("fewer" if lead in rules["lead_fewer"] else "more"), float(m["led"])


def _stated(text: str, aims: dict[str, float]) -> list[tuple[bool, str]]:
    """(met, why) for each figure `text` states against a target of its own ('fallen from 24 to 20, against a target of
    18 or fewer', 'still above the target of 18'): by the bound's word, else the direction of the plan's outcome
    (`aims`' BOUND key, on the same figure), else at or above the target (status.json outcome/stated). Where the plan
    sets a target of the kind, only a figure against that target is its outcome's."""
    rules = load_json(LEXICON)["outcome"]["stated"]
    planned = {(key[len(BOUND) :], aim) for key, aim in aims.items() if key.startswith(BOUND)}
    counts = {aim for key, aim in aims.items() if key.startswith((BOUND, COUNTED))}  # the plan's own targets, by kind:
    shares = {aim for key, aim in aims.items() if not key.startswith((BOUND, COUNTED))}  # a figure against another
    verdicts = []
    for m in regex(LEXICON, "outcome/stated/side").finditer(text):
        if bool(m["share"]) == bool(m["target_share"]) and _its_target(m, counts, shares):
            verdicts.append((False, " ".join(m.group(0).split())))  # still on the wrong side of it, whichever that is
    for m in regex(LEXICON, "outcome/stated/against").finditer(text):
        if bool(m["share"]) != bool(m["target_share"]) or not _its_target(m, counts, shares):
            continue  # '87% … within 20 days against a target of 90%': a share against a share only
        bound, figure, target = (m["bound"] or "").casefold(), _figure(m["figure"]), _figure(m["target"])
        directions = {direction for direction, aim in planned if aim == target}
        fewer = bound in rules["fewer"] or (bound not in rules["more"] and directions == {"fewer"})
        verdicts.append((figure <= target if fewer else figure >= target, " ".join(m.group(0).split())))
    return verdicts


@cache
def _count_rules() -> dict:
    rules = load_json(LEXICON)["outcome"]["count"]
    words = load_json(LEXICON)["number_words"]
    target = rules["target"].replace("MEASURE", str(int(rules["measure_words"]) - 1))
    return {
        "target": re.compile(target),
        "not_measures": {w.casefold() for w in rules["not_measures"]},
        "between": int(rules["words_between"]),
        "not_the_figure": re.compile(rules["not_the_figure"]),
        "not_head": re.compile(rules["not_head"]),
        "numbers": {w.casefold(): int(n) for w, n in words.items()},
        "figure": r"\d{1,4}|" + "|".join(sorted(words, key=len, reverse=True)),
    }


def _count_target(outcome: str) -> tuple[str, float] | None:
    """(the measure's words, the count) of an outcome opening with a count of something; None otherwise."""
    rules = _count_rules()
    m = rules["target"].match(outcome)
    if m is None:
        return None
    measure = " ".join(m.group("measure").split()).casefold()
    if measure.split()[0] in rules["not_measures"]:
        return None  # '12 months': a time, not a count of anything
    return measure, float(m.group("count"))


def _its_target(match: re.Match[str], counts: set[float], shares: set[float]) -> bool:
    """Is the target a figure is stated against the plan's own, where the plan sets one of its kind (a count, a share)?
    'Twelve were approved against the target of 40' says nothing of a plan's '30 new foster carers approved'."""
    planned = shares if match["target_share"] else counts
    return not planned or _figure(match["target"]) in planned


def _figure(word: str) -> float:
    return float(word) if re.fullmatch(r"\d+(?:\.\d+)?", word) else float(_count_rules()["numbers"][word.casefold()])


def _counted(text: str, measure: str, aim: float) -> tuple[float, str] | None:
    """(the figure, its words) an update gives for a count target's measure: a count followed by a few of the
    measure's words and then what it counts ('12 new supported lodgings placements'; of 'new foster carers approved',
    'carers': a participle after it is none), not one said as the target or a whole;
    else a count said against a target equal to the plan's ('12 … against the target of 20')."""
    rules = _count_rules()
    words = measure.split()
    at = next((n for n in range(len(words) - 1, -1, -1) if not rules["not_head"].search(words[n])), len(words) - 1)
    head, others = words[at], "|".join(re.escape(w) for w in words[:at])  # its last word that is no participle: what
    # is counted ('carers' of 'new foster carers approved')
    between = rf"(?:(?:{others})\s+){{0,{rules['between']}}}" if others else ""
    pattern = re.compile(rf"(?i)(?<![\w.,/£$-])({rules['figure']})\s+{between}{re.escape(head)}\b")
    for m in pattern.finditer(text):
        if not rules["not_the_figure"].search(text[max(0, m.start() - 40) : m.start()]):
            return _figure(m.group(1)), m.group(0)
    for m in regex(LEXICON, "part_against_target").finditer(text):
        if _figure(m.group("whole")) == aim:
            return _figure(m.group("part")), m.group(0)
    return None


def judged(text: str, aims: dict[str, float]) -> tuple[str, str] | None:
    """('OutcomeMet' or 'OutcomeNotMet', why) when `text` reports a figure for a measure `aims` sets a target for, or
    states one against a target of its own ('… from 24 to 20, against a target of 18 or fewer')."""
    verdicts = _stated(text, aims)
    for aim, measure in ((aim, key[len(COUNTED) :]) for key, aim in aims.items() if key.startswith(COUNTED)):
        if (found := _counted(text, measure, aim)) is not None:  # a count against a count: '12 … placements' of 20
            verdicts.append((found[0] >= aim, f"{found[1].strip()} against a target of {aim:g} {measure}"))
    for phrase in _phrases():
        if phrase not in aims or not _may_hold(text, phrase):
            continue
        _, _, figure, later = _patterns(phrase)
        if m := later.search(text) or figure.search(text):  # what it now stands at first
            value = float(m.group(1))
            met = value >= aims[phrase]
            verdicts.append((met, f"{m.group(0).strip()} against a target of {aims[phrase]:g}% {phrase}"))
    if not verdicts:
        return None
    if all(met for met, _ in verdicts):
        return "OutcomeMet", "; ".join(why for _, why in verdicts)
    return "OutcomeNotMet", "; ".join(why for met, why in verdicts if not met)


def measures_outcome(clause: str, asked: str | None) -> bool:
    """Does a clause state a figure against a target (`judged`) that the action's own words (`asked`) do not set: the
    outcome measured, not the action's deed ('Launch a recruitment campaign', not 'Recruit 20 foster carers')?"""
    if judged(clause, {}) is None:
        return False
    figure = re.compile(rf"(?i)(?<![\w.,])({_count_rules()['figure']})(?![\w]|[.,]\d)")
    return not {_figure(m) for m in figure.findall(clause)} & {_figure(m) for m in figure.findall(asked or "")}
