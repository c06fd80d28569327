"""A plan's action tracker put to a scrutiny committee ('Post-inspection action plan: action tracker') is progress on
the plan's actions, not the committee's own action log: its rows update the plan's actions, and its 'New target date'
column is the date an action slipped to."""

from __future__ import annotations

import shutil
from datetime import date

from findings.build import build
from tests.conftest import DATA

FILES = DATA / "plan_trackers"


def test_a_plans_tracker_before_a_committee_updates_the_plans_actions_and_their_slipped_dates(tmp_path):
    for name in ("anyshire_plan.html", "anyshire_panel_tracker.html"):
        shutil.copy(FILES / name, tmp_path / name)
    x = build([tmp_path]).extraction
    assert [r.identifier for r in x.recommendations if r.kind == "Resolution"] == []
    tracker = next(d for d in x.documents if d.path.endswith("tracker.html"))
    updated = sorted((u.about, u.text) for u in x.updates if all(s.doc == tracker.sha256 for s in u.spans))
    assert updated == [
        ("1.1", "The escalation route was agreed with the trust in April 2025. Complete"),
        ("1.2", "The first report is being drafted. On track"),
    ]
    slips = {a.identifier: [d for d, _ in a.slips] for a in x.actions}
    assert slips == {"1.1": [], "1.2": [date(2025, 7, 31)]}
