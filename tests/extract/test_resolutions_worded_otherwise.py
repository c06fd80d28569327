"""Minutes that record what a meeting decided in other words than 'RESOLVED' or 'The Board AGREED': 'It was
RESOLVED:', 'It was agreed that', 'DECISION:', and the body's word in lower case ('The Board agreed:', 'The Committee
resolved that'). Each had left the meeting without a single resolution (so no request for a report, and nothing to
follow up); now each point is a resolution, quoted from its own words."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

MINUTES = DATA / "other_councils" / "leeds_style_minutes_march.txt"
TEXTS = [
    "that the minutes of the meeting held on 15th February 2023 be approved as a correct record.",
    "to note the progress made against the Ofsted improvement plan;",
    "that the Chief Officer, Social Work Service, provide Members with a briefing note on agency staffing at the front door;",
]


@pytest.mark.parametrize(
    "listed,single",
    [
        ("It was RESOLVED:", "It was RESOLVED that"),
        ("It was agreed:", "It was agreed that"),
        ("DECISION:", "DECISION: that"),
        ("The Board agreed:", "The Board agreed that"),
        ("The Board resolved:", "The Board resolved that"),
    ],
)
def test_a_meetings_decisions_in_other_words_are_its_resolutions(tmp_path, listed, single):
    text = MINUTES.read_text(encoding="utf-8").replace("The Board AGREED:", listed).replace("The Board AGREED that", single)
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    resolutions = [r for r in extract_document(doc).recommendations if r.kind == "Resolution"]
    assert len(resolutions) == 5
    assert [" ".join(r.text.split()) for r in resolutions[:3]] == TEXTS
    for r in resolutions:  # offsets: each quote is the minutes' own characters
        assert " ".join(doc.text[s.start : s.end] for s in r.spans).split() == r.text.split()
