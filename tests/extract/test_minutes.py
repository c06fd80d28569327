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


@pytest.mark.parametrize(
    "points",
    [
        ["1. Quarterly reports to the Children's Scrutiny Committee", "2. An annual review by the Corporate Parenting Panel"],
        [
            "1. The improvement plan following the inspection of children's services be",
            "approved; and",
            "2. The Director report progress every six months.",
        ],
    ],
)
def test_numbered_points_that_look_like_headings_stay_the_resolutions_own(tmp_path, points):
    """helper-46: a point with a capital and no stop ('1. Quarterly reports to …', or one a PDF wrapped) read as the
    next agenda item's heading and ended the resolutions. A point numbered in turn ('1.' first, then '2.') is the
    block's own; a heading out of turn ('6. Fostering annual report') still ends it."""
    minutes = (
        "At a meeting of the Cabinet held at County Hall, Anytown on Monday 3 June 2024\n\n"
        "RESOLVED: That the improvement plan be approved subject to:\n" + "\n".join(points) + "\n"
        "6. Fostering annual report\n\nThe Cabinet considered the annual report of the fostering service and asked about "
        "recruitment.\n"
    )
    path = tmp_path / "cabinet.txt"
    path.write_text(minutes, encoding="utf-8")
    doc = read_document(path, path.name)
    got = [r.text for r in _resolutions(extract_document(doc))]
    assert len(got) == 3 and got[0] == "That the improvement plan be approved subject to:"
    assert not any("Fostering" in t for t in got)
    assert got[1].startswith(points[0][3:])


def test_a_block_numbered_from_another_number_or_lettered_keeps_its_points(tmp_path):
    """A block whose first point is not '1.' keeps it; after lettered points a numbered heading still ends it."""
    head = "At a meeting of the Cabinet held at County Hall, Anytown on Monday 3 June 2024\n\nRESOLVED: That the Cabinet:\n"
    tail = "19. Fostering annual report\n\nThe Cabinet considered the annual report of the fostering service and asked.\n"
    for points, want in (
        ("3. Endorses the improvement plan\n4. Notes the risks\n", 3),
        ("(a) endorses the improvement plan;\n(b) notes the risks.\n", 3),
    ):
        path = tmp_path / "cabinet.txt"
        path.write_text(head + points + tail, encoding="utf-8")
        got = [r.text for r in _resolutions(_part(path))]
        assert len(got) == want and not any("Fostering" in t for t in got), got


_CABINET = "At a meeting of the Cabinet held at County Hall, Anytown on Monday 3 June 2024\n\n"
_NEXT_ITEM = "\n\n19. Fostering service annual report\n\nThe Cabinet considered the annual report and asked about recruitment.\n"


@pytest.mark.parametrize(
    ("block", "want"),
    [
        ("RESOLVED: That the Cabinet:\n• endorses the improvement plan;\n• notes the risks.", 3),
        ("RESOLVED: That the Cabinet:\n1. endorses the improvement plan;\n2. notes the risks.", 3),
        ("RESOLVED: That\n- the plan be endorsed;\n- the risks be noted.", 2),
        (
            "RESOLVED: That the Cabinet:\n1. approves the plan subject to:\n(a) quarterly reports;\n(b) an annual review;\n"
            "2. Asks the Director to report progress to the Scrutiny Committee\nevery six months.",
            5,
        ),
    ],
)
def test_the_next_agenda_item_ends_the_resolutions_however_they_are_marked(tmp_path, block, want):
    """helper-47: bulleted points, points numbered 1 and 2 before a heading numbered 3 or 19, and lettered sub-points
    before a numbered point that reads like a heading. The heading over prose ends the block; the points stay."""
    heading = "3. Fostering service annual report" if "2. notes" in block else "19. Fostering service annual report"
    path = tmp_path / "cabinet.txt"
    path.write_text(_CABINET + block + _NEXT_ITEM.replace("19. Fostering service annual report", heading), encoding="utf-8")
    got = [r.text for r in _resolutions(_part(path))]
    assert len(got) == want and not any("Fostering" in t for t in got), got


@pytest.mark.parametrize(
    ("block", "want"),
    [
        # a point wrapped onto a capitalised word is the block's own (helper-48)
        (
            "1. Asks the Director of Children's Services to report to the\nCorporate Parenting Panel every six months;\n"
            "2. notes the risks.",
            3,
        ),
        # a last point without a stop at the end of the minutes
        ("1. Approves the improvement plan\n2. Notes the risks\n\n(Note: The meeting commenced at 10.00 am)", 3),
        # a heading in turn after a point closed with a full stop, followed at once by its own resolution
        (
            "1. approves the plan;\n2. notes the risks.\n3. Fostering service annual report\nRESOLVED: That the report be noted.",
            4,
        ),
        # a heading out of turn over a numbered paragraph, a note in brackets, or bullets
        (
            "1. approves the plan;\n2. notes the risks.\n\n19. Fostering service annual report\n\n"
            "19.1 The Cabinet considered it.",
            3,
        ),
        ("1. approves the plan;\n2. notes the risks.\n\n19. Fostering service annual report\n\n(Report of the Director)", 3),
        ("1. approves the plan;\n2. notes the risks.\n\n19. Fostering service annual report\n\n• Members asked questions.", 3),
        # a heading in turn, points without stops, over a blank line and its discussion
        (
            "1. Quarterly reports to the Committee\n2. An annual review\n\n3. Fostering service annual report\n\n"
            "The Cabinet considered.",
            3,
        ),
    ],
)
def test_a_numbered_heading_ends_the_block_only_where_it_is_one(tmp_path, block, want):
    path = tmp_path / "cabinet.txt"
    path.write_text(_CABINET + "RESOLVED: That the Cabinet:\n" + block + "\n", encoding="utf-8")
    got = [r.text for r in _resolutions(_part(path))]
    assert len(got) == want and not any("Fostering" in t or "considered" in t for t in got), got
