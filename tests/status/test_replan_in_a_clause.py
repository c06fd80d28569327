"""A progress paper's sentence that tells one action's work, then, after ', but', that another's 'has slipped to Q3 and
is now expected by December …' re-plans the action the slipping clause names in its words, though the sentence as a
whole names both (tester helper-271 slip-not-replanned: no fo:dueBySlipped). A financial quarter with its year ('has
slipped to Q3 2024/25') re-plans to the quarter's last day. Small documents in another council's wording."""

from __future__ import annotations

from datetime import date

import pytest

PLAN = """Eastmere Borough Council
Action plan in response to the Ofsted inspection of children's services published on 12 January 2024
Ref\tRecommendation\tAction ref\tWhat we will do\tLead\tBy when
1\tThe quality of pathway plans for care leavers.\t1.1\tIntroduce the new pathway plan template\tHead of Leaving Care\t30/04/2024
\t\t1.2\tTrain personal advisers on pathway planning\tPrincipal Social Worker\t30/06/2024
2\tThe support for children who go missing.\t2.1\tReview the mentoring offer with partners\tHead of Service\t31/03/2024
\t\t2.2\tTender the mentoring service for missing children\tCommissioning Manager\t30/06/2024
"""

R1 = (
    "R1 (pathway plans): Partly done. The new pathway plan template is in use, but training for personal advisers on pathway"
    " plans has slipped to Q3 and is now expected by December 2024."
)
R2 = (
    "R2 (missing children): The mentoring offer was reviewed with partners in March 2024, but the tender of the mentoring"
    " service has slipped to Q3 2024/25."
)
PAPER = f"""Eastmere Borough Council
Corporate Parenting Panel
10 July 2024

Update on the Ofsted improvement plan

This report sets out progress against the recommendations of the Ofsted inspection published on 12 January 2024.

{R1}

{R2}
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from findings.build import build

    folder = tmp_path_factory.mktemp("replan-in-a-clause")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "paper.txt").write_text(PAPER, encoding="utf-8")
    return build([folder]).extraction


def test_the_action_the_slipping_clause_names_is_re_planned(built):
    slips = {a.identifier: [d for d, _ in a.slips] for a in built.actions}
    assert slips["1.2"] == [date(2024, 12, 31)]
    assert slips["2.2"] == [date(2024, 12, 31)]  # Q3 of 2024/25: its last day
    assert slips["1.1"] == slips["2.1"] == []  # the work the sentence says is done keeps its date


def test_the_slip_quotes_the_sentence_that_said_it(built):
    paper = next(d for d in built.documents if d.path.endswith("paper.txt"))
    (training,) = [a for a in built.actions if a.identifier == "1.2"]
    (_, span), *_ = training.slips
    assert "now expected by December 2024" in paper.text[span.start : span.end]
