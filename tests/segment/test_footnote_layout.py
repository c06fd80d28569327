"""Footnote marks and notes are layout data a QA lead edits (extract/footnote_layout.json), not Python constants
(issue #9, 6); what they find is unchanged."""

from __future__ import annotations

import inspect

from findings.extract.lexicons import load_json
from findings.segment import footnotes as module
from findings.segment.footnotes import footnotes


def test_the_marks_and_notes_are_read_from_the_layout_file():
    layout = load_json("footnote_layout.json")
    assert {"mark_alone", "mark_run_in", "note", "reach_lines"} <= set(layout)
    assert "{n}" in layout["note"]
    source = inspect.getsource(module)
    assert 're.compile(r"' not in source and "re.compile(rf" not in source


def test_a_mark_run_in_and_a_mark_alone_are_found_with_their_notes():
    text = (
        "Children are referred to the multi-agency safeguarding hub3, which decides on the response.\n"
        "Leaders know their services well (MASH)\n4\n. This means help is timely.\n"
        "3 The hub brings partners together.\n4 The MASH is the front door.\n"
    )
    found = [text[s:e] for s, e in footnotes(text, [])]
    assert found == ["3", "4", "3 The hub brings partners together.", "4 The MASH is the front door."]
