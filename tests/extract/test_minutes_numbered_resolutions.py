"""Minutes whose meeting line under the body's name gives the venue before the day ('MINUTES of the meeting held in
Committee Room 1, County Hall, Matlock on Tuesday 3 March 2020 at 2.00 pm') are read as the meeting's, as they are
without the venue; a resolution numbered after RESOLVED ('RESOLVED 2020/017') resolves what stands under it, the
number no resolution of its own nor part of the first one's words (issue #9, tester helper-258: such minutes were
read as nothing at all, and the number opened the next resolution's text). An item deferred to a later meeting is
closed by that meeting's resolution on it though one copy of the minutes spells the body's name with a typographic
apostrophe ('CHILDREN’S SERVICES SCRUTINY COMMITTEE', a web page's) and the other with a plain one."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from findings.extract.document import extract_document
from findings.read import read_document

_MINUTES = (
    "DERBYSHIRE COUNTY COUNCIL\n"
    "CHILDREN'S SERVICES SCRUTINY COMMITTEE\n\n"
    "MINUTES of the meeting held {where}on Tuesday 3 March 2020 at 2.00 pm\n\n"
    "12 FOSTERING SERVICE ANNUAL REPORT\n\n"
    "The Head of Fostering presented the annual report.\n\n"
    "RESOLVED 2020/017\n"
    "1) That the annual report be noted.\n"
    "2) That an update on the recruitment of foster carers be brought to the meeting of the Committee in September 2020.\n\n"
    "13 SHORT BREAKS STATEMENT\n\n"
    "RESOLVED 2020/018\n"
    "That consideration of the Short Breaks Statement be deferred to the meeting of the Committee on 9 June 2020.\n"
)

_LATER = (
    "<html><body>\n"
    "<p>DERBYSHIRE COUNTY COUNCIL</p>\n"
    "<p>CHILDREN\u2019S SERVICES SCRUTINY COMMITTEE</p>\n"
    "<p>MINUTES of the meeting held on Tuesday 9 June 2020 at 2.00 pm</p>\n"
    "<h3>20 MINUTES OF THE LAST MEETING</h3>\n"
    "<p>The minutes of the meeting held on 3 March 2020 were confirmed and signed by the Chair.</p>\n"
    "<h3>21 SHORT BREAKS STATEMENT</h3>\n"
    "<p>The Committee considered the Short Breaks Statement, deferred from its meeting on 3 March 2020.</p>\n"
    "<p>RESOLVED 2020/031</p>\n"
    "<p>That the Short Breaks Statement be approved for publication.</p>\n"
    "</body></html>\n"
)


def _part(tmp_path, text):
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(read_document(path, path.name))


@pytest.mark.parametrize("where", ["in Committee Room 1, County Hall, Matlock ", "at County Hall, Matlock ", ""])
def test_minutes_held_at_a_venue_under_the_bodys_name_are_read_without_the_resolutions_number(tmp_path, where):
    part = _part(tmp_path, _MINUTES.format(where=where))
    meetings = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert [(m.date, m.label) for m in meetings] == [(date(2020, 3, 3), "Children's Services Scrutiny Committee")]
    resolutions = [r.text for r in part.recommendations if r.kind == "Resolution"]
    assert resolutions == [
        "That the annual report be noted.",
        "That an update on the recruitment of foster carers be brought to the meeting of the Committee in September 2020.",
        "That consideration of the Short Breaks Statement be deferred to the meeting of the Committee on 9 June 2020.",
    ]
    doc = part.documents[0]
    for r in part.recommendations:  # offsets are sacred: every quote is the source's characters
        assert all(" ".join(doc.text[s.start : s.end].split()) in r.text for s in r.spans)


def test_an_item_deferred_is_closed_by_the_later_meeting_that_takes_it_whatever_its_apostrophes(tmp_path):
    (tmp_path / "minutes-2020-03-03.txt").write_text(_MINUTES.format(where="at County Hall, Matlock "), encoding="utf-8")
    (tmp_path / "minutes-2020-06-09.html").write_text(_LATER, encoding="utf-8")
    x = build([tmp_path]).extraction
    deferred = next(r for r in x.recommendations if "be deferred" in r.text)
    mine = (deferred.assessment, deferred.identifier)
    states = [(s.as_of, s.status) for s in x.statuses if (s.item.assessment, s.item.identifier) == mine]
    assert states == [(date(2020, 3, 3), "Open"), (date(2020, 6, 9), "ReportedComplete")]
