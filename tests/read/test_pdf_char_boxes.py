"""A page with a plan's table is read from its characters' boxes through PDFium's own calls on the page, the same few
numbers reused for every character, not the helper's `get_charbox` (which makes four numbers, and for the size a
rectangle, a character: a table's page has thousands); the table reads as before."""

from __future__ import annotations

import pypdfium2 as pdfium

from findings.read import read_document
from tests.read.test_pdf_tables import _plan


def test_a_plan_table_is_read_without_a_helper_object_a_character(tmp_path, monkeypatch):
    path = _plan(tmp_path)
    expected = read_document(path, path.name).text

    def refused(self, index, loose=False):
        raise AssertionError("a box read through the helper")

    monkeypatch.setattr(pdfium.PdfTextPage, "get_charbox", refused)
    text = read_document(path, path.name).text
    assert text == expected
    assert "1.1\tThe level of management oversight regarding screening decisions at the front door." in text
