"""A page's text is PDFium's bounded text asked once (findings/read/pdf_text.py), the very text pypdfium2's
`get_text_bounded` gives, which asks PDFium twice: on every page of the test PDFs, and where the buffer is too short."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from findings.read import pdf_text, read_document
from findings.read.pdf_text import bounded_text

PDFS = sorted((Path(__file__).parents[1] / "data").rglob("*.pdf"))


def _pages(path: Path):
    pdf = pdfium.PdfDocument(path.read_bytes())
    return [pdf[index].get_textpage() for index in range(len(pdf))]


@pytest.mark.parametrize("path", PDFS, ids=[path.name for path in PDFS])
def test_the_text_is_the_helpers_on_every_page(path):
    for textpage in _pages(path):
        assert bounded_text(textpage) == textpage.get_text_bounded()


def test_a_buffer_too_short_gives_the_whole_text_still(monkeypatch):
    textpage = _pages(PDFS[0])[0]
    expected = textpage.get_text_bounded()
    monkeypatch.setattr(pdf_text, "_ROOM", 0)
    monkeypatch.setattr(pdf_text, "_SPARE", 8)
    assert len(expected) > 8
    assert bounded_text(textpage) == expected


def test_pdfium_makes_each_pages_text_once(monkeypatch):
    path = PDFS[0]
    calls = []
    real = raw.FPDFText_GetBoundedText

    def counted(*args):
        calls.append(args[0])
        return real(*args)

    monkeypatch.setattr(raw, "FPDFText_GetBoundedText", counted)
    read_document(path, path.name)
    assert len(calls) == len(pdfium.PdfDocument(path.read_bytes()))
