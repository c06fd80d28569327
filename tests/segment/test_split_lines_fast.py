"""A text's lines split by `str.split` (findings/segment/lines.py `_split`) are the lines the regex engine finds break
by break: the same offsets and text for any text, newlines, form feeds and carriage returns anywhere, and any range."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from findings.segment.lines import _by_pattern, _split

_TEXT = st.text(alphabet=st.sampled_from(["a", " ", "\n", "\f", "\r", "é", "\t"]), max_size=40)


@given(text=_TEXT, start=st.integers(min_value=-3, max_value=45), end=st.integers(min_value=-3, max_value=45))
def test_the_split_gives_the_lines_the_pattern_finds(text, start, end):
    assert _split.__wrapped__(text, start, end) == _by_pattern(text, start, end)


def test_a_report_page_break_and_a_closing_newline():
    text = "Title\n\f\nFirst line\n  indented\n"
    lines = _split.__wrapped__(text, 0, len(text))
    assert [(line.start, line.end, line.text) for line in lines] == [
        (0, 5, "Title"),
        (6, 6, ""),
        (7, 7, ""),
        (8, 18, "First line"),
        (19, 29, "  indented"),
    ]
    assert all(text[line.start : line.end] == line.text for line in lines)
