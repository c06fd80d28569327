"""What each SIF paragraph marked '(Recommendation)' underpins, scored against a person's reading
(tests/gold/underpins/*.json): is every mark found, and is its recommendation the one the reader put first?"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from findings.model import Extraction


@dataclass
class UnderpinsScore:
    marks: int = 0  # marks the reader found
    found: int = 0  # … whose paragraph has a finding that underpins a recommendation
    first: int = 0  # … the recommendation the reader put first
    listed: int = 0  # … one of those the reader listed
    unmatched: list[str] = field(default_factory=list)  # gold recommendations no extracted one begins as
    wrong: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.first / self.marks if self.marks else 1.0


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def score_underpins(built: Extraction, folder: Path) -> UnderpinsScore:
    """Each gold file's report, found in `built` by the hash of the bytes the reader read."""
    score = UnderpinsScore()
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        docs = {d.sha256 for d in built.documents if d.sha256 == gold["sha256"]}
        recs = [r for r in built.recommendations if r.kind == "Recommendation" and any(s.doc in docs for s in r.spans)]
        name: dict[tuple[str, str], str] = {}  # (assessment, identifier) → the gold's number or id
        for g in gold["recommendations"]:
            start = _words(g["first_words"])
            matches = [r for r in recs if _words(r.text).startswith(start)]
            if len(matches) == 1:
                name[(matches[0].assessment, matches[0].identifier)] = g.get("number") or g["id"]
            else:
                score.unmatched.append(f"{path.stem}: {g.get('number') or g['id']} “{g['first_words']}”")
        by_paragraph: dict[str | None, set[str]] = {}
        for f in built.findings:
            if f.underpins and any(s.doc in docs for s in f.spans):
                by_paragraph.setdefault(f.paragraph, set()).update(name.get((a, i), f"?{i}") for a, i, _ in f.underpins)
        for mark in gold["marked"]:
            score.marks += 1
            ours = by_paragraph.get(mark["paragraph"], set())
            score.found += bool(ours)
            best = mark["recommendations"]
            score.first += best[0] in ours
            score.listed += bool(ours & set(best))
            if best[0] not in ours:
                said, read = ", ".join(sorted(ours)) or "nothing", ", ".join(best)
                score.wrong.append(f"{path.stem} ¶{mark['paragraph']}: ours {said}, reader {read} ({mark['confidence']})")
    return score
