"""A report's unnumbered summary between its grades and its list of what needs to improve is where a 2018– report
gives its verdict on the last inspection, and a 2013–2017 one its executive summary: its sentences are findings
('headline2-1'), so a later report's 'personal education plans have improved since the last inspection' there
verifies the earlier recommendation (testers helper-188 and helper-189: it had been read only in numbered
paragraphs). A contents page, headings, bullet glyphs, the list's own items and a 2013–2017 report's facts about the
area are no words of it; its sentence on the board is the board's (reviewer helper-190)."""

from __future__ import annotations

from findings.build import build
from findings.extract.document import extract_document
from findings.read import read_document

EARLIER = """Anyshire County Council
Inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection date: 4 April 2016 to 28 April 2016
Report published: 6 June 2016
1. Children who need help and protection Requires improvement
2. Children looked after and achieving permanence Requires improvement
3. Leadership, management and governance Requires improvement
Recommendations
1. Ensure that all children who go missing from home or care are offered a
return home interview.
2. Ensure that personal education plans for children looked after are of
consistently good quality and include clear and measurable targets.
Information about this inspection
Lead inspector: Ann Example HMI
"""

LATER = """Anyshire County Council
Inspection of children's social care services
Inspection dates: 28 October 2019 to 8 November 2019
Lead inspector: Bea Example, Her Majesty's Inspector
Judgement Grade
The impact of leaders on social work practice with children
and families Requires improvement to be good
The experiences and progress of children who need help and
protection Requires improvement to be good
The experiences and progress of children in care and care
leavers Good
Overall effectiveness Requires improvement to be good
Contents
What needs to improve 2
The experiences and progress of children who need help and protection 3
Leaders have a clear understanding of the service. Personal education plans have improved
since the last inspection and most are now of good quality, with clear targets. Children who

\f
2
go missing from home or care are not always offered a return home interview. The Local
Safeguarding Children Board is good.
Summary for children
\uf06e Most children in care live in stable homes that meet their needs well.
Information about this local authority area
Previous Ofsted inspections
The local authority was judged to be inadequate in its last inspection.
What needs to improve
\uf06e The response to 16- and 17-year-olds who present as homeless.
The experiences and progress of children who need help and
protection: requires improvement to be good
1. Children are seen promptly when concerns are raised.
"""


def _write(tmp_path):
    (tmp_path / "children's services inspection - 6 june 2016.txt").write_text(EARLIER, encoding="utf-8")
    path = tmp_path / "children's services inspection - 13 december 2019.txt"
    path.write_text(LATER, encoding="utf-8")
    return path


def test_the_headline_summarys_sentences_are_findings_quoted_exactly(tmp_path):
    path = _write(tmp_path)
    doc = read_document(path, path.name)
    found = [f for f in extract_document(doc).findings if f.identifier.startswith("headline")]
    assert [(f.identifier, f.polarity) for f in found] == [
        ("headline1-1", "Strength"),
        ("headline1-2", "Strength"),
        ("headline1-3", "Weakness"),  # over the page's break and number
        ("headline2-1", "Strength"),  # a bullet, its glyph left out
    ]
    assert found[2].text == "Children who go missing from home or care are not always offered a return home interview."
    for f in found:  # every quote is the finding's own words: no heading, glyph, contents entry or page number
        assert " ".join(" ".join(doc.text[s.start : s.end] for s in f.spans).split()) == f.text
    assert not any("needs to improve" in f.text or "16- and 17" in f.text for f in found)
    # the board's verdict is the board's, and the facts about the area and its last inspection are no findings
    assert not any("Board" in f.text or "judged" in f.text for f in found)


def test_a_verdict_on_the_last_inspection_in_the_summary_verifies_the_recommendation(tmp_path):
    _write(tmp_path)
    x = build([tmp_path]).extraction
    latest = {s.item.identifier: s for s in sorted(x.statuses, key=lambda s: s.as_of) if s.item.assessment.endswith("2016")}
    assert latest["2"].status == "IndependentlyVerified" and latest["2"].as_of.year == 2019
