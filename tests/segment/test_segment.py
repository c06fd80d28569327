"""Segmentation primitives: views over the text whose offsets always point back at the original."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from findings.segment.headers import header_lines, repeated_lines, without
from findings.segment.lines import blocks, split_lines
from findings.segment.lists import list_items
from findings.segment.pages import page_break_lines
from findings.segment.paragraphs import numbered_paragraphs
from findings.segment.view import unwrap


def test_lines_and_blocks_keep_offsets():
    text = "one\ntwo\n\n three \n"
    lines = split_lines(text)
    assert [(ln.start, ln.end, ln.text) for ln in lines] == [(0, 3, "one"), (4, 7, "two"), (8, 8, ""), (9, 16, " three ")]
    assert [[ln.stripped for ln in b] for b in blocks(lines)] == [["one", "two"], ["three"]]
    assert text[lines[3].content_start : lines[3].content_end] == "three"


def test_unwrap_repairs_wraps_that_start_with_a_capital_and_hyphenation():
    text = "Ensure that the Corporate\nParenting Panel is routinely\ninformed about pre-\nproceedings work."
    view = unwrap(split_lines(text))
    assert view.text == "Ensure that the Corporate Parenting Panel is routinely informed about pre-proceedings work."
    i = view.text.index("Parenting")
    start, end = view.source_range(i, i + len("Parenting Panel"))
    assert text[start:end] == "Parenting Panel"


_LINE_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\f\r"), max_size=30)


@given(st.lists(_LINE_TEXT, max_size=12))
def test_unwrap_offset_map_round_trips(parts):
    text = "\n".join(parts)
    view = unwrap(split_lines(text))
    assert len(view.offsets) == len(view.text)
    for i, ch in enumerate(view.text):
        source = text[view.offsets[i]]
        assert source == ch or (ch == " " and source in "\n \t\u00a0" or source.isspace())


def test_list_items_found_when_bullet_glyphs_were_lost():
    text = (
        "Use the insights from the pre-proceedings and legal tracking processes to\n"
        "inform the targeted offer\n"
        "Identify a more consistent approach to recording\n"
        "Consideration be given to widening the membership of the Resources Panel\n"
        "and Early Help key decision makers\n"
        "- and local needs to provide the right placements\n"
    )
    items = [" ".join(ln.stripped for ln in item) for item in list_items(split_lines(text))]
    assert items == [
        "Use the insights from the pre-proceedings and legal tracking processes to inform the targeted offer",
        "Identify a more consistent approach to recording",
        "Consideration be given to widening the membership of the Resources Panel and Early Help key decision makers",
        "- and local needs to provide the right placements",
    ]


def test_numbered_paragraphs_follow_the_sequence():
    text = "1. First point\ncontinues here\n2. Second point\n17. not a paragraph number\n3. Third"
    paras = numbered_paragraphs(split_lines(text))
    assert [p.number for p in paras] == [1, 2, 3]
    assert [ln.stripped for ln in paras[1].lines] == ["2. Second point", "17. not a paragraph number"]


def test_a_paragraph_number_that_lost_its_space_still_opens_the_paragraph_under_its_heading():
    from findings.extract.statements import paragraphs_with_headings
    from findings.model import Document

    text = (
        "47. Care leavers are well supported.\n"
        "The impact of leaders on social work practice with children and\n"
        "families: requires improvement to be good\n"
        "48.There have been some improvements made since the last inspection.\n"
        "49. Leaders know their services.\n"
    )
    doc = Document("x.txt", text, "x" * 64, "NFC", "text/plain")
    paras = paragraphs_with_headings(doc, split_lines(text))
    assert [p.number for p, _ in paras] == [47, 48, 49]
    (para, heading) = paras[1]
    assert para.lines[0].stripped.startswith("48.There have been")
    assert heading == "The impact of leaders on social work practice with children and families: requires improvement to be good"
    assert [p.number for p in numbered_paragraphs(split_lines("1.The first\n2.Ensure that\n3.5 per cent"))] == [1, 2]


def test_repeated_page_headers_are_found_and_skipped_as_a_view():
    page = "Recommendation\n\nProgress Update\nbody {n}\n"
    text = "".join(page.format(n=n) for n in range(3)) + "Recommendation of the panel is below\n"
    lines = split_lines(text)
    assert "recommendation" in repeated_lines(lines)
    skip = header_lines(lines, ["Recommendation", "Progress Update"])
    kept = [ln.stripped for ln in without(lines, skip) if not ln.blank]
    assert kept == ["body 0", "body 1", "body 2", "Recommendation of the panel is below"]


def test_page_breaks_from_form_feeds_and_from_flattened_text():
    assert page_break_lines("a\fb\nc\fd", split_lines("a\fb\nc\fd")) == [1, 3]
    text = "\n".join(["x"] * 10 + [" Next page"] + ["y"] * 10 + [" 79% good", " 21% fair"])
    assert page_break_lines(text, split_lines(text)) == [10]
