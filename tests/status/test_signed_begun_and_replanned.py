"""How far the work got, as councils tell it (issue #9, tester helper-258): a protocol or charter 'signed' or
'ratified' is done, as one 'agreed' is; work that 'began' or 'commenced', beside more of it planned, is under way, not
planned (a plan of more work does not outrank work reported begun in the same update); and a minute that only moves
an action's date ('has been re-planned from 31 March 2022 to 30 June 2022') records the slip but does not lower the
progress the same day's table reports by the rating its row is given under the paper's key ('Red – at risk': under
way). Wording of other councils."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.lexicons import load_json
from findings.model import ItemRef, ProgressUpdate, Recommendation, Span
from findings.status.cues import progress_of
from findings.status.updates import from_updates


@pytest.mark.parametrize(
    ("text", "progress"),
    [
        ("The fostering charter was signed by all partner agencies in May 2021.", "Done"),
        ("The joint protocol with the youth offending service has been signed by both directors.", "Done"),
        ("The revised threshold document was ratified by the safeguarding partnership in March.", "Done"),
        ("The joint protocol will be signed in June.", "Planned"),
        ("The joint protocol has not yet been signed by health partners.", "Underway"),
        (
            "Monthly audits of plans began in April 2021. The May audit found 61% of plans good, up from 45% in "
            "February. Further audits will take place in July and September.",
            "Underway",
        ),
        ("Return home interview audits commenced in March. Further audits are planned for June.", "Underway"),
        ("Further audits will take place in July and September.", "Planned"),
    ],
)
def test_signed_is_done_and_work_begun_beside_more_planned_is_under_way(text, progress):
    assert progress_of(text) == progress


def test_a_bare_re_plan_does_not_lower_the_same_days_rating_of_work_under_way():
    span = Span("d", 0, 1)
    day = date(2022, 1, 20)
    rec = Recommendation("wyre/ofsted-2021", "2", "The capacity of the edge of care service.", [span])
    row = ProgressUpdate(
        "wyre/ofsted-2021",
        "2",
        day,
        "Recruitment to the edge of care team has been slower than planned. Four new workers have joined the team.",
        [span],
        about_kind="recommendation",
        means="at risk",  # its row rated 'Red' under the paper's key 'Red – at risk'
    )
    minute = ProgressUpdate(
        "wyre/ofsted-2021",
        "2.1",
        day,
        "Members noted that action 2.1 (the edge of care recruitment) has been re-planned from 31 March 2022 to 30 June 2022.",
        [span],
        about_kind="action",
    )
    moved = {day: [(ItemRef("action", "wyre/ofsted-2021", "2.1"), date(2022, 6, 30))]}
    confidence = load_json("lexicons/status.json")["confidence"]
    ref = ItemRef("recommendation", "wyre/ofsted-2021", "2")
    (status,) = from_updates(ref, rec, [row, minute], 1, confidence, {}, moved)
    assert (status.as_of, status.status, status.progress) == (day, "InProgress", "Underway")
    assert status.replans == [(ItemRef("action", "wyre/ofsted-2021", "2.1"), date(2022, 6, 30))]  # the slip recorded
    (alone,) = from_updates(ref, rec, [minute], 1, confidence, {}, moved)
    assert alone.status == "ActionPlanned"  # the re-plan alone: the work still to come
