"""Whether a heading is an entry of a contents list printed without pages is read from the few lines above it first: only
under a 'Contents' line are the lines below it looked at (for its section printed again). A report has a heading every
few lines, and each had been compared with every line below it, whatever stood above it."""

from __future__ import annotations

from findings.extract import list_headings
from findings.extract.list_headings import is_contents_entry
from findings.segment.lines import split_lines

PROSE = "The council has strengthened its oversight of the work of the front door this year."


def _body(text: str):
    return [line for line in split_lines(text) if not line.blank]


def test_a_heading_under_prose_is_no_entry_and_the_lines_below_it_are_not_read(monkeypatch):
    body = _body("\n".join([PROSE, "Recommendations", *[PROSE] * 500, "Recommendations", PROSE]))
    read: list[str] = []
    real = list_headings._entry
    monkeypatch.setattr(list_headings, "_entry", lambda text: (read.append(text), real(text))[1])
    assert not is_contents_entry(body, 1)
    assert len(read) <= 2  # the heading's own words and the line above: none of the 500 below


def test_under_a_contents_line_the_same_title_below_makes_it_an_entry():
    text = "Contents\nRecommendations\nInformation about this inspection\n\nRecommendations\n1. Ensure that plans are clear.\n"
    body = _body(text)
    assert is_contents_entry(body, 1) and is_contents_entry(body, 2) is False  # the second title is not printed again
    assert not is_contents_entry(body, 3)  # the section itself: its own entry stands above it
    assert not is_contents_entry(_body("Contents\nRecommendations\nOther words\n"), 1)  # no section below: no entry
