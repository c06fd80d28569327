"""Readers: a file in, one Document out (decoded text, sha256, source path); a ReadError when it cannot be read."""

from __future__ import annotations

import hashlib
import re
from itertools import islice
from pathlib import Path

from findings.model import Document
from findings.read.docx import read_docx
from findings.read.errors import ReadError
from findings.read.html import read_html
from findings.read.markdown import bare_pipe_rows, markdown_text
from findings.read.pdf import read_pdf
from findings.read.text import decoded, paged_text
from findings.read.walk import reading_config, unread_format
from findings.read.xlsx import read_xlsx

__all__ = ["ReadError", "read_document", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".xlsx", ".xlsm")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFFICE_MEDIA = {  # the suffixes the Word and Excel readers read (openpyxl reads a macro-enabled workbook's cells)
    ".docx": DOCX,
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
}


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
    elif suffix in OFFICE_MEDIA:
        office = (read_docx if suffix == ".docx" else read_xlsx)(data)
        text, refs, norm, created = office.text, office.refs, office.normalisation, office.created
        modified, author = office.modified, office.author
        pages, media = [], OFFICE_MEDIA[suffix]
    elif suffix in (".html", ".htm"):
        markup, encoding = decoded(data)
        text, norm = read_html(markup)
        norm += "; Windows-1252 bytes (not valid UTF-8)" if encoding == "windows-1252" else ""
        pages, media = [], "text/html"
    else:
        if unread := unread_format(path.name):  # a .doc given by name: what to save it as, not 'not valid UTF-8'
            raise ReadError(unread)
        text, encoding = decoded(data)
        norm = f"{encoding} text; CRLF and CR read as LF; BOM dropped"
        media = "text/markdown" if suffix in (".md", ".markdown") else "text/plain"
        if media == "text/markdown":
            text, marked = markdown_text(text)
            norm += "; Markdown's marks (headings, emphasis, list stars, quotes, code) read as spaces" if marked else ""
        text, tabled = bare_pipe_rows(text)
        norm += "; a table's cells set apart by bars read as tab-apart" if tabled else ""
        text, pages, norm = paged_text(text, norm)
    if not text.strip():
        raise ReadError("no text could be read from it")
    title = heading(text, wrapped=media in ("application/pdf", "text/plain"))
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


_FIELD = re.compile(  # 'Inspection dates: …', '16 January 2017', 'Date & Time': fields, not the title
    r":|\b\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}\b|^(?:date|time|venue|contact|to|from|present)\b", re.IGNORECASE
)


_WORD = re.compile(r"[^\W\d_]")  # a letter: a line with one has a word

_SHEET = re.compile(r"\[[^\]]{1,40}\]")  # the name a workbook's sheet is rendered under (findings/read/cells.py)


def heading(text: str, wrapped: bool = True) -> str | None:
    """A document's title as its first lines print it: from the first line with a word (a page number '1' is not a
    title); in a PDF or plain text (`wrapped`: a line a printed line) joined with the lines that continue it
    ('Inspection of Oxfordshire local' / 'authority children's services'), up to a blank line, a field ('Inspection
    dates: …'), a date, a sentence, three lines or 150 characters. Other readers give a paragraph a line: its first
    line is the title. A letter's title is its subject line, after its salutation (`subject_line`)."""
    return subject_line(text, wrapped) or _opening(text, wrapped)


def subject_line(text: str, wrapped: bool = True) -> str | None:
    """The subject line of a letter ('Focused visit to … local authority children's services' after 'Dear Jo'),
    read as a title is, when one of its first lines is a salutation (extract/reading.json letter_title) and the line
    after it is no sentence; else None."""
    rules = reading_config()["letter_title"]
    salutation = re.compile(rules["salutation"])
    raw = text.splitlines()
    worded = list(islice((i for i, line in enumerate(raw) if _WORD.search(line)), rules["within_lines"]))  # those only
    at = next((i for i in worded if salutation.match(" ".join(raw[i].split()))), None)
    if at is None:
        return None
    after = next((line for line in (" ".join(line.split()) for line in islice(raw, at + 1, None)) if line), "")
    if not after or after.endswith(".") or len(after) > 90 or re.match(rules["not_subject"], after):
        return None  # a sentence ('Thank you for inviting …', 'I am writing to you following …'): no subject line
    subject = _opening("\n".join(raw[at + 1 :]), wrapped, re.compile(rules["not_subject"]))
    return None if subject is None or subject.rstrip("*_ ").endswith(_CUT) else subject


_CUT = ("-", "–", "—", ":", ",")  # a subject line cut short at a date or a field ('… COMMITTEE -' / 'TUESDAY 3 …')


def _opening(text: str, wrapped: bool, opens_body: re.Pattern[str] | None = None) -> str | None:
    """The first lines that print a heading; a line that opens as `opens_body` says ('This letter summarises …') is
    the body's, not the heading's."""
    lines: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not lines:
            if len(re.findall(r"[^\W\d_]", line)) >= 3 and not _SHEET.fullmatch(line):  # a workbook's '[Sheet1]' is no title
                lines.append(line)
                if line.endswith(".") or len(line) > 90:
                    break  # a sentence, not a heading: nothing joins it
            continue
        continued = line[:1].islower()  # 'authority children's services.' ends a wrapped heading
        sentence = (line.endswith(".") and not continued) or len(line) > 90  # body text, not a heading's next line
        sentence = sentence or (opens_body is not None and opens_body.match(line) is not None)  # 'This letter summarises …'
        if not wrapped or not line or sentence or _FIELD.search(line) or len(lines) == 3 or len(" ".join(lines)) >= 150:
            break
        lines.append(line)
        if line.endswith("."):
            break
    return " ".join(lines)[:200] if lines else None
