"""Minutes that number a 2013–18 report's recommendations 1, 2 … where the report prints them as paragraphs 6–9
running on from its summary (black-box tester helper-332: both updates were left out, 'that recommendation is not in
the graph', and the recommendations stayed open): a quote of the item's words names it, else the paper's N is the N-th
of the list; a quote beats a number, and a number neither reading settles is left out and said as before
(findings/link/paper_numbers.py; linking.json 'paper_numbering')."""

from __future__ import annotations

import shutil
from datetime import date

from findings.build import build
from tests.conftest import DATA

FOLDER = DATA / "paper_numbers"
REPORT = FOLDER / "westmarsh_sif_2016.txt"
MINUTES = FOLDER / "westmarsh_minutes_2016.txt"
FIRST = "Recommendation 1: “Ensure that strategy discussions include the police and health professionals in every case.”"
SECOND = "Recommendation 2: “Ensure that return home interviews are offered to every child who goes missing.”"


def _built(tmp_path, minutes: str):
    shutil.copy(REPORT, tmp_path / REPORT.name)
    (tmp_path / MINUTES.name).write_text(minutes, encoding="utf-8")
    return build([tmp_path]).extraction


def _updates(built) -> list[tuple[str, str]]:
    return sorted((u.about, u.text.split("–")[-1].strip()) for u in built.updates if u.about_kind == "recommendation")


def test_quoted_recommendations_numbered_from_one_are_the_reports_paragraphs(tmp_path):
    built = _built(tmp_path, MINUTES.read_text(encoding="utf-8"))
    assert [about for about, _ in _updates(built)] == ["6", "7"]
    assert not any("left out an update" in note for note in built.notes)
    status = {(s.item.identifier, s.as_of): s.status for s in built.statuses if s.item.assessment == "westmarsh/ofsted-2016"}
    assert status[("6", date(2016, 10, 11))] == "ReportedComplete"
    assert status[("7", date(2016, 10, 11))] == "InProgress"


def test_a_heading_over_the_quote_is_read_the_same_way(tmp_path):
    text = MINUTES.read_text(encoding="utf-8")
    for line in (FIRST, SECOND):
        label, _, rest = line.partition(": ")
        quote, _, _ = rest.partition("”")
        text = text.replace(line + " – ", f"{label}\n{quote}”\nProgress: ")
    built = _built(tmp_path, text)
    assert [about for about, _ in _updates(built)] == ["6", "7"]


def test_a_quote_beats_the_number(tmp_path):
    quoted = "Recommendation 1: “Improve the timeliness of initial health assessments for children looked after.”"
    built = _built(tmp_path, MINUTES.read_text(encoding="utf-8").replace(FIRST, quoted))
    assert [about for about, _ in _updates(built)] == ["7", "8"]


def test_without_quotes_the_paper_means_the_nth_of_the_list(tmp_path):
    text = MINUTES.read_text(encoding="utf-8").replace(FIRST, "Recommendation 1:").replace(SECOND, "Recommendation 2:")
    built = _built(tmp_path, text)
    assert [about for about, _ in _updates(built)] == ["6", "7"]


def test_the_reports_own_numbers_stay_and_a_number_nothing_settles_is_left_out(tmp_path):
    text = MINUTES.read_text(encoding="utf-8").replace(FIRST, "Recommendation 7:").replace(SECOND, "Recommendation 12:")
    built = _built(tmp_path, text)
    assert [about for about, _ in _updates(built)] == ["7"]
    assert any("left out an update about recommendation 12" in note for note in built.notes)
