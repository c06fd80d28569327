"""Minutes of an item titled by its subject ('2. Health passports for care leavers'), on no inspection's plan by its
title, that name an action by the plan's number ('… have received one (action 1.1 complete)'): read as candidates
(findings/extract/minute_progress.py), keyed by the meeting. A candidate is an update on that action of the council's
plan when exactly one inspection of the council, reported on or before the meeting, holds an action of that number
whose distinctive words the statement tells (at least 'minimum_shared' of them and 'minimum_share' of the action's,
as findings/link/in_words.py measures them); else it is left out, and said. Two plans holding that number and telling
words (a 2012 and a 2017 plan's action 1.1 on health passports) leave it out: which plan the committee meant is not
plain. The rules are data: extract/lexicons/linking.json, 'numbered_in_minutes'."""

from __future__ import annotations

from collections import defaultdict

from findings.extract.lexicons import load_json
from findings.link.previous import content_words
from findings.model import Action, Extraction, ProgressUpdate

LEXICON = "lexicons/linking.json"


def resolve_numbered(out: Extraction) -> list[str]:
    """Give each candidate its plan's action, in place, or leave it out; one line for each left out."""
    rule = load_json(LEXICON)["numbered_in_minutes"]
    stem = int(load_json(LEXICON)["stem_length"])
    other = {w[:stem] for w in load_json(LEXICON)["action_in_words"]["other_words"]}
    other |= content_words(" ".join(load_json("lexicons/status.json")["status_words"]))  # how far, not what: 'complete'
    by_number: dict[tuple[str, str], list[Action]] = defaultdict(list)  # (council, action number) → its actions
    for action in out.actions:
        assessment = out.assessments.get(action.assessment)
        if assessment is not None and assessment.kind == "Inspection":
            by_number[(assessment.org.key, action.identifier)].append(action)
    paths = {d.sha256: d.path for d in out.documents}
    kept, notes = [], []
    for update in out.updates:
        if update.about_kind != "numbered":
            kept.append(update)
            continue
        meeting = out.assessments.get(update.assessment)
        told = _told(update, by_number.get((meeting.org.key, update.about), []) if meeting else [], out, rule, other)
        if len(told) == 1:
            ((key, share),) = told.items()
            update.assessment, update.about_kind = key, "action"
            update.score, update.method = float(rule["confidence"]), rule["method"]
            kept.append(update)
            continue
        where = paths.get(update.spans[0].doc, "a document") if update.spans else "a document"
        why = "two plans' actions of that number" if told else "no plan's action of that number"
        said = f"minutes name action {update.about} on an item titled by its subject, and {why} the words tell"
        notes.append(f"{where}: {said}: left out")
    out.updates = kept
    return notes


def _told(update: ProgressUpdate, actions: list[Action], out: Extraction, rule: dict, other: set[str]) -> dict[str, float]:
    """The inspections (key → the share of the action's words told) whose action of the candidate's number, planned by
    the meeting's day, the candidate's words tell."""
    words = content_words(update.text) - other
    told: dict[str, float] = {}
    for action in actions:
        assessment = out.assessments[action.assessment]
        raised = assessment.stands_from()
        if raised is None or update.as_at is None or raised > update.as_at:
            continue  # an inspection after the meeting: no plan of it stood then
        theirs = content_words(action.text) - other
        shared = len(words & theirs)
        if theirs and shared >= rule["minimum_shared"] and shared >= rule["minimum_share"] * len(theirs):
            told[action.assessment] = max(told.get(action.assessment, 0.0), shared / len(theirs))
    return told
