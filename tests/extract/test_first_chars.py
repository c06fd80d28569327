"""A line is compared with an anchored pattern (the board's section heading) only where its first character can start
a match, and searched for a label ('Recommendation:') only where it holds the label's words: the characters and the
words are read from the patterns' parsed forms (findings.extract.prefilter), so no list of them is kept by hand."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from findings.extract import list_headings
from findings.extract.labelled_recommendation import labelled_recommendations
from findings.extract.lexicons import load_json, regex
from findings.extract.list_headings import board_heading
from findings.extract.prefilter import first_chars, may_hold, may_start, pieces
from findings.model import Document, Recommendation
from findings.segment.lines import split_lines

PATTERNS = [
    r"(?i)^(?:Section \d+:\s+)?(?:(?:The )?Local Safeguarding|LSCB)",
    r"(?i)^(?=[A-Z])(?:What|Areas?)\b",
    r"^[A-C]\w+|x*y",
    r"(?:ab)?",  # may match nothing: no first character known
    r"(?i)[^a]bc",  # a negated class: not known
    r"(?i)ſtar",  # a letter outside ASCII: not known
    r"(?i)\s*Kelvin",  # a class of a category: not known
    r"(?i)(?:a|b*)c",
]


def test_first_chars_are_the_characters_a_match_opens_with():
    assert first_chars(re.compile(PATTERNS[0])) == frozenset("slt")
    assert first_chars(re.compile(PATTERNS[1])) == frozenset("wa")
    assert first_chars(re.compile(PATTERNS[2])) == frozenset("abcxy")
    assert [first_chars(re.compile(p)) for p in PATTERNS[3:7]] == [None] * 4
    assert first_chars(re.compile(PATTERNS[7])) == frozenset("abc")
    assert first_chars(regex("report_layout.json", "board_section")) == frozenset("lrst")


def _layout_patterns() -> list[re.Pattern[str]]:
    """Every pattern of the report layout that is one string (the board's section, the headings, the page marks …)."""
    out = []
    for key, value in load_json("report_layout.json").items():
        if isinstance(value, str) and key != "description":
            try:
                out.append(regex("report_layout.json", key))
            except Exception:  # noqa: BLE001  (a word list or a template, not a pattern)
                continue
    return out


TOLD = [(p, first_chars(p), pieces(p)) for p in [re.compile(p) for p in PATTERNS] + _layout_patterns()]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("SsectionLlocalTtheRrWwAaIi 12:ſKİı.\t")), max_size=30))
def test_no_match_stands_where_a_line_cannot_start_one(text):
    for pattern, firsts, needed in TOLD:
        if not may_start(text, firsts):
            assert pattern.match(text) is None, (pattern.pattern, text)
        if not may_hold(text, needed):
            assert pattern.search(text) is None, (pattern.pattern, text)


def test_the_boards_heading_is_found_as_before_and_a_line_of_prose_not_compared(monkeypatch):
    text = (
        "Children are seen.\nReview of the effectiveness of the Local\nSafeguarding Children Board\n"
        "Section 2: The effectiveness of the\nLSCB\n(c) The LSCB\nİnspection\n"
    )
    lines = [line for line in split_lines(text) if line.text]
    board = regex("report_layout.json", "board_section")
    assert [board_heading(lines, i, board) for i in range(len(lines))] == [0, 2, 0, 2, 0, 0, 0]
    compared: list[str] = []
    seen = re.compile(board.pattern)  # the same pattern, its matches counted
    monkeypatch.setattr(list_headings, "_first_chars", lambda _: first_chars(board))
    counting = type("Counting", (), {"match": lambda self, text: (compared.append(text), seen.match(text))[1]})()
    assert board_heading(lines, 0, counting) == 0 and board_heading(lines, 5, counting) == 0
    assert compared == []  # 'Children …' and '(c) …': no heading opens so
    assert board_heading(lines, 1, counting) == 2 and compared


def test_a_labelled_recommendation_is_read_and_a_line_without_the_label_not_searched():
    text = (
        "The LSCB is good. Recommendation: the LSCB should ensure that its audits are completed.\n"
        "Practice is improving.\nArea for improvement: ensure that plans are reviewed.\n"
    )
    doc = Document("x.txt", text, "0" * 64, "made up", "text/plain")
    found = labelled_recommendations(doc, split_lines(text), "x/ofsted-2020", [])
    assert [r.text for r in found] == [
        "the LSCB should ensure that its audits are completed.",
        "ensure that plans are reviewed.",
    ]
    assert all(isinstance(r, Recommendation) for r in found)
