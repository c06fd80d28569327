"""Care leavers' education, employment and training in plain words (ontology/themes.ttl th:care-leaver-eet; unseen
tester, issue #9): a later item on helping care leavers stay in education or into work raises an earlier one on those
not in education, employment or training; a child in care's staying in education is schooling (linking.json
themes.for_the_group), and raises no item on care leavers' education, employment or training."""

from __future__ import annotations

import pytest

REPORT = """Inspection of Westbury local authority children's services

Inspection dates: {dates}

Lead inspector: Tom Adeyemi, Her Majesty's Inspector

Judgement\tGrade
Overall effectiveness\tRequires improvement to be good

What needs to improve

• {item}
• The quality of strategy discussions when children may be at risk of significant harm.
"""


def _recurs(tmp_path, later: str, earlier: str) -> bool | None:
    """Whether the later item raises the earlier again: True asserted, False a candidate for review, None neither."""
    from findings.build import build

    (tmp_path / "a.txt").write_text(REPORT.format(dates="7 May 2014 to 29 May 2014", item=earlier), encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.format(dates="3 May 2023 to 12 May 2023", item=later), encoding="utf-8")
    x = build([tmp_path]).extraction
    recs = {(r.assessment, r.identifier): " ".join(r.text.split()) for r in x.recommendations}
    assert later in recs.values() and earlier in recs.values()
    found = [
        link.asserted
        for link in x.links
        if link.kind == "recurs"
        and recs[(link.source.assessment, link.source.identifier)] == later
        and recs[(link.target.assessment, link.target.identifier)] == earlier
    ]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (
            "Support for young people leaving care to remain in education or to get into work.",
            "Reduce the number of care leavers who are not in education, employment or training.",
        ),
        (
            "How well care leavers are helped to find jobs or traineeships.",
            "Improve the range of education, employment and training opportunities for care leavers.",
        ),
        (
            "Care leavers' access to work and training opportunities.",
            "Reduce the number of care leavers who are not in education, employment or training.",
        ),
    ],
)
def test_care_leavers_work_and_education_in_plain_words_recur(tmp_path, later, earlier):
    assert _recurs(tmp_path, later, earlier) is True


@pytest.mark.parametrize(
    "later",
    [
        "Help for children in care to stay in education, so that fewer are excluded from school.",
        "The virtual school's work to help children in care remain in education and improve their attendance.",
    ],
)
def test_a_child_in_care_staying_in_education_is_no_care_leavers_education(tmp_path, later):
    earlier = "Reduce the number of care leavers who are not in education, employment or training."
    assert not _recurs(tmp_path, later, earlier)


@pytest.mark.parametrize(
    "text",
    [
        "Ensure that leaders put more effort into work with families on the edge of care.",
        "Ensure that social workers find work with the local authority rewarding so that they stay.",
        "Leaders have put considerable resources into work with schools.",
    ],
)
def test_work_of_any_kind_is_no_care_leavers_work(text):
    """'into work' and 'find work' alone name any work, not a care leaver's job (reviewer helper-242)."""
    from findings.link.themes import themes_of

    assert not [t for t in themes_of(text) if t.endswith("/care-leaver-eet")]
