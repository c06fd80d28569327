"""A progress report that reports each action by the plan's own reference ('3.5 AP-2.2 – Delayed – revised date March
2025.') under each recommendation: progress on that action, its slips in the order said, and a recommendation done
only when every action is (helper-80, a children's trust's papers: each recommendation's block was one update, read
as done beside an action on track, and no slip was recorded)."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from findings.build import build, write_graph
from findings.cli import cli
from tests.conftest import DATA, build_copies, status_on

TRUST = DATA / "other_councils"
PAPERS = ["trust_style_plan.txt", "trust_style_progress_november.txt", "trust_style_progress_may.txt"]
MAY_POSITION = date(2025, 4, 30)  # May's paper (meeting of 19 May 2025) 'sets out the position at 30 April 2025'


@pytest.fixture(scope="module")
def trust(tmp_path_factory):
    return build_copies(tmp_path_factory.mktemp("trust"), TRUST, PAPERS)


def test_each_action_line_is_an_update_on_that_action_quoted_exactly(trust):
    x = trust.extraction
    docs = {d.sha256: d for d in x.documents}
    november = {u.about: u for u in x.updates if u.about_kind == "action" and u.as_at == date(2024, 11, 18)}
    assert sorted(november) == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2", "5.1", "5.2", "5.3"]
    assert november["2.2"].text.startswith("AP-2.2 – Delayed – revised date March 2025.")
    for update in x.updates:
        quoted = " ".join(" ".join(docs[s.doc].text[s.start : s.end].split()) for s in update.spans)
        assert " ".join(update.text.split()) in quoted


def test_slips_are_recorded_in_the_order_said_and_a_recommendations_delay_moves_only_its_own(trust):
    slips = {a.identifier: [str(d) for d, _ in a.slips] for a in trust.extraction.actions if a.slips}
    # 'Completion of Recommendation 3 has been delayed to September 2025' in a paragraph on recommendations 1, 2, 4
    # and 5 moves none of theirs
    assert slips == {"2.2": ["2025-03-31", "2025-07-31"], "3.3": ["2025-06-30", "2025-09-30"]}


def test_a_recommendation_is_complete_only_when_every_action_is_as_last_reported(trust):
    november, may = date(2024, 11, 18), date(2025, 5, 19)
    assert [status_on(trust, n, november) for n in "12345"] == ["InProgress"] * 5  # 4.1 complete, 4.2 on track
    # May: 1 'all three actions are complete'; 4.2 complete and 4.1 complete since November; 5.3 still on track; the
    # joint 'Recommendations 1, 2, 4 and 5 are on course' decides none of them
    assert [status_on(trust, n, may) for n in "12345"] == [
        "ReportedComplete",
        "InProgress",
        "InProgress",
        "ReportedComplete",
        "InProgress",
    ]


def test_an_action_re_planned_is_overdue_only_after_its_latest_date(trust, tmp_path):
    write_graph(trust.graph, tmp_path)

    def overdue(day: str) -> list[str]:
        args = ["query", "overdue-actions", "--param", f"asOf={day}", "--graph", str(tmp_path), "--format", "csv"]
        result = CliRunner().invoke(cli, args, catch_exceptions=False)
        return sorted(line.split(",")[1] for line in result.output.splitlines()[1:])

    assert overdue("2025-06-30") == ["5.3"]  # 2.2 re-planned to July 2025, 3.3 to September
    # on 29 April 2025, 2.2 had passed the March 2025 it was re-planned to in November; July was said of 30 April
    april = overdue("2025-04-29")
    assert "2.2" in april and "3.3" not in april  # 3.3 was re-planned in November to June 2025
    assert overdue("2025-10-31") == ["2.2", "3.3", "5.3"]


def test_without_the_plan_each_action_line_is_its_recommendations_update(tmp_path):
    for name in PAPERS[1:]:
        (tmp_path / name).write_bytes((TRUST / name).read_bytes())
    (tmp_path / "plan.txt").write_text(  # the plan's recommendations only, as a report would give them
        "\n".join(
            line.split("\t")[0] if line.startswith("Recommendation") else line
            for line in (TRUST / PAPERS[0]).read_text(encoding="utf-8").splitlines()
            if not line.startswith("AP-")
        ),
        encoding="utf-8",
    )
    x = build([tmp_path]).extraction
    assert not x.actions
    november = sorted(u.about for u in x.updates if u.as_at == date(2024, 11, 18))
    assert november == ["1"] * 3 + ["2"] * 2 + ["3"] * 3 + ["4"] * 2 + ["5"] * 3


def test_a_sentence_naming_an_action_within_a_recommendations_paragraph_is_also_progress_on_that_action(tmp_path):
    """'… The dashboard (action 4.1) is complete: it went live in August. Training continues.' in a report's paragraph
    on recommendation 4: the action's lineage had nothing from the report (helper-86). Only the sentence naming it is
    its; without a plan holding the action, its words stay the recommendation's alone, and nothing is said of it."""
    from tests.status.test_slips import _progress, _report_and_plan

    _report_and_plan(tmp_path)
    _progress(tmp_path, "The dashboard (action 4.1) is complete: it went live in August. Training continues.")
    x = build([tmp_path]).extraction
    docs = {d.sha256: d for d in x.documents}
    (said,) = [u for u in x.updates if u.about_kind == "action" and u.as_at == date(2013, 9, 12)]
    assert (said.about, said.text) == ("4.1", "The dashboard (action 4.1) is complete: it went live in August.")
    assert [docs[s.doc].text[s.start : s.end] for s in said.spans] == [said.text]
    (tmp_path / "plan.txt").unlink()
    alone = build([tmp_path])
    assert [u.about_kind for u in alone.extraction.updates] == ["recommendation"]
    assert not [note for note in alone.extraction.notes if "left out" in note]


def test_an_unfinished_recommendations_status_rests_on_what_keeps_it_unfinished(trust):
    """In May, 5.1 and 5.2 complete and 5.3 on track: the status In progress rests on 5.3's line, not on 'Complete'
    (helper-86: the tracker showed 'Complete' as the latest evidence of an item in progress)."""
    docs = {d.sha256: d for d in trust.extraction.documents}
    (may,) = [s for s in trust.extraction.statuses if s.item.identifier == "5" and s.as_of == MAY_POSITION]
    quotes = [docs[s.doc].text[s.start : s.end] for s in may.evidence]
    assert may.status == "InProgress" and len(quotes) == 1 and quotes[0].startswith("AP-5.3 – On track.")


def test_an_unfinished_status_rests_on_the_last_word_that_keeps_it_so_though_said_before(tmp_path):
    """May reports only '3.6 AP-5.1 – Complete.'; 5.2 and 5.3 were last said to be on track in November: the May status In
    progress rested on 'Complete' (helper-88's review). It rests on November's words on 5.2 and 5.3, which keep it unfinished."""
    for name in PAPERS:
        (tmp_path / name).write_bytes((TRUST / name).read_bytes())
    may = (TRUST / PAPERS[2]).read_text(encoding="utf-8")
    start, end = may.index("3.6 AP-5.1"), may.index("4. Appendices")
    kept = "3.6 AP-5.1 – Complete. 96% of return home interviews were offered within 72 hours.\n\n"
    (tmp_path / PAPERS[2]).write_text(may[:start] + kept + may[end:], encoding="utf-8")
    x = build([tmp_path]).extraction
    docs = {d.sha256: d for d in x.documents}
    (status,) = [s for s in x.statuses if s.item.identifier == "5" and s.as_of == MAY_POSITION]
    quotes = [docs[s.doc].text[s.start : s.end] for s in status.evidence]
    assert status.status == "InProgress" and sorted(q[:17] for q in quotes) == [
        "AP-5.2 – On track",
        "AP-5.3 – On track",
    ]  # each update's words, without its paragraph's number


def test_the_tracker_shows_the_date_an_action_had_slipped_to_by_the_day_asked(trust, tmp_path):
    import openpyxl

    write_graph(trust.graph, tmp_path / "graph")

    def slipped(day: str) -> str:
        out = tmp_path / f"tracker-{day}.xlsx"
        args = ["open", "--as-of", day, "--graph", str(tmp_path / "graph"), "--format", "xlsx", "--out", str(out)]
        assert CliRunner().invoke(cli, args).exit_code == 0
        sheet = openpyxl.load_workbook(out)["Open items"]
        header = [c.value for c in sheet[1]]
        row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if str(r[0]).endswith("recommendation/2"))
        return row[header.index("Slipped to")].date().isoformat()

    assert slipped("2025-04-29") == "2025-03-31"  # re-planned in November; July 2025 was said only in May's paper,
    assert slipped("2025-04-30") == "2025-07-31"  # of 'the position at 30 April 2025'
    assert slipped("2025-06-30") == "2025-07-31"
