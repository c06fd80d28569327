"""A report's findings that overlap one of its recommendations' words are asks, not findings (`not_asks`), and a
numbered paragraph that is one of its recommendations is no finding's (`_in_list`): each span is compared with the
recommendations by bisection over where they start, not with every one of them (findings × recommendations: quadratic
in a report's length)."""

from __future__ import annotations

import gc
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from findings.extract.report import _in_list, not_asks
from findings.model import Document, Extraction, Finding, Recommendation, Span
from findings.segment.lines import Line
from findings.segment.paragraphs import Paragraph

SHA = "a" * 64
DOC = Document(path="report.txt", text="", sha256=SHA, normalisation="", media_type="text/plain")


def _extraction(asks: list[tuple[int, int]], found: list[list[tuple[int, int]]], other: str = "b" * 64) -> Extraction:
    recs = [Recommendation("k", str(n), "ask", [Span(SHA, s, e)]) for n, (s, e) in enumerate(asks)]
    recs.append(Recommendation("k", "other", "another file's ask", [Span(other, 0, 10**6)]))
    findings = [
        Finding("k", f"p{n}", "finding", "Weakness", [Span(SHA, s, e) for s, e in spans]) for n, spans in enumerate(found)
    ]
    return Extraction(recommendations=recs, findings=findings)


def _naive(asks: list[tuple[int, int]], found: list[list[tuple[int, int]]]) -> list[str]:
    return [f"p{n}" for n, spans in enumerate(found) if not any(s < end and start < e for s, e in spans for start, end in asks)]


SPANS = st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(SPANS, max_size=8), st.lists(st.lists(SPANS, min_size=1, max_size=3), max_size=8))
def test_the_findings_kept_are_those_that_overlap_no_ask(asks, found):
    out = _extraction(asks, found)
    not_asks(DOC, out)
    assert [f.identifier for f in out.findings] == _naive(asks, found)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 80), max_size=8), SPANS)
def test_a_paragraph_is_in_the_list_where_an_item_starts_on_its_first_line(starts, line):
    paragraph = Paragraph(1, [Line(line[0], line[1], "x" * (line[1] - line[0]))])
    assert _in_list(paragraph, sorted(set(starts))) == any(line[0] <= s <= line[1] for s in starts)


def _seconds(size: int) -> float:
    asks = [(100 * n, 100 * n + 40) for n in range(size)]
    found = [[(100 * n + 50, 100 * n + 90)] for n in range(size)]
    best = float("inf")
    for _ in range(5):  # the best of five, the collector held: a pass of a few milliseconds is of a shared host's pauses' order
        out = _extraction(asks, found)
        gc.disable()
        try:
            start = time.process_time()
            not_asks(DOC, out)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
        assert len(out.findings) == size
    return best


def test_a_long_reports_asks_are_found_in_time_near_linear():
    small, large = _seconds(4000), _seconds(16000)
    assert large < 10 * small  # four times the items: about five times the time, n log n (findings × asks: sixteen)
