"""A span is where a node's words are: never empty, never reversed, whatever order a reader hands its pieces in
(an action log's 'Update | RAG' puts the status cell after the update it opens). Spans are not refused when made:
one that a reader got wrong is reported by the shapes (the build exits 1, its graph written whole), rather than
losing the paper it is in."""

from __future__ import annotations

from findings.build import build
from findings.extract.spans import joined_spans
from findings.model import Document

LOG = """<html><body>
<p>Anyshire County Council</p>
<h1>Corporate Parenting Panel</h1>
<h2>Action log &ndash; for the meeting on 4 June 2025</h2>
<table>
<tr><th>Ref</th><th>Date of meeting</th><th>Action</th><th>Owner</th><th>Due date</th><th>Revised date</th>
<th>Update</th><th>RAG</th></tr>
<tr><td>CP7</td><td>5 March 2025</td><td>Report the dental checks of children in care to the Panel</td><td>Designated Nurse</td>
<td>30/04/2025</td><td></td><td>The report was circulated to members in April 2025.</td><td>Complete</td></tr>
<tr><td>CP8</td><td>5 March 2025</td><td>Visit two of the council's children's homes</td><td>Panel members</td>
<td>31/05/2025</td><td>31/07/2025</td><td>Visits are booked for July.</td><td>Amber</td></tr>
</table>
</body></html>
"""


def _doc(text: str) -> Document:
    return Document("x.txt", text, "ab" * 32, "NFC", "text/plain")


def test_pieces_out_of_text_order_join_as_printed():
    doc = _doc("Visits are booked.\tAmber\nNext")
    got = joined_spans(doc, [(19, 24), (0, 18), (3, 3)])  # the status cell first, then the update, an empty cell
    assert [(s.start, s.end) for s in got] == [(0, 24)]


def test_a_log_with_its_status_after_its_update_and_an_empty_revised_date_quotes_every_row(tmp_path):
    (tmp_path / "log.html").write_text(LOG, encoding="utf-8")
    x = build([tmp_path]).extraction
    doc = x.documents[0]
    updates = {u.about: u for u in x.updates if u.about.startswith("log-")}
    assert sorted(updates) == ["log-CP7", "log-CP8"]
    for update in updates.values():
        assert all(0 <= s.start < s.end <= len(doc.text) for s in update.spans)
        quoted = " ".join(" ".join(doc.text[s.start : s.end] for s in update.spans).split())
        assert quoted == update.text
    assert updates["log-CP7"].text == "The report was circulated to members in April 2025. Complete"
