"""A later report given twice (its PDF and a text copy, helper-181): its finding on the last inspection's
recommendation was two progress updates, one node named '…-2'. One finding, one update, quoted in both copies."""

from __future__ import annotations

from findings.build import build
from tests.conftest import DATA

EARLIER = DATA / "other_councils" / "doncaster_style_sif_2015.txt"
LATER = DATA / "other_councils" / "doncaster_style_ilacs_2019.txt"


def test_a_later_reports_copy_adds_its_quote_not_a_second_update(tmp_path):
    copy = tmp_path / "ilacs_2019_copy.txt"
    copy.write_text("Text copy saved from the council's website\n\n" + LATER.read_text(encoding="utf-8"), encoding="utf-8")
    alone = build([EARLIER, LATER]).extraction.updates
    both = build([EARLIER, LATER, copy]).extraction
    assert [(u.assessment, u.about, u.as_at, u.text) for u in both.updates] == [
        (u.assessment, u.about, u.as_at, u.text) for u in alone
    ]
    (update,) = both.updates
    assert (update.assessment, update.about, str(update.as_at)) == ("doncaster/ofsted-2015", "2", "2019-05-10")
    docs = {d.sha256: d for d in both.documents}
    assert len({s.doc for s in update.spans}) == 2
    for span in update.spans:
        assert " ".join(docs[span.doc].text[span.start : span.end].split()) in update.text
