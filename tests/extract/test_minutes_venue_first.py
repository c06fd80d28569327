"""Minutes headed 'Minutes of the <body>' over 'held at <venue> on <day>' (the venue before the day, on the header's
line or the next) are read as that meeting's, and 'Agreed –' / 'Agreed: that …' in mixed case resolves as 'Resolved'
and 'AGREED' do; a plan's progress the item records is dated by the inspection named by the months its fieldwork
spanned ('the Ofsted inspection of January and February 2023')."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.context import inspection_mention
from findings.extract.document import extract_document
from findings.read import read_document

_MINUTES = (
    "KINGSTON UPON HULL CITY COUNCIL\n"
    "Minutes of the Children, Young People and Family Support Overview and Scrutiny Commission{sep}"
    "held at the Guildhall, Hull on Friday, 15 September 2023 at 10.00 am\n\n"
    "PRESENT: Councillor A. Example (in the Chair), Councillors B. Sample and C. Member.\n\n"
    "23. CHILDREN'S SERVICES IMPROVEMENT PLAN – PROGRESS UPDATE\n"
    "The Director of Children's Services presented a report on progress against the improvement plan agreed "
    "following the Ofsted inspection of January and February 2023.\n"
    "Members asked about the review of care orders with placement with parents (action 7.1); the Director advised "
    "that 40 of the 62 orders had been reviewed.\n"
    "{agreed} (a) that the progress be noted, and\n"
    "(b) that the Director of Children's Services report on the local offer for care-experienced young people to "
    "the next meeting.\n"
)


def _part(tmp_path, text):
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(read_document(path, path.name))


@pytest.mark.parametrize("sep", ["\n", " "])
@pytest.mark.parametrize("agreed", ["Agreed –", "Agreed:", "AGREED –"])
def test_minutes_held_at_a_venue_on_a_day_are_read_with_what_they_agreed(tmp_path, sep, agreed):
    part = _part(tmp_path, _MINUTES.format(sep=sep, agreed=agreed))
    meetings = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert [(m.org.key, m.date) for m in meetings] == [("kingston-upon-hull", date(2023, 9, 15))]
    assert meetings[0].label == "Children, Young People and Family Support Overview and Scrutiny Commission"
    resolutions = [r.text for r in part.recommendations if r.kind == "Resolution"]
    assert len(resolutions) == 2 and "local offer" in resolutions[1]
    updates = [(u.assessment, u.about, u.as_at) for u in part.updates]
    assert updates == [("kingston-upon-hull/ofsted-2023", "7.1", date(2023, 9, 15))]


def test_agreed_opening_a_sentence_resolves_nothing(tmp_path):
    text = _MINUTES.format(sep="\n", agreed="Agreed –").replace(
        "Agreed – (a) that the progress be noted, and\n(b) that",
        "Agreed actions were reviewed by the Commission and it was noted that",
    )
    assert [r for r in _part(tmp_path, text).recommendations if r.kind == "Resolution"] == []


@pytest.mark.parametrize(
    "text, month",
    [
        ("following the Ofsted inspection of January and February 2023.", date(2023, 2, 28)),
        ("the ILACS inspection between December 2022 and January 2023 found", date(2023, 1, 31)),
        ("the inspection during June–July 2019", date(2019, 7, 31)),
        ("the inspection in May 2022", date(2022, 5, 31)),
    ],
)
def test_an_inspection_named_by_the_months_its_fieldwork_spanned_is_keyed_by_the_later(text, month):
    assert inspection_mention(text).get("month") == month
