"""A paged document's lines are split once: each page's lines are the document's lines that start on it, the same
lines as a split page by page, whether the pages start lines (a PDF's) or not (split page by page then)."""

from __future__ import annotations

from findings.segment import lines as lines_module
from findings.segment import running
from findings.segment.lines import split_lines

PDF_LIKE = "Report title\nFirst page words\n\n\f\nRunning header\nSecond page\n  \n\f\nRunning header\nThird page\n"


def _page_by_page(text: str, starts: tuple[int, ...]):
    bounds = zip(starts, starts[1:] + (len(text),), strict=True)
    return tuple([line for line in split_lines(text, start, end) if not line.blank] for start, end in bounds)


def _starts(text: str) -> tuple[int, ...]:
    return (0, *(i + 2 for i, c in enumerate(text) if c == "\f"))


def test_pages_are_the_lines_split_page_by_page():
    cases = [(PDF_LIKE, _starts(PDF_LIKE))]
    text = "a\nb\fc d\n\ne\n"
    cases += [(text, starts) for starts in [(0, 3), (0, 4), (0, 5), (0, 2, 2, 7), (1,), (0, len(text)), (3, 0)]]
    cases += [("", (0,)), ("no break at all", (0, 4))]
    for text, starts in cases:
        running._pages.cache_clear()
        assert running._pages(text, starts) == _page_by_page(text, starts), (text, starts)


def test_a_pdfs_text_is_split_once_for_its_pages_and_its_body():
    text = PDF_LIKE + "x" * 7  # a text of its own: no split of it is cached yet
    running._pages.cache_clear()
    before = lines_module._split.cache_info().misses
    body = running.body_lines(text, list(_starts(text)))
    assert lines_module._split.cache_info().misses - before == 1  # the whole text once, no page on its own
    assert "Second page" in [line.text for line in body]
