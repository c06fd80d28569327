"""A progress paper's line on a recommendation that says one of its actions, named in its own words, 'has been delayed
to' / 'pushed back to' / 'is now expected by' a later month re-plans that action (fo:dueBySlipped), so it is not
overdue on a day before the new date (helper-266 delayed-to-no-slip: 'Graded Care Profile 2 training … has been
delayed to December 2024' moved nothing). A sentence that names no action clearly moves none. Small documents in
another council's wording."""

from __future__ import annotations

from datetime import date

import pytest

PLAN = """Westbrook Council
Action plan in response to the Ofsted inspection of children's services published on 20 October 2023
Ref\tRecommendation\tAction ref\tWhat we will do\tLead\tBy when
1\tThe quality and regularity of supervision.\t1.1\tRecruit four family group coordinators\tHead of Early Help\t30/06/2024
\t\t1.2\tPublish a revised supervision policy for practitioners\tPrincipal Social Worker\t30/04/2024
2\tThe response to children who go missing.\t2.1\tCommission a review of return interviews\tHead of Service\t31/03/2024
\t\t2.2\tRefresh the escalation protocol with health partners\tDesignated Nurse\t28/02/2024
3\tThe sufficiency of placements.\t3.1\tOpen a second children's home in the borough\tHead of Placements\t31/03/2024
\t\t3.2\tRecruit ten more foster carers for teenagers\tFostering Manager\t31/03/2024
"""

PAPER = """Westbrook Council
Corporate Parenting Panel
15 May 2024

Update on the Ofsted improvement plan

This report sets out progress against the recommendations of the Ofsted inspection published on 20 October 2023.

Recommendation 1 – The revised supervision policy for practitioners has been pushed back to September 2024 for consultation.

R2 (missing children): The refresh of the escalation protocol with health partners is now expected by June 2024.

R3 (placements): Progress has been delayed to July 2024 because of a shortage of staff.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from findings.build import build

    folder = tmp_path_factory.mktemp("replan-in-words")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "paper.txt").write_text(PAPER, encoding="utf-8")
    return build([folder]).extraction


def test_the_action_named_in_its_words_is_re_planned_to_the_new_month(built):
    slips = {a.identifier: [d for d, _ in a.slips] for a in built.actions}
    assert slips["1.2"] == [date(2024, 9, 30)]
    assert slips["2.2"] == [date(2024, 6, 30)]
    assert slips["1.1"] == slips["2.1"] == []  # the recommendation's other action, due later, keeps its date


def test_the_slip_quotes_the_sentence_that_said_it(built):
    paper = next(d for d in built.documents if d.path.endswith("paper.txt"))
    (policy,) = [a for a in built.actions if a.identifier == "1.2"]
    (_, span), *_ = policy.slips
    assert "pushed back to September 2024" in paper.text[span.start : span.end]


def test_a_sentence_that_names_no_action_moves_none(built):
    assert {a.identifier: a.slips for a in built.actions if a.responds_to == "3"} == {"3.1": [], "3.2": []}
