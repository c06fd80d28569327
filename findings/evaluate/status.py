"""Status over time scored against gold read by hand (tests/gold/status/*.json): for each recommendation and each
dated piece of evidence a person read, does the graph give the same status as of that date, and does it leave
alone the later reports the person found silent on it?"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from findings.extract.lexicons import load_json
from findings.model import Assessment, StatusAssessment
from findings.status.cues import LEXICON


@dataclass
class StatusScore:
    """How many gold (item, date) statuses the graph gives, and where it does not."""

    compared: int = 0
    agree: int = 0
    missing_items: int = 0  # gold items the graph has no status for at all
    silent: int = 0  # (item, later report) pairs the gold reader found silent
    invented: int = 0  # … on which the graph rests a status on that report all the same
    confusion: Counter = field(default_factory=Counter)  # (gold, ours) → count
    disagreements: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.agree / self.compared if self.compared else 1.0


@dataclass(frozen=True)
class GoldStatus:
    assessment: str
    identifier: str
    as_of: date
    status: str
    low: bool  # the reader marked it 'low' confidence: a careful reader could disagree
    document: str = ""  # the file the evidence is in, by name


def gold_statuses(folder: Path) -> tuple[list[GoldStatus], list[tuple[str, str, str]], set[tuple[str, str]]]:
    """(every gold status, every (assessment, identifier, later report) the reader found silent, every gold item)."""
    statuses, silent, items = [], [], set()
    for path in sorted(folder.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
            key = (item["assessment"], str(item["identifier"]))
            items.add(key)
            for entry in item.get("statuses", []):
                day, low = date.fromisoformat(entry["as_of"]), entry.get("confidence") == "low"
                statuses.append(GoldStatus(*key, day, entry["status"], low, Path(entry.get("document", "")).name))
            silent += [(*key, later) for later in item.get("not_mentioned", [])]
    return statuses, silent, items


def status_as_of(statuses: list[StatusAssessment], day: date) -> str | None:
    """The item's status on `day`: its latest assessment by then, ties broken by the lexicon's precedence (as the
    status rules order them)."""
    order = load_json(LEXICON)["precedence"]
    known = [s for s in statuses if s.as_of <= day and not s.held_back]  # the council's word held back: never the status
    if not known:
        return None
    return max(known, key=lambda s: (s.as_of, order.index(s.status))).status


def _standing(assessments: dict[str, Assessment], documents: dict[str, str]) -> dict[str, date]:
    """File name → the latest date an inspection or peer review it reports stands from in the graph (publication,
    when known): a reader who dated a report by its last day of fieldwork is compared as of the day the graph
    dates the same evidence."""
    out: dict[str, date] = {}
    for a in assessments.values():
        when = a.stands_from()
        if a.kind in ("Inspection", "PeerReview") and when is not None:
            for sha in a.documents:
                if sha in documents:
                    out[documents[sha]] = max(out.get(documents[sha], when), when)
    return out


def score_statuses(
    statuses: list[StatusAssessment],
    assessments: dict[str, Assessment],
    folder: Path,
    documents: dict[str, str] | None = None,
) -> StatusScore:
    """Each gold status against the graph's status of the same item as of the gold date (or the day the graph dates
    the same report, if later; `documents`: sha256 → file name of each inspection report); each silent later
    report against the evidence the graph's statuses rest on."""
    gold, silent, items = gold_statuses(folder)
    standing = _standing(assessments, documents or {})
    by_item: dict[tuple[str, str], list[StatusAssessment]] = {}
    for s in statuses:
        if s.item.kind == "recommendation":
            by_item.setdefault((s.item.assessment, s.item.identifier), []).append(s)
    score = StatusScore()
    score.missing_items = len([key for key in items if key not in by_item])
    for g in gold:
        day = max(g.as_of, standing.get(g.document, g.as_of))
        ours = status_as_of(by_item.get((g.assessment, g.identifier), []), day)
        score.compared += 1
        score.confusion[(g.status, ours or "none")] += 1
        if ours == g.status:
            score.agree += 1
        else:
            low = " (gold marked low confidence)" if g.low else ""
            score.disagreements.append(f"{g.assessment} {g.identifier} as of {g.as_of}: gold {g.status}, graph {ours}{low}")
    for assessment, identifier, later in silent:
        score.silent += 1
        docs = assessments[later].documents if later in assessments else set()
        resting = [s for s in by_item.get((assessment, identifier), []) if any(span.doc in docs for span in s.evidence)]
        if resting:
            score.invented += 1
            score.disagreements.append(
                f"{assessment} {identifier}: the gold reader found {later} silent on it; the graph rests "
                f"{', '.join(sorted({s.status for s in resting}))} on it"
            )
    return score
