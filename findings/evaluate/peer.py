"""Agreement with a peer tool's scrape of the same reports (peer-grades.csv): dates, inspector and grades.

The peer is a reference, not the truth: where it and we disagree, the gold annotation says who is right.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from findings.extract.context import slug
from findings.model import BOARD_KEY

# peer column → (record type, our attribute or judgement area key)
FIELDS = {
    "publication_date": ("inspection", "issued"),
    "inspection_start_date": ("inspection", "started"),
    "inspection_end_date": ("inspection", "ended"),
    "inspector_name": ("inspection", "lead_inspector"),
    "overall_effectiveness_grade": ("judgement", "overall_effectiveness"),
    "impact_of_leaders_grade": ("judgement", "impact_of_leaders"),
    "help_and_protection_grade": ("judgement", "help_and_protection"),
    "in_care_grade": ("judgement", "in_care"),
    "care_leavers_grade": ("judgement", "care_leavers"),
}
_GRADES = {
    "outstanding": "Outstanding",
    "good": "Good",
    "requires improvement": "RequiresImprovement",
    "inadequate": "Inadequate",
    "adequate": "Adequate",
}


@dataclass
class FieldAgreement:
    compared: int = 0  # reports where the peer gave a value
    agree: int = 0
    peer_blank: int = 0  # reports the peer left blank or marked unreadable, where gold has a value
    ours_right: int = 0  # of the disagreements, how often gold sides with us
    peer_right: int = 0
    disagreements: list[str] = field(default_factory=list)


def peer_rows(csv_path: Path) -> list[dict[str, str]]:
    with csv_path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _peer_value(column: str, raw: str) -> str | None:
    raw = raw.strip()
    if not raw or raw in {"data_unreadable", "inspection_pre_dates_judgement", "not_reported_post_reform"}:
        return None
    if column.endswith("_date"):
        for fmt in ("%d/%m/%Y", "%d/%m/%y"):
            try:
                return datetime.strptime(raw, fmt).date().isoformat()
            except ValueError:
                continue
        return raw
    if column.endswith("_grade"):
        return _GRADES.get(raw.lower(), raw)
    return " ".join(raw.split())


def value_of(records: list[dict], column: str) -> str | None:
    """Our (or gold's) value for a peer column, from one document's records."""
    kind, name = FIELDS[column]
    if kind == "inspection":
        found = [r.get(name) for r in records if r["type"] == "inspection"]
        return str(found[0]) if found and found[0] is not None else None
    grades = [
        r.get("grade")
        for r in records
        if r["type"] == "judgement" and r.get("area_key") == name and not str(r.get("assessment", "")).endswith(BOARD_KEY)
    ]
    return grades[0] if grades else None


def row_for(rows: list[dict[str, str]], document: str) -> dict[str, str] | None:
    """The peer row of a document: same file name, in the folder named after the authority."""
    parts = Path(document).parts
    for row in rows:
        if len(parts) >= 2 and parts[-1] == row["pdf_filename"] and parts[-2] == slug(row["local_authority"]):
            return row
    return None


def compare(rows: list[dict[str, str]], documents: list[tuple[str, list[dict], list[dict]]]) -> dict[str, FieldAgreement]:
    """documents: (path, our records, gold records) per report; one FieldAgreement per peer column."""
    out = {column: FieldAgreement() for column in FIELDS}
    for path, ours, gold in documents:
        row = row_for(rows, path)
        if row is None:
            continue
        for column, tally in out.items():
            peer = _peer_value(column, row.get(column, ""))
            mine, truth = value_of(ours, column), value_of(gold, column)
            if peer is None:
                tally.peer_blank += truth is not None
                continue
            tally.compared += 1
            if _same(column, peer, mine):
                tally.agree += 1
                continue
            tally.ours_right += _same(column, truth, mine) and truth is not None
            tally.peer_right += _same(column, truth, peer) and truth is not None
            who = "we are right" if _same(column, truth, mine) else "peer is right" if _same(column, truth, peer) else "neither"
            tally.disagreements.append(f"{path}: {column}: peer {peer!r}, ours {mine!r}, gold {truth!r} — {who}")
    return out


def _same(column: str, a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    if column == "inspector_name":
        return a.replace(" ", "").casefold() == b.replace(" ", "").casefold()
    return a == b
