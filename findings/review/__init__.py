"""The review queue: candidate links below the threshold wait for a person, whose decisions are kept in a curation
file beside the corpus (`curation.json`), survive every rebuild and enter the graph attributed to that person.

A candidate's id is a short hash of what it links (kind, source, target), so it stays the same across rebuilds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from findings.model import Extraction, ItemRef, Link

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
    link: dict


def link_id(link: Link) -> str:
    """Stable across rebuilds: what the link joins, not its score."""
    key = "|".join((link.kind, *_ref(link.source), *_ref(link.target)))
    return hashlib.sha256(key.encode()).hexdigest()[:10]


def _ref(ref: ItemRef) -> tuple[str, str, str]:
    return ref.kind, ref.assessment, ref.identifier


def read_decisions(path: Path) -> dict[str, Decision]:
    """The decisions of a curation file by candidate id (none when the file does not exist)."""
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        decisions = [Decision(**d) for d in data["decisions"]]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise CurationError(f"{path}: not a curation file ({err})") from None
    for d in decisions:
        if d.decision not in ("accept", "reject"):
            raise CurationError(f"{path}: decision {d.id} is {d.decision!r}, not 'accept' or 'reject'")
    return {d.id: d for d in decisions}


def write_decisions(path: Path, decisions: dict[str, Decision]) -> None:
    """Sorted by id, so the file diffs cleanly under version control."""
    data = {
        "description": "Decisions on candidate links, made with `findings review`; the build applies them.",
        "decisions": [d.__dict__ for _, d in sorted(decisions.items())],
    }
    from findings.write import atomic_write

    atomic_write(path, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))


def apply_decisions(out: Extraction, decisions: dict[str, Decision]) -> None:
    """An accepted candidate becomes a link attributed to its reviewer; a rejected one leaves the queue (and the
    graph, had the threshold asserted it)."""
    if not decisions:
        return
    kept = []
    for link in out.links:
        decision = decisions.get(link_id(link))
        if decision is None:
            kept.append(link)
        elif decision.decision == "accept":
            link.asserted, link.decided_by, link.decided_on = True, decision.by, dt.date.fromisoformat(decision.at)
            kept.append(link)
    out.links = kept


def decide(path: Path, queue: list[dict], ids: list[str], decision: str, by: str, today: dt.date) -> list[str]:
    """Record `decision` on the candidates `ids` of `queue`; returns ids not found in the queue."""
    decisions = read_decisions(path)
    by_id = {c["id"]: c for c in queue}
    unknown = [i for i in ids if i not in by_id]
    for i in ids:
        if i in by_id:
            c = by_id[i]
            decisions[i] = Decision(
                i, decision, by, today.isoformat(), {"type": c["type"], "from": c["from"]["item"], "to": c["to"]["item"]}
            )
    write_decisions(path, decisions)
    return unknown
