"""Minutes: meetings, what they resolved (one node per resolution), requests made in discussion, undated meetings bounded."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import CORPUS, DATA


def _part(path):
    return extract_document(read_document(path, path.name))


def _resolutions(part):
    return [r for r in part.recommendations if r.kind == "Resolution"]


def test_an_undated_meeting_is_bounded_and_says_how():
    path = next(CORPUS.rglob("002_*.txt"))
    meeting = next(a for a in _part(path).assessments.values() if a.kind == "Meeting")
    assert (meeting.date, meeting.earliest, meeting.latest) == (None, date(2017, 12, 6), date(2018, 3, 4))
    assert "after 5 December 2017" in meeting.date_source and "next meeting they name, 5 March 2018" in meeting.date_source


def test_every_resolution_is_the_text_of_its_spans():
    checked = 0
    for path in sorted(CORPUS.rglob("*.txt")) + [DATA / "other_councils" / "riverton_scrutiny_minutes.txt"]:
        doc = read_document(path, path.name)
        part = extract_document(doc)
        for r in _resolutions(part):
            checked += 1
            quoted = " ".join(" ".join(doc.text[s.start : s.end] for s in r.spans).replace("*", " ").split())
            assert quoted == r.text, (path.name, r.identifier)
            assert r.assessment in part.assessments and part.assessments[r.assessment].kind == "Meeting"
    assert checked > 30  # the bundled minutes resolve 8 + 9 + 14 items: a test over none would pass


def test_another_councils_minutes_layout():
    part = _part(DATA / "other_councils" / "riverton_scrutiny_minutes.txt")
    meeting = next(a for a in part.assessments.values() if a.kind == "Meeting")
    assert meeting.key == "riverton/children-and-young-people-scrutiny-panel-2025-05-14"
    got = [(r.identifier, r.scope, r.text) for r in _resolutions(part)]
    assert got == [
        (
            "1",
            "Ofsted inspection: improvement plan",
            "that the improvement plan be noted and progress reported to the Panel every six months.",
        ),
        ("2", "Care leavers' accommodation", "that officers review the supported lodgings offer and report back; and"),
        ("3", "Care leavers' accommodation", "that the Panel visit two supported lodgings providers."),
        ("4", "Work programme", "that the work programme be agreed with the addition of:"),
        ("5", "Work programme", "a report on private fostering; and"),
        ("6", "Work programme", "the annual report of the Independent Reviewing Service."),
        ("request-1", None, "A request was made for the timeliness of initial health assessments to be reported quarterly."),
        ("request-2", None, "Members requested that a breakdown by age be circulated before the next meeting."),
    ]


@pytest.mark.parametrize(
    "approval",
    [
        "The minutes of the meeting of the Panel held on 5 March 2025 were agreed.",
        "Minutes of the meeting of the Panel held on 5 March 2025 were agreed as a correct record.",
        "Minutes of the meeting of the Panel held on 5 March 2025 at 6.00 pm were agreed as a correct record.",
        "Minutes of the meeting of the Panel held on 5 March 2025, previously circulated, were agreed.",
        "Minutes of the meeting of the Panel held on 5 March 2025\nRESOLVED: that the minutes be approved",
        "RESOLVED: That the minutes of the meeting of the Panel held at the Civic Centre on 5 March 2025 be confirmed.",
    ],
)
def test_a_header_that_dates_the_meeting_before_its_place_is_read(tmp_path, approval):
    """'MINUTES of the meeting of … held on Wednesday 14 May 2025 at 6.00 pm in the Civic Centre' (it gave no meeting
    and no resolution); a later line approving 'the minutes of the meeting held on …' is no second meeting."""
    text = (DATA / "other_councils" / "riverton_scrutiny_minutes.txt").read_text(encoding="utf-8")
    text = text.replace(
        "MINUTES of a meeting of the Children and Young People Scrutiny Panel held at the Civic Centre, Riverton on "
        "Wednesday 14 May 2025",
        "MINUTES of the meeting of the Children and Young People Scrutiny Panel held on Wednesday 14 May 2025 at 6.00 pm "
        f"in the Civic Centre, Riverton\n\n{approval}",
    )
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    part = _part(path)
    meetings = [a.key for a in part.assessments.values() if a.kind == "Meeting"]
    assert meetings == ["riverton/children-and-young-people-scrutiny-panel-2025-05-14"]
    assert len(_resolutions(part)) == 8 + ("RESOLVED" in approval)  # approving the minutes is itself resolved


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("CONFIRMED ", ""),
        ("Approved minutes: ", ""),
        ("", "\n(These minutes were approved at the meeting on 9 July 2025)"),
        ("", "\n\nMinutes of the meeting of the Corporate Parenting Board held on 5 March 2025 were noted."),
    ],
)
def test_a_header_marked_approved_is_still_the_meetings_and_a_noted_earlier_one_is_no_meeting(tmp_path, before, after):
    """'CONFIRMED MINUTES of a meeting …' or a note that the minutes were approved later is this meeting's header (it
    was thrown away: no meeting, no resolution); an earlier meeting's minutes noted in this one are no meeting."""
    header = (
        "MINUTES of a meeting of the Children and Young People Scrutiny Panel held at the Civic Centre, Riverton on "
        "Wednesday 14 May 2025"
    )
    text = (DATA / "other_councils" / "riverton_scrutiny_minutes.txt").read_text(encoding="utf-8")
    path = tmp_path / "minutes.txt"
    path.write_text(text.replace(header, before + header + after), encoding="utf-8")
    part = _part(path)
    assert [a.key for a in part.assessments.values() if a.kind == "Meeting"] == [
        "riverton/children-and-young-people-scrutiny-panel-2025-05-14"
    ]
    assert len(_resolutions(part)) == 8


ITEM_PAGE = """Issue - meetings

Improvement plan following the inspection of children's services

Meeting: 26/09/2024 - Children's Services Scrutiny Committee (Item 18)

18 Improvement plan following the inspection of children's services pdf icon PDF 61 KB

Minutes:

The Committee considered the report of the Director of Children's Services on the improvement plan agreed after the
inspection published on 27 June 2024.

RESOLVED: That

(1)       the improvement plan be endorsed; and

(2)       progress reports be submitted to the Committee every six months.
"""


def test_a_committee_web_pages_item_is_one_dated_meeting_with_its_resolutions(tmp_path):
    """helper-41: councils' committee web pages ('Issue - meetings') date one agenda item's minutes on a line of
    their own ('Meeting: 26/09/2017 - … (Item 18)'), day first; their 'RESOLVED: That' opens numbered resolutions,
    each a resolution of its own (not one more whose text is 'That')."""
    path = tmp_path / "item.txt"
    path.write_text(ITEM_PAGE, encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    (meeting,) = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert (meeting.date, meeting.label) == (date(2024, 9, 26), "Children's Services Scrutiny Committee")
    assert [doc.text[s.start : s.end] for s in meeting.spans] == [
        "Meeting: 26/09/2024 - Children's Services Scrutiny Committee (Item 18)"
    ]
    got = [(r.identifier, r.text) for r in _resolutions(part)]
    assert got == [  # numbered as the item's: another item page of the same meeting never shares a number
        ("18.1", "the improvement plan be endorsed; and"),
        ("18.2", "progress reports be submitted to the Committee every six months."),
    ]
    assert all(doc.text[r.spans[0].start : r.spans[-1].end] == r.text for r in _resolutions(part))
    undated = ITEM_PAGE.replace("Meeting: 26/09/2024", "Meeting: 31/02/2024")  # printed, but no day: bounded instead
    path.write_text(undated, encoding="utf-8")
    (meeting,) = [a for a in extract_document(read_document(path, path.name)).assessments.values() if a.kind == "Meeting"]
    assert meeting.date is None and meeting.earliest == date(2024, 6, 28)


def test_item_pages_of_one_meeting_keep_their_resolutions_apart(tmp_path):
    """helper-45: two item pages of one meeting both numbered their resolutions from 1, and the meeting's
    resolution 1 had two texts. An item numbered '45/17' or '5.1' is still the item, not part of the meeting's name;
    a report's cover line 'Meeting: 12/03/2024 - Cabinet' (no item) makes no minutes."""
    from findings.build import build

    other = ITEM_PAGE.replace("(Item 18)", "(Item 45/17)").replace(
        "the improvement plan be endorsed", "the fostering plan be noted"
    )
    (tmp_path / "a.txt").write_text(ITEM_PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(other, encoding="utf-8")
    x = build([tmp_path]).extraction
    (meeting,) = [a for a in x.assessments.values() if a.kind == "Meeting"]
    assert meeting.label == "Children's Services Scrutiny Committee" and len(meeting.spans) == 2
    got = sorted((r.identifier, r.text) for r in _resolutions(x))
    assert [i for i, _ in got] == ["18.1", "18.2", "45-17.1", "45-17.2"]
    assert ("45-17.1", "the fostering plan be noted; and") in got
    cover = "Report to Cabinet\n\nMeeting: 12/03/2024 - Cabinet\n\nRECOMMENDED: That Cabinet approves the plan.\n"
    path = tmp_path / "cover.txt"
    path.write_text(cover, encoding="utf-8")
    assert not [a for a in _part(path).assessments.values() if a.kind == "Meeting"]


def test_a_bare_that_takes_its_numbered_resolutions_and_stops_at_the_next_agenda_item(tmp_path):
    """helper-45: after 'RESOLVED: That' (1) and (2), the next agenda item's heading ('19. Fostering service annual
    report') and its discussion became resolution 3."""
    minutes = ITEM_PAGE + (
        "\n19. Fostering service annual report\n\nThe Committee considered the annual report of the fostering service and "
        "asked questions about recruitment.\n"
    )
    path = tmp_path / "minutes.txt"
    path.write_text(minutes, encoding="utf-8")
    assert [r.identifier for r in _resolutions(_part(path))] == ["18.1", "18.2"]


_CABINET = "At a meeting of the Cabinet held at County Hall, Anytown on Monday 3 June 2024\n\n"


@pytest.mark.parametrize(
    ("block", "points"),
    [
        (
            "RESOLVED: That the improvement plan be approved subject to:\n1. Quarterly reports to the Scrutiny Committee\n"
            "2. An annual review by the Corporate Parenting Panel",
            ["Quarterly reports to the Scrutiny Committee", "An annual review by the Corporate Parenting Panel"],
        ),
        (
            "RESOLVED – That the Panel:\n1. Notes the progress made against the improvement plan.\n2. Asks the Director "
            "of Children's Services to report back to\nthe Panel in March 2019 on placement sufficiency.\n3. Agrees to "
            "hold a themed meeting on care leavers.",
            ["Notes the progress made", "Asks the Director", "Agrees to hold a themed meeting"],
        ),
        (
            "RESOLVED:\n1. That the Improvement Plan be approved, subject to the following:\n   1. Targets for the Front "
            "Door be added\n   2. An action on Care Leavers be included\n2. That the Panel receive an update in June.",
            ["That the Improvement Plan be approved", "Targets for the Front Door", "That the Panel receive an update"],
        ),
        (
            "RESOLVED: That the Cabinet:\n1. approves the plan subject to:\n(a) quarterly reports;\n(b) an annual review;\n"
            "2. Asks the Director to report progress to the Scrutiny Committee\nevery six months.",
            ["approves the plan", "quarterly reports", "an annual review", "Asks the Director to report progress"],
        ),
    ],
)
def test_no_numbered_point_is_lost_however_it_reads(tmp_path, block, points):
    """helper-46 to helper-49: points that read like headings (a capital, no stop), wrapped points and numbered
    sub-points were lost by rules that tried to tell the next agenda item's heading apart; those rules went, and
    every point stays a resolution (a heading after the last point may still be taken in, as before)."""
    path = tmp_path / "cabinet.txt"
    path.write_text(_CABINET + block + "\n\n6. Fostering service annual report\n\nThe Cabinet considered it.\n", encoding="utf-8")
    got = [r.text for r in _resolutions(_part(path))]
    assert all(any(t.startswith(p) for t in got) for p in points), got


def test_an_item_line_elsewhere_makes_no_meeting(tmp_path):
    """helper-49: a report's cover with 'Meeting: 12/03/2024 - Cabinet (Item 7)' and a RECOMMENDED, and minutes that
    quote such a line further down, made meetings of their own. The line dates a page only near its start and
    above its 'Minutes:' label."""
    cover = ITEM_PAGE.replace("Minutes:\n", "Report of the Director of Children's Services\n")
    path = tmp_path / "cover.txt"
    path.write_text(cover, encoding="utf-8")
    assert not [a for a in _part(path).assessments.values() if a.kind == "Meeting"]
    quoted = (
        _CABINET + "RESOLVED: That the plan be noted.\n\n" + "The Cabinet discussed the inspection at length. " * 40 + "\n\n"
        "The Executive's decision was quoted:\nMeeting: 12/02/2024 - Executive (Item 7)\nMinutes:\n\n"
        "RESOLVED: That the work programme be agreed.\n"
    )
    path.write_text(quoted, encoding="utf-8")
    meetings = [a for a in _part(path).assessments.values() if a.kind == "Meeting"]
    assert [m.label for m in meetings] == ["Cabinet"]
    assert [r.identifier for r in _resolutions(_part(path))] == ["1", "2"]


WIGAN_LIKE = """\
Minutes of a meeting of the Children and Young People Scrutiny Committee held in the Old Courtroom, Town Hall, Wigan
on Tuesday, 14th March 2023

RESOLVED - That the Committee notes the progress made against the Improvement Plan.
"""

OXFORD_LIKE = """\
EDUCATION SCRUTINY COMMITTEE

MINUTES of the meeting held on Thursday, 17 January 2019 commencing at 10.00 am

3/19 OFSTED POST-INSPECTION ACTION PLAN: PROGRESS REPORT

RESOLVED: to
(a) receive the progress report on the post-inspection action plan; and
(b) ask the Director for Children's Services to report on the family group conferencing service.
"""


@pytest.mark.parametrize(
    ("text", "day", "body", "resolutions"),
    [
        # a day as committees write it, '14th March 2023' (helper-63)
        (WIGAN_LIKE, date(2023, 3, 14), "Children and Young People Scrutiny Committee", 1),
        # the committee's name on the heading above 'MINUTES of the meeting held on …'; 'RESOLVED: to' over (a), (b)
        (OXFORD_LIKE, date(2019, 1, 17), "Education Scrutiny Committee", 2),
    ],
)
def test_another_councils_house_style_of_minutes_is_read(tmp_path, text, day, body, resolutions):
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    part = _part(path)
    (meeting,) = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert meeting.date == day and body in meeting.label
    found = _resolutions(part)
    assert len(found) == resolutions and all(r.text not in ("to", "That") for r in found)
    doc = part.documents[0]
    assert all(doc.text[s.start : s.end] for r in found for s in r.spans)


def test_a_committee_web_pages_agenda_and_minutes_is_one_dated_meeting():
    """A ModernGov 'Agenda and minutes' page (written by a helper in another council's style): its heading line dates
    the meeting ('… Committee - Tuesday, 13th September, 2022 5.00 pm'), its banner names the council, and the next
    agenda item's number ('22.') after a resolution's bullets is no point of it (helper-63)."""
    path = DATA / "other_councils" / "wigan_style_agenda_and_minutes.html"
    part = _part(path)
    (meeting,) = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert (meeting.key, meeting.date) == ("wigan/children-and-young-people-scrutiny-committee-2022-09-13", date(2022, 9, 13))
    texts = [r.text for r in _resolutions(part)]
    assert "the Children's Services Improvement Plan 2022–2024 be endorsed; and" in texts
    assert not [t for t in texts if "Work programme" in t or "Minutes:" in t]
    assert any(t.startswith("That the work programme be agreed") for t in texts)


def test_another_bodys_minutes_an_item_notes_and_a_low_agenda_number_after_bullets_stay_in_the_meeting(tmp_path):
    """helper-64: 'Corporate Parenting Board / Minutes of the meeting held on 5th February 2023' noted as an item
    started a meeting of its own and took the Cabinet's later resolutions; agenda item '5.' after a resolution's
    bullets became a point of it."""
    filler = "".join(f"Members discussed item {n} of the budget at length and noted the report.\n" for n in range(30))
    text = (
        "MINUTES of the meeting of the Cabinet held on Tuesday 14th March 2023 at 10.00 am\n\n"
        f"1. Budget\n\n{filler}\n"
        "2.\nCorporate Parenting Board\nMinutes of the meeting held on 5th February 2023\nMinutes:\n"
        "RESOLVED: that the minutes be received.\n\n"
        "3.\nOfsted report\nMinutes:\nRESOLVED – That:\n- the report be received;\n- the plan be endorsed.\n"
        "4.\nWork programme\nMinutes:\nRESOLVED – That the work programme be agreed.\n"
    )
    path = tmp_path / "cabinet.txt"
    path.write_text(text, encoding="utf-8")
    part = _part(path)
    assert [a.date for a in part.assessments.values() if a.kind == "Meeting"] == [date(2023, 3, 14)]
    texts = [r.text for r in _resolutions(part)]
    assert "the plan be endorsed." in texts and any(t.startswith("That the work programme") for t in texts)
    assert not [t for t in texts if "Work programme" in t]


def _text_part(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _part(path)


def test_minutes_headed_by_their_committee_over_a_date_line_and_resolving_in_title_case(tmp_path):
    """'Resolved:' as well as 'RESOLVED:', and a meeting dated by the line under its committee's name ('Meeting date:
    Wednesday, 20th September, 2023 6.00 pm'): before, no resolution, and a meeting 'after' the last date it named
    (helper-65)."""
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "Minutes\nCorporate Parenting Panel, held at Bolton Town Hall\nMeeting date: Wednesday, 20th September, 2023 6.00 pm\n"
        "Present: Councillors A, B and C.\n\n12\nImprovement plan progress\nThe panel heard that 14 of 20 actions were done "
        "by 31 August 2023.\nResolved:\n- That the progress update be received and noted.\n- That the next update include "
        "the number of care leavers in suitable accommodation.\n\n13\nWork programme\nResolved: That the work programme be "
        "agreed.\n",
    )
    (meeting,) = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert (meeting.key, meeting.date) == ("bolton/corporate-parenting-panel-2023-09-20", date(2023, 9, 20))
    assert [r.text for r in _resolutions(part)] == [
        "That the progress update be received and noted.",
        "That the next update include the number of care leavers in suitable accommodation.",
        "That the work programme be agreed.",
    ]


def test_a_panel_headed_in_capitals_with_its_venue_and_date_below_is_one_meeting(tmp_path):
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY PANEL\nCounty Hall, Worcester\n\nDate: Wednesday, 20 September 2017\n"
        "Time: 10.00 am\n\nPresent: Mr A (Chairman).\n\n313 Improvement Plan\nThe Panel received the progress report of "
        "Worcestershire County Council.\n",
    )
    assert [(a.key, a.date) for a in part.assessments.values() if a.kind == "Meeting"] == [
        ("worcestershire/children-and-families-overview-and-scrutiny-panel-2017-09-20", date(2017, 9, 20))
    ]


def test_a_decision_page_is_its_meetings_though_the_date_stands_below_the_decision(tmp_path):
    """A committee web page's 'Decision details': 'Resolved:' and its points, then 'Decided at meeting: 25/04/2023 -
    Cabinet' below them (helper-65: 'a kind of document the readers do not know')."""
    part = _text_part(
        tmp_path,
        "decision.txt",
        "Decision details\nImprovement Plan\nDecision Maker: Cabinet\nDecision:\nCabinet considered the report.\nResolved:\n"
        "- That the improvement plan be approved.\n- That progress be reported to the Scrutiny Committee every six months.\n"
        "Reasons for the decision:\nThe Council must send Ofsted its plan.\nDate of decision: 25/04/2023\n"
        "Decided at meeting: 25/04/2023 - Cabinet\n\nBolton Council\n",
    )
    assert [(a.key, a.date) for a in part.assessments.values() if a.kind == "Meeting"] == [
        ("bolton/cabinet-2023-04-25", date(2023, 4, 25))
    ]
    assert [r.text for r in _resolutions(part)] == [
        "That the improvement plan be approved.",
        "That progress be reported to the Scrutiny Committee every six months.",
    ]


def test_a_reports_cover_naming_its_committee_and_meeting_date_is_no_minutes(tmp_path):
    """'Report to Cabinet' over 'Date of meeting: 12 September 2017', and an officer's 'RECOMMENDED: that Cabinet
    notes …': a report, not a meeting whose paragraphs are resolutions (helper-66)."""
    part = _text_part(
        tmp_path,
        "report.txt",
        "Worcestershire County Council\nReport to Cabinet\nDate of meeting: 12 September 2017\n\nRECOMMENDED: that Cabinet "
        "notes the progress made.\n\n1. Recommendation 1 – on track. The board meets monthly.\n",
    )
    assert [a for a in part.assessments.values() if a.kind == "Meeting"] == []
    assert _resolutions(part) == []


def test_a_meeting_in_capitals_is_labelled_as_people_write_it(tmp_path):
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "CHILDREN'S SERVICES IMPROVEMENT BOARD\nCivic Centre, Oldham\nDate: Thursday, 16 July 2015\n\nPresent: Councillor A.\n"
        "\n1. Minutes\nRESOLVED: That the scorecard be noted.\n",
    )
    (meeting,) = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert meeting.label == "Children's Services Improvement Board"  # not "Children'S"


def test_a_resolution_within_a_minutes_prose_is_one(tmp_path):
    """'… presented the scorecard. RESOLVED: That the scorecard be noted.' on one line (helper-67: not taken)."""
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "MINUTES of a meeting of the Corporate Parenting Panel held at the Civic Centre, Oldham on 3 May 2023\n\n"
        "Present: Councillor A.\n\n4. SCORECARD\nThe Head of Performance presented the first scorecard. RESOLVED: That the "
        "scorecard be noted.\n",
    )
    (res,) = _resolutions(part)
    doc = read_document(tmp_path / "minutes.txt", "minutes.txt")
    assert res.text == "That the scorecard be noted." == doc.text[res.spans[0].start : res.spans[0].end]


def test_a_meetings_action_log_is_no_plan_and_an_inline_resolution_runs_to_its_end(tmp_path):
    """helper-71: an action log ('No. | Action | Who | By when | Comments') under minutes was read as an inspection's
    plan; a wrapped inline resolution was cut at the line's end."""
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "MINUTES of a meeting of the Corporate Parenting Board held at the Civic Centre, Oldham on 3 May 2023\n\n"
        "Present: Councillor A.\n\n3. PLACEMENTS\nThe board heard about stability. RESOLVED: That the scorecard be noted and "
        "that a\nfurther report on placement stability be brought to the next meeting.\n\n4. ACTION LOG\n\n"
        "No.\tAction\tWho\tBy when\tComments\n1\tCirculate the recruitment figures\tHead of Fostering\tJune 2023\tTo "
        "follow\n2\tArrange a visit to the hub\tClerk\tJuly 2023\tBeing agreed\n",
    )
    resolutions = {r.identifier: r.text for r in _resolutions(part)}
    assert [text for name, text in resolutions.items() if not name.startswith("log-")] == [
        "That the scorecard be noted and that a further report on placement stability be brought to the next meeting."
    ]
    # the log under its minute's heading ('4. ACTION LOG') is the meeting's log, its rows the board's asks
    assert {name: text for name, text in resolutions.items() if name.startswith("log-")} == {
        "log-1": "Circulate the recruitment figures",
        "log-2": "Arrange a visit to the hub",
    }
    assert part.actions == [] and [r for r in part.recommendations if r.kind == "Recommendation"] == []


@pytest.mark.parametrize(
    ("opening", "key", "day"),
    [
        (
            "DURHAM COUNTY COUNCIL\n\nAt a Meeting of Children and Young People's Overview and Scrutiny Committee held "
            "remotely via Microsoft Teams on Monday 14 September 2020 at 9.30 am\n\nPresent: Councillor A (Chair)\n",
            "durham/children-and-young-people-s-overview-and-scrutiny-committee-2020-09-14",
            date(2020, 9, 14),
        ),
        (
            "Middlesbrough Council\nChildren's Scrutiny Panel\nA meeting of the Children's Scrutiny Panel was held on "
            "Thursday 20 July 2023, Mandela Room, Town Hall.\nPRESENT: Councillors A and B\n",
            "middlesbrough/children-s-scrutiny-panel-2023-07-20",
            date(2023, 7, 20),
        ),
        (
            "Northumberland County Council\nFamily and Children's Services Overview and Scrutiny Committee - Thursday, "
            "7th July, 2016 10.00 am\nVenue: Committee Room 1, County Hall, Morpeth\nMinutes\nNo.\nItem\n",
            "northumberland/family-and-children-s-services-overview-and-scrutiny-committee-2016-07-07",
            date(2016, 7, 7),
        ),
    ],
)
def test_minutes_in_three_more_house_styles_are_meetings(tmp_path, opening, key, day):
    """helper-72: 'At a Meeting of …' without 'the', held remotely; 'A meeting of the … was held on …'; a committee
    page's heading line above its 'Minutes' title; and 'AGREED' over the decisions."""
    part = _text_part(tmp_path, "minutes.txt", opening + "\n12. Improvement plan\nAGREED that the plan be noted.\n")
    assert [(a.key, a.date) for a in part.assessments.values() if a.kind == "Meeting"] == [(key, day)]
    assert [r.text for r in _resolutions(part)] == ["that the plan be noted."]


def test_agreed_as_a_heading_word_and_a_meeting_a_report_mentions_are_no_minutes_items(tmp_path):
    """helper-73: 'AGREED ACTIONS FROM PREVIOUS MEETINGS' became a resolution, and a report's sentence 'The meeting of
    the Ofsted Improvement Board was held on 5 July 2023 …' a meeting."""
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "MINUTES of a meeting of the Corporate Parenting Panel held at the Civic Centre, Oldham on 3 May 2023\n\n"
        "Present: Councillor A.\n\n2. AGREED ACTIONS FROM PREVIOUS MEETINGS\nAll actions were complete.\n\n3. PLAN\n"
        "AGREED that the plan be noted.\n",
    )
    assert [r.text for r in _resolutions(part)] == ["that the plan be noted."]
    report = _text_part(
        tmp_path,
        "report.txt",
        "Oldham Council\nReport to Scrutiny\n\nThe meeting of the Ofsted Improvement Board was held on 5 July 2023 and "
        "reviewed the plan below.\n",
    )
    assert [a for a in report.assessments.values() if a.kind == "Meeting"] == []


def test_a_committee_page_holding_two_meetings_reads_both(tmp_path):
    """helper-72: the December meeting's resolution went to July's."""
    meeting = "Family and Children's Services Overview and Scrutiny Committee - {}\nVenue: County Hall, Morpeth\nMinutes\n"
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "Northumberland County Council\n"
        + meeting.format("Thursday, 7th July, 2016 10.00 am")
        + "12.\nImprovement plan\nRESOLVED that the improvement plan be endorsed.\n\n"
        + meeting.format("Monday, 5th December, 2016 2.00 pm")
        + "31.\nProgress\nRESOLVED that the progress report be noted.\n",
    )
    assert sorted((r.assessment[-10:], r.text) for r in _resolutions(part)) == [
        ("2016-07-07", "that the improvement plan be endorsed."),
        ("2016-12-05", "that the progress report be noted."),
    ]


LEEDS_STYLE = DATA / "other_councils"  # helper-75: minutes in Leeds's house style, named for Wigan


def test_a_committee_named_in_capitals_over_a_bare_weekday_line_is_a_meeting_and_the_board_agreed_resolves():
    """'SCRUTINY BOARD (CHILDREN AND FAMILIES)' / 'WEDNESDAY, 15TH MARCH, 2023' / 'PRESENT: …', and decisions under
    'The Board AGREED:' (a)–(c): no meeting and no resolution were read (helper-75)."""
    part = _part(LEEDS_STYLE / "leeds_style_minutes_march.txt")
    (meeting,) = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert (meeting.label, meeting.date) == ("Scrutiny Board (Children and Families)", date(2023, 3, 15))
    texts = [r.text for r in _resolutions(part)]
    assert texts[0].startswith("that the minutes of the meeting held on 15th February 2023 be approved")
    assert texts[1:4] == [
        "to note the progress made against the Ofsted improvement plan;",
        "that the Chief Officer, Social Work Service, provide Members with a briefing note on agency staffing at the front door;",
        "that a further report on progress against the improvement plan, including the outcome of the re-audit of "
        "assessments and plans, be brought to the Board in September 2023.",
    ]
    assert texts[4].startswith("that the work schedule be updated") and len(texts) == 5
    doc = part.documents[0]
    assert all(
        " ".join(doc.text[s.start : s.end].split()) in " ".join(r.text.split()) for r in _resolutions(part) for s in r.spans
    )


def test_minutes_of_the_body_held_on_a_day_and_the_committee_agreed_under_decision():
    """'Minutes of the Scrutiny Board (…)' / 'Held on Wednesday 20 September 2023 …', then 'Decision:' and '1. The
    Committee AGREED to note …': nothing was read (helper-75)."""
    part = _part(LEEDS_STYLE / "leeds_style_minutes_september.txt")
    (meeting,) = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert meeting.date == date(2023, 9, 20)
    assert part.documents[0].date == date(2023, 9, 20)  # the paper's day is its meeting's, not its PDF's (helper-76)
    assert [r.text[:20] for r in _resolutions(part)] == [
        "to note the twelve-m",
        "that areas for impro",
        "to hold a working gr",
    ]


def test_a_request_for_a_further_report_on_progress_is_fulfilled_by_the_progress_report(tmp_path):
    """'that a further report on progress against the improvement plan … be brought to the Board in September 2023'
    stayed open beside the report that answered it (helper-75)."""
    from findings.build import build
    from tests.conftest import OFSTED, need_shared

    need_shared()
    x = build(
        [LEEDS_STYLE / "leeds_style_minutes_march.txt", LEEDS_STYLE / "leeds_style_scrutiny_report.html", OFSTED / "wigan"]
    ).extraction
    assert _request_statuses(x, "further report on progress") == [
        (date(2023, 3, 15), "Open"),
        (date(2023, 9, 20), "ReportedComplete"),
    ]


def _request_statuses(x, words: str) -> list:
    """(as of, status) of the resolution whose text holds `words`, in order."""
    request = next(r for r in _resolutions(x) if words in r.text)
    mine = (s for s in x.statuses if (s.item.assessment, s.item.identifier) == (request.assessment, request.identifier))
    return [(s.as_of, s.status) for s in mine]


def test_a_committee_of_the_council_is_the_committee_however_the_minutes_head_it(tmp_path):
    """'AT A MEETING of the Children and Young People Select Committee of HAMPSHIRE COUNTY COUNCIL held at …' and
    the same committee's minutes headed without the council were two bodies (helper-76)."""
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "AT A MEETING of the Children and Young People Select Committee of WIGAN COUNCIL held at the Town Hall, Wigan on"
        " Tuesday, 21st May, 2024\nPresent: Councillor A Smith (Chair)\n\n1. Ofsted action plan\nRESOLVED – that the"
        " update be noted.\n",
    )
    assert [(a.key, a.label) for a in part.assessments.values() if a.kind == "Meeting"] == [
        ("wigan/children-and-young-people-select-committee-2024-05-21", "Children and Young People Select Committee")
    ]


@pytest.mark.parametrize(
    ("name", "key", "day", "resolutions"),
    [
        # 'Kent County Council > Scrutiny Committee' / 'Minutes' / 'Venue: …' / 'Wednesday, 13th November, 2024 10.00 am',
        # and '(4) RESOLVED that:' over '(a) …', '(b) …', '(c) …' (helper-77)
        ("kent_style_minutes.html", "kent/scrutiny-committee-2024-11-13", date(2024, 11, 13), 5),
        # 'Minutes of the People Scrutiny Commission' / 'Monday 18 September 2023 at 5.00 pm, City Hall' (helper-78)
        ("bristol_style_minutes_september.txt", "bristol/people-scrutiny-commission-2023-09-18", date(2023, 9, 18), 5),
        # 'People Scrutiny Commission – Minutes' / '25 March 2024, 5.00 pm, …', decisions 'PSC/24/12/a The report was noted.'
        ("bristol_style_minutes_march.txt", "bristol/people-scrutiny-commission-2024-03-25", date(2024, 3, 25), 3),
    ],
)
def test_minutes_headed_in_other_councils_ways_are_meetings_with_their_resolutions(name, key, day, resolutions):
    part = _part(LEEDS_STYLE / name)
    assert [(k, a.date) for k, a in part.assessments.items() if a.kind == "Meeting"] == [(key, day)]
    assert len(_resolutions(part)) == resolutions
    doc = part.documents[0]
    for r in _resolutions(part):  # each resolution is the characters it came from
        assert " ".join(" ".join(doc.text[s.start : s.end].split()) for s in r.spans) == " ".join(r.text.split())


def test_a_request_for_a_further_report_is_fulfilled_by_the_report_that_answers_it(tmp_path):
    """'(2) that a further report on the pre-proceedings (PLO) work … be brought to the Commission's meeting in March
    2024' stayed open beside the further report (helper-78, Bristol style; here named for a council whose reports are
    built)."""
    from findings.build import build
    from tests.conftest import OFSTED, need_shared

    need_shared()
    papers = []
    for name in ("bristol_style_minutes_september.txt", "bristol_style_further_report.txt"):
        text = (LEEDS_STYLE / name).read_text(encoding="utf-8")
        for old, new in (
            ("BRISTOL CITY COUNCIL", "CENTRAL BEDFORDSHIRE COUNCIL"),
            ("Bristol City Council", "Central Bedfordshire Council"),
        ):
            text = text.replace(old, new)
        (tmp_path / name).write_text(text.replace("Bristol", "Central Bedfordshire"), encoding="utf-8")
        papers.append(tmp_path / name)
    x = build([*papers, OFSTED / "central-bedfordshire"]).extraction
    assert _request_statuses(x, "further report") == [(date(2023, 9, 18), "Open"), (date(2024, 3, 25), "ReportedComplete")]


def test_another_bodys_minutes_noted_in_an_item_are_no_meeting(tmp_path):
    """'Minutes of the Corporate Parenting Panel held on 12 January 2024' under an item 'Minutes of other bodies' is
    what the committee received, not a meeting whose resolutions follow (helper-79's review)."""
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "Minutes of the meeting of the Cabinet held at the Town Hall, Wigan on 5 February 2024\nPresent: Councillor A Smith"
        "\n\n1. Minutes of other bodies\nMinutes of the Corporate Parenting Panel held on 12 January 2024\nThe Cabinet "
        "received the minutes for information.\n\n2. Ofsted improvement plan\nRESOLVED that a further report on progress "
        "be brought to Cabinet in July 2024.\n",
    )
    assert [a.key for a in part.assessments.values() if a.kind == "Meeting"] == ["wigan/cabinet-2024-02-05"]
    assert [r.assessment for r in _resolutions(part)] == ["wigan/cabinet-2024-02-05"]


def test_minutes_of_meeting_held_on_in_capitals_carried_unanimously_and_members_asking_are_read(tmp_path):
    """'MINUTES OF MEETING <Panel> HELD ON Thursday, 20th March, 2025' made no meeting (helper-81); 'Resolved
    (unanimously):' lost its resolutions and 'RESOLVED (unanimously):' made one of the qualifier (helper-80); 'Members
    asked for …' and 'A Member asked that …' were no requests (helpers 80 and 81)."""
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "MINUTES OF MEETING Children and Young People's Scrutiny Panel HELD ON Thursday, 20th March, 2025, 6.30 - 9.05 pm\n"
        "PRESENT:\nCouncillors: A (Chair), B\n47. OFSTED IMPROVEMENT PLAN\nOfficers reported progress. A Member asked that"
        " the findings of the audit be brought back to the Panel.\nRESOLVED (unanimously):\n1. That the progress be noted.\n"
        "2. That a further report be presented in July 2025.\n48. FOSTERING\nMembers asked for the recruitment figures to be"
        " circulated.\nResolved (unanimously): That the presentation be noted.\n",
    )
    (meeting,) = [a for a in part.assessments.values() if a.kind == "Meeting"]
    panel = "children-and-young-people-s-scrutiny-panel-2025-03-20"
    assert (meeting.key.split("/")[1], meeting.date) == (panel, date(2025, 3, 20))
    assert [r.text for r in _resolutions(part)] == [
        "That the progress be noted.",
        "That a further report be presented in July 2025.",
        "That the presentation be noted.",
        "A Member asked that the findings of the audit be brought back to the Panel.",
        "Members asked for the recruitment figures to be circulated.",
    ]


def test_a_resolution_asking_an_officer_to_bring_a_report_is_a_request_the_next_meeting_can_fulfil(tmp_path):
    """'(2) That the Director of Practice bring a report on … to the Board's meeting in January 2025' was no request,
    so it never stood open nor was fulfilled (helper-80)."""
    x = _two_meetings(
        tmp_path,
        "Corporate Parenting Board",
        (
            "10 October 2024",
            "45. Supervision\nRESOLVED:\n(1) That the update be noted.\n(2) That the Director of Practice"
            " bring a report on the impact of reflective supervision to the Board's meeting in January 2025.\n",
        ),
        (
            "16 January 2025",
            "3. Reflective supervision\nRESOLVED: That the report on the impact of reflective supervision be noted.\n",
        ),
    )
    assert _request_statuses(x, "bring a report") == [(date(2024, 10, 10), "Open"), (date(2025, 1, 16), "ReportedComplete")]


def test_a_request_is_fulfilled_by_a_resolution_noting_what_its_item_is_on(tmp_path):
    """'That a report on the outcome of the return home interview audit be presented to the Panel's meeting in July'
    stayed open beside July's 'That the outcome of the audit be noted.' under the item 'RETURN HOME INTERVIEWS – AUDIT
    OUTCOME' (helper-81): the resolution alone shares too few of its words."""
    x = _two_meetings(
        tmp_path,
        "Scrutiny Panel",
        (
            "20 March 2025",
            "47. IMPROVEMENT PLAN\nRESOLVED\n1. That the progress be noted.\n2. That a report on the outcome"
            " of the return home interview audit be presented to the Panel's meeting in July 2025.\n",
        ),
        (
            "14 July 2025",
            "8. RETURN HOME INTERVIEWS – AUDIT OUTCOME\nThe Panel considered the report.\nRESOLVED\nThat the"
            " outcome of the audit be noted.\n",
        ),
    )
    assert _request_statuses(x, "return home interview audit") == [
        (date(2025, 3, 20), "Open"),
        (date(2025, 7, 14), "ReportedComplete"),
    ]


def _two_meetings(tmp_path, body: str, *meetings: tuple[str, str]):
    """The extraction of one body's minutes of each (day, items) in `meetings`, built together."""
    from findings.build import build

    for n, (day, items) in enumerate(meetings):
        (tmp_path / f"minutes-{n}.txt").write_text(
            f"Minutes of the meeting of the {body} held at the Town Hall on {day}\nPresent: Councillor A\n{items}",
            encoding="utf-8",
        )
    return build([tmp_path]).extraction


def test_a_resolution_wrapped_onto_a_day_or_a_span_of_time_in_capitals_keeps_it(tmp_path):
    """'RESOLVED: That the Director report back to the meeting on' over '17 MARCH 2026' lost its day, read as the
    heading of an item '17' (helper-88's review of the capitals item heading)."""
    part = _text_part(
        tmp_path,
        "minutes.txt",
        "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n10 JUNE 2025\nPRESENT: COUNCILLOR A SMITH (CHAIRMAN)\n"
        "48 PLACEMENT SUFFICIENCY\nRESOLVED\n1. That a further report be brought in\n12 MONTHS TIME TO THE COMMITTEE\n"
        "2. That the Director report back to the meeting on\n17 MARCH 2026\n",
    )
    assert [r.text for r in _resolutions(part)] == [
        "That a further report be brought in 12 MONTHS TIME TO THE COMMITTEE",
        "That the Director report back to the meeting on 17 MARCH 2026",
    ]


def test_an_agenda_cover_dated_over_the_last_meetings_minutes_is_no_meeting(tmp_path):
    """A committee's name over '20 MAY 2025', an agenda, then the minutes of 18 March with who was present: a phantom
    meeting on 20 May was read, with the March meeting's present (helper-88's review)."""
    part = _text_part(
        tmp_path,
        "pack.txt",
        "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n20 MAY 2025\n\nAGENDA\n\n1. Apologies for absence\n2. Minutes\n\n"
        "MINUTES of a meeting of the Children and Young People Scrutiny Committee held at the Town Hall on Tuesday 18"
        " March 2025\n\nPresent: Councillor A Smith (Chair)\n\n5. Ofsted improvement plan\n\nRESOLVED: that the update be"
        " noted.\n",
    )
    assert [a.date for a in part.assessments.values() if a.kind == "Meeting"] == [date(2025, 3, 18)]


def test_members_asking_for_something_in_discussion_is_an_open_request(tmp_path):
    """'Members asked for benchmarking data on foster carer recruitment' was read but given no status, so it never
    stood open (helper-90's re-test)."""
    x = _two_meetings(
        tmp_path,
        "Children's Scrutiny Committee",
        (
            "17 January 2025",
            "48. Fostering\nMembers asked for benchmarking data on foster carer recruitment.\nRESOLVED:"
            " that the report be noted.\n",
        ),
    )
    assert _request_statuses(x, "benchmarking data") == [(date(2025, 1, 17), "Open")]


def test_a_later_meetings_account_that_it_had_the_report_asked_for_fulfils_the_request(tmp_path):
    """'4. Caseloads and agency use / The Director … presented the report requested at the last meeting.' under no
    resolution of its own left 'That the Director … bring a report on social worker caseloads and agency use to the
    next meeting' open (helper-89, an improvement board's minutes)."""
    x = _two_meetings(
        tmp_path,
        "Children's Improvement Board",
        (
            "14 June 2022",
            "3. Workforce\nRESOLVED: That the Director bring a report on social worker caseloads and agency"
            " use to the next meeting.\n",
        ),
        (
            "13 September 2022",
            "4. Caseloads and agency use\nThe Director presented the report requested at the last"
            " meeting. Average caseloads are 24.\n5. Any other business\nNone.\n",
        ),
    )
    assert _request_statuses(x, "caseloads") == [(date(2022, 6, 14), "Open"), (date(2022, 9, 13), "ReportedComplete")]


@pytest.mark.parametrize(
    "later",
    [
        # the later meeting resolves on the item put off
        "7. Adoption Recruitment Strategy\nThe Committee considered the strategy.\n"
        "RESOLVED that the Adoption Recruitment Strategy be approved.\n",
        # or only its account says it took the item put off, by the day of the meeting that deferred it
        "7. Adoption Recruitment Strategy\nMembers discussed the Adoption Recruitment Strategy, postponed from its"
        " meeting on 3 February 2021. The Head of Service answered questions.\n8. Any other business\nNone.\n",
    ],
)
def test_an_item_deferred_to_a_later_meeting_is_open_until_that_meeting_takes_it(tmp_path, later):
    """'RESOLVED that consideration of … be deferred to the meeting of the Committee on 28 April' is something the body
    expects back, as it does a report it asks for: it was no request, so it was never open and nothing took it up
    (tester helper-235)."""
    x = _two_meetings(
        tmp_path,
        "Corporate Parenting Committee",
        (
            "3 February 2021",
            "5. Adoption Recruitment Strategy\nThe strategy was not ready.\nRESOLVED that consideration of the Adoption"
            " Recruitment Strategy be deferred to the meeting of the Committee on 28 April 2021.\n",
        ),
        ("28 April 2021", later),
    )
    assert _request_statuses(x, "be deferred") == [(date(2021, 2, 3), "Open"), (date(2021, 4, 28), "ReportedComplete")]


@pytest.mark.parametrize(
    "resolved, asks",
    [
        ("that the Head of Service report on the recruitment and retention of foster carers to the next meeting", True),
        ("that the Designated Nurse report on the timeliness of health assessments to the Board in April 2025", True),
        ("that the Director bring a sufficiency update on placements by the end of March 2025", True),
        ("that the Board receives an update on the exploitation strategy at its meeting in April 2025", True),
        ("requested a further update on the action plan in six months' time.", True),
        # tester helper-192: a committee's own meeting, named so, and 'present a … report'
        ("that the Director present a further progress report on the plan to the Committee's meeting in October 2017", True),
        ("that the Director report on the placement sufficiency strategy to the Committee's meeting in March 2019", True),
        # tester helper-235: an item put off to a later meeting comes back as a report does
        ("that consideration of the Local Offer be deferred to the meeting of the Board on 11 March 2020", True),
        ("that the item on the fostering strategy be postponed until the next meeting", True),
        ("that the report be noted", False),
        ("that the Director of Children's Services, who attended to present the report, be thanked", False),
        ("that the Panel note the report on children in unregistered homes", False),
        ("that the report requested by the Panel be noted", False),
    ],
)
def test_the_common_forms_of_a_resolution_asking_for_a_paper_are_requests(resolved, asks):
    """'… report on X to the next meeting', '… to the Board in April', 'bring a sufficiency update', 'receives an update
    … at its meeting in April' were not requests, so no open item waited for the paper (tester helper-101)."""
    from findings.extract.lexicons import load_json
    from findings.link.fulfils import LEXICON, is_request
    from findings.model import Recommendation

    rules = load_json(LEXICON)["fulfils"]
    assert is_request(rules, Recommendation("x/meeting", "1", resolved, [], kind="Resolution")) is asks


@pytest.mark.parametrize(
    "header",
    [
        "TRAFFORD COUNCIL\nCHILDREN AND YOUNG PEOPLE'S SCRUTINY COMMITTEE\n"
        "MINUTES OF MEETING HELD ON 14 JULY 2020 (VIRTUAL MEETING)",
        "Trafford Council\nChildren and Young People's Scrutiny Committee\nMinutes of meeting held on Tuesday, 14 July 2020",
        "TRAFFORD COUNCIL\nCHILDREN AND YOUNG PEOPLE'S SCRUTINY COMMITTEE\n"
        "MINUTES OF THE MEETING HELD ON TUESDAY, 14TH JULY 2020",
        "A MEETING OF THE CHILDREN AND YOUNG PEOPLE'S SCRUTINY COMMITTEE WAS HELD ON TUESDAY 14 JULY 2020, TRAFFORD TOWN HALL",
    ],
)
def test_minutes_headed_all_in_capitals_are_read_as_in_mixed_case(tmp_path, header):
    """'MINUTES OF MEETING HELD ON 14 JULY 2020' under the committee's name in capitals made no meeting, so its
    resolutions were lost (tester helper-103, D5): a house style in capitals reads as the same words in mixed case."""
    part = _text_part(
        tmp_path,
        "minutes.txt",
        f"{header}\n\nPresent: Councillor A Hartley (Chair); Councillors B Okafor and C Lindsay.\n\n"
        "8. FOSTERING SUFFICIENCY – FINAL REPORT\nThe Head of Fostering presented the report.\n\nRESOLVED –\n"
        "(1) That the report be noted.\n(2) That an update on foster carer recruitment be brought in January 2021.\n",
    )
    (meeting,) = [a for a in part.assessments.values() if a.kind == "Meeting"]
    committee = "trafford/children-and-young-people-s-scrutiny-committee-2020-07-14"
    assert (meeting.key, meeting.date) == (committee, date(2020, 7, 14))
    assert [r.text for r in _resolutions(part)] == [
        "That the report be noted.",
        "That an update on foster carer recruitment be brought in January 2021.",
    ]


@pytest.mark.parametrize("last", [False, True])
def test_a_resolution_ends_with_its_minute_not_at_the_sign_off(tmp_path, last):
    """tester helper-117 D10: the resolution of minute 12/15 took in the sign-off ('in the Chair / Date of signing')
    across minute 13/15; it ends with its minute, and a sign-off straight under the last one is none of it either."""
    between = "" if last else "13/15 Forward plan\nThe Committee noted its forward plan.\n"
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Oxbury County Council\nMinutes of the meeting of the Performance Scrutiny Committee held on Thursday, 5 March "
        "2015\n\n12/15 Ofsted Improvement Plan: six-month progress report\nThe Committee considered the report.\n"
        "RESOLVED: (a) to note the report; and (b) that the Director report to the Committee at its meeting in "
        f"September 2015 on foster carer recruitment.\n{between}in the Chair\nDate of signing\n",
        encoding="utf-8",
    )
    doc = read_document(path, path.name)
    noted, resolution = _resolutions(extract_document(doc))  # its inline points '(a) …; and (b) …' each one (helper-306)
    assert noted.text == "to note the report" and resolution.text.endswith("on foster carer recruitment.")
    assert [doc.text[s.start : s.end] for s in resolution.spans][-1].endswith("on foster carer recruitment.")


LAYOUTS = DATA / "minutes_layouts"


def _spoken(path):
    doc = read_document(path, path.name)
    made = _resolutions(extract_document(doc))
    for r in made:
        assert " ".join(" ".join(doc.text[s.start : s.end] for s in r.spans).split()) == r.text
    return [(r.identifier, r.minute, r.text) for r in made]


def test_minutes_laid_out_as_a_table_keep_their_decisions_and_a_lead_in_naming_the_body_is_none():
    """A table of 'Minute' | 'Subject' | 'Discussion and outcome' (a row a line, a cell's paragraphs apart by two
    spaces) gave only the request members made: 'RESOLVED that the Panel:' over '(i) …', '(ii) …' in a cell was not
    read, nor were the minute numbers in their own cells (helper-140, a city council's minutes as a table)."""
    assert _spoken(LAYOUTS / "brackwater_panel_minutes_in_a_table.html") == [
        ("1", "CPP/25/13", "noted the annual review; and"),
        ("2", "CPP/25/13", "requested a further report on residential placements in six months' time."),
        ("3", "CPP/25/14", "that the work programme be agreed."),
        ("request-1", "CPP/25/13", "Members asked for a breakdown of placements by distance from home at the next meeting."),
    ]


def test_a_lead_in_that_only_names_the_body_is_no_resolution_of_its_own(tmp_path):
    """'RESOLVED that the Panel:' over lettered parts was a resolution whose whole text was 'that the Panel:'
    (helper-140); a lead-in that resolves something ('… be agreed with the addition of:') stays one."""
    paper = tmp_path / "minutes.html"
    paper.write_text(
        "<p>MINUTES OF THE MEETING OF THE CORPORATE PARENTING PANEL HELD ON 9 JUNE 2025</p><p>Present: Councillor T Marsh</p>"
        "<h3>CPP/25/13 Sufficiency Strategy</h3><p>RESOLVED that the Corporate Parenting Panel:<br>(a) noted the review;"
        " and<br>(b) requested a further report in six months' time.</p><h3>CPP/25/14 Work Programme</h3><p>RESOLVED"
        " that the work programme be agreed with the addition of:<br>(a) a report on private fostering.</p>",
        encoding="utf-8",
    )
    assert [text for _, _, text in _spoken(paper)] == [
        "noted the review; and",
        "requested a further report in six months' time.",
        "that the work programme be agreed with the addition of:",
        "a report on private fostering.",
    ]


def test_a_lettered_part_requesting_a_further_report_is_an_open_request(tmp_path):
    """'(ii) requested a further report on residential placements in six months' time' under 'RESOLVED that the
    Panel:' was a resolution but no request, so no open item waited for the report (helper-140)."""
    from findings.build import build

    (tmp_path / "minutes.html").write_bytes((LAYOUTS / "brackwater_panel_minutes_in_a_table.html").read_bytes())
    x = build([tmp_path]).extraction
    assert _request_statuses(x, "residential placements") == [(date(2025, 6, 9), "Open")]
    assert _request_statuses(x, "noted the annual review") == []


def test_minutes_of_a_sub_board_with_a_curly_apostrophe_and_present_between_marks_are_a_meeting(tmp_path):
    """helper-215: 'Minutes of the Children and Young People’s Overview and Scrutiny Sub-Board' over its day, then
    '-: Present :-', as a council prints its minutes, was no meeting at all: its updates, re-planned date and request
    were lost."""
    text = (
        "SEFTON COUNCIL\n\nMinutes of the Children’s Services Overview and Scrutiny Sub-Board\n\n14 March 2022\n\n"
        "-: Present :-\n\nCouncillors Abbott (Chair), Byrne and Carr\n\n12. Apologies\n\nNone.\n\n"
        "13. Ofsted Improvement Plan – Progress\n\nMembers considered the progress report.\n\n"
        "Resolved: that a report on the recruitment of foster carers be brought to the Sub-Board in June 2022.\n"
    )
    part = _text_part(tmp_path, "minutes.txt", text)
    assert [(k, a.date) for k, a in part.assessments.items() if a.kind == "Meeting"] == [
        ("sefton/children-s-services-overview-and-scrutiny-sub-board-2022-03-14", date(2022, 3, 14))
    ]
    assert len(_resolutions(part)) == 1
