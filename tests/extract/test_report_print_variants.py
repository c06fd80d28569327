"""A report printed with other glyphs or read in another order gives the same recommendations and grades (helper-147
varied the bundled reports so; these broke): items bulleted '*' (a text copy), sub-points opened by a dash ('─', '–'),
an item whose verb the lexicon lacks right under a sub-heading, and a judgement table a reader gave column by column
(every area, then every grade) — which had made up judgements ('Requires improvement to be good' graded Good)."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant

ILACS = DATA / "other_councils" / "torbay_ilacs_report_2024.txt"
SIF = DATA / "other_councils" / "rutland_sif_report_2015.txt"


_read = _variant  # the report `text` written as `name`, read back, and what it gives


def _quoted(doc, item) -> str:
    return " ".join(doc.text[s.start : s.end] for s in item.spans)


@pytest.mark.parametrize("glyph", ["*", "—", "∙", "❖", "➔", "\u0095"])
def test_items_bulleted_with_other_glyphs_are_the_list(tmp_path, glyph):
    """'*' in a text copy; an em dash, a bullet operator, a Windows-1252 bullet and dingbats as producers give them."""
    text = ILACS.read_text(encoding="utf-8")
    listed = ["The quality and timeliness", "The consistency of management", "The sufficiency of suitable"]
    for opening in listed:
        text = text.replace(f"\n{opening}", f"\n{glyph} {opening}")
    doc, part = _read(tmp_path, ILACS.name, text)
    assert len(part.recommendations) == len(listed)
    assert all(r.text.startswith(o) for r, o in zip(part.recommendations, listed, strict=True))
    for item in part.recommendations:
        assert _quoted(doc, item).split() == item.text.split()


@pytest.mark.parametrize("glyph", ["─", "–", "-", "•"])
def test_sub_points_opened_by_a_dash_lose_their_glyph_as_bullets_do(tmp_path, glyph):
    text = SIF.read_text(encoding="utf-8")
    for point in ("set out clearly", "include timescales", "are understood"):
        text = text.replace(f"\n {point}", f"\n{glyph} {point}")
    assert text.count(f"\n{glyph} ") == 3
    doc, part = _read(tmp_path, SIF.name, text)
    item = next(r for r in part.recommendations if r.identifier == "3")
    assert item.text == (
        "Improve the quality of child protection plans so that they: set out clearly what needs to change for the "
        "child include timescales that are specific to the child’s needs are understood by parents."
    )
    for line in item.spans[1:]:  # each sub-point's span is its line, glyph and all: the quote is the page's
        assert doc.text[line.start : line.end].startswith(glyph)


def test_a_dash_of_the_prose_at_a_lines_start_is_kept(tmp_path):
    text = SIF.read_text(encoding="utf-8").replace(
        "consistently and that decisions are recorded", "consistently\n– and that decisions are recorded"
    )
    doc, part = _read(tmp_path, SIF.name, text)
    assert "applies thresholds consistently – and that decisions" in part.recommendations[0].text


_SUB_HEADED = """Areas for improvement
Help and protection
1. Sharpen the way the multi-agency safeguarding hub (MASH) applies thresholds
consistently and records decisions with a clear rationale.
2. Ensure that children who are privately fostered are identified and that their
arrangements are assessed promptly.
Children looked after
3. Bolster the role of independent reviewing officers (IROs) so that they
challenge drift in children’s care plans.
4. Ensure that the voice of the child is evident in assessments, plans and reviews.
The local authority’s strengths
5. Adoption performance is good and children are matched with their adopters
without delay.
"""


def test_an_item_with_an_unlisted_verb_under_a_sub_heading_goes_on_with_the_list(tmp_path):
    text = SIF.read_text(encoding="utf-8")
    start = text.index("Areas for improvement\n")
    end = text.index("Summary for children and young people")
    doc, part = _read(tmp_path, SIF.name, text[:start] + _SUB_HEADED + text[end:])
    council = [r for r in part.recommendations if r.assessment == "rutland/ofsted-2015"]
    assert [(r.identifier, r.text.split()[0], r.scope) for r in council] == [
        ("1", "Sharpen", "Help and protection"),
        ("2", "Ensure", "Help and protection"),
        ("3", "Bolster", "Children looked after"),
        ("4", "Ensure", "Children looked after"),
    ]  # '5. Adoption performance is good …', a strength, is no recommendation
    for item in council:
        assert _quoted(doc, item).split() == item.text.split()


_ROWS = """Judgement\tGrade
The impact of leaders on social work practice with children and families\tRequires improvement to be good
The experiences and progress of children who need help and protection\tRequires improvement to be good
The experiences and progress of children in care\tGood
The experiences and progress of care leavers\tRequires improvement to be good
Overall effectiveness\tRequires improvement to be good
"""
_COLUMNS = """Judgement Grade
The impact of leaders on social work
practice with children and families
The experiences and progress of
children who need help and protection
The experiences and progress of
children in care
The experiences and progress of care
leavers
Overall effectiveness
Inadequate
Requires improvement to be good
Good
Outstanding
Requires improvement to be good
"""


def test_a_judgement_table_given_column_by_column_pairs_each_area_with_its_grade(tmp_path):
    text = ILACS.read_text(encoding="utf-8")
    assert _ROWS in text
    doc, part = _read(tmp_path, ILACS.name, text.replace(_ROWS, _COLUMNS))
    assert [(j.key, j.grade) for j in part.judgements] == [
        ("impact_of_leaders", "Inadequate"),
        ("help_and_protection", "RequiresImprovement"),
        ("in_care", "Good"),
        ("care_leavers", "Outstanding"),
        ("overall_effectiveness", "RequiresImprovement"),
    ]
    for judgement in part.judgements:  # the area's lines and its grade's, each quoted where it is printed
        quoted = [doc.text[s.start : s.end] for s in judgement.spans]
        assert " ".join(quoted[:-1]) == judgement.area and quoted[-1] in _COLUMNS.splitlines()


def test_a_column_by_column_table_whose_counts_differ_makes_up_no_judgement(tmp_path):
    text = ILACS.read_text(encoding="utf-8").replace(_ROWS, _COLUMNS.replace("Outstanding\n", ""))
    doc, part = _read(tmp_path, ILACS.name, text)
    assert all(j.key is not None and j.area.split()[0] in ("The", "Overall") for j in part.judgements)
    assert all(j.area.count("The ") <= 1 for j in part.judgements)  # no area run into the next


_TORBAY_GRADES = [  # the test report's table, as its rows print it
    ("impact_of_leaders", "RequiresImprovement"),
    ("help_and_protection", "RequiresImprovement"),
    ("in_care", "Good"),
    ("care_leavers", "RequiresImprovement"),
    ("overall_effectiveness", "RequiresImprovement"),
]
_GRADE_WRAPPED = """Judgement Grade
The impact of leaders on social work practice with children and families Requires improvement to
be good
The experiences and progress of children who need help and protection Requires improvement to be
good
The experiences and progress of children in care Good
The experiences and progress of care leavers Requires improvement to be good
Overall effectiveness Requires improvement to be good
"""


def test_a_row_whose_grade_wraps_onto_the_next_line_keeps_its_area_and_grade(tmp_path):
    """A table read a row a line, wide rows' grades wrapped ('… families Requires improvement to' / 'be good'): the
    wrap had made up judgements ('be' graded Good) and lost two areas."""
    text = ILACS.read_text(encoding="utf-8")
    doc, part = _read(tmp_path, ILACS.name, text.replace(_ROWS, _GRADE_WRAPPED))
    assert [(j.key, j.grade) for j in part.judgements if j.scope == "Judgements"] == _TORBAY_GRADES


_SIF_ROWS = """1. Children who need help and protection Requires improvement
2. Children looked after and achieving permanence Good
2.1 Adoption performance Good
2.2 Experiences and progress of care leavers Requires improvement
3. Leadership, management and governance Requires improvement
"""
_SIF_COLUMNS = """1. Children who need help and protection
2. Children looked after and achieving permanence
2.1 Adoption performance
2.2 Experiences and progress of care leavers
3. Leadership, management and governance
Requires
improvement
Good
Good
Requires improvement
Requires
improvement
"""


def test_a_numbered_table_given_column_by_column_pairs_its_rows_below_the_headline(tmp_path):
    """A SIF table (numbered rows under the headline sentence and its prose) given column by column, a grade over two
    lines ('Requires' / 'improvement'): each numbered area its own grade, the headline still the overall one."""
    text = SIF.read_text(encoding="utf-8")
    assert _SIF_ROWS in text
    doc, part = _read(tmp_path, SIF.name, text.replace(_SIF_ROWS, _SIF_COLUMNS))
    council = sorted((j.key, j.grade) for j in part.judgements if j.assessment == "rutland/ofsted-2015")
    assert council == [
        ("adoption", "Good"),
        ("care_leavers", "RequiresImprovement"),
        ("help_and_protection", "RequiresImprovement"),
        ("impact_of_leaders", "RequiresImprovement"),
        ("in_care", "Good"),
        ("overall_effectiveness", "RequiresImprovement"),
    ]


def test_a_number_that_ends_an_items_phrase_on_a_line_of_its_own_is_no_marker(tmp_path):
    """'… beyond the age of' / '18.': the figure ends the item's sentence; a number alone on its line opens an item
    only below an item that has ended (a re-wrapped SIF list had numbered every later item one on)."""
    text = SIF.read_text(encoding="utf-8").replace(
        "2. Ensure that children who are privately fostered are identified and that their\narrangements are assessed promptly.",
        "2. Ensure that care leavers can remain with their foster carers beyond the age of\n18.",
    )
    doc, part = _read(tmp_path, SIF.name, text)
    council = [r for r in part.recommendations if r.assessment == "rutland/ofsted-2015"]
    assert [r.identifier for r in council] == ["1", "2", "3", "4", "5", "6"]
    assert council[1].text.endswith("beyond the age of 18.")


def test_a_line_of_prose_that_reads_like_a_section_heading_numbers_nothing(tmp_path):
    """'services for children looked after' wrapped onto a line of its own in a sentence is no section heading (a 2009–12
    report numbers each section's list on its own, 'lac-3'): a re-wrapped SIF report had renumbered every later item,
    the board's among them, as a section's."""
    text = SIF.read_text(encoding="utf-8").replace(
        "Children’s services in Rutland require improvement to be good\n",
        "Children’s services in Rutland require improvement to be good\nThe previous inspection of the local authority’s\n"
        "services for children looked after\nwas published in July 2012.\n",
    )
    doc, part = _read(tmp_path, SIF.name, text)
    assert [(r.assessment, r.identifier) for r in part.recommendations] == [
        *(("rutland/ofsted-2015", str(n)) for n in range(1, 7)),
        ("rutland/ofsted-2015-lscb", "8"),
    ]


def test_a_judgement_table_printed_without_its_header_row_is_read(tmp_path):
    """No 'Judgement Grade' row above the table (a copy that lost it, a producer that drew it as a picture): the table
    starts at its first row, an area of the framework's (helper-151: every judgement had been lost)."""
    text = ILACS.read_text(encoding="utf-8").replace("Judgement\tGrade\n", "")
    doc, part = _read(tmp_path, ILACS.name, text)
    assert [(j.key, j.grade) for j in part.judgements if j.scope == "Judgements"] == _TORBAY_GRADES


@pytest.mark.parametrize("glyph", ["", "◼ "])
def test_a_figure_that_ends_an_items_phrase_keeps_the_rest_of_the_list(tmp_path, glyph):
    """'… including those aged 18 to' / '21.': a figure wrapped onto a line of its own ends the item, it opens no
    numbered paragraph, with the list's glyphs printed or lost (helper-191: the item was cut at 'aged 18 to' and the
    two items after it lost, with no warning)."""
    items = [
        "The quality and timeliness of assessments for children in need of help and protection.",
        "The sufficiency of suitable accommodation for care leavers, including those aged 18 to 21.",
        "The consistency of management oversight and supervision of social workers.",
    ]
    text = ILACS.read_text(encoding="utf-8")
    listed = "".join(f"{glyph}{item}\n" for item in items).replace(" 18 to 21.", " 18 to\n21.")
    text = text.replace(
        "The quality and timeliness of assessments for children in need of help and protection.\n"
        "The consistency of management oversight and supervision of social workers.\n"
        "The sufficiency of suitable accommodation for care leavers.\n",
        listed,
    )
    assert listed in text
    doc, part = _read(tmp_path, ILACS.name, text)
    assert [r.text for r in part.recommendations] == items


def test_a_judgement_areas_heading_wrapped_over_its_grade_ends_the_list(tmp_path):
    """The first section straight after the list, its heading wrapped onto a second line over its grade alone ('… who
    need help and' / 'protection' / 'Good'): the list is over, the last item keeps its own words (helper-191: three
    SIF reports' last recommendations ran on into the heading, its grade and 'Inspection findings')."""
    text = SIF.read_text(encoding="utf-8").replace(
        "The local authority’s strengths\n",
        "The experiences and progress of children who need help and\nprotection\nGood\nInspection findings\n",
    )
    doc, part = _read(tmp_path, SIF.name, text)
    council = [r for r in part.recommendations if r.assessment == "rutland/ofsted-2015"]
    assert council[-1].text == (
        "Strengthen the role of independent reviewing officers (IROs) so that they challenge drift in children’s care plans."
    )


def test_a_page_number_a_text_copy_kept_between_an_items_lines_is_no_part_of_it(tmp_path):
    """A text copy without page breaks keeps a page's number on a line of its own, between an item's lines ('… that
    they' / '4' / 'challenge drift …'): no word of the item, nor of its quote (tester helper-193: '… goes missing and
    4 that the information …')."""
    text = SIF.read_text(encoding="utf-8")
    wrapped = "6. Strengthen the role of independent reviewing officers (IROs) so that they\nchallenge drift"
    assert wrapped in text
    doc, part = _read(tmp_path, SIF.name, text.replace(wrapped, wrapped.replace("they\n", "they\n4\n")))
    last = [r for r in part.recommendations if r.assessment == "rutland/ofsted-2015"][-1]
    assert (
        last.text
        == "Strengthen the role of independent reviewing officers (IROs) so that they challenge drift in children’s care plans."
    )
    assert "\n4\n" not in "".join(doc.text[s.start : s.end] for s in last.spans)


def test_a_figure_on_a_line_of_its_own_after_a_word_it_follows_is_the_items(tmp_path):
    """'… up to the age of' / '25' / 'receive …': the item's own figure, not a page's number (reviewer helper-195)."""
    text = SIF.read_text(encoding="utf-8")
    wrapped = "6. Strengthen the role of independent reviewing officers (IROs) so that they\nchallenge drift"
    doc, part = _read(tmp_path, SIF.name, text.replace(wrapped, wrapped.replace("so that they\n", "up to the age of\n25\n")))
    last = [r for r in part.recommendations if r.assessment == "rutland/ofsted-2015"][-1]
    assert "up to the age of 25 challenge drift" in last.text


def test_the_board_reviews_title_on_one_line_is_the_titles_not_the_boards_section(tmp_path):
    """'Review of the effectiveness of the Local Safeguarding Children Board' on a line of its own in the title, as a
    web page or a wide text copy prints it: the title's words, so the council's recommendations are the council's
    (tester helper-194: all of them were filed under the board's review and lapsed with it in 2019)."""
    text = SIF.read_text(encoding="utf-8")
    title = "Review of the effectiveness of the Local Safeguarding Children\nBoard"
    assert title in text
    heading = "What does the local authority need to improve?\nAreas for improvement\n"
    assert heading in text  # under a heading that names no one ('Recommendations'), as 2016–17 reports print it
    text = text.replace(title, title.replace("\n", " ")).replace(heading, "Recommendations\n")
    doc, part = _read(tmp_path, SIF.name, text)
    assert [(r.assessment, r.identifier) for r in part.recommendations] == [
        *(("rutland/ofsted-2015", str(n)) for n in range(1, 7)),
        ("rutland/ofsted-2015-lscb", "8"),
    ]


def test_a_text_copys_running_header_and_page_number_by_its_page_mark_end_no_list(tmp_path):
    """'Ofsted report: Rutland, 7 August 2015   Page 3 of 8' / '3' / 'Rutland children's services inspection report'
    between two items: the page's number right by the mark, and a header printed by each mark naming what the mark
    names, are the page's, so the list goes on past them (tester helper-194: a SIF text copy kept five of its seven
    items, the rest lost over the page break)."""
    text = SIF.read_text(encoding="utf-8")
    for page in (2, 3):
        mark = f"Page {page} of 8 Rutland County Council\n"
        assert mark in text
        text = text.replace(
            mark,
            f"Ofsted report: Rutland, 7 August 2015   Page {page} of 8\n{page}\nRutland children's services inspection report\n",
        )
    doc, part = _read(tmp_path, SIF.name, text)
    council = [r for r in part.recommendations if r.assessment == "rutland/ofsted-2015"]
    assert [r.identifier for r in council] == ["1", "2", "3", "4", "5", "6"]
    assert council[-1].text.endswith("challenge drift in children’s care plans.")
