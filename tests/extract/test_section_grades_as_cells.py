"""An older report's section grades ('Overall effectiveness: inadequate' under 'Safeguarding services') copied as table
cells, the label and the grade apart by a tab, a run of spaces or a dash rather than a colon: each section's grades
are still read, in that section. With a tab, the safeguarding section's grades had been lost."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant

SLAC = DATA / "older_forms" / "medway_slac_2011.txt"


@pytest.mark.parametrize("gap", ["\t", "   ", " – ", " - "])
def test_section_grades_apart_from_their_labels_by_a_cell_gap_are_read_in_their_section(tmp_path, gap):
    text = SLAC.read_text(encoding="utf-8")
    for label in ("Overall effectiveness", "Capacity for improvement"):
        text = text.replace(f"{label}: ", f"{label}{gap}")
    doc, part = _variant(tmp_path, SLAC.name, text)
    got = sorted((j.scope, j.area, j.grade) for j in part.judgements)
    assert got == [
        ("Safeguarding services", "Capacity for improvement", "Adequate"),
        ("Safeguarding services", "Overall effectiveness", "Inadequate"),
        ("Services for looked after children", "Capacity for improvement", "Good"),
        ("Services for looked after children", "Overall effectiveness", "Good"),
    ]
    for judgement in part.judgements:
        (span,) = judgement.spans
        assert doc.text[span.start : span.end].replace(gap, ": ").casefold() == f"{judgement.area}: {judgement.grade}".casefold()
