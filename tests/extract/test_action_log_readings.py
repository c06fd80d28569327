"""What an action log's cells say, read as the council wrote them: a status cell by the status word it opens with
('Not complete' is not complete), a RAG colour by the paper's own key or, where every key agrees ('Red'), by the
status words; and which tables are logs at all."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from findings.extract.document import extract_document
from findings.read import read_document

LOG = """<html><body>
<p>Northfold Borough Council</p>
<h1>Corporate Parenting Panel</h1>
<h2>Action log &ndash; for the meeting on 5 March 2025</h2>
<table>
<tr><th>Action No.</th><th>Minute ref</th><th>Action</th><th>Responsible officer</th><th>Deadline</th>
<th>RAG status</th><th>Comments</th></tr>
ROWS
</table>
KEY
</body></html>
"""


def _row(ref: str, status: str, comment: str = "") -> str:
    return (
        f"<tr><td>{ref}</td><td>CPP/24/31</td><td>Report to the Panel on action {ref}</td><td>Head of Service</td>"
        f"<td>31 January 2025</td><td>{status}</td><td>{comment}</td></tr>"
    )


def _current(tmp_path, rows: list[str], key: str = "") -> dict[str, str]:
    (tmp_path / "log.html").write_text(LOG.replace("ROWS", "\n".join(rows)).replace("KEY", key), encoding="utf-8")
    x = build([tmp_path]).extraction
    return {s.item.identifier: s.status for s in x.statuses if s.current and s.item.identifier.startswith("log-")}


def test_a_status_cell_is_read_by_the_status_word_it_opens_with_never_by_a_word_inside_it(tmp_path):
    got = _current(
        tmp_path,
        [
            _row("CP41", "Not complete", "Visit postponed by the home"),
            _row("CP42", "Open (overdue)"),
            _row("CP43", "Closed &ndash; superseded by action CP47"),
            _row("CP44", "Incomplete"),
            _row("CP45", "Not yet completed"),
        ],
    )
    assert got == {
        "log-CP41": "ActionPlanned",
        "log-CP42": "ActionPlanned",
        "log-CP43": "Lapsed",  # closed without being done: superseded (tests/status/test_closed_unfinished.py)
        "log-CP44": "ActionPlanned",
        "log-CP45": "ActionPlanned",
    }


def test_a_red_or_amber_cell_is_read_as_every_key_reads_it_and_green_or_blue_are_not_guessed(tmp_path):
    got = _current(
        tmp_path,
        [
            _row("CP51", "Red"),
            _row("CP52", "Red", "Not started."),
            _row("CP53", "Amber", "Deferred to June 2025."),
            _row("CP54", "Green"),
            _row("CP55", "Blue &ndash; complete", "Circulated on 26 January 2025."),
        ],
    )
    assert got == {
        "log-CP51": "ActionPlanned",  # off track: still to do, not progress
        "log-CP52": "ActionPlanned",
        "log-CP53": "InProgress",
        "log-CP54": "InProgress",  # green alone is on track or complete, by whose key: not claimed done
        "log-CP55": "ReportedComplete",
    }


def test_a_bare_colour_is_read_by_the_papers_own_key_which_the_update_quotes(tmp_path):
    key = "<p>Key: Blue = complete; Green = on track; Red = not yet started</p>"
    got = _current(tmp_path, [_row("CP61", "Blue"), _row("CP62", "Green"), _row("CP63", "Red")], key)
    assert got == {"log-CP61": "ReportedComplete", "log-CP62": "InProgress", "log-CP63": "ActionPlanned"}
    doc = read_document(tmp_path / "log.html", "log.html")
    part = extract_document(doc)
    blue = next(u for u in part.updates if u.about == "log-CP61")
    assert [doc.text[s.start : s.end] for s in blue.spans] == ["Blue", "Blue = complete"]
    assert blue.as_at == date(2025, 3, 5)


def _part(path):
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


PLAN = (
    "Northfold Borough Council\nChildren's Services Improvement Plan 2025\n\n"
    "Ofsted inspected children's services in Northfold from 3 February to 14 February 2025.\n\n"
    "TITLE"
    "Action ref\tAction\tLead\tTimescale\tHow we will know\tRAG\n"
    "Recommendation 1: The consistency of management oversight and supervision of social work practice.\n"
    "NBC-1.1\tIntroduce a new supervision template on the case record.\tHead of Quality Assurance\t30 April 2025\t"
    "Supervision recorded within timescale for 95% of children.\tGreen\n"
    "Recommendation 2: The timeliness of return home interviews for children who go missing.\n"
    "NBC-2.1\tBring the return home interview service in-house.\tHead of Early Help\t31 August 2025\t"
    "Interviews offered within 72 hours.\tAmber\n"
)


def test_a_plan_under_the_title_action_tracker_is_read_as_a_plan(tmp_path):
    counts = []
    for title in ("", "Action tracker\n", "Improvement plan \u2013 action tracker\n"):
        (tmp_path / "plan.txt").write_text(PLAN.replace("TITLE", title), encoding="utf-8")
        doc, part = _part(tmp_path / "plan.txt")
        counts.append((doc.kinds, len(part.recommendations), len(part.actions), len(part.updates)))
    assert counts == [(["action plan"], 2, 2, 2)] * 3


def test_refs_with_a_committees_prefix_before_the_logs_own_letters_are_read(tmp_path):
    rows = [_row(ref, "Open") for ref in ("CPP-A14", "CPP/A/15", "IB-A3")]
    assert set(_current(tmp_path, rows)) == {"log-CPP-A14", "log-CPP-A-15", "log-IB-A3"}


def test_a_log_whose_rows_cannot_be_read_is_said_on_stderr_not_dropped_in_silence(tmp_path):
    from click.testing import CliRunner

    from findings.cli import cli

    rows = [_row(ref, "Open") for ref in ("(i)", "(ii)")]
    (tmp_path / "log.html").write_text(LOG.replace("ROWS", "\n".join(rows)).replace("KEY", ""), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-pictures"])
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert "log.html: an action log's heading row at line" in result.output
    assert "no row under it opens with a Ref" in result.output


JANUARY_LOG = (
    "Torbay Children\u2019s Services Improvement Board\nAction Log\nMeeting held on 24 January 2023\n"
    "Ref\tMeeting date\tAction\tOwner\tDue date\tStatus\tUpdate\n"
    "IB/22/08\t22/11/2022\tAudit 30 child in need plans against the new plan template\tPrincipal Social Worker\t"
    "28/02/2023\tAmber\tAudit under way; 18 of 30 plans reviewed.\n"
    "IB/23/01\t24/01/2023\tReport on permanence tracking to the March meeting\tHead of Children in Care\t21/03/2023\t"
    "Amber\tNot yet due.\n"
)
MARCH_MINUTES = (
    "Children\u2019s Services Improvement Board\n\n"
    "Minutes of the meeting held on Tuesday 21 March 2023 at the Town Hall\n\n"
    "Present: the Independent Chair, the Director of Children's Services\n\n"
    "Min. No. 13 Ofsted monitoring visit\nThe Director presented the letter.\n"
    "RESOLVED: That a task and finish group on life story work be established.\n\n"
    "Min. No. 14 Supervision\nRESOLVED: That the revised supervision policy be approved.\n\n"
    "Action log (updated 21 March 2023)\n\n"
    "Ref\tMeeting date\tAction\tOwner\tDue date\tStatus\tUpdate\n"
    "IB/22/08\t22/11/2022\tAudit 30 child in need plans against the new plan template\tPrincipal Social Worker\t"
    "28/02/2023\tBlue \u2013 complete\tAll 30 plans audited.\n"
    "IB/23/01\t24/01/2023\tReport on permanence tracking to the March meeting\tHead of Children in Care\t21/03/2023\t"
    "Amber\tDeferred to June 2023.\n"
)


def test_minutes_under_a_body_line_then_minutes_of_the_meeting_held_on_are_read(tmp_path):
    (tmp_path / "minutes.txt").write_text("Torbay Council\n\n" + MARCH_MINUTES, encoding="utf-8")
    doc, part = _part(tmp_path / "minutes.txt")
    made = {r.identifier: (r.assessment, r.minute) for r in part.recommendations if not r.log_reference}
    meeting = "torbay/children-s-services-improvement-board-2023-03-21"
    assert made == {"1": (meeting, "13"), "2": (meeting, "14")}
    assert "minutes" in doc.kinds
    spans = [s for r in part.recommendations for s in r.spans]
    assert spans and all(doc.text[s.start : s.end] for s in spans)


def test_a_log_paper_titled_by_its_council_and_body_is_that_councils_and_the_same_body_as_its_minutes(tmp_path):
    (tmp_path / "log-2023-01.txt").write_text(JANUARY_LOG, encoding="utf-8")
    (tmp_path / "minutes-2023-03.txt").write_text("Torbay Council\n\n" + MARCH_MINUTES, encoding="utf-8")
    x = build([tmp_path]).extraction
    logged = sorted((r.assessment, r.identifier) for r in x.recommendations if r.log_reference)
    body = "torbay/children-s-services-improvement-board"
    assert logged == [(f"{body}-2022-11-22", "log-IB-22-08"), (f"{body}-2023-01-24", "log-IB-23-01")]
    current = {s.item.identifier: (s.as_of, s.status) for s in x.statuses if s.current and s.item.identifier.startswith("log-")}
    assert current == {
        "log-IB-22-08": (date(2023, 3, 21), "ReportedComplete"),  # the March log closes January's row
        "log-IB-23-01": (date(2023, 3, 21), "InProgress"),
    }


PACK = """<html><head><title>Corporate Parenting Panel - Agenda pack - 19 November 2024</title></head><body>
<p>Torbay Council</p>
<h1>Corporate Parenting Panel</h1>
<p>Tuesday, 19 November 2024 at 7.00 pm, Committee Room 2, Town Hall</p>
<h2>Minutes of the meeting of the Corporate Parenting Panel held on 17 September 2024</h2>
<p>Present: Councillors A, B and C.</p>
<h3>CPP 24/32 Ofsted focused visit</h3>
<p>RESOLVED: That the Panel note the focused visit letter.</p>
<h3>Action log</h3>
<table>
<tr><th>Ref</th><th>Meeting date</th><th>Minute</th><th>Action</th><th>Owner</th><th>Due date</th><th>Status</th>
<th>Update</th></tr>
<tr><td>CPP-A15</td><td>18/06/2024</td><td>CPP 24/21</td><td>Arrange a visit by members to the children's home</td>
<td>Democratic Services</td><td>30/09/2024</td><td>Open</td><td>Date to be confirmed.</td></tr>
<tr><td>CPP-A16</td><td>17/09/2024</td><td>CPP 24/32</td><td>Report on children in unregistered homes</td>
<td>Assistant Director</td><td>19/11/2024</td><td>Complete</td><td>Report on this agenda (item 6).</td></tr>
</table>
</body></html>
"""


def test_a_log_in_an_agenda_pack_is_as_at_the_meeting_the_pack_is_for_not_the_last_one_whose_minutes_it_carries(tmp_path):
    (tmp_path / "pack.html").write_text(PACK, encoding="utf-8")
    doc, part = _part(tmp_path / "pack.html")
    assert {u.about: u.as_at for u in part.updates} == {"log-CPP-A15": date(2024, 11, 19), "log-CPP-A16": date(2024, 11, 19)}
    assert {r.identifier: r.assessment for r in part.recommendations if r.log_reference} == {
        "log-CPP-A15": "torbay/corporate-parenting-panel-2024-06-18",
        "log-CPP-A16": "torbay/corporate-parenting-panel-2024-09-17",
    }


STACKED = (
    "Torbay Children\u2019s Services Improvement Board\nAction Log\nMeeting held on 24 January 2023\n"
    "Ref\nMeeting date\nAction\nOwner\nDue date\nStatus\nUpdate\n"
    "IB/22/07\n22/11/2022\nProvide the Board with an analysis of re-referrals\nHead of Performance\n24/01/2023\nGreen\n"
    "Analysis presented at this meeting.\n"
    "IB/23/01\n24/01/2023\nReport on permanence tracking to the March meeting\nHead of Children in Care\n21/03/2023\n"
    "Amber\nNot yet due.\n"
)


def test_a_pdfs_log_with_one_cell_a_line_is_read_row_by_row_by_the_count_of_its_headings(tmp_path):
    (tmp_path / "log.txt").write_text(STACKED, encoding="utf-8")
    doc, part = _part(tmp_path / "log.txt")
    got = {r.log_reference: (r.assessment, r.text, r.addressed_to, r.due_by) for r in part.recommendations}
    body = "torbay/children-s-services-improvement-board"
    assert got == {
        "IB/22/07": (
            f"{body}-2022-11-22",
            "Provide the Board with an analysis of re-referrals",
            "Head of Performance",
            date(2023, 1, 24),
        ),
        "IB/23/01": (
            f"{body}-2023-01-24",
            "Report on permanence tracking to the March meeting",
            "Head of Children in Care",
            date(2023, 3, 21),
        ),
    }
    for node in [*part.recommendations, *part.updates]:
        assert " ".join(" ".join(doc.text[s.start : s.end] for s in node.spans).split()) == node.text


def test_a_log_with_one_cell_a_line_out_of_step_with_its_headings_is_said_on_stderr(tmp_path):
    from click.testing import CliRunner

    from findings.cli import cli

    (tmp_path / "log.txt").write_text(STACKED.replace("Amber\n", ""), encoding="utf-8")  # an empty cell: a line lost
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-pictures"])
    assert result.exit_code == 0 and "Traceback" not in result.output
    said = " ".join(result.output.split())
    assert "log.txt: an action log's heading row at line 4 was found, but its cells stand one a line" in said
    assert "after the rows read (IB/22/07) the rest cannot be told apart" in said
    x = build([tmp_path]).extraction
    assert [r.log_reference for r in x.recommendations] == ["IB/22/07"]  # the rows in step are read


def _pack_built(tmp_path, minute: str, row: str = "Report on children in unregistered homes"):
    """The extraction of the pack with `minute` in place of its focused-visit resolution (and `row` as CPP-A16's
    action), and the minutes' meeting."""
    pack = PACK.replace("<p>RESOLVED: That the Panel note the focused visit letter.</p>", minute)
    (tmp_path / "pack.html").write_text(pack.replace("Report on children in unregistered homes", row), encoding="utf-8")
    return build([tmp_path]).extraction, "torbay/corporate-parenting-panel-2024-09-17"


def test_a_request_made_in_discussion_and_the_log_row_recording_it_are_one_ask_closed_when_the_log_closes_it(tmp_path):
    asked = (
        "<p>Members asked that a report on children living in unregistered children's homes be brought to the next "
        "meeting of the Panel.</p>\n<p>RESOLVED: That the Panel note the focused visit letter.</p>"
    )
    x, meeting = _pack_built(tmp_path, asked)
    asks = [r for r in x.recommendations if r.assessment == meeting and r.identifier != "1"]
    assert [(r.identifier, r.log_reference, r.minute) for r in asks] == [("request-1", "CPP-A16", "CPP 24/32")]
    statuses = [(s.as_of, s.status) for s in x.statuses if s.item.assessment == meeting and s.item.identifier == "request-1"]
    assert statuses == [(date(2024, 9, 17), "Open"), (date(2024, 11, 19), "ReportedComplete")]
    assert not [s for s in x.statuses if s.item.identifier == "log-CPP-A16"]  # not a second item for the same ask


def test_a_resolution_and_the_log_row_recording_it_under_the_same_minute_are_one_ask(tmp_path):
    """'RESOLVED: That the Assistant Director report on children in unregistered homes …' and the log's row CPP-A16
    under the same minute were two open items for one ask (the Missing list); one that only notes a paper is no row's."""
    resolved = (
        "<p>RESOLVED: That the Panel note the focused visit letter, and that the Assistant Director report on children "
        "in unregistered homes to the Panel.</p>"
    )
    x, meeting = _pack_built(tmp_path, resolved)
    asks = [(r.identifier, r.log_reference, r.minute) for r in x.recommendations if r.assessment == meeting]
    assert asks == [("1", "CPP-A16", "CPP 24/32")]
    statuses = [(s.as_of, s.status) for s in x.statuses if s.item.assessment == meeting]
    assert statuses[-1] == (date(2024, 11, 19), "ReportedComplete")
    assert not [s for s in x.statuses if s.item.identifier == "log-CPP-A16"]
    (tmp_path / "pack.html").write_text(PACK, encoding="utf-8")  # 'note the focused visit letter': no row records it
    x = build([tmp_path]).extraction
    assert sorted((r.identifier, r.log_reference) for r in x.recommendations if r.assessment == meeting) == [
        ("1", None),
        ("log-CPP-A16", "CPP-A16"),
    ]


def test_a_bare_green_or_blue_no_key_explains_is_said_not_guessed(tmp_path):
    """'Green' alone reads as progress reported, nothing more: a QA lead is told which rows, so that the paper's key or
    an update in words can decide (the Missing list: it was passed over in silence)."""
    rows = [_row("CP71", "Green"), _row("CP72", "Blue"), _row("CP73", "Green", "On track for March."), _row("CP74", "Red")]
    (tmp_path / "log.html").write_text(LOG.replace("ROWS", "\n".join(rows)).replace("KEY", ""), encoding="utf-8")
    said = [n.split("/")[-1] for n in build([tmp_path]).extraction.notes if "action log's status" in n]
    assert said == [
        "log.html: the action log's status 'Blue' (CP72) means different things in different councils' keys and the "
        "paper prints none: read as progress reported, nothing more; a key ('Key: Blue = complete') or an update in "
        "words decides",
        "log.html: the action log's status 'Green' (CP71) means different things in different councils' keys and the "
        "paper prints none: read as progress reported, nothing more; a key ('Key: Blue = complete') or an update in "
        "words decides",
    ]
    key = "<p>Key: Blue = complete; Green = on track; Red = not yet started</p>"
    (tmp_path / "log.html").write_text(LOG.replace("ROWS", "\n".join(rows)).replace("KEY", key), encoding="utf-8")
    assert not [n for n in build([tmp_path]).extraction.notes if "action log's status" in n]


JANUARY_LOG = """<html><body><p>Torbay Council</p><h1>Corporate Parenting Panel</h1>
<h2>Action log &ndash; for the meeting on 21 January 2025</h2>
<table><tr><th>Ref</th><th>Meeting date</th><th>Minute</th><th>Action</th><th>Owner</th><th>Due date</th><th>Status</th>
<th>Update</th></tr>
<tr><td>CPP-A16</td><td>17/09/2024</td><td>CPP 24/32</td><td>Report on children in unregistered homes</td>
<td>Assistant Director</td><td>31/03/2025</td><td>Open</td><td>Moved to the March meeting.</td></tr>
</table></body></html>
"""


@pytest.mark.parametrize("names", [("a-nov.html", "b-jan.html"), ("pack-nov.html", "pack-jan.html")])
def test_the_ask_a_row_records_keeps_the_date_first_said_and_its_re_plan_whatever_order_the_files_sort_in(tmp_path, names):
    """The row's date copied into the resolution came from whichever file sorted first: the first date and the re-plan
    were lost when the later log's name sorted first (review helper-100)."""
    resolved = (
        "<p>RESOLVED: That the Panel note the focused visit letter, and that the Assistant Director report on children "
        "in unregistered homes to the Panel.</p>"
    )
    (tmp_path / names[0]).write_text(
        PACK.replace("<p>RESOLVED: That the Panel note the focused visit letter.</p>", resolved), encoding="utf-8"
    )
    (tmp_path / names[1]).write_text(JANUARY_LOG, encoding="utf-8")
    x = build([tmp_path]).extraction
    (ask,) = [r for r in x.recommendations if r.log_reference == "CPP-A16"]
    assert (ask.identifier, str(ask.due_by), [str(d) for d, _ in ask.slips]) == ("1", "2024-11-19", ["2025-03-31"])


def test_a_resolution_noting_a_paper_is_not_the_row_asking_for_a_further_one(tmp_path):
    """'That the Panel note the report on children living in unregistered homes …' shares words with the row asking
    for a further report on them, but asks for nothing: two items, the row's ask its own (review helper-100)."""
    noted = (
        "<p>RESOLVED: That the Panel note the report on children living in unregistered homes and the work of the "
        "placements team.</p>"
    )
    row = "Further report on children in unregistered homes in six months"
    x, meeting = _pack_built(tmp_path, noted, row)
    items = sorted((r.identifier, r.log_reference) for r in x.recommendations if r.assessment == meeting)
    assert items == [("1", None), ("log-CPP-A16", "CPP-A16")]


BROKEN = (
    "Croydon Council\nChildren and Young People Sub-Committee\n\nAction log \u2013 meeting held on 11 November 2025\n\n"
    "Ref\tMeeting date\tMinute\tAction\tOwner\tDue date\tStatus\tUpdate\n"
    "\t14/10/2025\t45/25\tProvide the sufficiency strategy refresh\tDirector of Children's Social Care\t31/12/2025\tOpen\n"
    "CY-2\t14/10/2025\n"
    "CY-3\t14/10/2025\t46/25\tCirculate the missing children audit\tHead of Safeguarding\t30/11/2025\tOpen\t\n"
    "Ref this row is broken too\n"
    "CY-4\t14/10/2025\t47/25\tReport on children placed out of borough\tHead of Corporate Parenting\t31/01/2026\tOpen\t\n"
)


def test_a_broken_row_is_said_and_passed_over_and_the_rows_after_it_read(tmp_path):
    """A row with no Ref, a stray line and a row with no action lost every row of the log, or the one after them,
    in silence (tester helper-101); a '… Sub-Committee' is a body a log paper may name."""
    (tmp_path / "log.txt").write_text(BROKEN, encoding="utf-8")
    x = build([tmp_path]).extraction
    assert sorted(r.log_reference for r in x.recommendations if r.log_reference) == ["CY-3", "CY-4"]
    assert {r.assessment for r in x.recommendations} == {"croydon/children-and-young-people-sub-committee-2025-10-14"}
    said = [n.split(": ", 1)[1] for n in x.notes]
    assert said == [
        "line 7 under an action log's heading opens with no Ref the log reader knows; passed over, the rows after it "
        "read (extract/action_log_layout.json)",
        "line 10 under an action log's heading opens with no Ref the log reader knows; passed over, the rows after it "
        "read (extract/action_log_layout.json)",
        "the action log's row CY-2 gives no action; not read",
    ]


def test_a_log_whose_minute_cell_says_item_7_records_the_resolution_under_item_7(tmp_path):
    """'Item 7' in the log's Minute cell is the minutes' 'Item 7 – …' (minute 7): one ask (tester helper-101)."""
    resolved = (
        "<p>RESOLVED: That the Panel note the focused visit letter, and that the Assistant Director report on children "
        "in unregistered homes to the Panel.</p>"
    )
    pack = PACK.replace("<p>RESOLVED: That the Panel note the focused visit letter.</p>", resolved)
    pack = pack.replace("<h3>CPP 24/32 Ofsted focused visit</h3>", "<h3>Item 7 \u2013 Ofsted focused visit</h3>")
    (tmp_path / "pack.html").write_text(pack.replace("<td>CPP 24/32</td>", "<td>Item 7</td>"), encoding="utf-8")
    x = build([tmp_path]).extraction
    meeting = "torbay/corporate-parenting-panel-2024-09-17"
    assert [(r.identifier, r.log_reference, r.minute) for r in x.recommendations if r.assessment == meeting] == [
        ("1", "CPP-A16", "7")
    ]


def test_a_green_no_key_explains_is_read_by_the_status_word_its_update_opens_with(tmp_path):
    """'Green' with 'Closed – audit circulated to members' stayed open (tester helper-101): the update's words decide."""
    got = _current(tmp_path, [_row("CP81", "Green", "Closed &ndash; audit circulated to members."), _row("CP82", "Green")])
    assert got == {"log-CP81": "ReportedComplete", "log-CP82": "InProgress"}
