"""A council paper that names the inspection it reports on by the year alone ('the 2022 Ofsted inspection'), with more
than one of the council's reports on file, answers that year's inspection: the one whose report was published, or
whose fieldwork ended, that year, whatever year its key carries. It had been taken for the latest inspection before
the paper (the 2025 one)."""

from __future__ import annotations

import pytest

from findings.build import build
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "dudley_ilacs_report.txt"
PROGRESS = DATA / "other_councils" / "dudley_progress_report.txt"
NAMED = (
    "the recommendations of the Ofsted inspection of\n"
    "local authority children's services carried out between 10 and 21 February 2025."
)


def _answers(tmp_path, named: str, fieldwork: str, published: str) -> set[str]:
    report = REPORT.read_text(encoding="utf-8")
    earlier = report.replace("10 February to 21 February 2025", fieldwork).replace("28 March 2025", published)
    (tmp_path / "report.txt").write_text(report, encoding="utf-8")
    (tmp_path / "earlier report.txt").write_text(earlier, encoding="utf-8")
    (tmp_path / "progress.txt").write_text(PROGRESS.read_text(encoding="utf-8").replace(NAMED, named), encoding="utf-8")
    return {u.assessment for u in build([tmp_path]).extraction.updates}


@pytest.mark.parametrize(
    "named,answered",
    [
        ("the recommendations of the 2022 Ofsted inspection.", "dudley/ofsted-2022"),
        ("the recommendations of the Ofsted inspection in 2022.", "dudley/ofsted-2022"),
        ("the recommendations of our 2025 ILACS inspection.", "dudley/ofsted-2025"),
        ("the recommendations of the most recent Ofsted inspection.", "dudley/ofsted-2025"),  # no year: the latest
    ],
)
def test_a_paper_naming_its_inspection_by_the_year_answers_that_years_inspection(tmp_path, named, answered):
    assert _answers(tmp_path, named, "7 March to 18 March 2022", "6 May 2022") == {answered}


def test_the_year_named_is_the_year_the_report_came_out_when_its_fieldwork_ended_the_year_before(tmp_path):
    named = "the recommendations of the 2022 Ofsted inspection."
    assert _answers(tmp_path, named, "29 November to 10 December 2021", "4 February 2022") == {"dudley/ofsted-2021"}
