"""A meeting asks for a later paper in more words than 'requested a report' or 'be brought to': 'provide Members with
a briefing note', 'that an update … be received at the March meeting', 'that Members receive a six-monthly update',
'requests a report', 'be updated on', 'attend the next meeting to update Members', 'be added to the work programme'.
Each is a request, open until a later paper or meeting answers it; a resolution that receives or notes the paper
before the meeting ('that the report be received', 'to receive the report') asks for nothing."""

from __future__ import annotations

import pytest

from findings.build import build
from findings.extract.lexicons import load_json
from findings.link.fulfils import is_request
from findings.model import Recommendation
from tests.conftest import DATA

RULES = load_json("lexicons/linking.json")["fulfils"]
MINUTES = DATA / "other_councils" / "leeds_style_minutes_march.txt"


@pytest.mark.parametrize(
    "text,asks",
    [
        ("that the Director provide a briefing note on agency staffing;", True),
        ("that an update on the improvement plan be received at the March meeting.", True),
        ("that Members receive a six-monthly update on the plan.", True),
        ("that the Committee requests a report on sufficiency.", True),
        ("that the Board be updated on the recruitment campaign in January.", True),
        ("that the Corporate Director attend the next meeting to update Members on progress.", True),
        ("that a further update be provided in six months' time.", True),
        ("that quarterly reports on progress be submitted to the Panel.", True),
        ("that the item be added to the work programme for the next municipal year.", True),
        ("that the report be received.", False),
        ("to receive the report and note its contents.", False),
        ("that the update be noted.", False),
        ("that support be provided to foster carers.", False),
    ],
)
def test_what_asks_for_a_later_paper(text, asks):
    item = Recommendation(assessment="x", identifier="1", text=text, spans=[], kind="Resolution")
    assert is_request(RULES, item) is asks


def test_a_request_for_a_briefing_note_is_open_from_the_meeting(tmp_path):
    """'(b) that the Chief Officer … provide Members with a briefing note on agency staffing' had not been a request:
    no status, never in `findings open`."""
    (tmp_path / "minutes.txt").write_text(MINUTES.read_text(encoding="utf-8"), encoding="utf-8")
    result = build([tmp_path]).extraction
    (note,) = [r for r in result.recommendations if r.kind == "Resolution" and "briefing note" in r.text]
    statuses = [s for s in result.statuses if s.item.identifier == note.identifier and s.item.assessment == note.assessment]
    assert [(s.status, s.basis) for s in statuses] == [("Open", "requested")]
