"""A 2019 focused visit asks for 'the quality of written plans for children in need, so that they are specific,
measurable and understood by families'; the 2012 inspection had asked that every child in need of protection 'have a
written plan that is specific, measurable and shared with families'. 'A written plan' named no concern, so the one
recurrence a reader sees first was missed (helper-180); it is now the quality of children's plans
(ontology/themes.ttl)."""

from __future__ import annotations

from tests.conftest import DATA
from tests.link.recurrences import asserted_recurrences

EARLIER = DATA / "other_councils" / "shropshire_style_protection_2012_contents.txt"
LATER = DATA / "other_councils" / "shropshire_style_focused_visit_2019.txt"


def test_a_call_for_specific_written_plans_raises_the_one_for_a_written_plan_again(tmp_path):
    recurs = asserted_recurrences(tmp_path, EARLIER, LATER)
    assert ("3", "2") in recurs
    assert len(recurs) == 3  # each of the visit's three areas raises one of 2012's again, and no more
