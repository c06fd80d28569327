"""A web page that numbers its list items one by one (`<li value="10">`, a report's paragraph numbering running on into
its recommendations) shows those numbers as `<ol start>` does; a numbered sub-list inside an item ('Ensure that plans
are: (a) …; (b) …') is that item's words, its labels as its `type` shows them."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from findings.read.html import read_html


def test_an_items_value_is_its_number_and_the_next_items_go_on_from_it():
    page = '<ol><li value="1">Found.</li></ol><ol><li value="7">Ask.</li><li>Then.</li><li value="12">Last.</li></ol>'
    text, _ = read_html(page)
    assert text.splitlines() == ["1. Found.", "7. Ask.", "8. Then.", "12. Last."]


def test_a_numbered_sub_lists_items_keep_their_labels():
    page = (
        '<ol start="4"><li>Ensure that plans are:<ol type="a"><li>timely;</li><li>(b) specific;</li></ol></li>'
        '<li>Then:<ol type="i"><li>x</li><li>y</li><li>z</li><li>w</li></ol></li><li>Next.</li></ol>'
    )
    assert read_html(page)[0].splitlines() == [
        "4. Ensure that plans are:",
        "- (a) timely;",
        "- (b) specific;",  # the label the item types itself, once
        "5. Then:",
        "- (i) x",
        "- (ii) y",
        "- (iii) z",
        "- (iv) w",
        "6. Next.",
    ]


REPORT = """<html><body>
<h1>Wyvern Vale Council</h1>
<p>Inspection of services for children in need of help and protection, children looked after and care leavers</p>
<p>Inspection dates: 3 March 2014 – 26 March 2014</p><p>Report published: 20 May 2014</p>
<h2>Children’s services in Wyvern Vale require improvement</h2>
<h2>Summary of key findings</h2><ol><li value="1">Referrals wait too long for a decision.</li>
<li value="2">Care leavers do not have up-to-date pathway plans.</li></ol>
<h2>What does the local authority need to improve?</h2><h3>Areas for improvement</h3>
<ol><li value="3">Ensure that all referrals are responded to within one working day.</li>
<li value="4">Ensure that pathway plans for care leavers:<ul><li>(a) are completed with the young person; and</li>
<li>(b) are reviewed every six months.</li></ul></li>
<li value="5">Ensure that plans for children in need are specific:<ol type="a"><li>for children at home;</li>
<li>for children in care.</li></ol></li></ol>
<h2>Inspection judgements about the local authority</h2><p>6. Referrals are not responded to quickly enough.</p>
</body></html>
"""


def test_a_reports_items_numbered_by_value_keep_their_numbers_and_sub_items(tmp_path):
    path = tmp_path / "children's services inspection - 20 may 2014.html"
    path.write_text(REPORT, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [(r.identifier, r.text) for r in recs] == [
        ("3", "Ensure that all referrals are responded to within one working day."),
        (
            "4",
            "Ensure that pathway plans for care leavers: (a) are completed with the young person; and (b) are reviewed every"
            " six months.",
        ),
        ("5", "Ensure that plans for children in need are specific: (a) for children at home; (b) for children in care."),
    ]
    quoted = [" ".join(doc.text[s.start : s.end].replace("\n- ", " ").split()) for r in recs for s in r.spans]
    assert quoted == [r.text for r in recs]  # each item the words of its one span, its sub-items' '- ' apart
