"""Items that answer something no document states: an action of a plan whose recommendation is nowhere (the report
not given, the plan naming it by number only), an update about such an action (a progress report's word on an action
no plan given holds is its recommendation's, where it stood in that recommendation's section). The graph's contract says an action
responds to a recommendation in the graph, so each is left out, and named, rather than breaking the shapes."""

from __future__ import annotations

import re
from collections import Counter

from findings.extract.context import is_undated
from findings.extract.lexicons import load_json
from findings.model import Extraction, Span

LEXICON = "lexicons/linking.json"
_WORD = re.compile(r"\w+")


def leave_out_unanswered(out: Extraction) -> list[str]:
    """Remove, in place, every action whose recommendation and every update whose item no document states; one line
    each saying where it was read, what was left out and why."""
    recs = {(r.assessment, r.identifier) for r in out.recommendations}
    paths = {d.sha256: d.path for d in out.documents}

    def named(spans: list[Span], what: str, assessment: str) -> str:
        a = out.assessments.get(assessment)
        where = paths.get(spans[0].doc, "a document") if spans else "a document"
        return f"{where}: left out {what} ({a.org.name}, {a.label})" if a else f"{where}: left out {what}"

    notes: list[str] = []
    kept = [a for a in out.actions if (a.assessment, a.responds_to) in recs]
    for action in out.actions:
        if (action.assessment, action.responds_to) not in recs:
            why = f": recommendation {action.responds_to}, which it answers, is in no document given"
            notes.append(named(action.spans, f"action {action.identifier}", action.assessment) + why)
    actions = {(a.assessment, a.identifier) for a in kept}
    updates = []
    for update in out.updates:
        if update.about_kind == "action" and (update.assessment, update.about) not in actions and update.within:
            if (update.assessment, update.within) in recs:  # a report's word on an action no plan given holds: its
                update.about, update.about_kind = update.within, "recommendation"  # recommendation's, in whose section
        if (update.assessment, update.about) in (recs if update.about_kind == "recommendation" else actions):
            updates.append(update)
        elif update.echo:
            continue  # its words are in its recommendation's update already
        else:
            what = f"an update about {update.about_kind} {update.about}"
            notes.append(named(update.spans, what, update.assessment) + f": that {update.about_kind} is not in the graph")
    out.actions, out.updates = kept, updates
    return notes


def leave_out_empty_inspections(out: Extraction) -> list[str]:
    """Remove, in place, every inspection that nothing dates and nothing read belongs to (a paper of notes naming
    'the inspection' whose updates were all left out): a node with no day and no item tells a reader nothing and
    would stand beside the council's real inspections; one line each saying where it was named."""
    held = {item.assessment for kind in (out.recommendations, out.judgements, out.kloes, out.findings) for item in kind}
    held |= {item.assessment for item in (*out.actions, *out.updates)}
    paths = {d.sha256: d.path for d in out.documents}
    notes = []
    for key, a in sorted(out.assessments.items()):
        days = (a.started, a.ended, a.issued, a.date, a.earliest, a.latest, a.published_month)
        if a.kind == "Inspection" and is_undated(key) and key not in held and all(day is None for day in days):
            where = ", ".join(sorted(paths.get(sha, "a document") for sha in a.documents)) or "a document"
            named = f"({a.org.name}, {a.label})"
            notes.append(f"{where}: left out an inspection it names {named}: nothing dates it or was read of it")
            del out.assessments[key]
    return notes


def leave_out_restatements(out: Extraction) -> list[str]:
    """Remove, in place, every update on a recommendation that only restates it ('Rec 1 – The quality and timeliness
    of pathway plans …': a plan's list of the recommendations over its table): the recommendation's words and a label
    (linking.json, restated), no word of progress; one line each saying where it was read, unless that paper states
    the recommendation's actions too: there it is the plan's heading over them, or its list of what they answer, and
    nothing was lost (helper-215: a Word plan's rows across, 'Recommendation 2: The quality of …', were each said)."""
    rule = load_json(LEXICON)["restated"]
    texts = {(r.assessment, r.identifier): Counter(_WORD.findall(r.text.casefold())) for r in out.recommendations}
    paths = {d.sha256: d.path for d in out.documents}
    planned = {(s.doc, a.assessment, a.responds_to) for a in out.actions for s in a.spans}  # a plan's own headings
    kept, notes = [], []
    for update in out.updates:
        theirs = texts.get((update.assessment, update.about)) if update.about_kind == "recommendation" else None
        ours = Counter(_WORD.findall(update.text.casefold()))
        other, left_out = ((ours - theirs).total(), (theirs - ours).total()) if theirs else (0, 0)
        if theirs and other <= rule["other_words"] and left_out <= rule["left_out"] * theirs.total():
            if update.spans and (update.spans[0].doc, update.assessment, update.about) in planned:
                continue  # the plan's heading over the actions it states: read, and nothing to say
            where = paths.get(update.spans[0].doc, "a document") if update.spans else "a document"
            note = f"{where}: recommendation {update.about} restated there (its own words, no progress): not read as an update"
            if note not in notes:  # once a recommendation and paper, however many rows restate it (tester helper-188)
                notes.append(note)
        else:
            kept.append(update)
    out.updates = kept
    return notes
