"""A later agenda of the body that carries the report it asked for fulfils the request: an agenda holds no resolution
of its own, so before the agenda reader such a paper was 'a kind of document the readers do not know' and the request
stayed open for ever (helper-197, a QA lead's Cabinet papers; the layouts below are two councils' own)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

MINUTES = """DORSET COUNCIL
MINUTES OF THE MEETING OF THE CABINET HELD ON TUESDAY 14 JANUARY 2020
Present: Cllr A Parry (Chair), Cllr B Quinn
21. Children's Services Improvement - Progress Update
The Portfolio Holder introduced the report on progress against the Ofsted improvement plan.
RESOLVED:
(1) That the progress made against the Children's Services Improvement Plan be noted.
(2) That the Executive Director of People report on the findings of the Ofsted focused visit to the next meeting.
"""

COVER_DATE_BELOW = """DORSET COUNCIL
CABINET
Tuesday 10 March 2020 at 10.00 am, County Hall, Dorchester
AGENDA
1. Apologies
2. Minutes of the meeting held on 14 January 2020
3. Findings of the Ofsted focused visit - report of the Executive Director of People

Cabinet - 10 March 2020
Findings of the Ofsted focused visit
Report of the Executive Director of People
1. Purpose: at its meeting on 14 January 2020 the Cabinet asked the Executive Director of People to report on the
findings of the Ofsted focused visit to the next meeting. This report does so.
2. Recommendation: that Cabinet notes the findings of the focused visit.
"""

COVER_DATE_LABELLED = """NOTICE OF MEETING
CABINET
Date & Time
Tuesday, 10 March 2020 10.00 a.m.
AGENDA
1. Apologies
2. Minutes
To approve as a correct record the minutes of the meeting of the Cabinet held on the 14 January 2020.
3. Findings of the Ofsted focused visit
To receive the report of the Executive Director of People on the findings of the Ofsted focused visit.

Dorset Council
Cabinet
10 March 2020
Findings of the Ofsted focused visit
Report of: Executive Director of People
Purpose of this report
The purpose of this report is to report on the findings of the Ofsted focused visit, as the Cabinet asked at its
meeting on 14 January 2020.
"""


def _statuses(tmp_path: Path, agenda: str) -> list[tuple[date, str]]:
    from findings.build import build

    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    (tmp_path / "agenda.txt").write_text(agenda, encoding="utf-8")
    x = build([tmp_path]).extraction
    [request] = [r for r in x.recommendations if "focused visit" in r.text]
    mine = [s for s in x.statuses if (s.item.assessment, s.item.identifier) == (request.assessment, request.identifier)]
    return [(s.as_of, s.status) for s in mine]


@pytest.mark.parametrize("agenda", [COVER_DATE_BELOW, COVER_DATE_LABELLED])
def test_the_next_meetings_agenda_carrying_the_report_fulfils_the_request(tmp_path, agenda):
    assert _statuses(tmp_path, agenda) == [(date(2020, 1, 14), "Open"), (date(2020, 3, 10), "ReportedComplete")]


@pytest.mark.parametrize(
    "agenda",
    [
        COVER_DATE_BELOW.replace("\nCABINET\n", "\nSCHOOLS FORUM\n"),  # another body's agenda
        COVER_DATE_BELOW.replace("Findings of the Ofsted focused visit", "Home to school transport costs")
        .replace("the\nfindings of the Ofsted focused visit", "the rising\ncost of home to school transport")
        .replace("the findings of the focused visit", "the costs")
        .replace("Executive Director of People", "Corporate Director of Place"),  # another matter's report
        COVER_DATE_BELOW.replace("This report does so.", "That report has been deferred to the June meeting."),
    ],
)
def test_an_agenda_not_carrying_the_report_asked_for_leaves_the_request_open(tmp_path, agenda):
    assert _statuses(tmp_path, agenda) == [(date(2020, 1, 14), "Open")]


def test_an_agenda_is_its_bodys_meeting_dated_by_its_cover_at_the_covers_offsets():
    from findings.extract.document import extract_document
    from findings.model import Document

    doc = Document(path="agenda.txt", text=COVER_DATE_LABELLED, sha256="a" * 64, normalisation="", media_type="text/plain")
    part = extract_document(doc)
    [meeting] = part.assessments.values()
    assert (meeting.kind, meeting.label, meeting.date, meeting.org.name) == ("Meeting", "Cabinet", date(2020, 3, 10), "Dorset")
    assert doc.kinds == ["agenda"] and doc.date == date(2020, 3, 10)
    [span] = meeting.spans
    assert doc.text[span.start : span.end] == "Tuesday, 10 March 2020 10.00 a.m."


@pytest.mark.parametrize(
    "text",
    [
        "CABINET\nAGENDA\n1. Apologies\n",  # no day on its cover
        "Tuesday 10 March 2020\nAGENDA\n1. Apologies\n",  # no body
        "CABINET\nTuesday 10 March 2020\n\n1. Apologies\n",  # no agenda line
        "The Cabinet considered the agenda\nTuesday 10 March 2020\nAGENDA\n",  # a sentence, not the body's name
    ],
)
def test_a_cover_without_body_day_and_agenda_line_is_no_agenda(text):
    from findings.extract.document import extract_document
    from findings.model import Document

    doc = Document(path="x.txt", text=text, sha256="b" * 64, normalisation="", media_type="text/plain")
    assert not extract_document(doc).assessments and "agenda" not in doc.kinds


def test_an_agenda_is_dated_by_its_meeting_not_by_the_day_it_was_published():
    """Reviewer helper-207: 'Published: 2 March 2020' above the meeting's day dated the meeting 2 March."""
    from findings.extract.document import extract_document
    from findings.model import Document

    text = COVER_DATE_LABELLED.replace("Date & Time\n", "Published: 2 March 2020\nDate & Time\n")
    doc = Document(path="agenda.txt", text=text, sha256="c" * 64, normalisation="", media_type="text/plain")
    [meeting] = extract_document(doc).assessments.values()
    assert meeting.date == date(2020, 3, 10) and doc.date == date(2020, 3, 10)
