"""Text PDFs through pypdfium2 (PDFium): one text, pages joined by a form feed, page start offsets kept.

PDFium reads a 50-page report in well under a second, 50–100× faster than pdfminer-based readers, and keeps
the reading order of Ofsted's single-column layouts. Running headers stay in the text: they are removed as a view.
"""

from __future__ import annotations

import re
from datetime import date

from findings.read.errors import ReadError

NORMALISATION = (
    "pypdfium2 text per page; CRLF read as LF; trailing spaces dropped; PDFium's U+0002 (a hyphen it could not map) "
    "read as '-'; pages joined by '\\n\\f\\n'"
)
PAGE_JOIN = "\n\f\n"
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})")


def read_pdf(data: bytes) -> tuple[str, list[int], str, date | None]:
    """Return (text, page start offsets, normalisation, creation date from the PDF's metadata)."""
    import pypdfium2 as pdfium  # imported only when a PDF is read

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise ReadError(f"not a readable PDF ({_reason(err)})") from None
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            raw = textpage.get_text_bounded()
            textpage.close()
            page.close()
            raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-")
            page_text = "\n".join(line.rstrip() for line in raw.split("\n"))
            if index:
                parts.append(PAGE_JOIN)
                offset += len(PAGE_JOIN)
            starts.append(offset)
            parts.append(page_text)
            offset += len(page_text)
        created = _PDF_DATE.match(pdf.get_metadata_dict().get("CreationDate", "") or "")
    except pdfium.PdfiumError as err:
        raise ReadError(f"not a readable PDF ({_reason(err)})") from None
    finally:
        pdf.close()
    made = None
    if created:
        try:
            made = date(int(created.group(1)), int(created.group(2)), int(created.group(3)))
        except ValueError:
            made = None
    return "".join(parts), starts, NORMALISATION, made


def _reason(err: Exception) -> str:
    """PDFium's own words ('PDFium: Data format error'), without the wrapper's sentence around them."""
    match = re.search(r"\((PDFium:[^)]*)\)", str(err))
    return match.group(1) if match else str(err).strip().rstrip(".")
