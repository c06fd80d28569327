"""Word and Excel files read as their documented text: every piece with the cell or paragraph it came from."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from findings.cli import cli
from findings.read import ReadError, read_document
from findings.read.walk import unread_format, walk
from findings.read.xlsx import read_xlsx, render_value


def _docx(path):
    document = docx.Document()
    document.add_paragraph("Riverton Borough Council  improvement plan")
    document.add_paragraph("")
    document.add_paragraph("Progress\tas at\nMarch 2026")
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Action", "Lead"), strict=True):
        cell.text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "1"
    table.cell(1, 1).text = "Agree a route."
    table.cell(1, 1).add_paragraph("Report it.")
    table.cell(1, 2).text = "Nurse"
    table.cell(2, 1).merge(table.cell(2, 2)).text = "Across two columns"
    document.add_paragraph("After the table")
    document.save(path)
    return path


def test_a_word_file_reads_as_paragraph_lines_and_tab_separated_rows(tmp_path):
    doc = read_document(_docx(tmp_path / "plan.docx"))
    assert doc.text == (
        "Riverton Borough Council improvement plan\n"
        "Progress as at March 2026\n"
        "Ref\tAction\tLead\n"
        "1\tAgree a route.  Report it.\tNurse\n"
        "1\tAcross two columns\n"
        "\f\n"
        "After the table\n"
    )
    refs = {doc.text[s:e]: ref for s, e, ref in doc.refs}
    assert refs["Progress as at March 2026"] == "paragraph 3"  # the empty paragraph 2 still counts
    assert refs["Report it."] == "table 1 row 2 cell 2 paragraph 2"
    assert [ref for s, e, ref in doc.refs if doc.text[s:e] == "1"] == [
        "table 1 row 2 cell 1",
        "table 1 row 3 cell 1 (merged from row 2)",
    ]
    assert refs["Across two columns"] == "table 1 row 3 cell 2"
    assert refs["After the table"] == "paragraph 4"
    assert doc.media_type.endswith("wordprocessingml.document")
    start = doc.text.index("Agree")
    both = "table 1 row 2 cell 2 paragraph 1 to table 1 row 2 cell 2 paragraph 2"
    assert doc.span(start, doc.text.index("\tNurse")).ref == both


def test_an_excel_workbook_reads_sheet_by_sheet_with_merged_ranges_on_every_row(tmp_path):
    book = openpyxl.Workbook()
    book.properties.created = datetime(2026, 4, 1)
    sheet = book.active
    sheet.title = "Plan"
    sheet.append(["Ref", "Action", "Due", "Count"])
    sheet.append([1, "Agree a route.", datetime(2026, 6, 30), 3.0])
    sheet.append([None, "Report it\nevery quarter.\n\nSecond part", None, 2.5])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("C2:D2")
    book.create_sheet("Notes")["B2"] = "A note"
    path = tmp_path / "plan.xlsx"
    book.save(path)
    doc = read_document(path)
    assert doc.text == (
        "[Plan]\n"
        "Ref\tAction\tDue\tCount\n"
        "1\tAgree a route.\t2026-06-30\n"
        "1\tReport it every quarter.  Second part\t\t2.5\n"
        "\f\n"
        "[Notes]\n"
        "\tA note\n"
        "\f\n"
    )
    refs = [(doc.text[s:e], ref) for s, e, ref in doc.refs]
    assert ("1", "Plan!A3 (merged A2:A3)") in refs and ("1", "Plan!A2") in refs
    assert ("2026-06-30", "Plan!C2") in refs and ("2.5", "Plan!D3") in refs
    assert ("Plan", "Plan") in refs and ("A note", "Notes!B2") in refs
    assert doc.created.isoformat() == "2026-04-01"
    for start, end, ref in doc.refs:  # every referenced piece is text on one line, never empty
        assert doc.text[start:end].strip() == doc.text[start:end] != "" and "\t" not in doc.text[start:end], ref


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_a_damaged_office_file_is_refused_in_one_line(tmp_path, suffix):
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert "\n" not in str(err.value) and "not a readable" in str(err.value)
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 1 and f"broken{suffix}: not a readable" in result.stderr  # nothing read: nothing written
    assert not (tmp_path / "out" / "graph.nt").exists()


def test_the_same_file_reads_the_same_each_time(tmp_path):
    first, second = (read_document(_docx(tmp_path / "plan.docx")) for _ in range(2))
    assert (first.text, first.refs) == (second.text, second.refs)


def test_a_workbook_given_a_word_suffix_is_named_for_what_it_is(tmp_path):
    book = openpyxl.Workbook()
    book.active["A1"] = "x"
    book.save(tmp_path / "tracker.docx")
    with pytest.raises(ReadError, match=r"^not a readable Word file \(ValueError: is not a Word file, content type is "):
        read_document(tmp_path / "tracker.docx")


def test_a_macro_enabled_workbook_is_read_as_its_cells(tmp_path):
    """An .xlsm (a workbook whose package says it holds macros) was named unreadable, though openpyxl reads its cells
    (reviewer helper-111 #16); in a folder it is read, not skipped."""
    book = openpyxl.Workbook()
    book.active.title = "Plan"
    book.active.append(["Ref", "Action"])
    plain = io.BytesIO()
    book.save(plain)
    path = tmp_path / "plan.xlsm"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "[Content_Types].xml":
                xlsx = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
                data = data.replace(xlsx, b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            dst.writestr(item, data)
    assert b"macroEnabled" in zipfile.ZipFile(path).read("[Content_Types].xml")
    doc = read_document(path)
    assert doc.text == "[Plan]\nRef\tAction\n\f\n" and doc.media_type == "application/vnd.ms-excel.sheet.macroEnabled.12"
    assert unread_format(path.name) is None and walk([tmp_path]) == ([(path, f"{tmp_path.name}/plan.xlsm")], [])


_TEXT = st.text(st.characters(whitelist_categories=("L", "N", "P", "Zs"), whitelist_characters="\n\t"), max_size=12)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), _TEXT, st.integers(-999, 999)), min_size=1, max_size=4), min_size=1, max_size=5))
def test_every_sheet_cell_is_found_again_by_its_reference(grid):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in grid:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    doc = read_xlsx(buffer.getvalue())
    by_ref = {ref: doc.text[start:end] for start, end, ref in doc.refs}
    for r, row in enumerate(grid, start=1):
        for c, value in enumerate(row, start=1):
            expected = render_value(value)
            name = f"Sheet!{get_column_letter(c)}{r}"
            assert by_ref.get(name, "") == expected  # the slice its reference names is the value as rendered
            assert "\t" not in expected and "\n" not in expected
    assert set(by_ref) <= {"Sheet"} | {f"Sheet!{get_column_letter(c)}{r}" for r, row in enumerate(grid, 1) for c in range(1, 5)}


def _numbered(paragraph, num_id: int) -> None:
    """Give `paragraph` Word numbering of its own (a w:numPr), as Word's toolbar buttons do."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    num_pr = OxmlElement("w:numPr")
    ilvl, num = OxmlElement("w:ilvl"), OxmlElement("w:numId")
    ilvl.set(qn("w:val"), "0")
    num.set(qn("w:val"), str(num_id))
    num_pr.extend([ilvl, num])
    paragraph._p.get_or_add_pPr().append(num_pr)


def test_a_word_list_paragraph_opens_with_a_marker_the_list_readers_know(tmp_path):
    """Bullets Word draws (a 'List Bullet' style, a w:numPr whose level is a bullet) are no typed text: each bulleted
    body paragraph opens with the '- ' an HTML <li> gets, referenced to nothing, so items do not run together; a
    paragraph Word numbers ('List Number') opens with the number Word shows, and a table cell's paragraphs get no
    bullet (reviewer helper-111: a Word progress report lost every update, a bulleted plan cell its reference)."""
    document = docx.Document()
    document.add_paragraph("should take the following action.")
    document.add_paragraph("ensure that plans are specific", style="List Bullet")
    document.add_paragraph("improve the timeliness of conferences.", style="List Number")
    _numbered(document.add_paragraph("develop an early help offer"), 1)
    _numbered(document.add_paragraph("Numbering switched off"), 0)
    document.add_paragraph("Indented, not numbered", style="List Paragraph")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Action"
    cell.add_paragraph("in a cell", style="List Bullet")
    path = tmp_path / "report.docx"
    document.save(path)
    doc = read_document(path)
    assert doc.text.splitlines()[:7] == [
        "should take the following action.",
        "- ensure that plans are specific",
        "1. improve the timeliness of conferences.",  # the number Word shows (tests/read/test_word_numbering.py)
        "- develop an early help offer",  # python-docx's template's list 1 is bulleted
        "Numbering switched off",
        "Indented, not numbered",
        "Action  in a cell",
    ]
    refs = {doc.text[s:e]: ref for s, e, ref in doc.refs}
    assert refs["ensure that plans are specific"] == "paragraph 2"  # the quote is the paragraph's text, not the marker
    assert refs["in a cell"] == "table 1 row 1 cell 1 paragraph 2"
    assert all(not doc.text[s:e].startswith("- ") for s, e, _ in doc.refs)
