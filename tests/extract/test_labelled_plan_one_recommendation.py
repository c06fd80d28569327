"""A prose plan answering a letter's one recommendation, 'Recommendation 1: …' over 'Action 1.1: …' / 'Lead: …' /
'Due by: …', gave no action and one progress update holding the whole block (black-box tester helper-351): the
reader wanted two sections. One section whose every action is an 'Action n.n:' line with its own lead or due date is a
plan's; a progress paper's one section, saying what was done, stays progress."""

from __future__ import annotations

from datetime import date

from findings.build import build
from findings.extract.labelled_plan import plan_sections

_PLAN = """Harrowfield Children's Trust

Response to the Ofsted monitoring visit of 14 and 15 March 2023

Agreed by the Trust Board, 2 May 2023

Recommendation 1: The timeliness of return home interviews for children who go missing.
Action 1.1: Commission a second provider of return home interviews.
Lead: Head of Early Help
Due by: September 2023
"""

_PROGRESS = """Harrowfield Children's Trust

Progress on the Ofsted monitoring visit of 14 and 15 March 2023

Date of meeting: 12 October 2023

Recommendation 1: The timeliness of return home interviews for children who go missing.
A second provider was commissioned in July and 85% of interviews are now held within three days.
"""


def _built(tmp_path, content: str):
    (tmp_path / "paper.txt").write_text(content, encoding="utf-8")
    return build([tmp_path]).extraction


def test_a_plan_of_one_recommendation_with_a_labelled_action_gives_the_action(tmp_path):
    x = _built(tmp_path, _PLAN)
    doc = x.documents[0]
    assert [(a.identifier, a.text, a.lead, a.due_by) for a in x.actions] == [
        ("1.1", "Commission a second provider of return home interviews.", "Head of Early Help", date(2023, 9, 30))
    ]
    assert [r.text for r in x.recommendations] == ["The timeliness of return home interviews for children who go missing."]
    assert x.updates == []
    action = x.actions[0]
    assert doc.text[action.spans[0].start : action.spans[0].end] == action.text


def test_a_progress_papers_one_recommendation_stays_progress(tmp_path):
    assert plan_sections(_PROGRESS) == []  # no plan's section: the progress reader reads it
    assert _built(tmp_path, _PROGRESS).actions == []
