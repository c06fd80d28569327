"""Committees' and improvement boards' action logs: each logged action a resolution of the meeting that set it, with
its owner and due date; each log's status an update as at its meeting; the Ref its identity across meetings."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from findings.build import build
from findings.cli import cli
from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

LOGS = DATA / "action_logs"
BOARD = "westmere/children-s-services-improvement-board"
PANEL = "eastholme/corporate-parenting-panel-2025-03-05"


def _read(name: str):
    doc = read_document(LOGS / name, name)
    return doc, extract_document(doc)


def _logged(part) -> dict[str, object]:
    return {r.log_reference: r for r in part.recommendations if r.log_reference}


def _quoted(doc, spans) -> str:
    """The words of the spans, each span exactly its slice of the document's text."""
    return " ".join(" ".join(doc.text[s.start : s.end] for s in spans).split())


def _spans_are_their_text(doc, part) -> None:
    for node in [*_logged(part).values(), *part.updates]:
        assert node.spans and all(s.doc == doc.sha256 and 0 <= s.start < s.end <= len(doc.text) for s in node.spans)
        assert _quoted(doc, node.spans) == node.text


def test_a_boards_log_under_its_minutes_gives_each_action_its_meeting_owner_due_date_and_status():
    doc, part = _read("westmere_board_minutes_january.txt")
    logged = _logged(part)
    got = {ref: (r.assessment, r.identifier, r.text, r.addressed_to, r.timescale, r.due_by) for ref, r in logged.items()}
    assert got == {
        "A1": (
            f"{BOARD}-2024-11-14",
            "log-A1",
            "Circulate the revised supervision audit tool to Board members",
            "Head of Quality Assurance",
            "31 December 2024",
            date(2024, 12, 31),
        ),
        "A2": (
            f"{BOARD}-2024-11-14",
            "log-A2",
            "Provide a breakdown of agency social workers by team",
            "Director of Children's Services",
            "January 2025",
            date(2025, 1, 31),
        ),
        "A3": (
            f"{BOARD}-2025-01-16",  # set at this meeting: the row says so
            "log-A3",
            "Report on the timeliness of return home interviews",
            "Head of Service, Exploitation",
            "March 2025",
            date(2025, 3, 31),
        ),
    }
    assert all(r.kind == "Resolution" for r in logged.values())
    assert part.assessments[f"{BOARD}-2024-11-14"].kind == "Meeting"  # the meeting that set A1, known from the log
    updates = {(u.assessment, u.about): (u.as_at, u.text) for u in part.updates}
    assert updates == {
        (f"{BOARD}-2024-11-14", "log-A1"): (date(2025, 1, 16), "Closed Circulated on 2 December 2024"),
        (f"{BOARD}-2024-11-14", "log-A2"): (date(2025, 1, 16), "Open To come to the March meeting"),
        (f"{BOARD}-2025-01-16", "log-A3"): (date(2025, 1, 16), "Open"),
    }
    _spans_are_their_text(doc, part)


def test_a_log_in_minutes_is_no_action_plan_and_leaves_the_minutes_their_date():
    doc, part = _read("westmere_board_minutes_january.txt")
    assert "action plan" not in doc.kinds and "action log" in doc.kinds
    assert not part.actions and not [a for a in part.assessments.values() if a.kind == "Inspection"]
    assert doc.date == date(2025, 1, 16)


def test_a_pdfs_log_apart_by_spaces_reads_cells_wrapped_onto_the_next_line():
    doc, part = _read("westmere_board_minutes_march.txt")
    logged = _logged(part)
    a2 = logged["A2"]
    assert (a2.text, a2.addressed_to, a2.due_by) == (
        "Provide a breakdown of agency social workers by team",
        "Director of Children's Services",
        date(2025, 1, 31),
    )
    assert len(a2.spans) == 2  # two runs of the text, the owner's cell between them
    said = {u.about: (u.as_at, u.text, u.means) for u in part.updates}
    assert said["log-A2"] == (date(2025, 3, 13), "Closed Breakdown circulated 10 February 2025", "Closed")
    assert said["log-A3"] == (date(2025, 3, 13), "In progress Audit presented today; re-audit in summer", "In progress")
    assert logged["A4"].assessment == f"{BOARD}-2025-03-13"
    _spans_are_their_text(doc, part)


def test_a_panels_action_log_paper_in_html_is_its_meetings_with_each_actions_minute():
    doc, part = _read("eastholme_cpp_action_log.html")
    logged = _logged(part)
    assert sorted(logged) == ["CP45", "CP46", "CP47"]
    assert {r.assessment for r in logged.values()} == {PANEL}  # no meeting column: the paper's meeting
    assert part.assessments[PANEL].date == date(2025, 3, 5)
    got = {ref: (r.minute, r.addressed_to, r.due_by) for ref, r in logged.items()}
    assert got["CP45"] == ("CPP/24/31", "Head of Residential Services", date(2025, 1, 31))
    assert got["CP47"] == ("CPP/24/35", "Head of Placements", date(2024, 12, 31))
    assert {u.about: u.means for u in part.updates} == {"log-CP45": "Complete", "log-CP46": "Ongoing", "log-CP47": "Overdue"}
    _spans_are_their_text(doc, part)


@pytest.fixture(scope="module")
def logs_built(tmp_path_factory):
    out = tmp_path_factory.mktemp("logs") / "out"
    result = CliRunner().invoke(cli, ["--silent", "build", str(LOGS), "--out", str(out), "--no-pictures"])
    assert result.exit_code == 0, result.output
    return out


def _open(out, day: str) -> list[str]:
    result = CliRunner().invoke(cli, ["open", "--graph", str(out), "--as-of", day, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return [line.split(",")[0].rsplit("/", 1)[-1] for line in result.output.splitlines()[1:]]


def test_open_lists_the_logged_actions_still_open_and_drops_the_closed(logs_built):
    assert _open(logs_built, "2024-12-01") == ["log-A1", "log-A2"]  # both open since the meeting that set them
    # January's log: A1 closed; A3 is the Board's request under minute 45/24 ('that the Director report on the return
    # home interview audit to the next meeting', resolution 3), which the log prints no minute for: one ask, once
    assert _open(logs_built, "2025-01-20") == ["log-A2", "3"]
    march = _open(logs_built, "2025-03-20")  # March's log closes A2 (the same Ref); CP45 complete; the audit the Board
    assert march == ["log-CP46", "log-CP47", "log-A4"]  # asked for was presented at March's meeting: its request, 3, is
    # fulfilled by those minutes and closes that day, as a minuted request does (helper-289), whatever the log's
    # 'In progress' says of the re-audit to come


def test_a_later_meetings_log_is_an_update_on_the_same_action_and_its_status_as_of_each_meeting():
    x = build([LOGS]).extraction
    a2 = [r for r in x.recommendations if r.log_reference == "A2"]
    assert len(a2) == 1 and len(a2[0].spans) == 3  # one node: the January row and the March row's two runs
    statuses = sorted((s.as_of, s.status) for s in x.statuses if s.item.identifier == "log-A2")
    assert statuses == [
        (date(2024, 11, 14), "Open"),
        (date(2025, 1, 16), "ActionPlanned"),
        (date(2025, 3, 13), "ReportedComplete"),
    ]
    cp46 = [(s.as_of, s.status, s.current) for s in x.statuses if s.item.identifier == "log-CP46"]
    assert cp46[-1] == (date(2025, 3, 5), "InProgress", True)


def test_a_later_log_without_meeting_dates_carries_the_same_ref_onto_the_first_action(tmp_path):
    first = (LOGS / "eastholme_cpp_action_log.html").read_text(encoding="utf-8")
    later = first.replace("5 March 2025", "11 June 2025").replace("<td>Ongoing</td>", "<td>Closed</td>")
    (tmp_path / "march.html").write_text(first, encoding="utf-8")
    (tmp_path / "june.html").write_text(later, encoding="utf-8")
    x = build([tmp_path]).extraction
    cp46 = [r for r in x.recommendations if r.log_reference == "CP46"]
    assert [r.assessment for r in cp46] == [PANEL]
    statuses = [(s.as_of, s.status) for s in x.statuses if s.item.identifier == "log-CP46"]
    assert statuses[-1] == (date(2025, 6, 11), "ReportedComplete")


def test_a_plans_table_with_no_log_title_or_meeting_column_is_no_log(tmp_path):
    paper = tmp_path / "plan.txt"
    paper.write_text(
        "Ofsted improvement plan\n\nRef\tAction\tLead\tTimescale\tStatus\n1.1\tRelaunch supervision policy\tHoS\t"
        "March 2025\tComplete\n",
        encoding="utf-8",
    )
    part = extract_document(read_document(paper, paper.name))
    assert not _logged(part)


def test_bad_rows_and_a_log_whose_meeting_cannot_be_told_are_passed_over_and_the_build_goes_on(tmp_path):
    minutes = (LOGS / "westmere_board_minutes_january.txt").read_text(encoding="utf-8")
    broken = minutes.replace("A3\t16/01/2025\tReport", "A1\t16/01/2025\tReport")  # a Ref used twice in one log
    broken += "A4\t16/01/2025\t\tHead of QA\t\tOpen\t\n"  # a row with no action
    broken += "not a row at all\n"
    (tmp_path / "minutes.txt").write_text(broken, encoding="utf-8")
    (tmp_path / "log.txt").write_text(
        "ACTION LOG\n\nRef\tAction\tOwner\tStatus\nA1\tCirculate the audit tool\tHead of QA\tOpen\n", encoding="utf-8"
    )  # no body, no meeting: whose actions they are is not known
    assert not _logged(extract_document(read_document(tmp_path / "log.txt", "log.txt")))
    assert sorted(_logged(extract_document(read_document(tmp_path / "minutes.txt", "minutes.txt")))) == ["A1", "A2"]
    result = CliRunner().invoke(cli, ["--silent", "build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-pictures"])
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert _open(tmp_path / "out", "2024-12-01") == ["log-A1", "log-A2"]
