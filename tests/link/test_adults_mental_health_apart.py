"""Parents' substance misuse and mental health is not children's mental health (ontology/themes.ttl
th:parental-factors; held-out pairs, issue #9): an earlier item on counting the cases where adults' substance misuse
and mental health feature is not raised again by a later one on children's mental health services, while a later
item on children's emotional health still raises an earlier one on it."""

from __future__ import annotations

import pytest

from tests.link.test_plain_words_eet import _recurs


def test_adults_substance_misuse_and_mental_health_is_theirs():
    from findings.link import themes

    named = themes.named_themes("Count the cases in which adult substance misuse and mental health issues feature.")
    assert {t.rsplit("/", 1)[-1] for t in named} == {"parental-factors"}


@pytest.mark.parametrize(
    ("later", "earlier", "linked"),
    [
        (
            "Work with partners so that young people who need help with their mental health are seen quickly.",
            "Record the number of child protection cases in which adult substance misuse and mental health issues are a feature.",
            None,
        ),
        (
            "Work with partners so that young people who need help with their mental health are seen quickly.",
            "Record the number of child protection cases in which adults' mental health and substance misuse are a feature.",
            None,
        ),
        (
            "Work with partners so that young people who need help with their mental health are seen quickly.",
            "Ensure that children in care have timely access to support for their emotional and mental health.",
            True,
        ),
    ],
)
def test_adults_mental_health_raises_no_childrens(tmp_path, later, earlier, linked):
    assert _recurs(tmp_path, later, earlier) is linked
