"""A web page's list numbered from another number than 1 (`<ol start="176">`, a report's board recommendations as a
council republishes them) keeps the numbers the page shows, so its items carry the report's own numbers and a PDF of
the same report gives the same items, not a second set (tester helper-185: the board's fourteen recommendations were
1–14 in the HTML copy and 176–189 in the PDF, twenty-eight in all when both were read)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from findings.read.html import read_html


def test_a_page_that_numbers_a_list_from_n_shows_every_lists_numbers():
    """On a page with an `<ol start>` other than 1, every numbered list writes its numbers, so lists that go on from
    one another ('<ol>A, B</ol> … <ol start="3">C</ol>', a report's paragraphs numbered through to its board's 176)
    keep them (reviewer helper-186); an item's own typed number, and a bulleted list, keep '- '; a page that numbers
    no list from another number is read as before."""
    resumed = (
        '<ol><li>A</li><li>B</li></ol><p>Inspectors also found:</p><ol start="3"><li>C</li><li>16- and 17-year-olds</li></ol>'
    )
    assert read_html(resumed)[0].splitlines() == ["1. A", "2. B", "Inspectors also found:", "3. C", "4. 16- and 17-year-olds"]
    text, _ = read_html(
        '<ol start="7"><li>Plans.</li></ol><ul><li>a bullet</li></ul><ol start="3"><li>3. its own number</li></ol>'
    )
    assert text.splitlines() == ["7. Plans.", "- a bullet", "- 3. its own number"]
    assert read_html("<ol><li>A</li></ol><ol><li>B</li></ol>")[0].splitlines() == ["- A", "- B"]
    nested = '<ol start="4"><li>Ensure that plans are timely:<ol><li>for children in care</li></ol></li><li>Next.</li></ol>'
    assert read_html(nested)[0].splitlines() == ["4. Ensure that plans are timely:", "- (1) for children in care", "5. Next."]
    cell = '<ol start="5"><li>x</li></ol><table><tr><td><ol start="5"><li>in a cell</li></ol></td></tr></table>'
    assert read_html(cell)[0].splitlines()[-1] == "- in a cell"


REPORT = """<html><body>
<h1>Inspection of Rutland local authority children’s services</h1>
<p>Inspection dates: 3 to 14 March 2025</p>
<p>Lead inspector: Ann Example, His Majesty’s Inspector</p>
<h2>What needs to improve?</h2>
<ol start="4"><li>Ensure that plans for children in need are specific.</li>
<li>Ensure that return home interviews are timely.</li></ol>
<h2>The experiences and progress of children who need help and protection: good</h2>
<p>1. Children receive timely help.</p>
</body></html>
"""


def test_a_reports_items_carry_the_numbers_its_page_shows(tmp_path):
    path = tmp_path / "children's services inspection - 25 april 2025.html"
    path.write_text(REPORT, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [(r.identifier, r.text) for r in recs] == [
        ("4", "Ensure that plans for children in need are specific."),
        ("5", "Ensure that return home interviews are timely."),
    ]
    assert all(doc.text[s.start : s.end].strip() in r.text for r in recs for s in r.spans)
