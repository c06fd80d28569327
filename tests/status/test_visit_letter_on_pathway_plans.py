"""A focused visit letter that finds pathway plans now specific and reflecting young people's views or wishes
confirms the last inspection's recommendation on them (issue #9, 5: its headline sentence was no finding, having no
strength cue, and its main-findings sentence said 'wishes', not 'views', so it shared only the plans, a group's
concern, with a recommendation on what the plans should hold)."""

from __future__ import annotations

from findings.build import build
from findings.extract.polarity import sentence_polarities

REPORT = """Inspection of Rutland County Council children's services

Inspection dates: 7 January 2019 to 18 January 2019

Lead inspector: Anna Brook, Her Majesty's Inspector

Judgement\tGrade
The impact of leaders on social work practice with children and families\tRequires improvement to be good
Overall effectiveness\tRequires improvement to be good

What needs to improve

• The quality of pathway plans for care leavers, so that they are specific and reflect young people's views.
• The timeliness of initial health assessments for children in care.
"""

LETTER = """2 December 2021

Dear Director

Focused visit to Rutland local authority children's services

This letter summarises the findings of the focused visit to Rutland local authority children's services on 3 and 4 November 2021.

This visit was carried out in line with the inspection of local authority children's services (ILACS) framework.

Headline findings

{headline}

What needs to improve in this area of social care practice?

The consistency of supervision for social workers.

Main findings

Decisions for children to come into care are made at the right time.

{main}

Ofsted will take the findings from this focused visit into account at the next inspection.

Yours sincerely

Anna Brook
Her Majesty's Inspector
"""


def _verdicts(tmp_path, headline: str, main: str) -> dict[str, str]:
    (tmp_path / "rutland-2019.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "rutland-visit-2021.txt").write_text(LETTER.format(headline=headline, main=main), encoding="utf-8")
    statuses = build([tmp_path]).extraction.statuses
    return {s.item.identifier: s.status for s in statuses if s.item.assessment.endswith("ofsted-2019") and s.as_of.year == 2021}


def test_plans_that_reflect_their_views_are_a_strength():
    sentence = "Pathway plans are now specific and written with young people, and they reflect their views."
    assert [p for _, _, p in sentence_polarities(sentence)] == ["Strength"]
    assert [p for _, _, p in sentence_polarities(sentence.replace("they reflect", "they do not reflect"))] == ["Weakness"]


def test_the_headline_sentence_confirms_the_recommendation(tmp_path):
    headline = "Pathway plans are now specific and written with young people, and they reflect their views."
    assert _verdicts(tmp_path, headline, "Care leavers told inspectors that they helped to write their plans.") == {
        "1": "IndependentlyVerified"
    }


def test_plans_reflecting_young_peoples_wishes_confirm_the_recommendation_on_their_views(tmp_path):
    main = "The pathway plans seen are specific, up to date and reflect young people's wishes."
    assert _verdicts(tmp_path, "Leaders have made steady progress.", main) == {"1": "IndependentlyVerified"}
