"""A progress paper's row on a recommendation that tells one of its two actions done in that action's words, then says
other work of it 'has slipped to Q3 2024/25' in words of neither, re-plans the action it leaves to do (tester
helper-271 slip-not-replanned-trafford: 'the tender has slipped' moved nothing). Where the row tells no action done,
or leaves two to do, nothing moves. Small documents in another council's wording."""

from __future__ import annotations

from datetime import date

import pytest

PLAN = """Southford Council
Action plan in response to the Ofsted inspection of children's services published on 8 March 2024
Ref\tRecommendation\tAction ref\tWhat we will do\tLead\tBy when
1\tSupport for missing children.\t1.1\tAudit the current advocacy arrangements with partners\tHead of Service\t30/04/2024
\t\t1.2\tRe-commission the advocacy service\tCommissioning Manager\t30/06/2024
2\tThe sufficiency of placements.\t2.1\tOpen a second children's home\tHead of Placements\t30/06/2024
\t\t2.2\tRecruit ten foster carers for teenagers\tFostering Manager\t30/06/2024
3\tThe quality of plans.\t3.1\tPublish a planning standard\tPrincipal Social Worker\t30/04/2024
\t\t3.2\tTrain managers in planning\tPrincipal Social Worker\t30/06/2024
\t\t3.3\tAudit plans each quarter\tHead of Quality\t30/06/2024
"""

PAPER = """Southford Council
Corporate Parenting Panel
9 September 2024

Update on the Ofsted improvement plan

This report sets out progress against the recommendations of the Ofsted inspection published on 8 March 2024.

R1 (missing children): The audit of the advocacy arrangements with partners was completed in April 2024. The new \
specification has been drafted, but the tender has slipped to Q3 2024/25.

R2 (placements): Progress has slipped to Q3 2024/25 because of building works.

R3 (plans): The planning standard was published in April 2024. The rest of the work has slipped to Q3 2024/25.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from findings.build import build

    folder = tmp_path_factory.mktemp("replan-left-open")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "paper.txt").write_text(PAPER, encoding="utf-8")
    return build([folder]).extraction


def test_the_one_action_left_to_do_is_re_planned(built):
    slips = {a.identifier: [d for d, _ in a.slips] for a in built.actions}
    assert slips["1.2"] == [date(2024, 12, 31)]  # the end of Q3 2024/25
    assert slips["1.1"] == []  # told done


def test_nothing_moves_where_no_action_is_told_done_or_two_are_left(built):
    slips = {a.identifier: a.slips for a in built.actions}
    assert slips["2.1"] == slips["2.2"] == []
    assert slips["3.1"] == slips["3.2"] == slips["3.3"] == []
