"""Outcome met or not met: an action's intended outcome that sets a measurable target ('All PEPs will be judged good
or better') against a figure a later update reports for the same measure ('79% rated good or better').

Targets and measures are matched on a quality phrase from the lexicon (extract/lexicons/status.json, "outcome"), so
a QA lead adds 'within 20 working days' or 'up to date' without touching Python.
"""

from __future__ import annotations

import re
from functools import cache

from findings.extract.lexicons import load_json
from findings.status.cues import LEXICON


@cache
def _patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]]:
    """(phrase, whole-target pattern, percentage-target pattern, reported-figure pattern, figure-after pattern) per
    quality phrase: a figure before its phrase ('72% … within 20 working days') or after it, where the text says what
    the measure now stands at ('… within 20 working days has risen from 41% to 72%': 'figure_after')."""
    rules = load_json(LEXICON)["outcome"]
    between, after = rules["words_between"], "|".join(rules["figure_after"])
    out = []
    for phrase in rules["phrases"]:
        p = re.escape(phrase)
        whole = re.compile(rf"\b(?:{rules['whole']})\b[^.]{{0,120}}?\b{p}\b", re.IGNORECASE)
        share = re.compile(rf"(\d{{1,3}}(?:\.\d+)?)\s?%[^.]{{0,80}}?\b{p}\b", re.IGNORECASE)
        figure = re.compile(rf"(\d{{1,3}}(?:\.\d+)?)\s?%\s+(?:[^.%\s]+\s+){{0,{between}}}?{p}\b", re.IGNORECASE)
        later = re.compile(rf"\b{p}\b\s+(?:[^.\s]+\s+){{0,{between}}}?(?:{after})\s*(\d{{1,3}}(?:\.\d+)?)\s?%", re.IGNORECASE)
        out.append((phrase, whole, share, figure, later))
    return out


def targets(outcome: str | None) -> dict[str, float]:
    """Quality phrase → the share (0–100) an intended outcome aims at; 'all'/'every' aims at 100."""
    found: dict[str, float] = {}
    for phrase, whole, share, _, _ in _patterns() if outcome else []:
        if m := share.search(outcome):
            found[phrase] = float(m.group(1))
        elif whole.search(outcome):
            found[phrase] = 100.0
    return found


def judged(text: str, aims: dict[str, float]) -> tuple[str, str] | None:
    """('OutcomeMet' or 'OutcomeNotMet', why) when `text` reports a figure for a measure `aims` sets a target for."""
    verdicts = []
    for phrase, _, _, figure, later in _patterns():
        if phrase in aims and (m := later.search(text) or figure.search(text)):  # what it now stands at first
            value = float(m.group(1))
            met = value >= aims[phrase]
            verdicts.append((met, f"{m.group(0).strip()} against a target of {aims[phrase]:g}% {phrase}"))
    if not verdicts:
        return None
    if all(met for met, _ in verdicts):
        return "OutcomeMet", "; ".join(why for _, why in verdicts)
    return "OutcomeNotMet", "; ".join(why for met, why in verdicts if not met)
