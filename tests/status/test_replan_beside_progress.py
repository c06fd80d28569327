"""A progress row that opens on one of a recommendation's actions re-planned ('The rebuilt dashboard (action 4.1) has
been put back to December 2013 …') and goes on to say how far the rest of the work got ('Monthly performance clinics
have been introduced in nine of the 14 teams.', or its rating under the paper's key 'Amber – on track') records the
slip (fo:dueBySlipped) and reads as that day's progress says: under way, not planned (issue #9, tester bb286
red-delayed-with-progress: one action's slip lowered a recommendation with six of 20 carers approved to
ActionPlanned). A row that says no more than its action's delay still reads planned. Wording of another council."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from tests.conftest import status_on
from tests.status.test_slips import _report_and_plan

DAY = date(2013, 9, 12)
SLIPPED = "The rebuilt dashboard (action 4.1) has been put back to December 2013 because the supplier went into administration."

PAPER = """<html><head><title>Improvement Plan - Progress Report</title></head><body>
<p>TELFORD AND WREKIN COUNCIL</p>
<h1>Children and Young People Scrutiny Committee</h1>
<p>Date of meeting: 12 September 2013</p>
<h2>Improvement Plan – Progress Report</h2>
<p>1.1 This report updates the Committee on progress against the plan answering the inspection that took place between
4 March and 15 March 2013.</p>
<p>RAG key: Green – complete; Amber – on track; Red – delayed.</p>
<table border=1>
<tr><th>Rec</th><th>Area for improvement</th><th>Progress to date</th><th>RAG</th></tr>
<tr><td>4</td><td>Performance information</td><td>{words}</td><td>{rating}</td></tr>
</table>
</body></html>
"""


def _built(tmp_path, words: str, rating: str, name: str = "council"):
    folder = tmp_path / name
    folder.mkdir()
    _report_and_plan(folder, also="Train managers in the dashboard.")
    (folder / "progress.html").write_text(PAPER.format(words=words, rating=rating), encoding="utf-8")
    return build([folder])


def _that_day(result):
    (status,) = [s for s in result.extraction.statuses if s.item.identifier == "4" and s.as_of == DAY]
    return status


@pytest.mark.parametrize("rating", ["Red", "Amber"])
def test_an_actions_slip_beside_work_done_records_the_slip_and_reads_under_way(tmp_path, rating):
    result = _built(tmp_path, SLIPPED + " Monthly performance clinics have been introduced in nine of the 14 teams.", rating)
    status = _that_day(result)
    assert (status.status, status.progress) == ("InProgress", "Underway")
    assert [(item.identifier, to) for item, to in status.replans] == [("4.1", date(2013, 12, 31))]  # the slip, recorded
    slips = {a.identifier: [day for day, _ in a.slips] for a in result.extraction.actions}
    assert slips == {"4.1": [date(2013, 12, 31)], "4.2": []}
    assert status_on(result, "4", date(2013, 10, 1)) == "InProgress"
    alone = _that_day(_built(tmp_path, SLIPPED, "Red", "alone"))  # no more than the slip, 'Red – delayed': the work
    assert (alone.status, alone.progress) == ("ActionPlanned", "Planned")  # still to come (a bare re-plan, README)
    assert [item.identifier for item, _ in alone.replans] == ["4.1"]


def test_an_amber_row_under_on_track_is_under_way_beside_its_actions_slip(tmp_path):
    """'Amber' under the key 'Amber – on track' says the work is under way, whatever the row's words add."""
    status = _that_day(_built(tmp_path, SLIPPED + " The specification was reviewed with managers.", "Amber"))
    assert (status.status, status.progress) == ("InProgress", "Underway")
    assert [item.identifier for item, _ in status.replans] == ["4.1"]


def test_a_delay_beside_a_figure_of_work_done_reads_under_way_whichever_it_opens_on(tmp_path):
    """The recommendation or one of its actions re-planned, beside a figure of work done (a count against its target, a
    share done on time): under way, the slip recorded, whether the row opens on the recommendation or on the action
    (tester bb286 delayed-not-agreed-reads-inprogress and red-delayed-with-progress, read alike by the README)."""
    rows = [
        "Recommendation 4: delayed to December 2013. The dashboard specification has not been agreed because the "
        "supplier went into administration. Only 52% of managers' reports were produced on time.",
        "The dashboard specification (action 4.1) has not been agreed because the supplier went into administration "
        "and has been put back to December 2013. Only 52% of managers' reports were produced on time.",
        SLIPPED + " Six managers' reports have been redesigned against the target of 20.",
    ]
    for n, words in enumerate(rows):
        status = _that_day(_built(tmp_path, words, "", f"row{n}"))
        assert (status.status, status.progress, bool(status.replans)) == ("InProgress", "Underway", True), words
