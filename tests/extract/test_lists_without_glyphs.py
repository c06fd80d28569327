"""A recommendation list whose bullet glyphs never reached the text (a PDF that draws its bullets as pictures, or
text copied without them), in councils never tuned on: each item is still one recommendation, the list still ends
at the next heading, and prose under a recommendation heading is not taken for items."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

HEAD = """Inspection of Kirklees local authority children's services
Inspection dates: 6 to 17 March 2023
Lead inspector: Dana Whitfield, His Majesty's Inspector
Judgement Grade
The impact of leaders on social work practice with children and families
Good
Overall effectiveness Good
"""

ILACS = (
    HEAD
    + """What needs to improve?
1
The timeliness of initial health assessments for children who come into
care. (outcome 4, national framework)
The quality and consistency of pathway plans for care leavers.
(enabler 2, national framework)
Management oversight of children who are privately fostered.
The experiences and progress of children who need help and
protection: good
1. Children and families receive timely help from a well-established early help offer.
"""
)

LAC_2013 = """Inspection of looked after children
services
Torbay Council
Inspection dates: 7 - 18 January 2013
Reporting inspector Alex Moreton HMI
Published: 22 February 2013
Areas for improvement
28. In order to improve the quality of provision and services for looked after
children and young people in Torbay, the local authority should take the
following action.
Immediately:
Ensure that a clear plan is in place to improve the effectiveness of the
Independent Reviewing Officers service which results in a robust
reviewing practice
Ensure plans are in place for accelerated improvements in the
completion and quality of care plans and assessments
Review all children on care orders placed at home with parents to
ensure their plans are appropriate
Within three months:
Ensure the consistently high quality of personal education plans
Outcomes for looked after children and care leavers
Grade 3 (Adequate)
29. Children are safe in their placements.
"""

PROSE = (
    HEAD
    + """What needs to improve?
Leaders have a clear understanding of where further development is required and demonstrate a clear and
unstinting ambition to continue to improve children's experiences. They analyse performance information alongside
feedback from children, care-experienced young people, families and the workforce, giving them an up-to-date and
realistic understanding of the quality and impact of the services they provide, and of the work still to do.
The experiences and progress of children who need help and
protection: good
1. Children and families receive timely help from a well-established early help offer.
"""
)


def _recs(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # each quote is the item's own words, nothing between
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
    return recs


def test_an_ilacs_list_without_glyphs_gives_each_item(tmp_path):
    recs = _recs(tmp_path, "kirklees-2023.txt", ILACS)
    assert [(r.identifier, r.text) for r in recs] == [
        ("1", "The timeliness of initial health assessments for children who come into care. (outcome 4, national framework)"),
        ("2", "The quality and consistency of pathway plans for care leavers. (enabler 2, national framework)"),
        ("3", "Management oversight of children who are privately fostered."),
    ]


def test_a_list_without_glyphs_or_stops_splits_where_the_next_item_asks(tmp_path):
    recs = _recs(tmp_path, "torbay-2013.txt", LAC_2013)
    assert [(r.timescale, " ".join(r.text.split()[:4])) for r in recs] == [
        ("Immediately", "Ensure that a clear"),
        ("Immediately", "Ensure plans are in"),
        ("Immediately", "Review all children on"),
        ("Within three months", "Ensure the consistently high"),
    ]
    assert recs[0].text.endswith("Independent Reviewing Officers service which results in a robust reviewing practice")
    assert recs[-1].text == "Ensure the consistently high quality of personal education plans"


def test_prose_under_the_heading_is_no_item(tmp_path):
    assert _recs(tmp_path, "kirklees-prose.txt", PROSE) == []


NEXT_SECTION = (  # the heading, grade and first paragraph that follow an ILACS list
    "The experiences and progress of children who need help and\n"
    "protection: good\n"
    "1. Children and families receive timely help.\n"
)


def _texts(tmp_path, name, text):
    return [r.text for r in _recs(tmp_path, name, text)]


def test_a_glyphless_list_ends_at_a_heading_over_prose(tmp_path):
    text = HEAD + (
        "What needs to improve?\n"
        "The timeliness of initial health assessments for children who come into care.\n"
        "The quality and consistency of pathway plans for care leavers.\n"
        "Main findings\n"
        "The local authority has made good progress since the last inspection.\n"
        "Leaders have strengthened the front door.\n"
    )
    assert _texts(tmp_path, "a.txt", text) == [
        "The timeliness of initial health assessments for children who come into care.",
        "The quality and consistency of pathway plans for care leavers.",
    ]


def test_a_list_with_glyphs_whose_last_glyph_was_lost_takes_no_prose_after_it(tmp_path):
    text = HEAD + (
        "Recommendations\n"
        "\u2022 Ensure that all children in need have a plan that is reviewed regularly.\n"
        "\u2022 Improve the quality of supervision for social workers.\n"
        "Ensure that the local authority's performance information is accurate.\n"
        "Summary for children and young people\n"
        "Inspectors found that children are safe.\n"
        "Social workers visit children often and listen to them.\n"
    )
    assert len(_texts(tmp_path, "b.txt", text)) == 3


def test_an_intro_line_above_the_items_is_no_item(tmp_path):
    numbered = HEAD + (
        "Recommendations\n"
        "The local authority has made good progress since the last inspection.\n"
        "1. Ensure that all children in need have a plan that is reviewed regularly.\n"
        "2. Improve the quality of supervision for social workers.\n"
        "The experiences and progress of children who need help and\n"
        "protection: good\n"
        "3. Children and families receive timely help from a well-established early help offer.\n"
    )
    recs = _recs(tmp_path, "c.txt", numbered)
    assert [(r.identifier, r.text) for r in recs] == [
        ("1", "Ensure that all children in need have a plan that is reviewed regularly."),
        ("2", "Improve the quality of supervision for social workers."),
    ]
    asking = HEAD + (
        "What needs to improve?\n"
        "To improve outcomes for children, the local authority and its partners should:\n"
        "Ensure that all children in need have a plan that is reviewed regularly.\n"
        "Improve the quality of supervision for social workers.\n" + NEXT_SECTION
    )
    assert _texts(tmp_path, "d.txt", asking) == [
        "Ensure that all children in need have a plan that is reviewed regularly.",
        "Improve the quality of supervision for social workers.",
    ]


def test_prose_after_a_glyphless_list_of_asking_items_is_no_item(tmp_path):
    text = LAC_2013.replace(
        "Outcomes for looked after children and care leavers\n",
        "Partnership working\nThe council works well with its health partners.\n"
        "Outcomes for looked after children and care leavers\n",
    )
    assert len(_texts(tmp_path, "e.txt", text)) == 4


def test_a_wrapped_line_that_starts_with_a_capital_and_a_modal_stays_in_its_item(tmp_path):
    text = LAC_2013.replace(
        "Review all children on care orders placed at home with parents to\nensure their plans are appropriate\n",
        "Review all children on care orders placed at home with parents so that\n"
        "Independent Reviewing Officers must agree their plans are appropriate\n",
    )
    texts = _texts(tmp_path, "f.txt", text)
    assert len(texts) == 4
    assert texts[2].endswith("so that Independent Reviewing Officers must agree their plans are appropriate")


def test_glyphless_items_go_on_under_a_sub_heading(tmp_path):
    text = HEAD + (
        "What needs to improve?\n"
        "Within three months:\n"
        "The timeliness of initial health assessments for children who come into care.\n"
        "Within six months:\n"
        "The quality and consistency of pathway plans for care leavers.\n" + NEXT_SECTION
    )
    recs = _recs(tmp_path, "g.txt", text)
    assert [(r.timescale, r.text) for r in recs] == [
        ("Within three months", "The timeliness of initial health assessments for children who come into care."),
        ("Within six months", "The quality and consistency of pathway plans for care leavers."),
    ]


def test_word_list_paragraphs_with_no_typed_marker_are_each_an_item(tmp_path):
    """Word draws the bullets of a 'List Bullet' paragraph from its style: the text holds none, and with no stop
    after an item, the items ran together into one recommendation."""
    import docx

    paper = docx.Document()
    for line in (
        "Inspection of local authority arrangements for the protection of children",
        "Westmarch Borough Council",
        "Inspection dates: 9 – 18 July 2012",
        "Areas for improvement",
        "5. In order to improve the quality of help and protection given to children and young people in Westmarch, "
        "the local authority and its partners should take the following action.",
        "Within three months",
    ):
        paper.add_paragraph(line)
    items = (
        "ensure that child protection plans are specific, with clear outcomes and timescales",
        "ensure that the wishes and feelings of children are recorded in all assessments",
        "improve the timeliness of initial child protection conferences.",
    )
    for item in items:
        paper.add_paragraph(item, style="List Bullet")
    for line in ("The quality of practice", "Judgement: Adequate", "7. Assessments are timely but plans are not specific."):
        paper.add_paragraph(line)
    paper.save(tmp_path / "cp.docx")
    doc = read_document(tmp_path / "cp.docx", "cp.docx")
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == list(items)
    for rec in recs:  # each quote is the item's own paragraph, the reader's marker left out
        assert "".join(doc.text[s.start : s.end] for s in rec.spans) == rec.text
        assert {doc.span(s.start, s.end).ref for s in rec.spans} <= {f"paragraph {n}" for n in (7, 8, 9)}
