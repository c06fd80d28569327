"""A report whose cover names the body it goes to ('Report of the Director … to Children and Families Scrutiny Panel'
over its meeting's day, on one line or a word a line: 'to' / '<body>' / 'on' / '<day>') and says it was requested by
the body at its meeting on the request's day fulfils that request; and minutes headed 'Minutes of the meeting of
<body>' are that body's, not a body named 'Minutes of the meeting of …' (bb315 request-not-fulfilled)."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build

MINUTES = (
    "ANYSHIRE COUNTY COUNCIL\n\n"
    "Minutes of the meeting of Children and Families Scrutiny Panel\n\n"
    "Date: Wednesday, 4th June 2025\n"
    "Place: Council Chamber, County Hall\n\n"
    "Present: Councillor A Jones (Chair), Councillors B Smith and C Patel.\n\n"
    "12 Fostering Service Annual Report\n\n"
    "The Panel considered the annual report of the fostering service.\n\n"
    "Resolved:\n\n"
    "1. That a report on the sufficiency of foster placements for teenagers be brought to the Panel in October 2025.\n"
)

COVERS = {
    "one line": "Report of the Director of Children's Services (Care) to Children and Families Scrutiny Panel\n"
    "Wednesday 8 October 2025\n",
    "a word a line": "Report of the Director of Children's Services\nto\nChildren and Families Scrutiny Panel\non\n"
    "Wednesday 8 October 2025\n",
}

PAPER = (
    "Anyshire County Council\n\n"
    "{cover}\n"
    "Sufficiency of foster placements for teenagers\n\n"
    "1. Purpose of report\n\n"
    "1.1 This report was requested by the Panel at its meeting on 4 June 2025. It sets out the foster placements "
    "available to teenagers.\n\n"
    "2. Findings\n\n"
    "2.1 Six new foster households approved this year can care for teenagers.\n"
)


@pytest.mark.parametrize("cover", sorted(COVERS))
def test_a_report_to_the_body_that_asked_for_it_fulfils_the_request(tmp_path, cover):
    (tmp_path / "panel-minutes.txt").write_text(MINUTES, encoding="utf-8")
    (tmp_path / "foster-sufficiency.txt").write_text(PAPER.format(cover=COVERS[cover]), encoding="utf-8")
    x = build([tmp_path]).extraction
    request = next(r for r in x.recommendations if r.kind == "Resolution" and "foster placements" in r.text)
    assert request.assessment == "anyshire/children-and-families-scrutiny-panel-2025-06-04"
    mine = [
        (s.as_of, s.status)
        for s in x.statuses
        if (s.item.assessment, s.item.identifier) == (request.assessment, request.identifier)
    ]
    assert mine == [(date(2025, 6, 4), "Open"), (date(2025, 10, 8), "ReportedComplete")]
