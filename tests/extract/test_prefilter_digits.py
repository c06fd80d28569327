"""A pattern every match of which holds a digit (a page's mark: 'Page 3 of 8', '… 3 of 8') is tried only on a text that
holds a digit: the words it needs ('of', 'page') stand in most lines of prose, a digit in few, and the pattern was
tried, and failed, on each of them (the 26 Ofsted reports' 19,865 lines: 6,480 with its words). The same matches as
the patterns alone, in any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from findings.extract.lexicons import regex
from findings.extract.prefilter import Prefiltered, needs_a_digit

PAGE_MARK = regex("report_layout.json", "page_mark")
PATTERNS = [
    PAGE_MARK,
    re.compile(r"(?i)page\s+(\d{1,3})\s+of\s+[0-9]+"),
    re.compile(r"of (?:\d|x)"),  # 'of x' holds no digit: always tried
    re.compile(r"(?:of|to) [^0-9]"),  # a negated class: no digit known
    re.compile(r"(?:a1|b2)c"),
]


class _Counted:
    """A compiled pattern whose searches and matches are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.flags, self.real, self.tried = pattern.pattern, pattern.flags, pattern, 0

    def search(self, text: str):
        self.tried += 1
        return self.real.search(text)

    def match(self, text: str):
        self.tried += 1
        return self.real.match(text)


def test_a_line_without_a_digit_is_not_tried_for_a_page_mark():
    counted = _Counted(PAGE_MARK)
    marks = Prefiltered([counted])
    assert marks.match("The quality of practice is good in most of the teams.") is None
    assert marks.match("Areas for improvement of the service") is None
    assert counted.tried == 0
    found = marks.match("Inspection report: Anytown Council Page 3 of 8")
    assert found is not None and found.group("n") == "3" and counted.tried == 1


def test_which_patterns_need_a_digit():
    assert [needs_a_digit(p) for p in PATTERNS] == [True, True, False, False, True]


def _naive(pattern: re.Pattern[str], text: str, how: str):
    found = getattr(pattern, how)(text)
    return found.span() if found else None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Page of 3 8 12 ٣ ٤ ０ ¹ pagexabc.\t,|–-")), max_size=40))
def test_random_texts_match_as_the_patterns_alone(text):
    for pattern in PATTERNS:
        for how in ("search", "match"):
            found = getattr(Prefiltered([pattern]), how)(text)
            assert (found.span() if found else None) == _naive(pattern, text, how), (pattern.pattern, text)
