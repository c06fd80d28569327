"""The same report printed another way reads the same: re-wrapped narrower, re-paginated with another running header
and footer, a page break inside the judgement table (helper-68 re-typeset all 26 reports; three layouts broke)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from findings.segment.running import body_lines
from tests.conftest import OFSTED, need_shared
from tests.pdfmaker import make_pdf


def _facts(path: Path, name: str):
    x = extract_document(read_document(path, name))
    recs: dict[str, int] = {}
    for r in x.recommendations:
        recs[r.assessment] = recs.get(r.assessment, 0) + 1
    judged = sorted((j.assessment, j.area.split()[0], j.grade) for j in x.judgements)
    dates = sorted((k, a.framework, str(a.started), str(a.ended)) for k, a in x.assessments.items())
    return recs, judged, dates


def _retypeset(original: Path, out: Path, width: int, break_after: str | None = None, per_page: int = 40) -> Path:
    """The report's body lines re-wrapped at `width`, `per_page` to a page under a header of its own and over 'Page N
    of M', with a page break after the first line starting `break_after`."""
    doc = read_document(original)
    council = original.parent.name.replace("-", " ").title()
    lines: list[str] = []
    for line in body_lines(doc.text, doc.page_starts):
        text = line.text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("•", "-").replace("“", '"')
        text = re.sub(r"[\ue000-\uf8ff◼▪●■]", "-", text.replace("”", '"'))  # a bullet font's glyph: a dash
        text = text.encode("latin-1", "replace").decode("latin-1")
        lines += textwrap.wrap(text, width) or []
    pages, page = [], []
    for text in lines:
        page.append(text)
        if len(page) == per_page or (break_after and text.startswith(break_after)):
            pages.append(page)
            page = []
            break_after = None
    pages.append(page)
    made = [[f"Inspection of {council} children's services", *p, f"Page {n} of {len(pages)}"] for n, p in enumerate(pages, 1)]
    out.write_bytes(make_pdf(made))
    return out


@pytest.mark.parametrize(
    ("council", "report", "break_after", "width"),
    [
        ("central-bedfordshire", "children's services inspection - 25 august 2017.pdf", None, 60),  # the title wraps
        ("lambeth", "children's services inspection - 12 may 2015.pdf", "2. Children looked after", 60),  # table split
        ("sandwell", "children's services inspection - 02 august 2013.pdf", None, 60),  # a header above its title
        # helper-less sweep of all 26 at widths 45–130 (this session): these broke
        ("oxfordshire", "children's services inspection - 30 june 2014.pdf", None, 60),  # contents entry wrapped
        ("oxfordshire", "children's services inspection - 30 june 2014.pdf", None, 45),  # board's heading on 3 lines
        ("rochdale", "children's services inspection - 05 december 2014.pdf", None, 45),  # sub-heading on 2 lines
        ("wigan", "children's services inspection - 31 march 2017.pdf", None, 45),  # list heading, board's grade wrap
        ("westminster", "children's services inspection - 15 october 2019.pdf", None, 100),  # prose ends '… make good'
        ("middlesbrough", "children's services inspection - 25 may 2023.pdf", None, 60),  # '-' bullets, ragged lines
    ],
)
def test_a_report_printed_another_way_gives_the_same_recommendations_judgements_and_dates(
    tmp_path, council, report, break_after, width
):
    need_shared()
    original = OFSTED / council / report
    variant = _retypeset(original, tmp_path / "report.pdf", width, break_after)
    assert _facts(variant, report) == _facts(original, report)


@pytest.mark.parametrize("report", sorted(p.relative_to(OFSTED).as_posix() for p in OFSTED.glob("*/*.pdf")))
def test_every_report_printed_narrower_and_paged_otherwise_reads_the_same(tmp_path, report):
    """Each of the 26 reports re-wrapped at 75 characters, 31 lines a page (its page breaks elsewhere, inside lists and
    tables): the same recommendations, judgements and dates. A sweep at 45 to 130 characters found the cases above."""
    need_shared()
    original = OFSTED / report
    variant = _retypeset(original, tmp_path / "report.pdf", 75, per_page=31)
    assert _facts(variant, original.name) == _facts(original, original.name)


def test_a_text_copy_named_by_its_publication_day_is_dated_by_it(tmp_path):
    """An ILACS report prints no publication day; its file's name gives it, a text copy's as well as the PDF's
    (helper-70: lost for '.txt' and '.html' copies)."""
    need_shared()
    original = OFSTED / "bolton" / "children's services inspection - 12 june 2018.pdf"
    copy = tmp_path / "children's services inspection - 12 june 2018.txt"
    copy.write_text(read_document(original).text, encoding="utf-8")
    x = extract_document(read_document(copy, copy.name))
    assert [str(a.issued) for a in x.assessments.values() if a.kind == "Inspection"] == ["2018-06-12"]
