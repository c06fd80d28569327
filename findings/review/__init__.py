"""The review queue: candidate links below the threshold and status calls below the review confidence wait for a
person, whose decisions are kept in a curation file beside the corpus (`curation.json`), survive every rebuild and
enter the graph attributed to that person.

A candidate's id is a short hash of what it proposes, never of its score, so it stays the same across rebuilds: a
link's kind, source and target; a status call's item, status, date and the evidence it rests on.

A status call waiting for review stays in the graph (it is evidence, with its low confidence); accepted, it is kept
and attributed to the reviewer; rejected, it leaves the graph and the item's current status is decided without it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from findings.extract.lexicons import load_json
from findings.model import Extraction, ItemRef, Link, StatusAssessment

CURATION = "curation.json"
QUEUE = "review.json"


class CurationError(ValueError):
    """A curation file that cannot be read as decisions."""


@dataclass(frozen=True)
class Decision:
    id: str
    decision: str  # 'accept' or 'reject'
    by: str
    at: str  # ISO date
    candidate: dict  # what was decided, for a person reading the file: type, from, to (and a status call's status)


def link_id(link: Link) -> str:
    """Stable across rebuilds: what the link joins, not its score."""
    key = "|".join((link.kind, *_ref(link.source), *_ref(link.target)))
    return hashlib.sha256(key.encode()).hexdigest()[:10]


def status_id(status: StatusAssessment) -> str:
    """Stable across rebuilds: the item, the status and the evidence it rests on (in document order, so not how sure
    each piece is), not its confidence nor its date — the date a report stands from may come from its file's name, and
    a report saved under another name is the same evidence (helper-146: renaming one left every decision on it stale)."""
    return _status_key(status, dated=False)


def status_ids(status: StatusAssessment) -> tuple[str, str]:
    """The call's id, and the one a curation file written before ids left out the date knows it by."""
    return _status_key(status, dated=False), _status_key(status, dated=True)


def _status_key(status: StatusAssessment, dated: bool) -> str:
    evidence = [f"{span.doc}:{span.start}:{span.end}" for span in sorted(status.evidence, key=lambda s: (s.doc, s.start, s.end))]
    when = [status.as_of.isoformat()] if dated else []
    key = "|".join(("status", *_ref(status.item), status.status, *when, *evidence))
    return hashlib.sha256(key.encode()).hexdigest()[:10]


def review_below() -> float:
    """The confidence below which a status call waits for a person (extract/lexicons/status.json, "review")."""
    return float(load_json("lexicons/status.json")["review"]["below"])


def needs_review(status: StatusAssessment, below: float) -> bool:
    """A status call a person should look at: uncertain, not resting on a link (reviewed as a link), not yet decided."""
    return status.confidence < below and not status.via_link and status.decided_by is None


def _ref(ref: ItemRef) -> tuple[str, str, str]:
    return ref.kind, ref.assessment, ref.identifier


def read_decisions(path: Path) -> dict[str, Decision]:
    """The decisions of a curation file by candidate id (none when the file does not exist)."""
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        decisions = [Decision(**_renamed(d)) for d in data["decisions"]]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise CurationError(f"{path}: not a curation file ({err})") from None
    for d in decisions:
        if d.decision not in ("accept", "reject", "correct"):
            raise CurationError(f"{path}: decision {d.id} is {d.decision!r}, not 'accept', 'reject' or 'correct'")
        if d.decision == "correct" and d.candidate.get("corrected_to") not in CORRECTIONS:
            known = ", ".join(CORRECTIONS)
            raise CurationError(f"{path}: decision {d.id} corrects to {d.candidate.get('corrected_to')!r}, not one of {known}")
        try:
            dt.date.fromisoformat(str(d.at))
        except ValueError:  # a date written by hand as a person writes one: said where, not a bare 'Invalid isoformat'
            raise CurationError(f"{path}: decision {d.id} is dated {d.at!r}, not a date written YYYY-MM-DD") from None
    return {d.id: d for d in decisions}


# what a reviewer may read a status call as instead: its assurance and closure (ONTOLOGY.md's axes)
CORRECTIONS = {"IndependentlyVerified": ("Verified", "Implemented"), "Recurred": ("OutcomeNotMet", None)}


def _renamed(entry: dict) -> dict:
    """A decision as written before status calls were reviewed kept what it decided under "link"; one written by hand
    may hold no object there."""
    if isinstance(entry, dict) and "link" in entry and "candidate" not in entry:
        entry = {**entry, "candidate": entry["link"]}
        del entry["link"]
    if isinstance(entry, dict) and not isinstance(entry.get("candidate", {}), dict):  # written by hand: null, a note
        entry = {**entry, "candidate": {}}
    return entry


def write_decisions(path: Path, decisions: dict[str, Decision]) -> None:
    """Sorted by id, so the file diffs cleanly under version control."""
    data = {
        "description": "Decisions on candidate links and status calls, made with `findings review`; the build applies them.",
        "decisions": [d.__dict__ for _, d in sorted(decisions.items())],
    }
    from findings.write import atomic_write

    atomic_write(path, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))


def apply_decisions(out: Extraction, decisions: dict[str, Decision]) -> set[str]:
    """An accepted candidate becomes a link attributed to its reviewer; a rejected one leaves the queue (and the
    graph, had the threshold asserted it). Returns the ids of the decisions that met a link."""
    used: set[str] = set()
    if not decisions:
        return used
    kept = []
    for link in out.links:
        decision = decisions.get(link_id(link))
        if decision is not None:
            used.add(decision.id)
        if decision is None:
            kept.append(link)
        elif decision.decision == "accept":
            link.asserted, link.decided_by, link.decided_on = True, decision.by, dt.date.fromisoformat(decision.at)
            kept.append(link)
    out.links = kept
    return used


def apply_status_decisions(out: Extraction, decisions: dict[str, Decision]) -> set[str]:
    """An accepted status call is kept and attributed to its reviewer; a rejected one leaves the statuses, and the
    item's current status is the latest of those left (statuses of an item are in order, the last one current).
    Returns the ids of the decisions that met a status call."""
    used: set[str] = set()
    if not decisions:
        return used
    kept: list[StatusAssessment] = []
    for status in out.statuses:
        found = [decisions[i] for i in status_ids(status) if i in decisions] if not status.via_link else []
        decision = found[0] if found else None  # by its id, or the dated one an older curation file gave it
        if decision is not None:
            used.add(decision.id)
        if decision is None:
            kept.append(status)
        elif decision.decision == "accept":
            status.decided_by, status.decided_on = decision.by, dt.date.fromisoformat(decision.at)
            kept.append(status)
        elif decision.decision == "correct":  # the person read the same evidence otherwise: their call, attributed
            read_as = decision.candidate["corrected_to"]
            status.basis = f"{decision.by} read the evidence as {read_as} (the tool read {status.status}: {status.basis})"
            status.status = read_as
            status.assurance, status.closure = CORRECTIONS[read_as]
            status.decided_by, status.decided_on = decision.by, dt.date.fromisoformat(decision.at)
            kept.append(status)
    held = _hold_back(kept)
    if len(kept) == len(out.statuses) and not held and not any(d.decision == "correct" for d in decisions.values()):
        return used
    last: dict[ItemRef, StatusAssessment] = {}
    for status in kept:
        if not status.held_back:
            last[status.item] = status
    for status in kept:
        status.current = status is last[status.item]
    out.statuses = kept
    return used


def _hold_back(statuses: list[StatusAssessment]) -> bool:
    """After an independent verification a person accepted, the council's own later word on the item is held back
    (extract/lexicons/status.json, accepted_verification): recorded, never the summary. Statuses of an item are in
    order. Whether any was."""
    rule = load_json("lexicons/status.json")["accepted_verification"]
    council_word = set(rule["held_back"])
    accepted: dict[ItemRef, StatusAssessment] = {}
    held = False
    for status in statuses:
        verified = accepted.get(status.item)
        if status.status == "IndependentlyVerified" and status.decided_by:
            accepted[status.item] = status
        elif verified is not None and status.status in council_word and not status.decided_by:
            status.held_back, held = True, True
            by, on = verified.decided_by, verified.as_of
            status.basis += f" (recorded; the independent verification of {on} that {by} accepted stands)"
        elif verified is not None:
            del accepted[status.item]  # independent evidence since, or a person's own call: it decides from here
    return held


def decide(
    path: Path,
    queue: list[dict],
    ids: list[str],
    decision: str,
    by: str,
    today: dt.date,
    replaced: list[Decision] | None = None,
    corrected_to: str | None = None,
) -> list[str]:
    """Record `decision` on the candidates `ids` of `queue`, or on ones already decided (a build applied the decision
    and the candidate left the queue: a second person overturns it from the curation file's record of it); returns
    ids found in neither. An earlier decision otherwise on the same candidate is appended to `replaced`, so the person
    is told whose call they overturned."""
    decisions = read_decisions(path)
    by_id = {c["id"]: c for c in queue}
    unknown = [i for i in ids if i not in by_id and i not in decisions]
    for i in ids:
        if i in by_id or i in decisions:
            if i in by_id:
                c = by_id[i]
                what = {"type": c["type"], "from": c["from"]["item"], "to": c["to"]["item"]}
                if c["type"] == "status":
                    what.update(status=c["status"], as_of=c["as_of"])
            else:
                what = {k: v for k, v in decisions[i].candidate.items() if k != "corrected_to"}
            if corrected_to is not None:
                what["corrected_to"] = corrected_to
            earlier = decisions.get(i)
            if replaced is not None and earlier is not None and (earlier.decision, earlier.by) != (decision, by):
                replaced.append(earlier)
            decisions[i] = Decision(i, decision, by, today.isoformat(), what)
    write_decisions(path, decisions)
    return unknown
