"""A tracker row's status cell beside its progress cell is one update of the action, not two: a panel reading an
action's lineage saw 'On track' as a second piece of progress beside the words it rates (tester helper-276)."""

from __future__ import annotations

import pytest

from findings.build import build

ROWS = (
    (
        "1.1",
        "Relaunch the plan template and train every conference chair.",
        "Template relaunched in May; all chairs trained.",
        "Complete",
    ),
    ("1.2", "Audit child protection plans each quarter.", "First audit due to report in October.", "On track"),
    ("2.1", "Agree a housing protocol for homeless 16 and 17 year olds.", "Work has not yet started.", "Not yet started"),
)
KEY = "Status key: Complete – all actions delivered; On track – progressing to timescale; Not yet started\n"


def _tracker(status_first: bool) -> str:
    head = ["Ref", "Action", "Lead", "Due", "Progress update", "Status"]
    if status_first:
        head[4], head[5] = head[5], head[4]
    lines = [
        "Northmere Borough Council – Ofsted Improvement Plan Tracker",
        "Response to the Ofsted inspection of local authority children's services, 4 to 15 March 2024",
        "Position as at 30 June 2024",
        KEY.strip(),
        "\t".join(head),
    ]
    for ref, action, words, status in ROWS:
        cells = [ref, action, "Head of Service", "31 December 2024", status, words] if status_first else [
            ref, action, "Head of Service", "31 December 2024", words, status]  # fmt: skip
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("status_first", [False, True], ids=["words-then-status", "status-then-words"])
def test_a_rows_status_and_words_are_one_update_quoting_both_cells(tmp_path, status_first):
    (tmp_path / "tracker.txt").write_text(_tracker(status_first), encoding="utf-8")
    result = build([tmp_path])
    text = result.extraction.documents[0].text
    updates = {u.about: u for u in result.extraction.updates if u.about_kind == "action"}
    assert sorted(updates) == ["1.1", "1.2", "2.1"]
    assert len([u for u in result.extraction.updates if u.about_kind == "action"]) == 3
    for ref, _, words, status in ROWS:
        update = updates[ref]
        cells = [status, words] if status_first else [words, status]
        assert update.text == " ".join(cells)
        assert [text[s.start : s.end] for s in update.spans[:2]] == cells  # each cell quoted where it stands
    latest = {s.item.identifier: s.status for s in result.extraction.statuses if s.current}
    assert latest == {"1": "InProgress", "2": "ActionPlanned"}  # one action done and one on track; one not started
