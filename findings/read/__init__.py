"""Readers: a file in, one Document out (decoded text, sha256, source path); a ReadError when it cannot be read."""

from __future__ import annotations

import hashlib
from pathlib import Path

from findings.model import Document
from findings.read.docx import read_docx
from findings.read.errors import ReadError
from findings.read.html import read_html
from findings.read.pdf import read_pdf
from findings.read.text import decode_text
from findings.read.xlsx import read_xlsx

__all__ = ["ReadError", "read_document", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".xlsx")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def read_document(path: Path, rel: str | None = None) -> Document:
    """Read `path` by its content and suffix; `rel` is the path recorded in the graph."""
    data = path.read_bytes()
    if not data.strip():
        raise ReadError("empty file")
    sha = hashlib.sha256(data).hexdigest()
    created = None
    refs: list[tuple[int, int, str]] = []
    modified = author = None
    suffix = path.suffix.lower()
    rel = rel or path.name
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        text, pages, norm, created = read_pdf(data)
        media = "application/pdf"
    elif suffix in (".docx", ".xlsx"):
        office = (read_docx if suffix == ".docx" else read_xlsx)(data)
        text, refs, norm, created = office.text, office.refs, office.normalisation, office.created
        modified, author = office.modified, office.author
        pages, media = [], DOCX if suffix == ".docx" else XLSX
    elif suffix in (".html", ".htm"):
        text, norm = read_html(decode_text(data))
        pages, media = [], "text/html"
    else:
        text, norm = decode_text(data), "utf-8 text; CRLF and CR read as LF; BOM dropped"
        pages, media = [], "text/markdown" if suffix in (".md", ".markdown") else "text/plain"
    if not text.strip():
        raise ReadError("no text could be read from it")
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Document(
        path=rel,
        text=text,
        sha256=sha,
        normalisation=norm,
        media_type=media,
        page_starts=pages,
        title=title[:200] if title else None,
        created=created,
        refs=refs,
        modified=modified,
        author=author,
    )
