"""A 2009–12 report's timescale sub-headings in other words ('Immediate action:', 'Within the next three months:',
'Within the next six months:'): helper-173 found each item under them without its timescale or due date."""

from __future__ import annotations

from datetime import date

from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant

REPORT = DATA / "older_forms" / "thurrock_style_slac_2010_timescales.txt"


def test_items_under_timescales_worded_otherwise_take_them_and_their_due_dates(tmp_path):
    doc, part = _variant(tmp_path, REPORT.name, REPORT.read_text(encoding="utf-8"))
    assert [(r.identifier, r.timescale, r.due_by) for r in part.recommendations] == [
        ("safeguarding-1", "Immediate action", date(2010, 12, 24)),
        ("safeguarding-2", "Within the next three months", date(2011, 3, 24)),
        ("safeguarding-3", "Within the next six months", date(2011, 6, 24)),
    ]
    for item in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in item.spans).split() == item.text.split()
        assert item.text.split()[0] in ("ensure", "improve")
