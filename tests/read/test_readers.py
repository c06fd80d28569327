"""Readers: the text every offset counts into, and a one-line reason for whatever cannot be read."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from findings.read import ReadError, read_document
from tests.pdfmaker import make_pdf


def test_text_reader_keeps_text_and_hash(tmp_path):
    path = tmp_path / "a.txt"
    data = "\ufeffLine one\r\nLine two\r\n".encode()
    path.write_bytes(data)
    doc = read_document(path, "sub/a.txt")
    assert doc.text == "Line one\nLine two\n"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.path == "sub/a.txt" and doc.media_type == "text/plain" and "CRLF" in doc.normalisation


def _zip(files: dict[str, str]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("random.txt", bytes(range(256)) * 4, "binary data, not text"),
        ("undefined.txt", b"Caf\x81 report", "neither UTF-8 nor Windows-1252 text (byte 3)"),
        ("damaged.txt", "the council’s plan ".encode() + b"\xe9", "not valid UTF-8 (byte 21)"),  # UTF-8 elsewhere: not re-read
        ("controls.txt", b"Caf\xe9\x01\x02\x03 report", "binary data, not text"),
        ("fake.pdf", b"%PDF-1.4 this is not really a pdf", "not a readable PDF"),
        # a file named as text whose bytes say what it is (helper-60: a Word file renamed .txt)
        ("plan.txt", b"PK\x03\x04\x14\x00\x00\x00", "binary data, not text (a zip package, such as a Word or Excel file"),
        ("old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "binary data, not text (an old-format Office file (.doc, .xls)"),
        ("zip.docx", _zip({"a.txt": "hello"}), "not a readable Word file (a zip package with no Word document in it)"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "not a readable Word file (not a zip package: an old .doc"),
    ],
)
def test_unreadable_files_raise_one_line_reasons(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert str(err.value).startswith(reason)
    assert "\n" not in str(err.value)


def test_html_tables_with_p_cells_and_lists(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text(
        "<html><head><title>x</title><style>p{}</style></head><body><h1>Action plan</h1>"
        "<table><tr><td><p>1.1</p></td><td><p>Review the &amp; policy</p><p>second para</p></td></tr></table>"
        "<ul><li>first   item</li><li>second item</li></ul></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.text == "Action plan\n1.1\nReview the & policy\nsecond para\n- first item\n- second item\n"
    assert doc.media_type == "text/html"


def test_markdown_is_read_as_text_its_marks_as_spaces(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Title\n\n- item one\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.text == "  Title\n\n- item one\n" and doc.media_type == "text/markdown"
    assert "Markdown's marks" in doc.normalisation


def test_pdf_reader_keeps_pages_and_offsets(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([["Inspection report", "Recommendation one"], ["Second page text"]]))
    doc = read_document(path)
    assert doc.media_type == "application/pdf"
    assert doc.page_starts[0] == 0 and len(doc.page_starts) == 2
    assert doc.text[doc.page_starts[1] :].startswith("Second page text")
    assert "Recommendation one" in doc.text[: doc.page_starts[1]]
    start = doc.text.index("Second page")
    assert doc.span(start, start + 6).page == 2
    assert doc.span(0, 5).page == 1


def test_an_images_alt_text_is_read_so_a_banner_names_the_council(tmp_path):
    """A committee web page names its council only in the banner image (helper-63: its meetings went to an
    'Unknown organisation')."""
    from findings.extract.context import organisation

    path = tmp_path / "issue.html"
    path.write_text(
        '<html><body><div id="banner"><img src="logo.png" alt="Oxfordshire County Council"><img src="x.gif" alt=""></div>'
        "<h1>Issue - meetings</h1><p>Meeting: 12/07/2018 - Performance Scrutiny Committee (Item 41)</p></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.text.splitlines()[0] == "Issue - meetings"  # no quote or title moves (helper-64)
    assert doc.text.rstrip().endswith("Oxfordshire County Council")
    assert organisation(doc.text).key == "oxfordshire"
    inline = tmp_path / "inline.html"  # an image inside the text, or after it (a partner's logo), is not read
    inline.write_text(
        '<html><body><p>RESOLVED: that</p><ul><li><img alt="Agreed"> the report be received;</li></ul>'
        '<footer><img alt="Bolton Council"></footer></body></html>',
        encoding="utf-8",
    )
    assert "Agreed" not in read_document(inline).text and "Bolton" not in read_document(inline).text


def test_a_text_file_saved_as_utf16_with_its_byte_order_mark_is_read(tmp_path):
    """Word's 'Unicode text' is UTF-16 with a byte-order mark: it was refused as binary data (helper-80)."""
    words = "Recommendation 1 – the timeliness of plans.\r\nAction 1.1: audit monthly.\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):  # the mark first, then the words, in either byte order
        path = tmp_path / f"plan-{encoding}.txt"
        path.write_bytes(("\ufeff" + words).encode(encoding))
        doc = read_document(path)
        assert doc.text == words.replace("\r\n", "\n") and doc.normalisation.startswith("utf-16 text")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(ReadError, match="not valid UTF-16"):
        read_document(tmp_path / "broken.txt")


def test_a_text_file_saved_as_windows_ansi_is_read_and_says_so(tmp_path):
    """Notepad's and Word's 'ANSI' text on Windows is Windows-1252 ('£', '’', '–' a byte each): a council's plan saved so
    was refused as 'not valid UTF-8' and lost; it reads as its UTF-8 copy does, the graph naming its encoding."""
    from findings.extract.document import extract_document

    words = (Path(__file__).parents[1] / "data" / "plan_other_council.txt").read_text(encoding="utf-8")
    words = words.replace("Action", "Action (£2,000; the service’s lead)", 1)
    (tmp_path / "utf8.txt").write_bytes(words.encode("utf-8"))
    (tmp_path / "ansi.txt").write_bytes(words.replace("\n", "\r\n").encode("windows-1252"))
    utf8, ansi = read_document(tmp_path / "utf8.txt"), read_document(tmp_path / "ansi.txt")
    assert ansi.text == utf8.text and ansi.normalisation.startswith("windows-1252 text")
    assert utf8.normalisation.startswith("utf-8 text")
    got, want = extract_document(ansi), extract_document(utf8)
    assert got.actions and [(a.identifier, a.text) for a in got.actions] == [(a.identifier, a.text) for a in want.actions]
    spans = [[(s.start, s.end) for s in a.spans] for a in got.actions]
    assert spans == [[(s.start, s.end) for s in a.spans] for a in want.actions]
    assert any("£2,000; the service’s lead" in a.text for a in got.actions)
    page = tmp_path / "page.html"
    page.write_bytes("<html><body><p>Budget £5,000 – the council’s</p></body></html>".encode("windows-1252"))
    html = read_document(page)
    assert "£5,000 – the council’s" in html.text and "Windows-1252" in html.normalisation


def test_an_html_layout_table_with_an_empty_icon_column_stays_lines_and_a_nested_table_keeps_its_rows_columns(tmp_path):
    """A committee page's item table with an empty icon column was read as data, each item's minutes one tab-separated
    line, so no resolution was found; a table nested in a plan's cell put its tabs into the plan's row, moving every
    column after it (helper-88's review)."""
    path = tmp_path / "page.html"
    path.write_text(
        "<table><tr><th></th><th>No.</th><th>Item</th></tr><tr><td><img alt=''></td><td><p>21.</p></td><td>"
        "<p>Ofsted report</p><p>RESOLVED – That the report be received.</p></td></tr></table>"
        "<table><tr><th>Ref</th><th>Action</th><th>Lead</th></tr><tr><td>1.1</td><td><p>Audit records</p><table><tr>"
        "<td>Q1</td><td>Q2</td><td>Q3</td></tr></table></td><td>Head of Service</td></tr></table>",
        encoding="utf-8",
    )
    text = read_document(path).text
    assert text.startswith("No.\nItem\n21.\nOfsted report\nRESOLVED – That the report be received.\n")
    assert "1.1\tAudit records  Q1  Q2  Q3\tHead of Service\n" in text
