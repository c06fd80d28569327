"""'What needs to improve? 1': the heading's footnote mark set apart from its question mark by a space (a reader other
than PDFium's gives the superscript so) had made the heading read as a contents entry ('Recommendations 7'), and the
report gave no recommendation at all (helper-173). A heading's number, with a question mark or without, is a
contents entry only among entries."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant

REPORT = DATA / "other_councils" / "redcar_style_ilacs_2026_spaced_mark.txt"

_ITEMS = [
    ("1", "The timeliness of initial health assessments for children coming into care. (outcome 4, national framework)"),
    (
        "2",
        "The quality of pathway plans for care leavers who live out of the area. (outcome 1, national framework)",
    ),
]


@pytest.mark.parametrize(
    "heading",
    [
        "What needs to improve? 1",
        "What needs to improve?1",
        "What needs to improve in this area? 1",
        "What needs to improve 1",  # no question mark: still no contents entry on its own
    ],
)
def test_a_list_heading_with_its_footnote_mark_apart_heads_the_list(tmp_path, heading):
    text = REPORT.read_text(encoding="utf-8").replace("What needs to improve? 1", heading)
    doc, part = _variant(tmp_path, REPORT.name, text)
    assert [(r.identifier, r.text) for r in part.recommendations] == _ITEMS
    for item in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in item.spans).split() == item.text.split()
    (inspection,) = part.assessments.values()
    assert (inspection.key, str(inspection.ended), str(inspection.issued)) == (
        "redcar-and-cleveland/ofsted-2026",
        "2026-02-13",
        "2026-03-27",
    )


@pytest.mark.parametrize("entry", ["What needs to improve? 2", "What needs to improve 2", "Recommendations 2"])
def test_a_heading_among_a_contents_lists_entries_is_still_an_entry(tmp_path, entry):
    contents = f"Contents\n{entry}\nThe experiences and progress of children in care 4\n"
    text = REPORT.read_text(encoding="utf-8").replace("Leaders in Redcar", contents + "Leaders in Redcar")
    doc, part = _variant(tmp_path, REPORT.name, text)
    assert [(r.identifier, r.text) for r in part.recommendations] == _ITEMS
