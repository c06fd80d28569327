"""A plan labelling its actions 'R1.a', 'R1.b' under recommendation R1 keys them 1.1 and 1.2 and keeps the label it
prints (fo:reference), and later papers naming 'action R2.a' speak of that action: its slip and its completion
(issue #9, helper-225 r1a-action-labels: the label was lost, so neither `findings show …/R4.a` nor the minutes'
'(action R4.a) has been re-planned … to 30 September 2020' reached it). Small documents in another council's wording."""

from __future__ import annotations

from datetime import date

import pytest

PLAN = """Eastmoor Council
Our action plan after the Ofsted inspection of local authority children's services published on 8 May 2023
Ref\tRecommendation\tAction ref\tWhat we will do\tLead\tBy when
R1\tThe quality of supervision for social workers.\tR1.a\tRelaunch the supervision policy.\tHead of Service\t30/09/2023
\t\tR1.b\tAudit supervision records each quarter.\tPrincipal Social Worker\t31/12/2023
R2\tThe timeliness of return home interviews.\tR2.a\tRecruit two return home interview workers.\tHead of Early Help\t31/10/2023
"""

MINUTES = """Eastmoor Council
Corporate Parenting Panel
Minutes of the meeting held on 14 November 2023

5. Ofsted action plan: progress

The Head of Service reported progress on the plan agreed after the Ofsted inspection published on 8 May 2023.
The recruitment of return home interview workers (action R2.a) has been re-planned from 31 October 2023 to 31 March 2024.
Action R1.a is complete: every team has had the relaunched supervision policy since September.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from findings.build import build

    folder = tmp_path_factory.mktemp("lettered")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    return build([folder]).extraction


def test_a_plans_lettered_labels_key_its_actions_and_are_kept(built):
    actions = {a.identifier: a for a in built.actions}
    assert {key: (a.reference, a.responds_to) for key, a in actions.items()} == {
        "1.1": ("R1.a", "1"),
        "1.2": ("R1.b", "1"),
        "2.1": ("R2.a", "2"),
    }
    plan = next(d for d in built.documents if d.path.endswith("plan.txt"))
    assert "R2.a" in [plan.text[s.start : s.end] for s in actions["2.1"].spans]  # quoted as printed


def test_minutes_naming_an_action_by_its_label_slip_it_and_report_it_done(built):
    from findings.status.cues import progress_of

    actions = {a.identifier: a for a in built.actions}
    assert [d for d, _ in actions["2.1"].slips] == [date(2024, 3, 31)]
    done = [u for u in built.updates if u.about_kind == "action" and u.about == "1.1"]
    assert [(u.as_at, progress_of(u.text)) for u in done] == [(date(2023, 11, 14), "Done")]


@pytest.mark.parametrize(("text", "action"), [("(action R4.a) has", "4.1"), ("Action R3.b is complete", "3.2")])
def test_an_action_named_by_its_label(text, action):
    from findings.extract.action_mentions import action_id, named_actions

    assert [action_id(m) for m in named_actions(text)] == [action]
