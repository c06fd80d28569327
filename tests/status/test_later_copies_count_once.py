"""Two copies of one later report (its PDF and a web page, paragraphs numbered otherwise) say each finding once: the
later findings' count and the confirmation rest on distinct words, not on the copies (tester helper-265: a monitoring
visit letter given twice confirmed a recommendation on '2 strengths', one sentence read from each copy)."""

from __future__ import annotations

from findings.build import build
from tests.link.test_recurrence import _report
from tests.status.test_later_findings import _later

ASKED = "Make sure that children who go missing from home or care are offered a return home interview."
SAID = "Children who go missing from home or care are now offered a timely return home interview."


def test_a_finding_in_both_copies_counts_once(tmp_path):
    (tmp_path / "riverton-2021.md").write_text(_report(2021, [ASKED]), encoding="utf-8")
    _later(tmp_path, f"The experiences and progress of children in care: good\n\n1. {SAID}\n")
    later = (tmp_path / "riverton-2025.md").read_text(encoding="utf-8")
    copy = later.replace("1. " + SAID, "1. Inspectors met social workers and managers.\n\n2. " + SAID)
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "riverton-2025-web.md").write_text(copy, encoding="utf-8")
    result = build([tmp_path]).extraction
    said = [f for f in result.findings if " ".join(f.text.split()) == SAID]
    assert len({f.identifier for f in said}) == 2  # one finding from each copy
    (status,) = [s for s in result.statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025]
    assert status.status == "IndependentlyVerified"
    assert "(1 strength, 0 weaknesses)" in status.basis
