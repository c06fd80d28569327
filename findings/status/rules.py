"""The status rules: each piece of dated evidence about a recommendation becomes one StatusAssessment (the council's
word: findings/status/updates.py; a later inspection's findings: later.py; a meeting's requests: requests.py)."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from findings.extract.lexicons import load_json, regex
from findings.link.previous import BY_CONCERN
from findings.link.same import leading_words
from findings.model import Extraction, ItemRef, Link, Recommendation, StatusAssessment
from findings.status.cues import LEXICON, closure_of, says_nothing, without_ask
from findings.status.later import from_findings, lapsed
from findings.status.outcomes import targets
from findings.status.reorganised import council_lapsed
from findings.status.requests import requests
from findings.status.updates import SUMMARY, from_updates, logged, raised, word_of, words_of


def assess_status(out: Extraction) -> None:
    """Fill out.statuses for every recommendation of an inspection, peer review or national review."""
    cues = load_json(LEXICON)
    confidence = cues["confidence"]
    docs = {d.sha256: d for d in out.documents}
    actions = defaultdict(list)
    for action in out.actions:
        actions[(action.assessment, action.responds_to)].append(action)
    answers = {(a.assessment, a.identifier): a.responds_to for a in out.actions}
    asked = {(a.assessment, a.identifier): a.text for a in out.actions}  # what each action asked for
    updates = defaultdict(list)
    recs = {(r.assessment, r.identifier): r.text for r in out.recommendations if r.kind == "Recommendation"}
    for update in out.updates:  # what each council update says of its own item (a later inspection's: its status call)
        aim = asked.get((update.assessment, update.about)) if update.about_kind == "action" else None
        ask = aim if update.about_kind == "action" else recs.get((update.assessment, update.about))
        if update.by is None and ask and not update.credited and (unquoted := without_ask(update.text, ask)) != update.text:
            update.unquoted = unquoted  # the item's own words restated above the word on it: asked, not reported
        council = update.by is None and not says_nothing(update.means or words_of(update))  # 'No update': nothing
        update.indicates = SUMMARY[word_of(update, False, aim)] if council else None
        if update.indicates and update.about_kind == "recommendation" and closure_of(words_of(update), whole=True):
            update.indicates = "Lapsed"  # closed without being done: superseded, no longer applicable
    for update in out.updates:  # about a recommendation, or about one of its actions
        rec = update.about if update.about_kind == "recommendation" else answers.get((update.assessment, update.about))
        if rec is not None:
            updates[(update.assessment, rec)].append(update)
    recurred = defaultdict(list)
    asks = {ItemRef("recommendation", r.assessment, r.identifier): r.text for r in out.recommendations}
    sustains = (regex(LEXICON, "sustains"), regex(LEXICON, "sustains_asked"))
    for link in out.links:  # raised again: by a later inspection, or by a peer review's own recommendation
        if link.asserted and _raises_again(link, asks.get(link.source, ""), sustains):
            recurred[(link.target.assessment, link.target.identifier)].append(link)
    from findings.link.slips import said_on  # findings.link.slips reads the cues of this package

    said_at = said_on(out)
    replans: dict[tuple[str, str], dict[date, list[tuple[ItemRef, date]]]] = defaultdict(lambda: defaultdict(list))
    for action in out.actions:  # each re-plan of an action, by the day its words were said (findings.link.slips)
        for to, span in action.slips:
            if (day := said_at(span)) is not None:
                replans[(action.assessment, action.responds_to)][day].append(
                    (ItemRef("action", action.assessment, action.identifier), to)
                )
    for row in out.recommendations:  # a logged action re-planned: its own slips
        for to, span in row.slips if row.log_reference else ():
            if (day := said_at(span)) is not None:
                replans[(row.assessment, row.identifier)][day].append((ItemRef("resolution", row.assessment, row.identifier), to))
    mentions = defaultdict(list)
    for mention in out.mentions:
        mentions[(mention.item.assessment, mention.item.identifier)].append(mention)
    statuses: list[StatusAssessment] = []
    for rec in out.recommendations:
        assessment = out.assessments.get(rec.assessment)
        if rec.kind != "Recommendation" or assessment is None or assessment.stands_from() is None:
            continue
        ref = ItemRef("recommendation", rec.assessment, rec.identifier)
        mine = [raised(ref, assessment.stands_from(), _own_span(rec, docs, assessment.kind), "raised", "NoResponse", confidence)]
        planned = actions.get((rec.assessment, rec.identifier), [])
        dated_plans = sorted({docs[s.doc].date for a in planned for s in a.spans if docs[s.doc].date})  # every paper stating them
        if planned:
            issued = sorted(a.planned_on for a in planned if a.planned_on)  # the plan's own first issue, when it says
            when = max(issued[0], mine[0].as_of) if issued else dated_plans[0] if dated_plans else mine[0].as_of
            reported = [u.as_at for u in updates.get((rec.assessment, rec.identifier), []) if u.as_at and u.by is None]
            if reported and min(reported) < when:  # progress reported before: the plan's date (a covering letter's)
                when = mine[0].as_of  # is after the plan itself; it stands from when it was raised, as it always did
            mine.append(
                StatusAssessment(
                    ref,
                    when,
                    "ActionPlanned",
                    confidence["planned"],
                    [a.spans[0] for a in planned],
                    "actions planned",
                    acceptance="Accepted",
                    progress="Planned",
                    assurance="SelfReported",
                )
            )
        aims = {a.identifier: targets(a.outcome) for a in planned if a.outcome}
        said = {link.source.assessment for link in recurred.get((rec.assessment, rec.identifier), [])}
        told = updates.get((rec.assessment, rec.identifier), [])
        own = _on_its_concerns(ref, rec, told, mentions.get((rec.assessment, rec.identifier), []), said, out, cues)
        mine += from_updates(
            ref,
            rec,
            [u for u in told if u.by not in own],  # a word reaching it by a shared concern alone yields to its own findings
            len(planned),
            confidence,
            aims,
            replans.get((rec.assessment, rec.identifier), {}),
            {a.identifier: a.text for a in planned},
        )
        said |= {u.by for u in told if u.by is not None}
        for mention in mentions.get((rec.assessment, rec.identifier), []):
            if mention.assessment in own:
                mine += own[mention.assessment]
            elif mention.assessment not in said:  # a recurrence, or its word on the last inspection, says more
                mine += from_findings(ref, out.assessments[mention.assessment], mention, cues, rec.text)
        raised_again: dict[str, list] = defaultdict(list)  # one status per later assessment, on its surest link
        for link in recurred.get((rec.assessment, rec.identifier), []):
            raised_again[link.source.assessment].append(link)
        for key, links in sorted(raised_again.items()):
            link = max(links, key=lambda x: (x.score, x.source))
            later = out.assessments[key]
            mine.append(
                StatusAssessment(
                    ref,
                    later.stands_from(),
                    "Recurred",
                    link.score,
                    link.spans[:1],
                    f"raised again by {later.label}",
                    assurance="OutcomeNotMet",
                    via_link=True,
                    derived_from=[link.source],  # the later recommendation: the call is the link's, reviewed as it
                )
            )
        order = cues["precedence"]
        mine += lapsed(ref, rec, assessment, cues["lapsed"], mine, order)
        mine += council_lapsed(ref, rec, out, cues["lapsed"], mine, order, recurred)
        mine.sort(key=lambda s: (s.as_of, order.index(s.status), s.basis))
        mine[-1].current = True
        statuses += mine
    out.statuses = statuses + requests(out, confidence) + logged(out, confidence, updates, cues["precedence"], replans)
    out.notes += _due_beforeraised(out, docs)


def _on_its_concerns(
    ref: ItemRef, rec: Recommendation, told: list, mentions: list, said: set[str], out: Extraction, cues: dict
) -> dict[str, list[StatusAssessment]]:
    """Later inspection → the call its findings on the recommendation's concerns make, where its only word on the last
    inspection reached the recommendation by a concern it alone names (findings.link.previous, not by shared words: a
    sentence on pathway plans 'reflecting their views' reaches the one on direct work): that call rests on its own
    concern ('Caseloads are now manageable'), not on a sentence about another recommendation."""
    worded = {u.by for u in told if u.by is not None and u.method != BY_CONCERN}
    concern_only = {u.by for u in told if u.by is not None and u.method == BY_CONCERN} - worded - said
    calls = {}
    for mention in mentions:
        if mention.assessment in concern_only and (
            found := from_findings(ref, out.assessments[mention.assessment], mention, cues, rec.text)
        ):
            calls[mention.assessment] = found
    return calls


def _raises_again(link: Link, asks: str, sustains: tuple[re.Pattern[str], ...]) -> bool:
    """Does a later item recurring an item, or a later recommendation following it up, raise its concern again: not
    when it asks that an improvement be kept ('… so that the improved timeliness … is sustained', 'Sustain the recent
    improvement in …': status.json 'sustains', 'sustains_asked')."""
    raises = link.kind == "recurs" or (link.kind == "followsUp" and link.source.kind == "recommendation")
    return raises and not any(pattern.search(asks) for pattern in sustains)


def _due_beforeraised(out: Extraction, docs: dict) -> list[str]:
    """A note for each action due before its recommendation was raised ('March 17' in a plan written that November
    is read as 31 March 2017): the date stands as written, but a person should look at the plan."""
    notes = []
    for action in out.actions:
        assessment = out.assessments.get(action.assessment)
        raised = assessment.stands_from() if assessment else None
        if action.due_by and raised and action.due_by < raised and action.spans:
            where = docs[action.spans[0].doc].path if action.spans[0].doc in docs else action.assessment
            said = f" ('{action.timescale}')" if action.timescale else ""
            notes.append(
                f"{where}: action {action.identifier} is due {action.due_by.isoformat()}{said}, before its recommendation"
                f" was raised ({raised.isoformat()}): the plan may mean a later year"
            )
    return sorted(set(notes))


def _own_span(rec: Recommendation, docs: dict, kind: str = "") -> list:
    """The span the recommendation's text was taken from, to quote it as raised: of its spans, the one whose words
    give the most of the text's words in order from the start (a one-line summary further up a pack gives only the
    first few), in a paper of a kind that makes its assessment's items (lexicons/sources.json 'made_by': the report
    itself, not a plan restating it months later), the first of equals."""
    made_by = set(load_json("lexicons/sources.json")["made_by"].get(kind, []))

    def likeness(span) -> tuple[int, bool]:
        doc = docs.get(span.doc)
        return leading_words(doc.text[span.start : span.end] if doc else "", rec.text), bool(doc and made_by & set(doc.kinds))

    return [max(rec.spans, key=likeness)] if rec.spans else []
