"""Minutes headed by the committee's name with 'MEETING' after it ('FAMILIES OVERVIEW AND SCRUTINY COMMITTEE
MEETING') over the meeting's day on a line of its own, then 'PRESENT:', are read as that meeting's without a 'Minutes of
the meeting … held on' line (black-box tester bb358 F3: such minutes were 'a kind of document the readers do not
know'); an agenda's cover so headed is still no meeting. A resolution after its paragraph's number ('9.3 RESOLVED to
note …', '9.3 The Committee RESOLVED …', '9.4 It was RESOLVED that …') is read as one, and the paragraph numbered next
('9.5 Members asked …') is none of it (bb358 F4: such minutes gave no resolution at all)."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.document import extract_document
from findings.extract.minutes import regions
from findings.read import read_document

HEADED = (
    "WESSEX COUNCIL\n\n"
    "CHILDREN AND FAMILIES SCRUTINY COMMITTEE MEETING\n\n"
    "{day}\n\n"
    "PRESENT: Councillor A Example (Chair)\n"
    "Councillors: B Sample, C Member and D Other\n\n"
    "{n1}MINUTES\n\n"
    "RESOLVED - That the minutes of the meeting held on 21 January 2019 be agreed as a correct record.\n\n"
    "{n2}OFSTED INSPECTION - PROGRESS ON THE ACTION PLAN\n\n"
    "The Committee received a report on progress against the action plan.\n\n"
    "RESOLVED - (i) That the progress made be noted.\n"
    "(ii) That a further progress report on the Ofsted action plan be brought to the Committee in December 2019.\n\n"
    "Chair.........................\n"
)


def _part(tmp_path, text: str):
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


@pytest.mark.parametrize("day", ["Monday, 18 March 2019", "Monday 18 March 2019"])
@pytest.mark.parametrize(("n1", "n2"), [("F45 ", "F46 "), ("", "")])
def test_a_committee_meeting_heading_over_its_day_is_read_as_minutes(tmp_path, day, n1, n2):
    doc, part = _part(tmp_path, HEADED.format(day=day, n1=n1, n2=n2))
    meetings = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert [(m.org.key, m.date, m.label) for m in meetings] == [
        ("wessex", date(2019, 3, 18), "Children and Families Scrutiny Committee")
    ]
    resolutions = [r for r in part.recommendations if r.kind == "Resolution"]
    assert resolutions[-1].text == (
        "That a further progress report on the Ofsted action plan be brought to the Committee in December 2019."
    )
    assert len(resolutions) == 3
    for r in resolutions:  # each quote is the minutes' own characters
        assert " ".join(doc.text[s.start : s.end] for s in r.spans).split() == r.text.split()


def test_an_agenda_cover_headed_so_is_no_meeting():
    text = (
        "WESSEX COUNCIL\n\n"
        "CHILDREN AND FAMILIES SCRUTINY COMMITTEE MEETING\n\n"
        "Monday, 18 March 2019\n\n"
        "AGENDA\n\n"
        "1. Apologies\n"
        "2. Minutes of the last meeting: Present: Councillors A Example and B Sample\n"
    )
    assert regions(text) == []


NUMBERED = (
    "Wessex County Council\n\n"
    "Children's Services Committee\n\n"
    "Minutes of the Meeting held on Tuesday 16 January 2018 at 10am in the Council Chamber, County Hall\n\n"
    "Present:\n"
    "Mr A Smith (Chair)\n"
    "Mrs B Jones, Mr C Brown\n\n"
    "9. Ofsted Improvement Plan: Progress Update\n\n"
    "9.1 The Committee received the report setting out progress against the Ofsted improvement plan.\n\n"
    "{resolved}\n\n"
    "9.3 The Committee noted the position on placements.\n\n"
    "9.4 It was RESOLVED that a report on placement sufficiency be brought to the meeting in March 2018.\n\n"
    "9.5 Members asked about the delay to the health assessment pathway.\n\n"
    "The meeting concluded at 12.15pm\n"
)
ASKED = "to note the progress made and to receive a further update on the health assessment pathway in July 2018."


@pytest.mark.parametrize(
    ("resolved", "expected"),
    [
        (f"9.2 RESOLVED {ASKED}", [ASKED]),
        (f"9.2 The Committee RESOLVED {ASKED}", [ASKED]),
        (
            "9.2 RESOLVED\n\nThat the Committee:\n1. Note the progress made.\n2. Receive a further update in July 2018.",
            ["Note the progress made.", "Receive a further update in July 2018."],
        ),
        (  # the paragraph's own sub-points (9.2.1, 9.2.2) are its resolutions' points, not the next paragraph
            "9.2 RESOLVED that:\n9.2.1 the progress made be noted; and\n"
            "9.2.2 a further update on the health assessment pathway be received in July 2018.",
            ["the progress made be noted; and", "a further update on the health assessment pathway be received in July 2018."],
        ),
    ],
)
def test_a_resolution_after_its_paragraph_number_is_read(tmp_path, resolved, expected):
    doc, part = _part(tmp_path, NUMBERED.format(resolved=resolved))
    resolutions = [r.text for r in part.recommendations if r.kind == "Resolution"]
    assert resolutions == [*expected, "that a report on placement sufficiency be brought to the meeting in March 2018."]
