"""The status evaluation reads a person's statuses (tests/gold/status) and compares the graph's, date by date."""

from __future__ import annotations

import json
from datetime import date

from findings.evaluate.status import score_statuses, status_as_of
from findings.model import Assessment, ItemRef, Organisation, Span, StatusAssessment

REC = ItemRef("recommendation", "riverton/ofsted-2021", "1")


def _status(day: str, status: str, doc: str = "plan") -> StatusAssessment:
    return StatusAssessment(REC, date.fromisoformat(day), status, 0.9, [Span(doc, 0, 5)], "evidence")


def test_the_status_on_a_date_is_the_latest_by_then_and_a_tie_goes_by_precedence():
    statuses = [_status("2021-05-01", "Open"), _status("2021-09-01", "InProgress"), _status("2021-09-01", "ReportedComplete")]
    assert status_as_of(statuses, date(2021, 4, 30)) is None
    assert status_as_of(statuses, date(2021, 8, 31)) == "Open"
    assert status_as_of(statuses, date(2021, 9, 1)) == "ReportedComplete"


def test_agreement_disagreement_and_a_status_resting_on_a_report_the_reader_found_silent(tmp_path):
    gold = {
        "council": "riverton",
        "items": [
            {
                "assessment": "riverton/ofsted-2021",
                "identifier": "1",
                "statuses": [
                    {"as_of": "2021-10-01", "status": "InProgress"},
                    {"as_of": "2025-04-01", "status": "ReportedComplete", "confidence": "low"},
                ],
                "not_mentioned": ["riverton/ofsted-2025"],
            },
            {"assessment": "riverton/ofsted-2021", "identifier": "2", "statuses": [{"as_of": "2022-01-01", "status": "Open"}]},
        ],
    }
    (tmp_path / "riverton.json").write_text(json.dumps(gold), encoding="utf-8")
    later = Assessment("riverton/ofsted-2025", "Inspection", Organisation("riverton", "Riverton"), "2025", documents={"report"})
    statuses = [_status("2021-05-01", "Open"), _status("2021-09-01", "InProgress"), _status("2025-03-20", "Recurred", "report")]
    score = score_statuses(statuses, {later.key: later}, tmp_path)
    assert (score.compared, score.agree, score.missing_items, score.silent, score.invented) == (3, 1, 1, 1, 1)
    assert score.confusion[("ReportedComplete", "Recurred")] == 1 and score.confusion[("Open", "none")] == 1
    assert any("gold ReportedComplete, graph Recurred (gold marked low confidence)" in d for d in score.disagreements)
    assert any("found riverton/ofsted-2025 silent on it; the graph rests Recurred on it" in d for d in score.disagreements)
