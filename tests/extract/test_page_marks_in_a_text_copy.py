"""A text copy of a report (Word's, Markdown, a .txt) keeps a page's foot or head between its lines with no page break
to find it by: 'Page 3 of 8 Anytown Council', 'Inspection of children's social care services, Anytown, 3 of 8'.
Between two items it had ended the list (the next items lost) or been glued into the next item's words; inside an
item, glued into its words (helper-158). Now skipped wherever it stands (extract/report_layout.json page_mark)."""

from __future__ import annotations

import time

import pytest

from findings.extract.document import extract_document
from findings.extract.report import _page_mark
from findings.read import read_document

_REPORT = """Eastmarsh County Council
Inspection of Eastmarsh local authority children's services

Inspection dates: 2 to 13 October 2023
Lead inspector: Viola Hathaway, His Majesty's Inspector

Judgement\tGrade
The impact of leaders on social work practice with children and families\tRequires improvement to be good
The experiences and progress of children who need help and protection\tRequires improvement to be good
The experiences and progress of children in care\tGood
The experiences and progress of care leavers\tGood
Overall effectiveness\tRequires improvement to be good

Leaders have improved services since the last inspection, although progress is uneven.

What needs to improve?
{one} The quality of assessments for disabled children, so that their needs and wishes are
understood.
{two} The response to young people aged 16 and 17 who present as homeless.{foot_in}
{three} Management oversight of{foot_within}
decisions in the front door, so that thresholds are applied consistently.

The experiences and progress of children in care: good

1. Children come into care when they need to and most live in stable homes.

Ofsted published this report on 24 November 2023.
"""

_ITEMS = [
    "The quality of assessments for disabled children, so that their needs and wishes are understood.",
    "The response to young people aged 16 and 17 who present as homeless.",
    "Management oversight of decisions in the front door, so that thresholds are applied consistently.",
]


@pytest.mark.parametrize(
    "foot",
    [
        "Page 3 of 8 Eastmarsh County Council",
        "Eastmarsh County Council | Page 3 of 8",
        "Page 3 of 8",
        "Inspection of children's social care services, Eastmarsh, 3 of 8",
    ],
)
@pytest.mark.parametrize("markers", [("1.", "2.", "3."), ("-", "-", "-"), ("", "", "")])
@pytest.mark.parametrize("where", ["between", "within"])
@pytest.mark.parametrize("name", ["eastmarsh.txt", "eastmarsh.md"])
def test_a_page_mark_between_or_inside_items_is_passed_over(tmp_path, foot, markers, where, name):
    one, two, three = markers
    text = _REPORT.format(
        one=one,
        two=two,
        three=three,
        foot_in=f"\n\n{foot}\n" if where == "between" else "",
        foot_within=f"\n{foot}" if where == "within" else "",
    ).replace("\n ", "\n")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == _ITEMS
    for rec in recs:
        quoted = " ".join(doc.text[s.start : s.end] for s in rec.spans)
        assert quoted.split() == rec.text.split()
        assert "of 8" not in quoted


def test_a_sentence_that_counts_is_no_page_mark(tmp_path):
    """'… as audits found in 3 of 8' ends a line of prose, not a page: it is the item's."""
    text = _REPORT.format(one="1.", two="2.", three="3.", foot_in="", foot_within="").replace(
        "so that their needs and wishes are\nunderstood.",
        "so that their needs and wishes are\nunderstood, as audits found in 3 of 8\ncases.",
    )
    path = tmp_path / "eastmarsh.txt"
    path.write_text(text, encoding="utf-8")
    recs = extract_document(read_document(path, path.name)).recommendations
    assert recs[0].text.endswith("as audits found in 3 of 8 cases.")


@pytest.mark.parametrize(
    "line",
    [
        "Eastmarsh County Council  3 of 8",
        "Eastmarsh County Council\t3 of 8",
        "Eastmarsh County Council |3 of 8",
        "Eastmarsh County Council,   3 of 8",
    ],
)
def test_a_page_number_after_two_spaces_a_tab_or_a_rule_is_a_page_mark(line):
    assert _page_mark(line)


@pytest.mark.parametrize("gap", [" " * 3000, "  \t" * 1000, ",  " * 1000])
def test_a_line_with_a_long_run_of_spaces_is_asked_in_no_time(gap):
    """A text copy of a table padded out with spaces ('Judgement' ... 'Grade' a page's width apart): every line of a
    report is asked whether it is a page mark, and the pattern had tried each way to split a run of spaces between
    its parts (seconds a line, growing with the square of the run)."""
    started = time.perf_counter()
    assert not _page_mark(f"Judgement{gap}Grade")
    assert _page_mark(f"Eastmarsh County Council{gap}3 of 8") is not gap.startswith(",")  # a page mark's words are few
    assert time.perf_counter() - started < 0.5


class _Counted:
    """The page-mark pattern, counting the lines it is tried on."""

    def __init__(self, pattern) -> None:
        self.pattern, self.flags, self.real, self.lines = pattern.pattern, pattern.flags, pattern, 0

    def match(self, text: str):
        self.lines += 1
        return self.real.match(text)

    def search(self, text: str):
        self.lines += 1
        return self.real.search(text)


def test_a_line_without_a_page_marks_words_is_passed_over_before_the_pattern(monkeypatch):
    """Every line of a report is asked whether it is a page mark: one holding neither 'page' nor 'of' (every mark
    holds one, read from the pattern itself) is told apart without trying the pattern at each of its characters."""
    import findings.extract.report as report
    from findings.extract.lexicons import regex
    from findings.extract.prefilter import Prefiltered

    counted = _Counted(regex(report.LAYOUT, "page_mark"))
    monkeypatch.setattr(report, "regex", lambda name, key: counted if key == "page_mark" else regex(name, key))
    monkeypatch.setattr(report, "_page_marks", lambda: Prefiltered([counted, regex(report.LAYOUT, "web_address_line")]))
    prose = ["Leaders have improved services since the last inspection.", "Children are seen alone.", "", "12"]
    assert not any(_page_mark(line) for line in prose)
    assert counted.lines == 0
    assert _page_mark("Page 3 of 8 Eastmarsh County Council")
    assert counted.lines == 1
    assert _page_mark("www.ofsted.gov.uk") and not _page_mark("Page 9 of 8 Eastmarsh")  # an address alone; a page past the last
