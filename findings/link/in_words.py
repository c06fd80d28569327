"""An action's work told in its own words within a council's word on its recommendation.

A progress table's row on a recommendation ('The refreshed threshold document was launched with partners in December
2019.') or a report's paragraph on it often says what was done of each action without the action's number. A clause
of such a word that holds a progress cue of its own (done, under way) and clearly describes one of the
recommendation's actions (more of that action's distinctive words than of any other's, some of them that action's
alone) is also a progress update on that action, resting on the exact characters of the clause, linked to it with a
confidence below a word that names the action by number. The rules are data: extract/lexicons/linking.json,
"action_in_words"; the cues extract/lexicons/status.json.
"""

from __future__ import annotations

import re
from collections import defaultdict

from findings.extract.lexicons import load_json, regex
from findings.link.previous import content_words
from findings.model import Action, Document, Extraction, ProgressUpdate, Span
from findings.status.cues import own_progress, progress_of

LEXICON = "lexicons/linking.json"
ORDINALS = "lexicons/ordinals.json"


def credit_actions(out: Extraction) -> None:
    """Add, for each council word on a recommendation, an update on each of its actions a clause of it tells in that
    action's words (none where the action has a word of its own that day, by its number)."""
    rule = load_json(LEXICON)["action_in_words"]
    docs = {d.sha256: d for d in out.documents}
    actions: dict[tuple[str, str], list[Action]] = defaultdict(list)
    for action in out.actions:
        actions[(action.assessment, action.responds_to)].append(action)
    said = {(u.assessment, u.about, u.as_at) for u in out.updates if u.about_kind == "action"}
    added: list[ProgressUpdate] = []
    for update in out.updates:
        if update.about_kind != "recommendation" or update.by is not None or update.joint or update.as_at is None:
            continue
        theirs = actions.get((update.assessment, update.about), [])
        alone = len({a.identifier for a in theirs}) == 1  # its only action: the row's rating is that action's
        capped = update.means if alone and update.means and progress_of(update.means) != "Done" else None
        for action, spans in _told(update, theirs, docs, rule):
            if (update.assessment, action.identifier, update.as_at) in said:
                continue
            said.add((update.assessment, action.identifier, update.as_at))
            text = " ".join(docs[s.doc].text[s.start : s.end] for s in spans)
            added.append(
                ProgressUpdate(
                    update.assessment,
                    action.identifier,
                    update.as_at,
                    text,
                    spans,
                    source=f"{update.source}-w{action.identifier}",
                    score=float(rule["confidence"]),
                    method=rule["method"],
                    within=update.about,
                    reporter=update.reporter,
                    credited=True,
                    means=capped,  # the row's rating by the paper's key ('On track') on a recommendation of one
                )  # action: no clause of the row makes that action done (its part is the whole)
            )
    out.updates += added


def _told(
    update: ProgressUpdate, actions: list[Action], docs: dict[str, Document], rule: dict
) -> list[tuple[Action, list[Span]]]:
    """The actions of the recommendation that clauses of `update` tell in their words, each with those clauses'
    spans (in the order said)."""
    if not actions:
        return []
    stem = int(load_json(LEXICON)["stem_length"])
    other = {w[:stem] for w in rule["other_words"]}
    theirs = {a.identifier: content_words(a.text) - other for a in actions}
    named = regex(ORDINALS, "action_named/pattern")
    told: dict[str, list[Span]] = defaultdict(list)
    for clause in _clauses(update.text, rule["clause_break"]):
        if named.search(clause) or own_progress(clause, tuple(rule["cues"]), tuple(rule["not_a_cue_after"])) is None:
            continue  # an action by its number is its own word already; a clause with no cue of its own says nothing
        words = content_words(clause) - other
        shared = {a.identifier: words & theirs[a.identifier] for a in actions}
        own = {
            a.identifier: shared[a.identifier] - set().union(*(theirs[b.identifier] for b in actions if b is not a))
            for a in actions
        }
        mine = [i for i in own if len(own[i]) >= rule["minimum_own"]]
        if len(mine) != 1:
            continue  # no action's own words, or two actions' (the clause tells both, neither clearly)
        identifier = mine[0]
        best = len(shared[identifier])
        if best < rule["minimum_shared"] or best < rule["minimum_share"] * len(theirs[identifier]):
            continue
        if any(len(shared[i]) >= best for i in shared if i != identifier):
            continue
        span = _located(clause, update.spans, docs)
        if span is not None:  # its exact characters, or nothing: a quote is never approximate
            told[identifier].append(span)
    return [(a, told[a.identifier]) for a in actions if told.get(a.identifier)]


def _clauses(text: str, breaks: str) -> list[str]:
    """The sentences of `text`, and the parts of a sentence a break sets apart ('…, and …', '…; …'), stripped; the
    item's label before the first left out ('R4 (life-story work): ', 'Area for improvement 1: '; linking.json)."""
    label = regex(LEXICON, "action_in_words/label").match(text.strip())
    parts = re.split(breaks, text.strip()[label.end() :] if label else text)
    return [part.strip().rstrip(",;") for part in parts if part and part.strip()]


def _located(clause: str, spans: list[Span], docs: dict[str, Document]) -> Span | None:
    """The characters of `clause` in one of `spans` (white space as the document has it), or None."""
    words = clause.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    for span in spans:
        doc = docs.get(span.doc)
        if doc is None:
            continue
        found = pattern.search(doc.text, span.start, span.end)
        if found is not None:
            return Span(span.doc, found.start(), found.end(), span.page, span.ref)
    return None
