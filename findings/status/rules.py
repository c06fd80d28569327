"""The status rules: each piece of dated evidence about a recommendation becomes one StatusAssessment."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from datetime import date
from typing import NamedTuple

from findings.extract.lexicons import load_json
from findings.link.same import leading_words
from findings.model import (
    Assessment,
    Extraction,
    Finding,
    ItemRef,
    Link,
    Mention,
    ProgressUpdate,
    Recommendation,
    StatusAssessment,
)
from findings.status.cues import LEXICON, closure_of, confirms_improvement, is_cued, progress_of
from findings.status.outcomes import judged, targets

_SUMMARY = {"NotStarted": "ActionPlanned", "Planned": "ActionPlanned", "Underway": "InProgress", "Done": "ReportedComplete"}


def assess_status(out: Extraction) -> None:
    """Fill out.statuses for every recommendation of an inspection, peer review or national review."""
    cues = load_json(LEXICON)
    confidence = cues["confidence"]
    docs = {d.sha256: d for d in out.documents}
    actions = defaultdict(list)
    for action in out.actions:
        actions[(action.assessment, action.responds_to)].append(action)
    answers = {(a.assessment, a.identifier): a.responds_to for a in out.actions}
    updates = defaultdict(list)
    for update in out.updates:  # what each council update says of its own item (a later inspection's: its status call)
        update.indicates = _SUMMARY[progress_of(update.means or update.text)] if update.score is None else None
        if update.indicates and update.about_kind == "recommendation" and closure_of(update.text):
            update.indicates = "Lapsed"  # closed without being done: superseded, no longer applicable
    for update in out.updates:  # about a recommendation, or about one of its actions
        rec = update.about if update.about_kind == "recommendation" else answers.get((update.assessment, update.about))
        if rec is not None:
            updates[(update.assessment, rec)].append(update)
    recurred = defaultdict(list)
    for link in out.links:  # raised again: by a later inspection, or by a peer review's own recommendation
        if link.asserted and (link.kind == "recurs" or (link.kind == "followsUp" and link.source.kind == "recommendation")):
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
        mine = [_raised(ref, assessment.stands_from(), _own_span(rec, docs, assessment.kind), "raised", "NoResponse", confidence)]
        planned = actions.get((rec.assessment, rec.identifier), [])
        dated_plans = sorted({docs[s.doc].date for a in planned for s in a.spans if docs[s.doc].date})  # every paper stating them
        if planned:
            issued = sorted(a.planned_on for a in planned if a.planned_on)  # the plan's own first issue, when it says
            when = max(issued[0], mine[0].as_of) if issued else dated_plans[0] if dated_plans else mine[0].as_of
            reported = [u.as_at for u in updates.get((rec.assessment, rec.identifier), []) if u.as_at and u.score is None]
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
        mine += _from_updates(
            ref,
            rec,
            updates.get((rec.assessment, rec.identifier), []),
            len(planned),
            confidence,
            aims,
            replans.get((rec.assessment, rec.identifier), {}),
        )
        said = {link.source.assessment for link in recurred.get((rec.assessment, rec.identifier), [])}
        said |= {u.by for u in updates.get((rec.assessment, rec.identifier), []) if u.score is not None}
        for mention in mentions.get((rec.assessment, rec.identifier), []):
            if mention.assessment not in said:  # a recurrence, or its word on the last inspection, says more
                mine += _from_findings(ref, out.assessments[mention.assessment], mention, cues)
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
        mine += _lapsed(ref, rec, assessment, cues["lapsed"], mine, order)
        mine.sort(key=lambda s: (s.as_of, order.index(s.status), s.basis))
        mine[-1].current = True
        statuses += mine
    out.statuses = statuses + _requests(out, confidence) + _logged(out, confidence, updates, cues["precedence"], replans)
    out.notes += _due_before_raised(out, docs)


def _due_before_raised(out: Extraction, docs: dict) -> list[str]:
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


def _from_findings(ref: ItemRef, later: Assessment, mention: Mention, cues: dict) -> list[StatusAssessment]:
    """What a later inspection's strengths and weaknesses on the recommendation's concerns say: improved (mostly
    strengths), persisting (mostly weaknesses), or nothing settled (too few, or mixed)."""
    rules = cues["later_findings"]
    found = mention.findings
    least = rules["minimum_findings"]  # by the later assessment's kind; the strictest for another kind
    if len(found) < least.get(later.kind, max(least.values())) or later.stands_from() is None:
        return []
    strengths = math.fsum(share for share, f in found if f.polarity == "Strength")
    total = math.fsum(share for share, _ in found)
    strong = sum(1 for _, f in found if f.polarity == "Strength")
    counted = f"{_count(strong, 'strength')}, {_count(len(found) - strong, 'weakness')}"
    if strengths / total >= rules["verified_share"]:
        status, polarity, assurance, closure, basis = "IndependentlyVerified", "Strength", "Verified", "Implemented", "confirm it"
    elif (total - strengths) / total > rules["unresolved_share"]:  # an even split settles nothing
        status, polarity, assurance, closure, basis = "Recurred", "Weakness", "OutcomeNotMet", None, "find it persists"
    else:
        return []
    quoted = [f for _, f in found if f.polarity == polarity][: rules["quoted"]]
    against = next((f for _, f in found if f.polarity != polarity), None)  # the best match that says otherwise
    weight = strengths if polarity == "Strength" else total - strengths
    mixed = ""  # mixed findings: how the weights came out, and the best match on the other side
    if against is not None:
        side = "strengths" if polarity == "Strength" else "weaknesses"
        mixed = f"; {side} {round(100 * weight / total)}% of the weight, each weighed by how much of them it names"
    said = f"{later.label}'s findings on its concerns ({counted}{mixed}) {basis}"
    if sum(1 for _, f in found if f.polarity == polarity) > len(quoted):  # '6 strengths' beside five quotes
        said += f" (the {len(quoted)} that match it best are the evidence)"
    if against is not None:
        said += f"; the closest that says otherwise ({_where(against)}): “{' '.join(against.text.split())}”"
    return [
        StatusAssessment(
            ref,
            later.stands_from(),
            status,
            cues["confidence"]["later_findings"],
            [f.spans[0] for f in quoted],
            said,
            assurance=assurance,
            closure=closure,
            derived_from=[ItemRef("finding", f.assessment, f.identifier) for f in quoted],
        )
    ]


def _lapsed(
    ref: ItemRef, rec: Recommendation, assessment: Assessment, rule: dict, before: list[StatusAssessment], order: list[str]
) -> list[StatusAssessment]:
    """A recommendation to a body since abolished (a safeguarding board's review; one addressed to a primary care
    trust) lapses on the day it ended, unless it was done by then (its status the day before is a 'settled' one);
    later evidence outranks it, as any status."""
    ended, why = _ended(rec, assessment, rule)
    if ended is None or assessment.stands_from() >= ended:
        return []
    earlier = sorted((s for s in before if s.as_of < ended), key=lambda s: (s.as_of, order.index(s.status)))
    if earlier and earlier[-1].status in rule["settled"]:
        return []
    return [
        StatusAssessment(
            ref,
            ended,
            "Lapsed",
            rule["confidence"],
            rec.spans[:1],
            why,
            closure="NoLongerApplicable",
        )
    ]


def _ended(rec: Recommendation, assessment: Assessment, rule: dict) -> tuple[date | None, str]:
    """(the day the body a recommendation is to ended, why), by its assessment's kind, its whole addressee, or the
    body whose own work it asks the council to ensure ('Ensure that the LSCB evaluates …': a body's 'asked_of', matched
    at the text's start) (status.json lapsed.bodies); (None, '') for a body that still stands."""
    if assessment.kind in rule["kinds"]:
        return date.fromisoformat(rule["on"]), rule["why"]
    for body in rule.get("bodies", []):
        addressed = rec.addressed_to and re.fullmatch(body["addressed_to"], " ".join(rec.addressed_to.split()))
        if addressed or ("asked_of" in body and re.match(body["asked_of"], " ".join(rec.text.split()))):
            return date.fromisoformat(body["on"]), body["why"]
    return None, ""


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}es" if noun.endswith("ss") else f"{n} {noun}s"


def _raised(ref: ItemRef, when: date, spans: list, basis: str, acceptance: str, confidence: dict[str, float]) -> StatusAssessment:
    """The first status of an item: open, nothing started, as of the day it was raised."""
    return StatusAssessment(ref, when, "Open", confidence["raised"], spans, basis, acceptance=acceptance, progress="NotStarted")


def _paper_date(out: Extraction, paper) -> date:
    """When a paper came to the panel: its own date, else the latest date of what it holds (its progress updates,
    the assessments it reports)."""
    if paper.date:
        return paper.date
    held = [u.as_at for u in out.updates if u.as_at and any(s.doc == paper.sha256 for s in u.spans)]
    held += [
        a.stands_from()
        for a in out.assessments.values()
        if paper.sha256 in a.documents and a.kind != "Meeting" and a.stands_from()
    ]
    return max(held, default=date.min)


def _requests(out: Extraction, confidence: dict[str, float]) -> list[StatusAssessment]:
    """A meeting's request for a paper is open from the meeting until a later paper fulfils it (fo:fulfils): the
    first to come, where papers of several kinds answer it ('a progress report on the recommendations of the Ofsted
    inspection report' names its context as a kind too, so waiting for every kind named would wait for ever)."""
    from findings.link.fulfils import LEXICON as LINKING
    from findings.link.fulfils import is_request

    rules = load_json(LINKING)["fulfils"]
    fulfilled: dict[tuple[str, str], list] = {}
    for link in out.links:
        if link.kind == "fulfils":
            fulfilled.setdefault((link.target.assessment, link.target.identifier), []).append(link)
    docs = {d.sha256: d for d in out.documents}
    statuses = []
    for res in out.recommendations:
        meeting = out.assessments.get(res.assessment)
        if res.kind != "Resolution" or meeting is None or meeting.stands_from() is None or not is_request(rules, res):
            continue
        if res.log_reference:  # an action log says where it stands (_logged)
            continue
        ref = ItemRef("resolution", res.assessment, res.identifier)
        mine = [_raised(ref, meeting.stands_from(), res.spans[:1], "requested", "Accepted", confidence)]
        answers = [_Answer(*_answered(out, docs, link), link) for link in fulfilled.get((res.assessment, res.identifier), [])]
        if answers:
            first = min(answers, key=lambda a: (a.when or date.max, a.by))
            mine.append(
                StatusAssessment(
                    ref,
                    first.when,
                    "ReportedComplete",
                    confidence["reported"],
                    first.link.spans[:1],
                    first.by,
                    acceptance="Accepted",
                    progress="Done",
                    assurance="SelfReported",
                    closure="Implemented",
                    via_link=True,
                )
            )
        mine[-1].current = True
        statuses += mine
    return statuses


class _Answer(NamedTuple):
    """A paper or a later meeting that fulfilled a request: when, in words, and the link."""

    when: date | None
    by: str
    link: Link


def _answered(out: Extraction, docs: dict, link: Link) -> tuple[date | None, str]:
    """(when, what) of a paper or a later meeting that fulfilled a request."""
    if link.source.kind == "resolution":  # a later meeting resolved on the matter asked about
        later = out.assessments[link.source.assessment]
        return later.stands_from(), f"fulfilled at {later.label}"
    paper = docs[link.source.identifier]
    return _paper_date(out, paper), f"fulfilled by {paper.path}"


def _logged(
    out: Extraction,
    confidence: dict[str, float],
    updates: dict[tuple[str, str], list[ProgressUpdate]],
    order: list[str],
    replans: dict[tuple[str, str], dict[date, list[tuple[ItemRef, date]]]],
) -> list[StatusAssessment]:
    """An action a body logged is open from the meeting that set it; what each meeting's log says of it (its status
    and update, findings.extract.action_log) is progress reported on it, and 'Closed' there reports it complete."""
    statuses = []
    for res in out.recommendations:
        meeting = out.assessments.get(res.assessment)
        if res.kind != "Resolution" or not res.log_reference or meeting is None or meeting.stands_from() is None:
            continue
        ref = ItemRef("resolution", res.assessment, res.identifier)
        mine = [_raised(ref, meeting.stands_from(), res.spans[:1], "logged as an action", "Accepted", confidence)]
        mine += _from_updates(
            ref,
            res,
            updates.get((res.assessment, res.identifier), []),
            0,
            confidence,
            {},
            replans.get((res.assessment, res.identifier), {}),
        )
        mine.sort(key=lambda s: (s.as_of, order.index(s.status), s.basis))
        mine[-1].current = True
        statuses += mine
    return statuses


def _from_updates(
    ref: ItemRef,
    rec: Recommendation,
    updates: list[ProgressUpdate],
    n_actions: int,
    confidence: dict[str, float],
    aims: dict[str, dict[str, float]],
    replans: dict[date, list[tuple[ItemRef, date]]] | None = None,
) -> list[StatusAssessment]:
    """One status per date the council reported progress (its outcome met or not where a figure meets an action's
    target), and one per later inspection's word on it (however many of its sentences say the same). A status of a
    day the council re-planned one of its actions ('delayed to', 'now due by', a revised date: `replans`, by the day
    said) records the slip, never a new due date: it rests on the re-plan too and says so."""
    by_date: dict[tuple[date, str], list[ProgressUpdate]] = defaultdict(list)  # by day and who reported it
    later: dict[tuple[date, bool], list[ProgressUpdate]] = defaultdict(list)
    out: list[StatusAssessment] = []
    for update in updates:
        if update.as_at is None:
            continue
        if update.score is not None:  # a later inspection's finding about this recommendation: independent
            later[(update.as_at, confirms_improvement(update.text))].append(update)
        else:
            by_date[(update.as_at, update.reporter or "")].append(update)
    for (when, improved), said in sorted(later.items()):
        said.sort(key=lambda u: (-u.score, u.spans[0].doc, u.spans[0].start))
        basis = "later inspection confirms improvement" if improved else "later inspection finds it not yet resolved"
        out.append(
            StatusAssessment(
                ref,
                when,
                "IndependentlyVerified" if improved else "Recurred",
                round(confidence["later_inspection"] * said[0].score ** 0.5, 3),
                [span for u in said for span in u.spans],
                basis + (f", in {len(said)} of its sentences" if len(said) > 1 else ""),
                assurance="Verified" if improved else "OutcomeNotMet",
                closure="Implemented" if improved else None,
            )
        )
    shares: dict[str, set[float]] = defaultdict(set)  # a word on the recommendation itself meets its actions' targets,
    for aimed in aims.values():  # where they agree: two actions aiming at different shares 'within timescales' (of
        for phrase, share in aimed.items():  # visits, of discussions) leave a figure for either unjudged
            shares[phrase].add(share)
    whole_aims = {phrase: next(iter(found)) for phrase, found in shares.items() if len(found) == 1}
    latest: dict[str, ProgressUpdate] = {}  # each action's latest update so far: its word stands until a later one
    for (when, reporter), group in sorted(by_date.items()):
        latest |= {u.about: u for u in group if u.about_kind == "action"}
        if any(not u.joint for u in group):  # a word on this one outweighs one on several at once, the same day
            group = [u for u in group if not u.joint]
        closing = [(u, reason) for u in group if u.about_kind == "recommendation" and (reason := closure_of(u.text))]
        if closing:  # the council closes the item itself without doing it (status.json, closed_as)
            out.append(_closed(ref, when, reporter, closing, confidence))
            continue
        whole = any(u.about_kind == "recommendation" for u in group)  # the council's word on the recommendation itself
        said = group if whole else list(latest.values())  # else what it last said of each action, that day or before
        if whole and any(is_cued(u.means or u.text) for u in said):  # a paragraph that only describes practice says
            said = [u for u in said if is_cued(u.means or u.text)]  # nothing against the same day's word on how far
        progress = [progress_of(u.means or u.text) for u in said]
        if all(p == "Done" for p in progress) and (whole or len(latest) >= max(1, n_actions)):
            summary = "Done"
        elif any(p in ("Done", "Underway") for p in progress):
            summary = "Underway"
        else:  # planned; not started where every word says so ('work on this has not yet started')
            summary = "NotStarted" if all(p == "NotStarted" for p in progress) else "Planned"
        verdicts = [v for u in group if (v := judged(u.text, aims.get(u.about, {}) if u.about_kind == "action" else whole_aims))]
        assurance, basis = "SelfReported", f"progress reported by {reporter or 'the council'}"  # an adviser is no inspection
        moved = sorted(set((replans or {}).get(when, [])))  # the work late: what was re-planned that day, and to when
        if moved:
            basis += "; re-planned: " + ", ".join(f"{_named(item)} to {to.isoformat()}" for item, to in moved)
        if verdicts:
            missed = [why for verdict, why in verdicts if verdict == "OutcomeNotMet"]
            assurance = "OutcomeNotMet" if missed else "OutcomeMet"
            basis += f"; outcome not met: {missed[0]}" if missed else f"; outcome met: {verdicts[0][1]}"
        status = "InProgress" if summary == "Done" and assurance == "OutcomeNotMet" else _SUMMARY[summary]
        earlier = [u for u in said if u not in group]  # an action's last word before this day, still standing
        unfinished = [u for u in group + earlier if summary != "Done" and progress_of(u.means or u.text) != "Done"]
        out.append(
            StatusAssessment(
                ref,
                when,
                status,
                confidence["reported"],
                [u.spans[0] for u in unfinished or group],  # what keeps it from done (said that day or before), if any
                basis,
                acceptance="Accepted",
                progress=summary,
                assurance=assurance,
                replans=moved,
            )
        )
    return out


def _named(item: ItemRef) -> str:
    """An item re-planned, as a person names it: 'action 4.1', 'logged action log-A3'."""
    return f"{'action' if item.kind == 'action' else 'logged action'} {item.identifier}"


def _closed(
    ref: ItemRef, when: date, reporter: str, closing: list[tuple[ProgressUpdate, str]], confidence: dict[str, float]
) -> StatusAssessment:
    """The council's word that it closed an item without doing it: Lapsed, with the reason it gave."""
    reason = closing[0][1]
    said = "superseded by a later plan or recommendation" if reason == "Superseded" else "no longer applicable"
    return StatusAssessment(
        ref,
        when,
        "Lapsed",
        confidence["reported"],
        [u.spans[0] for u, _ in closing],
        f"closed by {reporter or 'the council'} as {said}",
        acceptance="Accepted",
        assurance="SelfReported",
        closure=reason,
    )


def _where(finding: Finding) -> str:
    """Where a reader finds a finding: 'page 9, paragraph 23' ('p23-3' read as page 23 in a 14-page report)."""
    page = next((span.page for span in finding.spans if span.page), None)
    where = [f"page {page}"] if page else []
    if finding.paragraph:
        where.append(f"paragraph {finding.paragraph}")
    return ", ".join(where) or finding.identifier


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
