"""A committee of several parts ('Improvement and Scrutiny Committee – People'): a later paper headed with the same
committee and part is a paper to it and can fulfil its request; before, the part after the dash was cut from the
paper's heading, so the paper seemed to go to another body (unseen tester helper-306)."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build

_MINUTES = """KIRKHOLME BOROUGH COUNCIL

MINUTES of a meeting of the OVERVIEW AND SCRUTINY COMMITTEE – CHILDREN AND FAMILIES held on 9 March 2021 at the Civic Centre

PRESENT

Councillor J Amos (in the Chair)

21/21 CHILDREN'S SERVICES IMPROVEMENT PLAN

The Director of Children's Services presented the report.

RESOLVED that

(1) the report be noted; and

(2) the Director bring a report on the recruitment of foster carers for teenagers to the Committee in September 2021.
"""

_PAPER = """KIRKHOLME BOROUGH COUNCIL

{body}

14 September 2021

Report of the Director of Children's Services

RECRUITMENT OF FOSTER CARERS FOR TEENAGERS

1. Purpose

1.1 At its meeting on 9 March 2021 the Committee asked for a report on the recruitment of foster carers for teenagers.
This report responds to that request and sets out progress against recommendation 2 of the Ofsted inspection of
October 2020.

2. Progress

2.1 Nine new fostering households for teenagers have been approved since April.
"""


@pytest.mark.parametrize(
    ("body", "closed"),
    [
        ("OVERVIEW AND SCRUTINY COMMITTEE – CHILDREN AND FAMILIES", True),
        ("OVERVIEW AND SCRUTINY COMMITTEE – ADULTS AND HEALTH", False),  # the same committee's other part
    ],
)
def test_a_paper_to_the_committees_part_fulfils_its_request(tmp_path, body, closed):
    (tmp_path / "minutes.txt").write_text(_MINUTES, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(_PAPER.format(body=body), encoding="utf-8")
    x = build([tmp_path]).extraction
    request = next(r for r in x.recommendations if r.kind == "Resolution" and "foster carers" in r.text)
    mine = [
        (s.as_of, s.status)
        for s in x.statuses
        if (s.item.assessment, s.item.identifier) == (request.assessment, request.identifier)
    ]
    assert mine == [(date(2021, 3, 9), "Open")] + ([(date(2021, 9, 14), "ReportedComplete")] if closed else [])
