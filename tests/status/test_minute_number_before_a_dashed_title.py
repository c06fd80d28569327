"""Minutes heading an item with its number, a space and a title with a dash or colon ('<h2>27 Children's Services
Improvement Plan – Progress Update</h2>', no stop after the number, not in capitals): the line was no item's heading,
so what the account said of an action ('action 3.1 has been re-planned from … to …') was lost and the resolutions
under it had no minute number, though '27. Children's Services Improvement Plan: Progress Update' was read (tester
helper-220, issue #9). A figure or a numbered sentence opening a line ('43 children were seen …') heads no item."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

PLAN = DATA / "other_councils" / "salford_style_improvement_plan.txt"
MEETING = date(2025, 6, 10)

_MINUTES = """<html><body>
<h1>Salford City Council</h1>
<p>Children's Scrutiny Panel</p>
<p>Minutes of the meeting held on Tuesday 10 June 2025 at 6.00 pm, Civic Centre, Swinton</p>
<p>Present: Councillor A Smith (Chair), Councillors B Jones and C Patel.</p>
<h2>26 Apologies for absence</h2>
<p>Apologies were received from Councillor D Brown.</p>
<h2>{heading}</h2>
<p>The Director of Children's Services presented the report on the plan agreed after the Ofsted inspection of children's
services published on 14 March 2025.</p>
<p>43 children were seen by the new return home interview service in the quarter, more than in any before.</p>
<p>Members asked about homes for children in care. The Head of Commissioning said that action 3.1 has been re-planned
from 30 September 2025 to 31 January 2026 because the regional partnership had not yet agreed its strategy.</p>
<p>RESOLVED:</p>
<ol><li>That the progress report be noted.</li><li>That a further report come to the Panel in October 2025.</li></ol>
<h2>28 Work programme</h2>
<p>RESOLVED that the work programme be noted.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "heading",
    [
        "27 Children's Services Improvement Plan – Progress Update",
        "27 Ofsted Improvement Plan — Progress Report",
        "27 Improvement Plan: Progress Update",
        "27 Ofsted Improvement Plan - Progress Report",
        "27. Children's Services Improvement Plan: Progress Update",  # read before
    ],
)
def test_an_item_numbered_without_a_stop_over_a_dashed_title_gives_its_progress_and_its_minute(tmp_path, heading):
    (tmp_path / "plan.txt").write_bytes(PLAN.read_bytes())
    path = tmp_path / "minutes.html"
    path.write_text(_MINUTES.format(heading=heading), encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    [update] = [u for u in part.updates if u.about_kind == "action"]
    assert (update.about, update.as_at) == ("3.1", MEETING)
    assert "re-planned from 30 September 2025 to 31 January 2026" in update.text
    assert " ".join(doc.text[update.spans[0].start : update.spans[-1].end].split()) == update.text
    made = [(r.text, r.minute) for r in part.recommendations if r.kind == "Resolution"]
    assert made == [
        ("That the progress report be noted.", "27"),
        ("That a further report come to the Panel in October 2025.", "27"),
        ("that the work programme be noted.", None),  # '28 Work programme' is read as no number, as before
    ]

    x = build([tmp_path]).extraction
    (action,) = [a for a in x.actions if a.identifier == "3.1"]
    assert [str(d) for d, _ in action.slips] == ["2026-01-31"]


@pytest.mark.parametrize(
    "line",
    [
        "43 children were seen by the service – more than in any quarter before",
        "43 Children were seen by the service – more than in any quarter before.",
        "17 March 2026 – 31 March 2027",
        "4 The Panel heard – in some detail – how the service works",
    ],
)
def test_a_figure_or_a_numbered_sentence_opening_a_line_heads_no_item(tmp_path, line):
    """Under '27. Improvement Plan', a line opening with a number is no item's heading: the resolutions after it stay
    the minute's."""
    text = _MINUTES.format(heading="27. Improvement Plan: Progress Update").replace(
        "<p>RESOLVED:</p>", f"<p>{line}</p>\n<p>RESOLVED:</p>"
    )
    path = tmp_path / "minutes.html"
    path.write_text(text, encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert [r.minute for r in part.recommendations if r.kind == "Resolution"][:2] == ["27", "27"]
