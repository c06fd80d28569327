"""A progress table's status column rated by the paper's own key of status words ('Status key: On track – …;
Complete – …'), or by a status word alone with no key printed, is read by that rating, whatever a sentence of the
row's progress says is done (issue #9, black-box tester bb235: a row rated 'On track' whose words said a scheme
'was launched' read ReportedComplete, and its only action, told in the row's words, was never overdue). Small documents in
another council's wording."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from findings.cli import cli
from findings.extract.rag import rag_key

REPORT = """Marshfield Borough Council
Inspection of children's social care services
Inspection dates: 7 October 2019 to 18 October 2019
Lead inspector: Jo Bright
Her Majesty's Inspector

Judgement\tGrade
Overall effectiveness\tRequires improvement to be good

What needs to improve in this area of social care practice?
- The quality of supervision for social workers in the assessment teams.
- The availability of independent advocates for children in care.

The experiences and progress of children in care and care leavers: requires improvement to be good
1. Too few children in care have an independent advocate when their plans change.

© Crown copyright 2019
"""

PLAN = (
    "Marshfield Borough Council – Improvement Plan following the Ofsted inspection of children's social "
    "care services, 7 to 18 October 2019\nAgreed 10 January 2020\n\nRef\tOfsted recommendation\tWhat we "
    "will do\tLead officer\tBy when\n1.1\t1. The quality of supervision for social workers in the "
    "assessment teams.\tIntroduce a supervision audit cycle in the assessment teams.\tPrincipal Social "
    "Worker\t31 March 2020\n2.1\t2. The availability of independent advocates for children in "
    "care.\tCommission an independent advocacy service offering every child in care an advocate.\tHead "
    "of Commissioning\t30 September 2020\n"
)

BRIEFING = """Marshfield Borough Council
Children and Families Scrutiny Committee
Date: 12 June 2020
Subject: Ofsted improvement plan – progress update

{key}
Rec\tArea for improvement\tProgress to date\tStatus
1\tSupervision\tThe supervision audit cycle was agreed by managers in February 2020 and the first audit is finished.\tComplete
2\tAdvocacy\tThe independent advocacy service was launched in May 2020 and 9 children have been referred to it so far.\t{rating}
"""

KEY = (
    "Status key: Complete – all actions delivered; On track – actions progressing to timescale; At risk – some "
    "slippage against timescale; Off track – timescale missed."
)


def _built(tmp_path, rating: str, key: str = KEY):
    (tmp_path / "marshfield-ilacs-2019.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "briefing.txt").write_text(BRIEFING.format(key=key, rating=rating), encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(tmp_path), "--out", str(out), "--no-pictures"]).exit_code == 0
    return runner, out


def _open(runner, out) -> dict[str, str]:
    args = ["open", "--as-of", "2020-07-01", "--graph", str(out), "--format", "csv"]
    rows = runner.invoke(cli, args).stdout.splitlines()[1:]
    return {row.split(",")[0].rsplit("/", 1)[1]: row.split(",")[1] for row in rows}


def _overdue(runner, out, day: str) -> list[str]:
    args = ["query", "overdue-actions", "--param", f"asOf={day}", "--graph", str(out), "--format", "csv"]
    return sorted(line.split(",")[1] for line in runner.invoke(cli, args).stdout.splitlines()[1:])


@pytest.mark.parametrize(
    ("rating", "key"),
    [
        ("On track", KEY),  # under the paper's key: 'actions progressing to timescale'
        ("At risk", KEY),
        ("On track", ""),  # no key printed: the status word says it itself
        ("Ongoing", ""),
        ("In progress", ""),
    ],
)
def test_a_status_column_rating_outweighs_the_rows_words_of_something_done(tmp_path, rating, key):
    runner, out = _built(tmp_path, rating, key)
    assert _open(runner, out) == {"1": "ReportedComplete", "2": "InProgress"}  # row 1 'Complete' is done
    assert _overdue(runner, out, "2020-12-31") == ["2.1"]  # its only action, told in the row's words, is not done


def test_a_status_word_complete_still_reads_done(tmp_path):
    runner, out = _built(tmp_path, "Complete")
    assert _open(runner, out) == {"1": "ReportedComplete", "2": "ReportedComplete"}
    assert _overdue(runner, out, "2020-12-31") == []


@pytest.mark.parametrize("key", [KEY, ""])
def test_a_complete_rating_beside_words_saying_it_is_not_done_is_no_completion(tmp_path, key):
    """A status word 'Complete' beside words that say the work was not done ('has not been commissioned; the tender was
    withdrawn') reads as those words say: a false completion is the worst error a QA lead can be given (reviewer
    helper-242)."""
    (tmp_path / "marshfield-ilacs-2019.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    briefing = BRIEFING.format(key=key, rating="Complete").replace(
        "The independent advocacy service was launched in May 2020 and 9 children have been referred to it so far.",
        "The independent advocacy service has not been commissioned; the tender was withdrawn.",
    )
    (tmp_path / "briefing.txt").write_text(briefing, encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(tmp_path), "--out", str(out), "--no-pictures"]).exit_code == 0
    assert _open(runner, out) == {"1": "ReportedComplete", "2": "InProgress"}
    assert _overdue(runner, out, "2020-12-31") == ["2.1"]


def test_the_status_key_gives_each_status_word_its_entry_quoted():
    text = f"Preamble\n{KEY}\nNo key here: On track – this line is prose.\nComplete – the protocol was agreed.\n"
    key = rag_key(text)
    assert sorted(key) == ["at risk", "complete", "off track", "on track"]
    meaning, start, end = key["on track"]
    assert meaning == "actions progressing to timescale"
    assert text[start:end] == "On track – actions progressing to timescale"
    assert key["complete"][0] == "all actions delivered"  # the key line's, not the prose line's


def test_a_progress_tables_row_under_the_key_reads_the_key(tmp_path):
    from findings.extract.document import extract_document
    from findings.model import Document
    from findings.status.cues import progress_of

    text = BRIEFING.format(key=KEY, rating="On track")
    doc = Document(path="briefing.txt", text=text, sha256="c" * 64, normalisation="", media_type="text/plain")
    rows = {u.about: u for u in extract_document(doc).updates if u.about_kind == "recommendation"}
    assert progress_of(rows["2"].means or rows["2"].text) == "Underway"
    assert progress_of(rows["1"].means or rows["1"].text) == "Done"
    quoted = [text[s.start : s.end] for s in rows["2"].spans]
    assert quoted[-1] == "On track – actions progressing to timescale"  # the key's entry is quoted too
    assert date(2020, 6, 12) == rows["2"].as_at


MINUTES = """Marshfield Borough Council

Minutes of the meeting of the Children and Families Scrutiny Committee held on 12 June 2020

Present: Councillor A Reeve (Chair), Councillor B Shah

7. Ofsted improvement plan – progress update

The Committee considered the update on the improvement plan agreed after the Ofsted inspection of October 2019.

Members noted that the supervision audit cycle (action 1.1) has been re-planned from 31 March 2020 to 30 June 2020.

RESOLVED: that the update be noted.
"""

DELAYED = (
    "The supervision audit tool has been agreed by managers, but the first audit has been delayed by the upgrade of the "
    "case recording system. Revised timescale: June 2020."
)


def test_a_status_word_its_rows_words_agree_with_leaves_the_row_to_its_words(tmp_path):
    """'At risk' (the key: 'some slippage against timescale', which no cue reads) beside words saying part of the work
    was done read as the key's words alone, which say nothing of how far the work got: the same day's bare re-plan of
    its action in minutes then made the recommendation ActionPlanned, though the council reported work done (bb235's
    scorer, a city council's briefing). The words and the rating agree it is under way: InProgress."""
    from findings.build import build
    from tests.conftest import status_on

    briefing = BRIEFING.replace(
        "The supervision audit cycle was agreed by managers in February 2020 and the first audit is finished.\tComplete",
        f"{DELAYED}\tAt risk",
    )
    (tmp_path / "marshfield-ilacs-2019.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "briefing.txt").write_text(briefing.format(key=KEY, rating="On track"), encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    result = build([tmp_path])
    assert status_on(result, "1", date(2020, 6, 12)) == "InProgress"
