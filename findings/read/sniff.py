"""What a file really holds, from its first bytes: published downloads keep web error pages under a `.pdf` name."""

from __future__ import annotations

from findings.read.walk import reading_config


def web_page(data: bytes) -> bool:
    """Does `data` open like an HTML or XML page (the markers of extract/reading.json, after a BOM and blanks)?"""
    config = reading_config()
    head = data[: int(config["sniff_bytes"])].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return any(head.startswith(marker.encode()) for marker in config["html_markers"])


def pdf_header(data: bytes) -> bool:
    """Does `data` carry the %PDF- header where readers look for it (within the first kilobyte, as PDFium allows)?"""
    return b"%PDF-" in data[: int(reading_config()["sniff_bytes"])]


def not_a_pdf(data: bytes) -> str | None:
    """The one-line reason a file named .pdf is not one, or None when it has a PDF header.

    A web page under a .pdf name is refused, not read as HTML: it is the error page a failed download saved
    ('Page not found', a login wall), never the report, and building it would put a document with no findings in
    the graph where the user needs to be told to download the report again.

    >>> not_a_pdf(b"<!DOCTYPE html><title>Not found</title>")
    'a web page saved under a .pdf name (a failed download?), not a PDF: download it again'
    >>> not_a_pdf(b"%PDF-1.7") is None
    True
    """
    if pdf_header(data):
        return None
    if web_page(data):
        return "a web page saved under a .pdf name (a failed download?), not a PDF: download it again"
    return "not a PDF (no %PDF- header)"
