"""A report republished as a web page whose sections' prose numbers no paragraph: each paragraph after the list of
what needs to improve is read for findings, its section's heading their scope, down to the back matter; a report that
numbers its paragraphs is read by its numbers as before (black-box tester helper-305: only the summary was read, so an
earlier ask the later report praised stayed open)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Inspection of Westmere local authority children's services</title></head><body><main>
<h1>Inspection of Westmere local authority children's services</h1>
<p>Inspection dates: 7 to 18 March 2022</p>
<p>Lead inspector: Ann Fry, His Majesty's Inspector</p>
<table><thead><tr><th>Judgement</th><th>Grade</th></tr></thead><tbody>
<tr><td>Overall effectiveness</td><td>Good</td></tr>
<tr><td>The experiences and progress of children in care and care leavers</td><td>Good</td></tr>
</tbody></table>
<p>Since the last inspection, leaders in Westmere have improved services for children.</p>
<h2>What needs to improve?</h2>
<ul><li>The quality of pathway plans for care leavers.</li><li>The response to homeless 16- and 17-year-olds.</li></ul>
<h2>The experiences and progress of children in care and care leavers: good</h2>
<p>Children in care are visited regularly. Care leavers receive their health histories when they leave care.</p>
<p>Pathway plans are not always written with young people.</p>
<p>Ofsted has a role in reporting on the weather, which is not at all satisfactory.</p>
<p>© Crown copyright 2022</p>
</main></body></html>
"""


def _part(tmp_path, page: str):
    path = tmp_path / "westmere-inspection.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def test_the_sections_unnumbered_paragraphs_are_read_for_findings(tmp_path):
    doc, part = _part(tmp_path, PAGE)
    found = {(f.text, f.polarity, f.scope) for f in part.findings + part.plain}
    scope = "The experiences and progress of children in care and care leavers"
    assert ("Care leavers receive their health histories when they leave care.", "", scope) in found  # said, read by
    assert ("Pathway plans are not always written with young people.", "Weakness", scope) in found  # the link stage
    assert not any("weather" in f.text for f in part.findings + part.plain)  # the back matter is no section's prose
    for f in part.findings:
        assert " ".join(doc.text[s.start : s.end] for s in f.spans) == f.text


def test_a_report_numbering_its_paragraphs_is_read_by_its_numbers(tmp_path):
    numbered = PAGE.replace("<p>Children in care are visited", "<p>1. Children in care are visited").replace(
        "<p>Pathway plans are not", "<p>2. Pathway plans are not"
    )
    _, part = _part(tmp_path, numbered)
    assert not any(f.identifier.startswith("body") for f in part.findings + part.plain)
    assert {f.paragraph for f in part.findings if "Pathway plans" in f.text} == {"2"}
