"""Minutes of an item titled by its subject, not by the plan ('5. Life story work for children in care'), that name an
action by the plan's number ('… (action 2.1 complete)'), are progress on that action of the council's one plan whose
action of that number the words tell (issue #9, black-box tester bb235: the words were lost, so the recommendation
stayed ActionPlanned and the action overdue). Small documents in another council's wording."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from findings.build import build
from findings.cli import cli
from tests.conftest import status_on

REPORT = """Brackenshire County Council
Inspection of services for children in need of help and protection, children looked after and care leavers
Inspection date: 6 March 2017 – 30 March 2017
Report published: 12 May 2017

Children's services in the area require improvement to be good

Recommendations
1. Ensure that managers' supervision of social workers is regular and recorded.
2. Ensure that every child in care has life story work that helps them understand their history.

The experiences and progress of children looked after and achieving permanence: Requires improvement
Inspection findings
3. Too few children in care have life story work.

© Crown copyright 2017
"""

PLAN = (
    "Brackenshire County Council – Ofsted Action Plan\nVersion 1.0 – 30th June 2017\n\nRec No.\tOfsted "
    "recommendation\tAction No.\tAction\tResponsible officer\tDue date\n1\tEnsure that managers' "
    "supervision of social workers is regular and recorded.\t1.1\tAudit supervision records in every "
    "team each quarter.\tPrincipal Social Worker\t31/12/2017\n2\tEnsure that every child in care has life "
    "story work that helps them understand their history.\t2.1\tTrain foster carers and social workers "
    "to complete life story books with children.\tHead of Children in Care\t31/03/2018\n"
)

MINUTES = """Brackenshire County Council

Minutes of the meeting of the Corporate Parenting Board, held at Shire Hall, on Tuesday 9 October 2018

Present: Councillor P Marsh (Chair), Councillor L Oduya

5. {title}

The Board heard from the Head of Children in Care. {said}

Resolved: That the update be noted.
"""

SAID = (
    "Life story training has been delivered to 120 foster carers and social workers, and every child in care now has a "
    "life story book (action 2.1 complete)."
)


def _build(tmp_path, title: str = "Life story work for children in care", said: str = SAID):
    (tmp_path / "brackenshire-sif-2017.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(MINUTES.format(title=title, said=said), encoding="utf-8")
    return tmp_path


def _on(result, identifier: str) -> list:
    return [u for u in result.extraction.updates if u.about_kind == "action" and u.about == identifier]


def test_an_action_named_under_a_subject_title_is_that_plans_actions_progress(tmp_path):
    folder = _build(tmp_path)
    result = build([folder])
    (update,) = _on(result, "2.1")
    assert (update.assessment, update.as_at) == ("brackenshire/ofsted-2017", date(2018, 10, 9))
    assert update.score is not None and update.method  # the plan is the tool's reading: a qualified link
    text = (folder / "minutes.txt").read_text(encoding="utf-8")
    assert [text[s.start : s.end] for s in update.spans] == [SAID]
    assert status_on(result, "2", date(2018, 10, 31)) == "ReportedComplete"
    out, runner = tmp_path / "out", CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(folder), "--out", str(out), "--no-pictures"]).exit_code == 0
    args = ["query", "overdue-actions", "--param", "asOf=2019-01-01", "--graph", str(out), "--format", "csv"]
    assert sorted(line.split(",")[1] for line in runner.invoke(cli, args).stdout.splitlines()[1:]) == ["1.1"]


@pytest.mark.parametrize(
    "said",
    [
        # the number, but words of another plan's action: not the inspection plan's 2.1
        "The new fostering website went live in September 2018 (action 2.1 of the fostering service plan complete).",
        # the words, but no action of that number in the plan
        SAID.replace("action 2.1", "action 2.4"),
    ],
)
def test_a_number_without_the_actions_words_or_words_without_its_number_are_no_progress(tmp_path, said):
    result = build([_build(tmp_path, said=said)])
    assert [u for u in result.extraction.updates if u.as_at == date(2018, 10, 9)] == []
    assert status_on(result, "2", date(2018, 10, 31)) == "ActionPlanned"


def test_an_item_on_a_send_plan_gives_no_candidate(tmp_path):
    result = build([_build(tmp_path, title="SEND written statement of action – life story work")])
    assert _on(result, "2.1") == []


@pytest.mark.parametrize(
    ("title", "said"),
    [
        # another plan's action, its words the inspection plan's (reviewer helper-242)
        ("Corporate Parenting Strategy 2018 to 2021 – life story work", SAID),
        ("Life story work for children in care", SAID.replace("(action 2.1 complete)", "(Strategy action 2.1 complete)")),
        (
            "Life story work for children in care",
            SAID.replace("(action 2.1 complete)", "(action 2.1 of the fostering development plan complete)"),
        ),
        # the meeting's own action, asked of an officer
        (
            "Matters arising",
            "Action 2.1: the Head of Children in Care to circulate the life story training dates for foster carers and "
            "social workers.",
        ),
    ],
)
def test_another_plans_or_the_meetings_own_action_is_not_the_inspection_plans(tmp_path, title, said):
    result = build([_build(tmp_path, title=title, said=said)])
    assert _on(result, "2.1") == []
    assert status_on(result, "2", date(2018, 10, 31)) == "ActionPlanned"
