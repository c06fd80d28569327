"""A line's stripped text and whether it is blank are worked out once a line: the readers of a report ask them of each
line again and again (about 390,000 times over the 26 Ofsted reports' lines), and a text's lines are shared by every
reader of its range (`split_lines`)."""

from __future__ import annotations

from dataclasses import replace

from findings.segment.lines import Line, split_lines


def test_a_lines_stripped_text_is_made_once_and_kept():
    line = Line(0, 22, "   Areas for improvement ")
    first = line.stripped
    assert first == "Areas for improvement"
    assert line.stripped is first  # the same string, not stripped again
    assert line.blank is False and line.blank is line.blank


def test_the_kept_answers_are_the_lines_own_and_leave_it_as_it_was():
    text = "  Heading  \n\n \t \fBody line\n"
    lines = split_lines(text)
    assert [(ln.stripped, ln.blank) for ln in lines] == [
        (t.strip(), not t.strip()) for t in text.replace("\f", "\n").split("\n")[:-1]
    ]
    line = lines[0]
    assert line == Line(0, 11, "  Heading  ") and hash(line) == hash(Line(0, 11, "  Heading  "))  # compared by its fields
    moved = replace(line, text="Other")
    assert moved.stripped == "Other" and not moved.blank  # a copy works its own out
