"""A 2016–18 JTAI letter ends its 'Areas for improvement' with the standard paragraph naming the principal authority,
which 'should prepare a written statement of proposed action': a procedure every such letter states, not an area for
improvement (tester helper-285: it became the letter's fourth recommendation)."""

from __future__ import annotations

import pytest

from findings.build import build

ITEMS = (
    "The response of adult mental health services to the needs of the children of the parents they support.",
    "The quality of supervision of health visitors working with families where there is neglect.",
)
LETTER = (
    "Westhaven County Council\n\n"
    "12 April 2017\n\n"
    "Dear Ms Carter\n\n"
    "Joint targeted area inspection of the multi-agency response to children living with neglect in Westhaven\n\n"
    "Between 6 and 10 March 2017, Ofsted, the Care Quality Commission, HMI Constabulary and HMI Probation undertook a "
    "joint inspection of the multi-agency response to children living with neglect in Westhaven.\n\n"
    "Key strengths\n\n"
    "{bullet}Partners share a clear commitment to tackling neglect.\n\n"
    "Areas for improvement\n\n"
    "{bullet}{one}\n"
    "{bullet}{two}\n\n"
    "Westhaven County Council is the principal authority and should prepare a written statement of proposed\n"
    "action responding to the findings outlined in this letter. This should be a multi-agency response involving\n"
    "the clinical commissioning group, the police and the youth offending service.\n\n"
    "Yours sincerely\n\n"
    "Jane Hill\n"
    "Her Majesty's Inspector\n"
)


@pytest.mark.parametrize("bullet", ["• ", ""], ids=["glyphs", "no-glyphs"])
def test_the_written_statement_is_no_area_for_improvement(tmp_path, bullet):
    text = LETTER.format(bullet=bullet, one=ITEMS[0], two=ITEMS[1])
    (tmp_path / "westhaven-jtai-2017.txt").write_text(text, encoding="utf-8")
    out = build([tmp_path]).extraction
    doc = out.documents[0].text
    assert [r.text for r in out.recommendations] == list(ITEMS)
    assert all(doc[s.start : s.end] == r.text for r in out.recommendations for s in r.spans)
