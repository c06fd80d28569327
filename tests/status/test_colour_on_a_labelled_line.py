"""A progress paper's labelled line that rates its recommendation with a colour ('Recommendation 1 – Green. …') is
read by the paper's own key, as the same colour in a RAG table's cell is: under 'Green – on track' the line is under
way whatever its words say is done, under 'Blue – complete' it is done, and the key's entry is quoted beside the line
(helper-266 amber-labelled-line: 'R2 (…): Amber.' under 'Amber – on track' read as reported complete). A paper that
prints no key leaves the line to its words. Small documents in another council's wording."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import status_on

PLAN = """Eastfield Council
Action plan in response to the Ofsted inspection of children's services published on 12 September 2023
Ref\tRecommendation\tAction ref\tWhat we will do\tLead\tBy when
1\tThe consistency of supervision.\t1.1\tAudit supervision in every team\tPrincipal Social Worker\t31/03/2024
2\tThe response to homeless 16- and 17-year-olds.\t2.1\tAgree a joint protocol with housing\tHead of Service\t31/03/2024
3\tThe health of care leavers.\t3.1\tAppoint a designated health lead for care leavers\tDesignated Nurse\t31/03/2024
\t\t3.2\tReview every pathway plan older than six months\tService Manager\t30/04/2024
"""

PAPER = """Eastfield Council
Children's Improvement Board
20 May 2024

Progress on the Ofsted improvement plan

This report sets out progress against the recommendations of the Ofsted inspection published on 12 September 2023.

RAG key: Blue – complete; Green – on track; Amber – some slippage; Red – off track

Recommendation 1 – Green. Supervision audits have been completed in every team and the findings are being acted on.

Recommendation 2 – Blue. The joint protocol with housing was signed by both services in April 2024.

Recommendation 3 – Green. A designated health lead for care leavers was appointed in March 2024 and the review of \
pathway plans older than six months is complete. Health histories are still not given to every young person.
"""


def _build(tmp_path, paper: str):
    from findings.build import build

    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(paper, encoding="utf-8")
    return build([tmp_path])


@pytest.fixture(scope="module")
def keyed(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("keyed-line"), PAPER)


def test_a_colour_the_key_says_is_on_track_is_under_way_whatever_the_words_say_is_done(keyed):
    assert status_on(keyed, "1", date(2024, 5, 20)) == "InProgress"


def test_a_colour_the_key_says_is_complete_is_done(keyed):
    assert status_on(keyed, "2", date(2024, 5, 20)) == "ReportedComplete"


def test_the_keys_entry_is_quoted_beside_the_line(keyed):
    paper = next(d for d in keyed.extraction.documents if d.path.endswith("paper.txt"))
    (update,) = [u for u in keyed.extraction.updates if u.about == "1" and u.about_kind == "recommendation"]
    quoted = [paper.text[s.start : s.end] for s in update.spans]
    assert "Green – on track" in quoted and quoted[0].startswith("Recommendation 1 – Green.")


def test_the_actions_told_done_in_one_sentence_are_each_done_while_the_recommendation_is_under_way(keyed):
    """'… was appointed in March 2024 and the review of … is complete': each action's clause is its own word, so under
    'Green – on track' the recommendation is under way but neither action is overdue."""
    from findings.status.updates import word_of

    assert status_on(keyed, "3", date(2024, 5, 20)) == "InProgress"
    told = {u.about: (u.text, word_of(u)) for u in keyed.extraction.updates if u.credited and u.about.startswith("3.")}
    assert told == {
        "3.1": ("A designated health lead for care leavers was appointed in March 2024", "Done"),
        "3.2": ("the review of pathway plans older than six months is complete.", "Done"),
    }


def test_with_no_key_printed_the_lines_words_decide(tmp_path):
    unkeyed = PAPER.replace("RAG key: Blue – complete; Green – on track; Amber – some slippage; Red – off track\n", "")
    assert status_on(_build(tmp_path, unkeyed), "1", date(2024, 5, 20)) == "ReportedComplete"
