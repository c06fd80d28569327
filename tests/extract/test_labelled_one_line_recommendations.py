"""A recommendation a report gives in a section's prose after a label ('The LSCB is good. Recommendation: the LSCB
should ensure …', 'Area for improvement: ensure …'): no list heading stood over it, so it was never read, and the
board review had its grade but no recommendation (issue #9)."""

from __future__ import annotations

from findings.build import build

_GRADES = """<table>
<tr><td>1. Children who need help and protection</td><td>Good</td></tr>
<tr><td>2. Children looked after and achieving permanence</td><td>Good</td></tr>
<tr><td>3. Leadership, management and governance</td><td>Good</td></tr>
</table>"""

_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<h1>Marshfield</h1>
<h2>Inspection of services for children in need of help and protection, children looked after and care leavers</h2>
<h2>and</h2>
<h2>Review of the effectiveness of the local safeguarding children board</h2>
<p>Inspection date: 7 March 2016 to 31 March 2016</p>
<p>Report published: 20 May 2016</p>
{_GRADES}
<p>The local safeguarding children board (LSCB) is good.</p>
<p>Executive summary. Recommendations from the last inspection have been implemented in full.</p>
<h3>Recommendations</h3>
<ol>
<li>Ensure that return home interviews are offered to every child who goes missing.</li>
<li>Ensure that care leavers have up-to-date pathway plans.</li>
</ol>
<h3>The Local Safeguarding Children Board</h3>
<p>The board is well led. Recommendation: the LSCB should ensure that its training reaches staff in schools.</p>
<p>Recommendations: the board has acted on all of those made by the last review.</p>
</body></html>
"""

_TEXT = """Brackenvale County Council
Inspection of services for children in need of help and protection, children looked after and care leavers
and
Review of the effectiveness of the local safeguarding children board

Inspection date: 4 October 2016 to 27 October 2016
Report published: 12 December 2016

Children's services in Brackenvale are good.
The local safeguarding children board (LSCB) is good.

Recommendations
1. Ensure that strategy discussions include the police in every case.
2. Ensure that children looked after have timely health assessments.

Children looked after and achieving permanence
The service is good. Area for improvement: ensure that permanence plans are agreed at the
second review for every child.

Ensure that children looked after have timely health assessments.

Review of the effectiveness of the local safeguarding children board
The LSCB is good. Recommendation: Ensure that children looked after have timely health assessments.
The board is well led. Recommendation: the board should ensure that it hears the voice of children.
"""


def _recommendations(tmp_path, name: str, text: str) -> tuple[str, list]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    x = build([tmp_path]).extraction
    return x.documents[0].text, x.recommendations


def test_a_labelled_recommendation_in_the_boards_section_is_the_board_reviews(tmp_path):
    text, recs = _recommendations(tmp_path, "report.html", _HTML)
    got = {(r.assessment.rsplit("/", 1)[-1], r.identifier): r.text for r in recs}
    assert got == {
        ("ofsted-2016", "1"): "Ensure that return home interviews are offered to every child who goes missing.",
        ("ofsted-2016", "2"): "Ensure that care leavers have up-to-date pathway plans.",
        ("ofsted-2016-lscb", "1"): "the LSCB should ensure that its training reaches staff in schools.",
    }  # 'Recommendations from the last inspection have been …' and 'Recommendations: the board has acted …' ask nothing
    (board,) = [r for r in recs if r.assessment.endswith("lscb")]
    assert [text[s.start : s.end] for s in board.spans] == [board.text]


def test_a_labelled_recommendation_wraps_to_its_sentences_end_and_is_read_once(tmp_path):
    text, recs = _recommendations(tmp_path, "report.txt", _TEXT)
    got = {(r.assessment.rsplit("/", 1)[-1], r.identifier): r.text for r in recs}
    assert got == {
        ("ofsted-2016", "1"): "Ensure that strategy discussions include the police in every case.",
        ("ofsted-2016", "2"): "Ensure that children looked after have timely health assessments.",
        ("ofsted-2016", "3"): "ensure that permanence plans are agreed at the second review for every child.",
        ("ofsted-2016-lscb", "1"): "the board should ensure that it hears the voice of children.",
    }  # the list's item said again after a label is not read twice
    (wrapped,) = [r for r in recs if r.identifier == "3"]
    assert " ".join(text[s.start : s.end] for s in wrapped.spans).split() == wrapped.text.split()
