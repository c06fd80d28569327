"""A council never tuned on (tests/data/trafford: a 2017 report, its plan, two progress reports and the next
inspection's report): what the progress papers and the later report say reaches the right action and recommendation
(tester helper-103: D4, D7, D9, D11)."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from findings.model import Extraction
from tests.conftest import DATA

EARLIER = "trafford/ofsted-2017"


@pytest.fixture(scope="module")
def trafford() -> Extraction:
    return build([DATA / "trafford"]).extraction


def _bases(out: Extraction, identifier: str) -> list[tuple[str, str]]:
    return [
        (s.status, s.basis)
        for s in out.statuses
        if s.item.kind == "recommendation" and s.item.assessment == EARLIER and s.item.identifier == identifier
    ]


def test_a_this_sentence_on_the_last_inspection_is_evidence_on_the_recommendation(trafford):
    """'… used well to reduce risk … This is a significant improvement since the last inspection.' confirms the
    recommendation on return home interviews; '… preventing drift … This was also identified at the last inspection.'
    says the one on supervision persists (D7)."""
    assert ("IndependentlyVerified", "later inspection confirms improvement") in _bases(trafford, "1")
    assert ("Recurred", "later inspection finds it not yet resolved") in _bases(trafford, "2")


def test_pathway_plans_up_to_date_is_a_strength_that_confirms_the_earlier_weakness_improved(trafford):
    """'Pathway plans are up to date and written with young people, who told inspectors that they feel listened to.'
    (D9: no finding, so the recommendation on pathway plans was never confirmed)."""
    later = [f for f in trafford.findings if f.assessment != EARLIER and f.text.startswith("Pathway plans are up to date")]
    assert [f.polarity for f in later] == ["Strength"]
    assert any(status == "IndependentlyVerified" for status, _ in _bases(trafford, "3"))


def test_a_revised_timescale_given_as_a_quarter_is_a_slip(trafford):
    """'revised timescale: Q3 2019/20' in the September 2018 report moves action 2.2 from March 2019 (D4)."""
    action = next(a for a in trafford.actions if a.assessment == EARLIER and a.identifier == "2.2")
    assert action.due_by == date(2019, 3, 31)
    assert date(2019, 12, 31) in [d for d, _ in action.slips]


def test_an_action_said_complete_in_a_progress_tables_row_is_done(trafford):
    """'The fostering sufficiency strategy was approved by Cabinet on 15 October 2019 (action 5.1 complete).' in the
    December 2019 table's row on recommendation 5 is an update on action 5.1 (D11: it stayed overdue)."""
    said = [u for u in trafford.updates if u.about_kind == "action" and u.assessment == EARLIER and u.about == "5.1"]
    on_the_day = [
        u for u in said if u.as_at == date(2019, 11, 30)
    ]  # the paper's position at 30 November (the meeting: 9 December)
    assert [u.text for u in on_the_day] == [
        "The fostering sufficiency strategy was approved by Cabinet on 15 October 2019 (action 5.1 complete)."
    ]
    doc = next(d for d in trafford.documents if d.path.endswith("Agenda-item-6.txt"))
    assert " ".join(doc.text[s.start : s.end] for s in on_the_day[0].spans) == on_the_day[0].text
    assert on_the_day[0].indicates == "ReportedComplete"


_PARAGRAPH = (
    "1. Partner agencies understand thresholds well. The multi-agency safeguarding hub\n"
    "makes timely and proportionate decisions.\n"
)


@pytest.mark.parametrize(
    "opening", ["Since the last inspection in 2017, leaders have made steady progress.", "Leaders have made steady progress."]
)
def test_a_sentence_on_the_last_inspection_that_names_nothing_frames_the_next_ones(tmp_path, opening):
    """'Since the last inspection in 2017, leaders have made steady progress. Initial health assessments … are now
    timely.': the second sentence says what changed since then, so it is the later inspection's word on the
    recommendation on health assessments, by the concern only it names (tester helper-193: it stayed Open); without
    the first, it is a finding like any other."""
    later = (DATA / "trafford" / "trafford_ofsted2022.txt").read_text(encoding="utf-8")
    assert _PARAGRAPH in later
    framed = f"1. {opening}\nInitial health assessments for children in care are now timely.\n"
    folder = tmp_path / "trafford"
    folder.mkdir()
    (folder / "trafford_ofsted2017.txt").write_bytes((DATA / "trafford" / "trafford_ofsted2017.txt").read_bytes())
    (folder / "trafford_ofsted2022.txt").write_text(later.replace(_PARAGRAPH, framed), encoding="utf-8")
    out = build([folder]).extraction
    words = [u.text for u in out.updates if u.assessment == EARLIER and u.about == "4" and u.by is not None]
    assert ("Initial health assessments for children in care are now timely." in words) is opening.startswith("Since")
