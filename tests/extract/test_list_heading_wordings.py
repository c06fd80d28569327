"""A report's recommendation list under a heading worded as the bundled reports never word it (helper-154 varied
them): 'Areas for priority action', 'Priority actions', 'Areas for development', 'Key recommendations', or one that
names whom it asks, 'What does the local authority and its partners need to do to improve?', or as a council's own
paper gives Ofsted's list ('Areas requiring improvement', 'Improvements needed', 'What the local authority should do
to improve': added 2026-12-05). The list had been lost whole under each; a heading that names another list ('Areas of
strength') still heads none."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant

ILACS = DATA / "other_councils" / "torbay_ilacs_report_2024.txt"
HEADING = "What needs to improve in this area of social care practice?"
LISTED = ["The quality and timeliness", "The consistency of management", "The sufficiency of suitable"]


@pytest.mark.parametrize(
    "heading",
    [
        "Areas for priority action",
        "Area for priority action:",
        "Priority actions",
        "Priority areas for improvement",
        "Areas for development",
        "Area for improvement",
        "Key recommendations",
        "Recommendations for improvement",
        "What does the local authority need to do to improve?",
        "What does the local authority and its partners need to do to improve?",
        "What the council needs to improve",
        "What the local authority should do to improve",
        "Areas that need to improve",
        "Areas which require improvement",
        "Areas requiring improvement",
        "Areas for further improvement",
        "Improvements needed",
        "Improvements required:",
    ],
)
def test_a_list_under_a_heading_worded_otherwise_is_read(tmp_path, heading):
    text = ILACS.read_text(encoding="utf-8")
    assert HEADING in text
    doc, part = _variant(tmp_path, ILACS.name, text.replace(HEADING, heading))
    recs = part.recommendations
    assert [(r.identifier, r.text[: len(o)]) for r, o in zip(recs, LISTED, strict=False)] == [
        (str(n), o) for n, o in enumerate(LISTED, start=1)
    ]
    assert len(recs) == len(LISTED)
    for item in recs:
        assert " ".join(doc.text[s.start : s.end] for s in item.spans).split() == item.text.split()


@pytest.mark.parametrize("heading", ["Areas of strength", "What the council does well"])
def test_a_heading_over_another_list_heads_no_recommendations(tmp_path, heading):
    _, part = _variant(tmp_path, ILACS.name, ILACS.read_text(encoding="utf-8").replace(HEADING, heading))
    assert part.recommendations == []
