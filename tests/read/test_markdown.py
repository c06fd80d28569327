"""A council paper kept as Markdown reads as its words (helper-115 #3: a paper with '#' headings and '**bold**'
labels gave nothing at all), every offset still the file's own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from findings.build import build
from findings.read import read_document
from findings.read.markdown import markdown_text
from tests.conftest import DATA

PAPER = """# Riverton Borough Council
Children's Scrutiny Committee
Date: 14 November 2025

## 1. Purpose of the report
1.1 This report updates the Committee on progress against the recommendations of the Ofsted inspection of local
authority children's services carried out in March 2025.

## 2. Progress against each recommendation

**Recommendation 2**
*"The quality and consistency of pathway plans for care leavers."*
2.1 Every pathway plan has been reviewed. This action is complete.

**Recommendation 4**
> "How well the corporate parenting board hears the views of children in care."

2.2 Work on this has not yet started.
"""


def test_markdowns_marks_read_as_spaces_of_the_same_length():
    text = "## 3. Progress ##\n**Recommendation 1**: done\n* first item\n> quoted\n---\nsnake_case and 5*3*2 and `code`"
    read, marked = markdown_text(text)
    assert marked and len(read) == len(text)
    assert read.splitlines() == [
        "   3. Progress   ",
        "  Recommendation 1  : done",
        "- first item",
        "  quoted",
        "   ",
        "snake_case and 5*3*2 and  code ",
    ]
    assert markdown_text("Plain words.\n- a dash item") == ("Plain words.\n- a dash item", False)


@given(st.text(alphabet="#*_>-+` \nab1.", max_size=80))
def test_every_offset_stays_the_files_own(text):
    read, _ = markdown_text(text)
    assert len(read) == len(text) and read.count("\n") == text.count("\n")
    assert all(r == t for r, t in zip(read, text, strict=True) if r not in " -")  # a mark is only ever blanked or dashed


def test_a_paper_with_headings_and_bold_labels_reads_as_the_same_paper_without_them(tmp_path):
    (tmp_path / "report.md").write_text((DATA / "other_councils" / "riverton_ilacs_report.md").read_text(encoding="utf-8"))
    (tmp_path / "update.md").write_text(PAPER, encoding="utf-8")
    out = build([tmp_path]).extraction
    got = sorted((u.about, u.text) for u in out.updates)
    assert got == [
        ("2", "Every pathway plan has been reviewed. This action is complete."),
        ("4", "Work on this has not yet started."),
    ]
    doc = read_document(tmp_path / "update.md")
    assert "Markdown's marks" in doc.normalisation
    for update in out.updates:  # each quote is the characters its span names, in the text as read
        for span in update.spans:
            assert doc.text[span.start : span.end] in update.text
