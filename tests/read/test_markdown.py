"""A council paper kept as Markdown reads as its words (helper-115 #3: a paper with '#' headings and '**bold**'
labels gave nothing at all), every offset still the file's own."""

from __future__ import annotations

import shutil
from pathlib import Path

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
    assert markdown_text("Plain words.\n- a dash item\nTotal ## 3") == ("Plain words.\n- a dash item\nTotal ## 3", False)


def test_pandocs_escapes_wrapped_bold_and_pipe_tables_read_as_a_papers_words():
    """What Word's paper becomes through pandoc (reviewer helper-116 #1–#3): '4\\.' is a section's number, a
    trailing backslash a line break, bold may wrap, a table's cells are tab-apart and its delimiter row blank."""
    text = "4\\. Financial implications\\\n**Recommendation 2: The quality of\nplans.**\n\\*not emphasis\\*\n"
    assert markdown_text(text)[0].splitlines() == [
        "4.  Financial implications ",
        "  Recommendation 2: The quality of",
        "plans.  ",
        "* not emphasis* ",
    ]
    table = "| No. | Progress | RAG |\n|---|:---:|---|\n| Rec 1 | Done a\\|b | Blue |\n"
    assert markdown_text(table)[0].splitlines() == [
        "  No. \t Progress \t RAG  ",
        " " * 15,
        "  Rec 1 \t Done a| b \t Blue  ",
    ]


@given(st.text(alphabet="#*_>-+`|\\ \nab1.", max_size=80))
def test_every_offset_stays_the_files_own(text):
    read, _ = markdown_text(text)
    assert len(read) == len(text) and read.count("\n") == text.count("\n")
    assert all(r == t for r, t in zip(read, text, strict=True) if t not in "#*_>-+`|\\ .")  # words are never touched


@given(st.text(alphabet=st.characters(blacklist_characters="#*_>-+`|\\=\0"), max_size=80))
def test_text_without_marks_is_read_unchanged(text):
    assert markdown_text(text) == (text, False)


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
    for update in out.updates:  # each quote is the characters its spans name, in the text as read
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in update.spans)
        assert quoted == " ".join(update.text.split())


def test_a_progress_report_word_exported_through_pandoc_reads_as_its_plain_text(tmp_path):
    """tests/data/markdown holds Dudley's progress report as pandoc writes it (section numbers '3\\.', bold labels
    with a trailing line break, lines wrapped at 72): the same updates and statuses as the plain text (helper-116 #1:
    seven updates, the recommendation's own words among them, and recommendation 1 InProgress)."""

    def read(paper: str, name: str) -> tuple[list, list]:
        folder = tmp_path / name
        folder.mkdir()
        shutil.copy(DATA / "other_councils" / "dudley_ilacs_report.txt", folder / "report.txt")
        shutil.copy(paper, folder / Path(paper).name)
        out = build([folder]).extraction
        updates = sorted((u.about, " ".join(u.text.split())) for u in out.updates)
        return updates, sorted((s.item.identifier, s.status, s.as_of) for s in out.statuses)

    pandoc = read(str(DATA / "markdown" / "dudley_progress_report_pandoc.md"), "md")
    plain = read(str(DATA / "other_councils" / "dudley_progress_report.txt"), "txt")
    assert len(pandoc[0]) == 3 and pandoc == plain
