"""Text PDFs through pypdfium2 (PDFium): one text, pages joined by a form feed, page start offsets kept.

PDFium reads a 50-page report in well under a second, 50–100× faster than pdfminer-based readers, and keeps
the reading order of Ofsted's single-column layouts. Running headers stay in the text: they are removed as a view.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from findings.read.errors import ReadError
from findings.read.pdf_order import in_print_order
from findings.read.pdf_tables import read_tables, table_marks
from findings.read.pdf_text import bounded_text
from findings.read.sniff import not_a_pdf

NORMALISATION = (
    "pypdfium2 text per page (PdfTextPage.get_text_bounded, not get_text_range); CRLF read as LF; trailing spaces "
    "dropped; PDFium's U+0002 (a hyphen it could not map) read as '-'; pages joined by '\\n\\f\\n'"
)
SURROGATES = "; unpaired UTF-16 surrogates read as U+FFFD"
REORDERED = (
    "; on a page whose file gives a run of lines after the lines printed below them (a browser's list with bullets "
    "drawn as shapes), that run moved into the hole it is printed in (findings/read/pdf_order.py)"
)
TABLES = (
    "; a page with a plan table's heading row read from its characters' positions: the table a row a line, cells apart "
    "by a tab, a cell's lines joined by a space, its paragraphs by two, its columns where the heading's words start (on "
    "the page, or, for a table typed with spaces, in characters counted from the heading's left edge) "
    "(findings/read/pdf_tables.py)"
)
PAGE_JOIN = "\n\f\n"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})")
KEPT_PAGES = 32  # a PDF's text pages kept open, at most, for its plan tables to be read from (else made again)


def read_pdf(data: bytes) -> tuple[str, list[int], str, date | None]:
    """Return (text, page start offsets, normalisation, creation date from the PDF's metadata)."""
    import pypdfium2 as pdfium  # imported only when a PDF is read

    refused = not_a_pdf(data)
    if refused:
        raise ReadError(refused)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise ReadError(f"not a readable PDF ({_reason(err)})") from None
    texts: list[str] = []
    repaired = reordered = False

    def clean(raw: str) -> str:
        nonlocal repaired
        if _LONE_SURROGATE.search(raw):  # a broken font map: such text could never be written as UTF-8
            raw = _LONE_SURROGATE.sub("\ufffd", raw)
            repaired = True
        raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-")
        return "\n".join(line.rstrip() for line in raw.split("\n"))

    kept: dict[int, Any] = {}  # the text pages a plan's table may be read from again, by page (read_tables reads each)

    def textpage_of(index: int) -> Any:
        textpage = kept.pop(index, None)
        return textpage if textpage is not None else pdf[index].get_textpage()

    try:
        marks = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            raw = bounded_text(textpage)  # get_text_bounded's text, PDFium asked once
            ordered = in_print_order(textpage, raw)
            reordered = reordered or ordered is not None
            texts.append(clean(ordered or raw))
            marks.append(table_marks(texts[-1]))
            if any(marks[-1]) and len(kept) < KEPT_PAGES:  # read again from its characters' positions: kept open
                kept[index] = textpage
                continue
            textpage.close()
            page.close()
        tables = read_tables(texts, textpage_of, clean, marks)
        created = _PDF_DATE.match(pdf.get_metadata_dict().get("CreationDate", "") or "")
    except pdfium.PdfiumError as err:
        raise ReadError(f"not a readable PDF ({_reason(err)})") from None
    finally:
        for textpage in kept.values():
            textpage.close()
        pdf.close()
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for index, page_text in enumerate(tables or texts):
        if index:
            parts.append(PAGE_JOIN)
            offset += len(PAGE_JOIN)
        starts.append(offset)
        parts.append(page_text)
        offset += len(page_text)
    text = "".join(parts)
    if starts and not text.strip():
        raise ReadError(f"no text layer in its {len(starts)} page(s) (a scanned image?): it needs OCR first")
    made = None
    if created:
        try:
            made = date(int(created.group(1)), int(created.group(2)), int(created.group(3)))
        except ValueError:
            made = None
    normalised = NORMALISATION + (REORDERED if reordered else "") + (TABLES if tables else "") + (SURROGATES if repaired else "")
    return text, starts, normalised, made


def _reason(err: Exception) -> str:
    """PDFium's own words ('PDFium: Data format error'), without the wrapper's sentence around them."""
    match = re.search(r"\((PDFium:[^)]*)\)", str(err))
    reason = match.group(1) if match else str(err).strip().rstrip(".")
    return "encrypted: it needs a password" if "password" in reason.lower() else reason
