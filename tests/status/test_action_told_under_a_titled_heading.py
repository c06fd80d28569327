"""A word on a recommendation under a heading that names its subject ('Recommendation 1 – child protection plans')
tells the action it describes in that action's own words, though the heading's words are another action's too
(linking.json action_in_words clear_margin; tester helper-276: the action stayed overdue after the council said it
was done)."""

from __future__ import annotations

from findings.build import build

PLAN = "\n".join(
    [
        "Eastfield Council",
        "Action plan in response to the Ofsted inspection of children's services published on 12 September 2023",
        "Ref\tRecommendation\tAction ref\tWhat we will do\tLead\tBy when",
        "1\tThe quality of child protection plans.\t1.1\tRelaunch the child protection plan template and train all "
        "conference chairs in its use\tHead of Safeguarding\t31/01/2024",
        "\t\t1.2\tQuarterly audit of child protection plans reported to the quality assurance board\tPrincipal Social "
        "Worker\t30/06/2024",
        "",
    ]
)

PAPER = """Eastfield Council
Children's Scrutiny Committee
12 March 2024

Progress on the Ofsted improvement plan

This report sets out progress against the recommendations of the Ofsted inspection published on 12 September 2023.

Recommendation 1 – child protection plans
The revised child protection plan template was launched in January 2024 and all conference chairs have now been \
trained in its use. The first quarterly audit of plans will take place in April 2024.
"""


def test_the_action_told_in_its_words_is_done_and_not_overdue(tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(PAPER, encoding="utf-8")
    result = build([tmp_path]).extraction
    told = [u for u in result.updates if u.about_kind == "action" and u.about == "1.1"]
    assert [" ".join(u.text.split()) for u in told] == [
        "child protection plans The revised child protection plan template was launched in January 2024 and all "
        "conference chairs have now been trained in its use."
    ]
    assert not [u for u in result.updates if u.about_kind == "action" and u.about == "1.2"]  # 'will take place'
