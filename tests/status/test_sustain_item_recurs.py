"""A later inspection's recommendation that asks an improvement to be kept ('Sustain the recent improvement in …',
'Continue to build on the improvements in …') recurs the earlier item (same concern) but does not raise it again: the
earlier item is not Recurred (extract/lexicons/status.json 'sustains_asked'; black-box tester bb314, sustain-item-recurs:
a 2022 'Sustain the recent improvement …' had made its 2017 item Recurred on the day the same report confirmed it)."""

from __future__ import annotations

import pytest

from findings.build import build
from tests.link.test_recurrence import _report

_EARLIER = [
    "Improve the timeliness of initial health assessments for children entering care.",
    "Ensure that care leavers are helped to find suitable accommodation.",
]


@pytest.mark.parametrize(
    ("asked", "status"),
    [
        ("Improve the timeliness of initial health assessments for children coming into care.", "Recurred"),
        ("Continue to improve the timeliness of initial health assessments for children coming into care.", "Recurred"),
        ("Sustain the recent improvement in the timeliness of initial health assessments for children coming into care.", None),
        ("Continue to build on the improvements in the timeliness of initial health assessments for children in care.", None),
        ("Maintain the good progress in the timeliness of initial health assessments for children in care.", None),
    ],
)
def test_a_later_item_asking_to_keep_an_improvement_does_not_make_the_earlier_one_recurred(tmp_path, asked, status):
    """The earlier item stays linked (a person can follow the concern), but only a call for the work itself, or for
    more of it, raises it again."""
    (tmp_path / "anyshire-2019.md").write_text(_report(2019, _EARLIER), encoding="utf-8")
    later = [asked, "Suitable accommodation for care leavers who are 18 or over."]
    (tmp_path / "anyshire-2024.md").write_text(_report(2024, later), encoding="utf-8")
    x = build([tmp_path]).extraction
    recurs = {(link.source.identifier, link.target.identifier) for link in x.links if link.kind == "recurs" and link.asserted}
    assert ("1", "1") in recurs
    recurred = {s.item.identifier for s in x.statuses if s.item.assessment.endswith("ofsted-2019") and s.status == "Recurred"}
    assert ("1" in recurred) == (status == "Recurred")
    assert "2" in recurred
