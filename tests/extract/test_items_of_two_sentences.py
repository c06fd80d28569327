"""A recommendation that goes on with a second sentence (councils never tuned on, as saved text): the sentence stays
in its item, however it is worded, and the list goes on after it; the heading after a list is not a sentence of its
last item."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

ILACS = """Inspection of Lambeth local authority children's services
Inspection dates: 9 May to 20 May 2022
Lead inspector: Morgan Ashdown, His Majesty's Inspector
Judgement Grade
The impact of leaders on social work practice with children and families
Requires improvement to be good
Overall effectiveness Requires improvement to be good
What needs to improve?
\u25fc The timeliness of strategy discussions.
\u25fc The support for care leavers.
This includes access to suitable accommodation and to emotional well-being
services for those aged 21 to 25.
\u25fc The quality of life-story work for children in care.
\u25fc The effectiveness of the virtual school in reducing exclusions.
The experiences and progress of children who need help and
protection: requires improvement to be good
1. The quality of social work practice at the front door is variable.
"""

SIF = """Wirral Metropolitan Borough Council
Inspection of services for children in need of help and protection, children looked after and care leavers
Inspection date: 3 March 2015 - 26 March 2015
Report published: 12 May 2015
What does the local authority need to improve?
Areas for improvement
1. Develop a strategy to ensure that care leavers engage in education, training or employment.
The strategy should include apprenticeships offered by the council and its
partners, and be monitored by the corporate parenting panel.
2. Ensure that all foster carers receive regular supervision that is properly recorded.
Summary for children and young people
The council should do more to help care leavers into work.
"""


def _recs(tmp_path, name, text, glyphs=()):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # each quote is the item's own words, nothing between (a sub-point's glyph aside)
        words = [w for s in rec.spans for w in doc.text[s.start : s.end].split() if w not in glyphs]
        assert " ".join(words) == rec.text
    return recs


def test_a_bullet_goes_on_with_its_sentence_and_the_list_after_it(tmp_path):
    recs = _recs(tmp_path, "lambeth-2022.txt", ILACS)
    assert [r.text for r in recs] == [
        "The timeliness of strategy discussions.",
        "The support for care leavers. This includes access to suitable accommodation and to emotional well-being "
        "services for those aged 21 to 25.",
        "The quality of life-story work for children in care.",
        "The effectiveness of the virtual school in reducing exclusions.",
    ]


def test_a_numbered_item_keeps_a_second_sentence_that_asks(tmp_path):
    recs = _recs(tmp_path, "wirral-2015.txt", SIF)
    assert [(r.identifier, r.text) for r in recs] == [
        (
            "1",
            "Develop a strategy to ensure that care leavers engage in education, training or employment. The strategy "
            "should include apprenticeships offered by the council and its partners, and be monitored by the corporate "
            "parenting panel.",
        ),
        ("2", "Ensure that all foster carers receive regular supervision that is properly recorded."),
    ]


@pytest.mark.parametrize("glyph", ["o", "\u00b7", "\u25c6", "\u25ba"])
def test_bullets_however_the_pdf_writes_them(tmp_path, glyph):
    """Word's second-level bullet comes out of a PDF as the letter 'o'; other fonts give a middle dot or a diamond:
    each item is one recommendation (with 'o' all of them were one, or none)."""
    text = ILACS.replace("\u25fc ", f"{glyph} ")
    recs = _recs(tmp_path, "lambeth-2022.txt", text)
    assert [r.text[:30] for r in recs] == [
        "The timeliness of strategy dis",
        "The support for care leavers. ",
        "The quality of life-story work",
        "The effectiveness of the virtu",
    ]


def test_a_second_level_o_bullet_is_a_sub_point_of_its_item(tmp_path):
    """'• Ensure … in particular' then 'o the timeliness of reviews': Word's second-level bullet, one recommendation
    with its sub-points, their glyphs gone."""
    text = ILACS.replace(
        "\u25fc The timeliness of strategy discussions.\n",
        "\u25fc The quality of plans, in particular\no the timeliness of reviews\no contingency planning.\n",
    )
    recs = _recs(tmp_path, "lambeth-2022.txt", text, glyphs=("o",))
    assert recs[0].text == "The quality of plans, in particular the timeliness of reviews contingency planning."
    assert len(recs) == 4


def test_other_glyphs_and_split_letters_are_not_sub_points(tmp_path):
    """Two items of a 2009–13 list in lower case with different glyphs stay two; an 'o' that is a split word ('o f')
    stays in the text; 'o' points under a numbered item are its sub-points."""
    two = ILACS.replace(
        "\u25fc The timeliness of strategy discussions.\n",
        "\u25fc the timeliness o f strategy discussions\n\u2022 the quality of supervision\n",
    )
    recs = _recs(tmp_path, "lambeth-2022.txt", two)
    assert [r.text for r in recs[:2]] == ["the timeliness o f strategy discussions", "the quality of supervision"]
    numbered = SIF.replace(
        "1. Develop a strategy to ensure that care leavers engage in education, training or employment.\n",
        "1. Develop a strategy for care leavers, in particular\no their education\no their training.\n",
    )
    recs = _recs(tmp_path, "wirral-2015.txt", numbered, glyphs=("o",))
    assert [r.identifier for r in recs] == ["1", "2"]
    assert recs[0].text.startswith("Develop a strategy for care leavers, in particular their education their training.")
