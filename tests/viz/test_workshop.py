"""helper-141: what a panel member preparing a workshop found wrong in `findings draw` and `findings report`."""

from __future__ import annotations

import json

from findings.viz.model import Corpus, Item
from findings.viz.overview import YEAR_W, overview

ID = "https://w3id.org/findings/id/town/"
STEPS = ["Open", "ActionPlanned", "InProgress", "ReportedComplete", "AwaitingReview", "Recurred", "Lapsed"]


def _assessment(name: str, date: str) -> Item:
    return Item(ID + name, "Inspection", name, date=date, council=ID + "council")


def _rec(assessment: Item, n: int, history: list[tuple[str, str]]) -> Item:
    return Item(
        f"{assessment.iri}/recommendation/{n}",
        "Recommendation",
        f"Rec {n}",
        text=f"recommendation {n}",
        date=assessment.date,
        assessment=assessment.iri,
        council=assessment.council,
        status=history[-1][1],
        history=history,
        links=[("madeIn", assessment.iri)],
    )


def busy_corpus() -> Corpus:
    """Two inspections a year apart, the later one's items having passed through every status over time."""
    early, late = _assessment("inspection-a", "2012-04-10"), _assessment("inspection-b", "2013-08-25")
    items = [early, late, _rec(early, 1, [("2012-04-10", "Open")])]
    for n, last in enumerate(STEPS, start=1):
        steps = STEPS[: STEPS.index(last) + 1]
        items.append(_rec(late, n, [(f"2013-{8 + i:02d}-25", s) for i, s in enumerate(steps)]))
    return Corpus({i.iri: i for i in items}, {}, {ID + "council": "Town"})


def test_each_status_count_sits_with_the_assessment_it_counts() -> None:
    """A chip of an assessment with many statuses over time was drawn under the previous year's box (Ofsted 2017's
    'Recurred' beside Ofsted 2012's counts): every chip, shown now or by the slider, stays inside its own column."""
    g = overview(busy_corpus())
    chips = [d for _, d in g.nodes(data=True) if d.get("chip_of")]
    assert len(chips) >= len(STEPS)
    for chip in chips:
        box = g.nodes[chip["chip_of"]]
        assert abs(chip["x"] - box["x"]) + 50 < YEAR_W / 2, (chip["chip_status"], chip["x"], box["x"])
        nearest = min((n for n, d in g.nodes(data=True) if d.get("tracked")), key=lambda n: (g.nodes[n]["x"] - chip["x"]) ** 2)
        assert nearest == chip["chip_of"]
    assert sum(c["count"] for c in chips if c["chip_of"] == ID + "inspection-b") == len(
        json.loads(g.nodes[ID + "inspection-b"]["tracked"])
    )
