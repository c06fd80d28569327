"""Links across documents and years scored against gold links (tests/gold/links/*.json): precision and recall
of each link type among the assessments a gold file covers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from findings.model import Link


@dataclass
class LinkScore:
    kind: str
    gold: int
    found: int
    correct: int
    borderline: int = 0  # found links the gold marks borderline: counted wrong, shown apart

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def precision_borderline_aside(self) -> float:
        """Precision were the borderline links left out of the count (neither right nor wrong): shown beside the
        strict figure, which the target is judged on."""
        judged = self.found - self.borderline
        return self.correct / judged if judged else (1.0 if not self.gold else 0.0)


def _key(assessment: str, identifier: str) -> tuple[str, str]:
    return assessment, identifier.removeprefix("kloe-")


def _triple(link: dict) -> tuple[str, tuple[str, str], tuple[str, str]]:
    return (
        link["type"],
        _key(link["from"]["assessment"], link["from"]["identifier"]),
        _key(link["to"]["assessment"], link["to"]["identifier"]),
    )


def gold_links(folder: Path, part: str = "links") -> tuple[set[tuple[str, tuple[str, str], tuple[str, str]]], set[str]]:
    """(every gold link as (type, from, to), every assessment the gold files cover); `part="borderline"` gives the
    pairs the gold holds plausible but not clearly one concern."""
    links, covered = set(), set()
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        covered |= set(data["assessments"])
        links |= {_triple(link) for link in data.get(part, [])}
    return links, covered


def score_links(links: list[Link], folder: Path, threshold: float | None = None) -> list[LinkScore]:
    """Per link type: gold, found and correct among the covered assessments (`threshold` overrides `asserted`)."""
    gold, covered = gold_links(folder)
    borderline, _ = gold_links(folder, "borderline")
    found = {
        (link.kind, _key(link.source.assessment, link.source.identifier), _key(link.target.assessment, link.target.identifier))
        for link in links
        if (link.asserted if threshold is None else link.score >= threshold)
        and link.source.assessment in covered
        and link.target.assessment in covered
    }
    out = []
    for kind in sorted({g[0] for g in gold} | {f[0] for f in found}):
        g = {x for x in gold if x[0] == kind}
        f = {x for x in found if x[0] == kind}
        out.append(LinkScore(kind, len(g), len(f), len(g & f), len(f & borderline)))
    return out
