"""One report's paragraphs on one recommendation the same day: a paragraph that only describes practice ('Since June
2025, a conference chair has attended …') says nothing of how far the work has got, so the word that does ('has been
achieved') decides; a paragraph that says part is still to finish ('an audit is nearing completion') keeps it in
progress."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from tests.conftest import DATA, status_on

REPORT = DATA / "other_councils" / "dudley_ilacs_report.txt"
PROGRESS = DATA / "other_councils" / "dudley_progress_report.txt"


def test_a_paragraph_without_a_word_on_progress_does_not_outweigh_one_that_reports_it_done(tmp_path):
    text = PROGRESS.read_text(encoding="utf-8")
    old = text[text.index("3.1 Conferences") : text.index("4. Financial implications")]
    new = (
        "3.1 Conferences held within 15 working days rose from 68% in February to 91% in August 2025. The\n"
        "improvement has been achieved and sustained for three months.\n"
        "3.2 Since June 2025, a conference chair has attended every strategy meeting held in the front door\n"
        "and the police attend each conference.\n\n"
        "Recommendation 2\n"
        '"The quality of management oversight and supervision in the children in need teams."\n'
        "3.3 The revised supervision policy has been implemented in every team.\n"
        "3.4 An audit of supervision in the children in need teams is nearing completion.\n\n"
    )
    text = text.replace(old, new)
    assert "3.4 An audit" in text
    (tmp_path / "report.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "progress.txt").write_text(text, encoding="utf-8")
    result = build([tmp_path])
    day = date(2025, 9, 15)
    said = {(u.about, u.text.split()[0]) for u in result.extraction.updates if u.as_at == day}
    assert ("1", "Since") in said and ("2", "An") in said  # each paragraph is progress on its recommendation
    assert status_on(result, "1", day) == "ReportedComplete"
    assert status_on(result, "2", day) == "InProgress"


@pytest.mark.parametrize(
    "second",
    [
        "3.2 The east team remains below target and further work is required.",
        "3.2 A second phase covering the east team will follow in 2026.",
        "3.2 Audits show that only 40% of conferences in the east team were held within timescale.",
    ],
)
def test_a_paragraph_that_says_the_work_falls_short_keeps_it_in_progress(tmp_path, second):
    """Reviewer helper-93: these read as describing practice and the recommendation as done."""
    text = PROGRESS.read_text(encoding="utf-8")
    old = text[text.index("3.1 Conferences") : text.index("Recommendation 2")]
    new = (
        "3.1 Conferences held within 15 working days rose from 68% in February to 91% in August 2025. The\n"
        f"improvement has been achieved and sustained for three months.\n{second}\n\n"
    )
    (tmp_path / "report.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "progress.txt").write_text(text.replace(old, new), encoding="utf-8")
    result = build([tmp_path])
    assert status_on(result, "1", date(2025, 9, 15)) == "InProgress"


def test_an_update_that_revises_its_timescale_is_not_done_whatever_it_launched(tmp_path):
    """Tester helper-97: 'The recruitment campaign launched in September. … Revised timescale: June 2026.' read as
    done by 'launched'; a revised timescale says the work goes on."""
    text = PROGRESS.read_text(encoding="utf-8")
    old = text[text.index("3.1 Conferences") : text.index("Recommendation 2")]
    new = "3.1 The new conference booking system launched in May 2025. Revised timescale: June 2026.\n\n"
    (tmp_path / "report.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "progress.txt").write_text(text.replace(old, new), encoding="utf-8")
    assert status_on(build([tmp_path]), "1", date(2025, 9, 15)) == "InProgress"
