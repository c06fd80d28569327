"""A 2009–12 safeguarding and looked after children report that opens each section on a new page with the same grade
lines ('Overall effectiveness Good' / 'Capacity for improvement Good') and ends with a 'Record of main findings' at the
bottom of its last page (black-box tester helper-335, stockport-slac-2011): the lines alike at the top of two pages and
the bottom of a third were taken for a running header, and the looked after children section lost its two grades. A
running line repeats at one edge of the pages (the top, or the bottom) on enough of them, and a grade line is the
report's own words however often it repeats; the page's header still goes."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from findings.segment.running import running_lines
from tests.pdfmaker import make_pdf

HEADER = "Inspection of safeguarding and looked after children services: Westbury Vale"
COVER = [
    "Inspection of safeguarding and looked after children",
    "services",
    "Westbury Vale",
    "Inspection dates: 7 - 18 November 2011",
    "Reporting inspector: Sam Example HMI",
    "Published: 13 January 2012",
]
RECORD = [
    "Record of main findings",
    "Safeguarding services",
    "Overall effectiveness Good",
    "Capacity for improvement Good",
    "Quality of provision Good",
    "Services for looked after children",
    "Overall effectiveness Good",
    "Capacity for improvement Good",
    "Being healthy Good",
]
SECTIONS = ("Safeguarding services", "Services for looked after children")


def _prose(page: int, lines: int) -> list[str]:
    """Lines of a page's own prose, none alike on two pages."""
    return [f"Paragraph {page} line {chr(97 + n)}: managers in team {'xyzw'[page % 4]} know the work well" for n in range(lines)]


def _pages(prose: int, same_prose: bool = False) -> list[list[str]]:
    said = (lambda page: _prose(0, prose)) if same_prose else (lambda page: _prose(page, prose))
    grades = ["Overall effectiveness Good", "Capacity for improvement Good"]
    return [
        COVER,
        [HEADER, "2", SECTIONS[0], *grades, *said(2)],
        [HEADER, "3", "Quality of provision Grade 2 (Good)", *said(3)],
        [HEADER, "4", SECTIONS[1], *grades, *said(4)],
        [HEADER, "5", "Being healthy Grade 2 (Good)", *said(5), *RECORD],
    ]


@pytest.mark.parametrize(("prose", "same_prose"), [(8, False), (2, True)])
def test_both_sections_keep_their_grades_and_the_header_goes(tmp_path, prose, same_prose):
    path = tmp_path / "westbury-vale-slac-2011.pdf"
    path.write_bytes(make_pdf(_pages(prose, same_prose)))
    doc = read_document(path, path.name)
    judgements = extract_document(doc).judgements
    got = {(j.scope, j.area, j.grade) for j in judgements}
    for scope in SECTIONS:
        assert (scope, "Overall effectiveness", "Good") in got
        assert (scope, "Capacity for improvement", "Good") in got
    assert all(HEADER not in doc.text[s.start : s.end] for j in judgements for s in j.spans)


def test_lines_alike_at_two_page_tops_and_a_page_bottom_are_no_running_line(tmp_path):
    path = tmp_path / "westbury-vale-slac-2011.pdf"
    path.write_bytes(make_pdf(_pages(8)))
    doc = read_document(path, path.name)
    running = {doc.text[s : doc.text.index("\n", s)] for s in running_lines(doc.text, doc.page_starts)}
    assert HEADER in running  # the page's header is still furniture
    assert not any("Good" in line for line in running)
