"""Text PDFs through pdfplumber: one text, pages joined by a form feed, page start offsets kept."""

from __future__ import annotations

import io
import logging

from findings.read.errors import ReadError

NORMALISATION = "pdfplumber extract_text per page; pages joined by '\\n\\f\\n'"
PAGE_JOIN = "\n\f\n"


def read_pdf(data: bytes) -> tuple[str, list[int], str]:
    """Return (text, page start offsets, normalisation) for a text PDF."""
    import pdfplumber  # heavy: imported only when a PDF is read
    from pdfminer.pdfparser import PDFSyntaxError

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for index, page in enumerate(pdf.pages):
                if index:
                    parts.append(PAGE_JOIN)
                    offset += len(PAGE_JOIN)
                starts.append(offset)
                page_text = page.extract_text() or ""
                parts.append(page_text)
                offset += len(page_text)
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as err:
        raise ReadError(f"not a readable PDF ({type(err).__name__})") from None
    except Exception as err:  # pdfminer raises many private types for damaged files
        raise ReadError(f"not a readable PDF ({type(err).__name__}: {str(err)[:80]})") from None
    return "".join(parts), starts, NORMALISATION
