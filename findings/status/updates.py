"""What a council says of its own items, as statuses: each day's progress updates (done, under way, planned; an
outcome met or not; a re-plan), a logged action's log, and an item it closes without doing it."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from findings.extract.lexicons import load_json, regex
from findings.model import Extraction, ItemRef, ProgressUpdate, Recommendation, StatusAssessment
from findings.status.cues import (
    closure_of,
    is_cued,
    later_verdict,
    opening_verdict,
    own_progress,
    progress_of,
    says_how_far,
    says_nothing,
    says_part_done,
    set_up_and_running,
)
from findings.status.outcomes import judged, measures_outcome

ORDINALS = "lexicons/ordinals.json"

SUMMARY = {"NotStarted": "ActionPlanned", "Planned": "ActionPlanned", "Underway": "InProgress", "Done": "ReportedComplete"}


def raised(ref: ItemRef, when: date, spans: list, basis: str, acceptance: str, confidence: dict[str, float]) -> StatusAssessment:
    """The first status of an item: open, nothing started, as of the day it was raised."""
    return StatusAssessment(ref, when, "Open", confidence["raised"], spans, basis, acceptance=acceptance, progress="NotStarted")


def logged(
    out: Extraction,
    confidence: dict[str, float],
    updates: dict[tuple[str, str], list[ProgressUpdate]],
    order: list[str],
    replans: dict[tuple[str, str], dict[date, list[tuple[ItemRef, date]]]],
) -> list[StatusAssessment]:
    """An action a body logged is open from the meeting that set it; what each meeting's log says of it (its status
    and update, findings.extract.action_log) is progress reported on it, and 'Closed' there reports it complete; so
    does the paper it asked for (fo:fulfils), on the day it came."""
    from findings.status.fulfilled import fulfilled, fulfilling

    links, docs = fulfilling(out), {d.sha256: d for d in out.documents}
    statuses = []
    for res in out.recommendations:
        meeting = out.assessments.get(res.assessment)
        if res.kind != "Resolution" or not res.log_reference or meeting is None or meeting.stands_from() is None:
            continue
        ref = ItemRef("resolution", res.assessment, res.identifier)
        mine = [raised(ref, meeting.stands_from(), res.spans[:1], "logged as an action", "Accepted", confidence)]
        mine += from_updates(
            ref,
            res,
            updates.get((res.assessment, res.identifier), []),
            0,
            confidence,
            {},
            replans.get((res.assessment, res.identifier), {}),
        )
        if (done := fulfilled(out, docs, ref, links.get((res.assessment, res.identifier), []), confidence)) is not None:
            mine.append(done)  # the paper it asked for came: closed that day, as a minuted request is (requests.py)
        mine.sort(key=lambda s: (s.as_of, order.index(s.status), s.basis))
        mine[-1].current = True
        statuses += mine
    return statuses


def from_updates(
    ref: ItemRef,
    rec: Recommendation,
    updates: list[ProgressUpdate],
    n_actions: int,
    confidence: dict[str, float],
    aims: dict[str, dict[str, float]],
    replans: dict[date, list[tuple[ItemRef, date]]] | None = None,
    asked: dict[str, str] | None = None,
) -> list[StatusAssessment]:
    """One status per date the council reported progress (its outcome met or not where a figure meets an action's
    target), and one per later inspection's word on it (however many of its sentences say the same). A status of a
    day the council re-planned one of its actions ('delayed to', 'now due by', a revised date: `replans`, by the day
    said) records the slip, never a new due date: it rests on the re-plan too and says so. `asked`: each action's words, by its
    identifier (`word_of`)."""
    by_date: dict[tuple[date, str], list[ProgressUpdate]] = defaultdict(list)  # by day and who reported it
    later: dict[tuple[date, bool], list[ProgressUpdate]] = defaultdict(list)
    out: list[StatusAssessment] = []
    for update in updates:
        if update.as_at is None:
            continue
        if update.by is not None:  # a later inspection's finding about this recommendation: independent
            if (verdict := later_verdict(update.text, update.polarity)) is not None:  # one that says neither stays evidence only
                later[(update.as_at, verdict)].append(update)
        elif not says_nothing(update.means or words_of(update)):  # 'No update', 'N/A': the status stands as last said
            by_date[(update.as_at, update.reporter or "")].append(update)
    for (when, improved), said in sorted(later.items()):
        said.sort(key=lambda u: (-(u.score or 0.0), u.spans[0].doc, u.spans[0].start))
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
        latest |= {u.about: u for u in group if u.about_kind == "action" and u.credited}  # an action told in its words,
        latest |= {u.about: u for u in group if u.about_kind == "action" and not u.credited}  # unless named that day
        if any(not u.credited for u in group):  # a clause of the day's word on the recommendation, told as an action's:
            group = [u for u in group if not u.credited]  # that word is read whole; the clause stands for later days
        if any(not u.joint for u in group):  # a word on this one outweighs one on several at once, the same day
            group = [u for u in group if not u.joint]
        closing = [
            (u, reason) for u in group if u.about_kind == "recommendation" and (reason := closure_of(words_of(u), whole=True))
        ]
        if closing:  # the council closes the item itself without doing it (status.json, closed_as)
            out.append(_closed(ref, when, reporter, closing, confidence))
            continue
        whole = any(u.about_kind == "recommendation" and not _action_led(words_of(u)) for u in group)  # its word on the
        # recommendation itself, not one that opens on one of its actions ('Action 6.1 – Complete. …': that action's)
        said = group if whole else list(latest.values())  # else what it last said of each action, that day or before
        if whole:  # its verdict on the whole ('Recommendation 3: Not yet started. Action 3.1 has been delayed …') over
            said = _under_verdict(said)  # the words on its actions that the same paragraph goes on to give
        if whole and any(_cued(u) for u in said):  # a paragraph that only describes practice says nothing against
            said = [u for u in said if _cued(u)]  # the same day's word on how far
        elif whole and not (replans or {}).get(when) and not any(_says_how_far(u) or u.measures for u in group):
            continue  # no word at all on how far the work has got ('Members discussed the service with the Head of …'),
            # no status cell ('Closed'), figure or re-plan: kept with its quote, the status stands as last said (README)
        rests = [] if whole else [rest for u in group if (rest := _beyond_actions(u))]  # a word that opens on an action
        # and goes on to say how far the rest got ('… (action 3.1) has been delayed … Six households approved'): a word
        # on the recommendation too, which the re-plan of the action records but never lowers
        if any(is_cued(rest) for rest in rests):  # said by a cue ('All actions are complete'): the day's words on its
            said = [u for u in said if u not in group or _cued(u)]  # actions that say so by none ('the audit (action
            # 1.1) found that 91% …', a figure) say nothing against it, as in a word on the whole
        progress = [word_of(u, asked=(asked or {}).get(u.about)) for u in said] + [progress_of(rest) for rest in rests]
        if all(p == "Done" for p in progress) and (whole or len(latest) >= max(1, n_actions)):
            summary = "Done"
        elif any(p in ("Done", "Underway") for p in progress):
            summary = "Underway"
        else:  # planned; not started where every word says so ('work on this has not yet started')
            summary = "NotStarted" if all(p == "NotStarted" for p in progress) else "Planned"
        aimed = {(u.about_kind, u.about): aims.get(u.about, {}) if u.about_kind == "action" else whole_aims for u in group}
        verdicts = [v for u in group if (v := judged(words_of(u), aimed[(u.about_kind, u.about)]))]
        assurance, basis = "SelfReported", f"progress reported by {reporter or 'the council'}"  # an adviser is no inspection
        moved = sorted(set((replans or {}).get(when, [])))  # the work late: what was re-planned that day, and to when
        if moved:
            basis += "; re-planned: " + ", ".join(f"{_named(item)} to {to.isoformat()}" for item, to in moved)
        if verdicts:
            missed = [why for verdict, why in verdicts if verdict == "OutcomeNotMet"]
            assurance = "OutcomeNotMet" if missed else "OutcomeMet"
            basis += f"; outcome not met: {missed[0]}" if missed else f"; outcome met: {verdicts[0][1]}"
        status = "InProgress" if summary == "Done" and assurance == "OutcomeNotMet" else SUMMARY[summary]
        earlier = [u for u in said if u not in group]  # an action's last word before this day, still standing
        unfinished = [u for u in group + earlier if summary != "Done" and word_of(u, False, (asked or {}).get(u.about)) != "Done"]
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


def _under_verdict(said: list[ProgressUpdate]) -> list[ProgressUpdate]:
    """A day's words without those on an action told inside a word on the recommendation that opens with its verdict
    on the whole (cues.opening_verdict): the paragraph's detail is about a part, its verdict says how far the whole got."""
    heads = [u for u in said if u.about_kind == "recommendation" and not u.means and opening_verdict(words_of(u)) is not None]

    def inside(update: ProgressUpdate) -> bool:
        return any(
            s.doc == h.doc and h.start <= s.start and s.end <= h.end for s in update.spans for head in heads for h in head.spans
        )

    return [u for u in said if u.about_kind == "recommendation" or not inside(u)]


def _says_how_far(update: ProgressUpdate) -> bool:
    """Does an update say how far the work got (cues.says_how_far), in its row's rating or its own words?"""
    return says_how_far(update.means or words_of(update))


def _cued(update: ProgressUpdate) -> bool:
    """Does an update say how far the work has got by a cue, or by the status word its row is rated with under the
    paper's key ('Red' under 'Red – at risk': under way)? A row so rated is a word on progress, and a bare re-plan the
    same day ('action 3.1 has been re-planned to July', planned) does not outweigh it."""
    return is_cued(update.means or words_of(update)) or (update.means is not None and says_how_far(update.means))


def _beyond_actions(update: ProgressUpdate) -> str | None:
    """What a word on a recommendation that opens on one of its actions says beyond its sentences on its actions, where
    that says how far the work got: its row's rating under the paper's key ('on track'), else its other sentences with
    a cue or a count of the part done ('Six … approved against the target of 20'); None where it says no more."""
    if update.about_kind != "recommendation" or update.credited:
        return None
    if update.means is not None:
        return update.means if says_how_far(update.means) else None
    rest = _unnamed(words_of(update))
    return rest if rest and rest != words_of(update) and (says_how_far(rest) or says_part_done(rest)) else None


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


def words_of(update: ProgressUpdate) -> str:
    """What a council's update says, as the status rules read it: its text without the item's own words it quotes
    (`unquoted`, status.json ask_quoted: 'Recommendation 5: Ensure that … is completed …' asks, it does not report)."""
    return update.text if update.unquoted is None else update.unquoted  # '' where it only restates the item


def word_of(update: ProgressUpdate, whole: bool = True, asked: str | None = None) -> str:
    """The progress (fo:Progress local name) a council's update says: a clause told as an action's in its words
    (findings.link.in_words) by its own cue (cues.own_progress), any other by its words (of a word on a whole
    recommendation, what it says of the whole: `_own_word`, unless not `whole`). A word on an action that asked for a
    service or a body that meets (`asked`: the action's words), saying that it now runs, says it done
    (cues.set_up_and_running: 'the service (action 1.1) started in October')."""
    if asked and update.about_kind == "action" and set_up_and_running(asked, update.means or words_of(update)):
        return "Done"
    if update.credited:  # under way at most where its row, on its only action, is rated not done (`means`: 'On track')
        rule = load_json("lexicons/linking.json")["action_in_words"]
        deed = _deed(update.text, asked, rule["clause_break"])
        own = own_progress(deed, tuple(rule["cues"]), tuple(rule["not_a_cue_after"])) or "Underway"
        return "Underway" if own == "Done" and update.means else own
    return progress_of(_own_word(update) if whole else update.means or words_of(update))


def _deed(text: str, asked: str | None, breaks: str) -> str:
    """A clause told as an action's in its words, without its clauses that only measure the outcome against a target
    the action's words do not set ('… campaign was launched in June. Eleven new fostering households have been
    approved against the target of 20' for 'Launch a foster carer recruitment campaign': the deed done, the outcome
    short; outcomes.measures_outcome); the whole text where every clause is such a figure (the measure is the deed)."""
    clauses = [c for c in re.split(breaks, text) if c.strip()]
    kept = [c for c in clauses if not measures_outcome(c, asked)]
    return " ".join(kept) if kept and len(kept) < len(clauses) else text


def _own_word(update: ProgressUpdate) -> str:
    """What a word on a recommendation says of the whole: its sentences on one of its actions left out when the rest
    says how far the work got ('Pathway plan reviews are on track. Work on the housing protocol (action 5.2) has not
    yet started.': under way; action 5.2's own update says it has not started), else its whole text."""
    text = update.means or words_of(update)
    if update.about_kind != "recommendation" or update.means:
        return text
    kept = _unnamed(text)
    return kept if kept.strip() and kept != text and is_cued(kept) else text


def _unnamed(text: str) -> str:
    """The sentences of a word that name none of the plan's actions by number (ordinals.json action_named)."""
    named = regex(ORDINALS, "action_named/pattern")
    return " ".join(said for said in re.split(r"(?<=[.;!?])\s+", text) if not named.search(said))


def _action_led(text: str) -> bool:
    """Does the word open, in its first sentence (after the recommendation's heading), on one of the recommendation's
    actions by the plan's number ('Recommendation 6: workforce Action 6.1 – Complete.'; ordinals.json action_named)?"""
    first = re.split(r"(?<=[.;!?])\s", text, maxsplit=1)[0]
    return regex(ORDINALS, "action_named/pattern").search(first) is not None
