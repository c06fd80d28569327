"""A progress table of one recommendation is a progress table (issue #9, tester helper-235: a briefing note whose
table 'Rec | Area for improvement | Progress to date | Status' had a single row was read as nothing, while two rows
were read): a paper on one item (a focused visit's single area for improvement, an exception report) is common. One
row is read only under a heading that gives the progress and the rating columns apart, after the number's; a
two-column table naming progress and status in one heading needs two rows, as before."""

from __future__ import annotations

from datetime import date

import pytest

HEAD = (
    "Marlhythe Borough Council\nBriefing note\nTo: Children's Services Scrutiny Panel\nDate: 3 March 2025\n"
    "Progress on the area for improvement named by Ofsted after its inspection of children's services, which"
    " took place between 9 and 20 September 2024.\n"
)
PROGRESS = "Every social worker now has monthly supervision, and audits in January found it reflective in most records."
FULL = f"No.\tArea for improvement\tUpdate\tRAG\n1\tSupervision of social workers\t{PROGRESS}\tComplete\n"
WEB_PAGE = (
    "<html><body>"
    + "".join(f"<p>{line}</p>" for line in HEAD.splitlines())
    + "<table><tr><th>No.</th><th>Area for improvement</th><th>Update</th><th>RAG</th></tr>"
    f"<tr><td>1</td><td>Supervision of social workers</td><td>{PROGRESS}</td><td>Complete</td></tr></table></body></html>\n"
)
TWO_COLUMNS = f"Area for improvement\tProgress and status\n1\t{PROGRESS} Complete.\n"


def _updates(tmp_path, text: str, name: str = "note.txt") -> list:
    from findings.extract.document import extract_document
    from findings.read import read_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    for update in part.updates:  # every quote is the document's own text at its offsets
        assert update.text.split() == " ".join(doc.text[s.start : s.end] for s in update.spans).split()
    return part.updates


@pytest.mark.parametrize("text, name", [(HEAD + FULL, "note.txt"), (WEB_PAGE, "note.html")])
def test_a_table_of_one_recommendation_is_read(tmp_path, text, name):
    [update] = [u for u in _updates(tmp_path, text, name) if u.about_kind == "recommendation"]
    assert (update.assessment, update.about, update.as_at) == ("marlhythe/ofsted-2024", "1", date(2025, 3, 3))
    assert update.text == f"{PROGRESS} Complete"


def test_a_one_row_table_without_progress_and_rating_apart_is_not_read(tmp_path):
    assert _updates(tmp_path, HEAD + TWO_COLUMNS) == []
