"""A later inspection's sentence on the last inspection speaks of the recommendation on its concern, not of another
that shares only its evaluative words: 'leaders have improved the timeliness and quality of return home interviews'
verified 'the quality and timeliness of pathway plans for care leavers' too (helper-199, a focused visit letter)."""

from __future__ import annotations

EARLIER = """Inspection of Dudley local authority children's services

Inspection dates: 15 January 2018 to 26 January 2018

Lead inspector: Anna Brook, Her Majesty's Inspector

Judgement\tGrade
The impact of leaders on social work practice with children and families\tRequires improvement to be good
Overall effectiveness\tRequires improvement to be good

What needs to improve

• The timeliness and quality of return home interviews for children who go missing from home or care, and the use of
the information from them to reduce risk.
• The quality and timeliness of pathway plans for care leavers, and the help they receive to find suitable accommodation.
• The quality of personal education plans for children in care.
"""

LATER = """Inspection of Dudley local authority children's services

Inspection dates: 4 March 2022 to 15 March 2022

Lead inspector: Anna Brook, Her Majesty's Inspector

Judgement\tGrade
The impact of leaders on social work practice with children and families\tGood
Overall effectiveness\tGood

Since the last inspection in January 2018, leaders have improved {said}.

What needs to improve

• The consistency of management oversight.
"""


def _updated(tmp_path, said: str) -> dict[str, float]:
    from findings.build import build

    (tmp_path / "dudley-2018.txt").write_text(EARLIER, encoding="utf-8")
    (tmp_path / "dudley-2022.txt").write_text(LATER.format(said=said), encoding="utf-8")
    x = build([tmp_path]).extraction
    return {u.about: u.score for u in x.updates if u.by and u.by.endswith("2022")}


def test_a_sentence_on_one_concern_reaches_no_recommendation_on_another_by_evaluative_words(tmp_path):
    said = (
        "the timeliness and quality of return home interviews for children who go missing, and information from these "
        "interviews is now used well to reduce risk"
    )
    assert set(_updated(tmp_path, said)) == {"1"}


def test_a_sentence_naming_no_concern_still_reaches_a_recommendation_by_its_words(tmp_path):
    """Only two texts that both name concerns, none shared, are kept apart: words alone still link the rest."""
    said = "the quality and timeliness of the help care leavers receive to find suitable accommodation"
    assert "2" in _updated(tmp_path, said)
