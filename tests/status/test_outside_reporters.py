"""A letter from someone outside the council reporting its progress (an improvement adviser appointed by the
Department for Education) is that person's word, not the council's: its statuses say who reported it."""

from __future__ import annotations

from findings.build import build
from findings.extract.reporters import reported_by
from findings.status.cues import progress_of
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "dudley_ilacs_report.txt"
LETTER = """Dr Ana Whitcombe-Lyle
Children's Services Improvement Adviser (appointed by the Department for Education)

14 November 2025

Dear Regional Director,

Dudley Metropolitan Borough Council: progress against the recommendations of the Ofsted inspection of local
authority children's services (report published 28 March 2025)

I write, as the improvement adviser appointed by the Department to support Dudley, to report on progress.

Recommendation 1 (timeliness of initial child protection conferences): this has been achieved. Timeliness has
been above 90% for four consecutive months.

Recommendation 2 (management oversight): progress is evident but not yet consistent. This recommendation has not
yet been met.

Recommendation 3 (accommodation for care leavers): the supported lodgings scheme is in place and the protocol was
agreed in June. No care leaver has been placed in bed and breakfast since July 2025. Good progress.

Yours sincerely,

Dr Ana Whitcombe-Lyle
Children's Services Improvement Adviser
"""


def test_an_improvement_advisers_letter_is_reported_by_the_adviser(tmp_path):
    """helper-81: every status the adviser's letter supported said 'progress reported by the council'. It says who
    reported it, and stays on the reported side of the assurance axis: an adviser is not an inspection or a peer
    review, so nothing it says is fo:Verified."""
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "report.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    x = build([tmp_path]).extraction
    said = {s.item.identifier: (s.status, s.basis, s.assurance) for s in x.statuses if s.current}
    by = "progress reported by the improvement adviser"
    assert said == {
        "1": ("ReportedComplete", by, "SelfReported"),
        "2": ("InProgress", by, "SelfReported"),
        "3": ("InProgress", by, "SelfReported"),  # 'Good progress.' is not done, whatever parts are
    }
    reviews = [a for a in x.assessments.values() if a.kind == "ProgressReview"]
    assert [(a.key, a.label) for a in reviews] == [
        ("dudley/progress-review-2025-11-14-improvement-adviser", "Progress review by the improvement adviser, 14 November 2025")
    ]


def test_a_council_paper_mentioning_an_adviser_is_the_councils():
    assert reported_by("Report to Cabinet\nThe DfE improvement adviser attended the Improvement Board in May.\n") is None
    assert reported_by(LETTER) == "the improvement adviser"


def test_a_closing_good_progress_is_work_going_on():
    """'… the protocol was agreed in June. … Good progress.': read as reported complete (helper-81)."""
    assert progress_of("Recommendation 5 (care leavers): the protocol was agreed in June. Good progress.") == "Underway"
    assert progress_of("Recommendation 2 (conferences): this has been achieved.") == "Done"


def test_an_advisers_letter_and_a_tracker_are_no_paper_a_meeting_asked_for(tmp_path):
    """'That a further update on the improvement plan be presented to the Panel in January 2026': the adviser's
    letter to the Department (and, alike, a tracker read only for its rows) was taken as the paper that answered it,
    so the request left the open list (helper-90's re-test)."""
    (tmp_path / "report.txt").write_bytes(REPORT.read_bytes())
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(
        "Dudley Metropolitan Borough Council\nMinutes of the meeting of the Children's Scrutiny Panel held at the Council"
        " House on 2 October 2025\nPresent: Councillor A Smith (Chair)\n\n5. Improvement plan\n\nRESOLVED: that a further"
        " update on the improvement plan be presented to the Panel in January 2026.\n",
        encoding="utf-8",
    )
    x = build([tmp_path]).extraction
    (request,) = [r for r in x.recommendations if r.kind == "Resolution"]
    assert [link for link in x.links if link.kind == "fulfils"] == []
    mine = [s for s in x.statuses if (s.item.assessment, s.item.identifier) == (request.assessment, request.identifier)]
    assert {s.status for s in mine} == {"Open"}
