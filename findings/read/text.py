"""Decode bytes to the text all offsets count into."""

from __future__ import annotations

import re

from findings.read.errors import ReadError

_KNOWN = {  # a file given a text suffix whose first bytes say what it is
    b"PK\x03\x04": "a zip package, such as a Word or Excel file: name it .docx or .xlsx",
    b"%PDF-": "a PDF: name it .pdf",
    b"\xd0\xcf\x11\xe0": "an old-format Office file (.doc, .xls), which is not read: save it as .docx or .xlsx",
}


def text_encoding(data: bytes) -> str:
    """'utf-16' where the bytes open with UTF-16's byte-order mark (in either order), 'windows-1252' where they are not
    UTF-8 and hold no UTF-8 sequence at all (what Notepad and Word on Windows save as 'ANSI' text: '£', '’', 'é' a byte
    each), else 'utf-8' (`decoded`'s reading of bytes it can read)."""
    return decoded(data)[1]


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode_text(data: bytes) -> str:
    """The text of `decoded`."""
    return decoded(data)[0]


def decoded(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (BOM dropped), UTF-16 where its byte-order mark says so (Word's 'Unicode text'), or
    Windows-1252 where the bytes are not UTF-8 and hold no UTF-8 sequence (a council's 'ANSI' text file; named so in
    the document's normalisation); line ends read as LF; binary input is refused, as are damaged UTF-8 and text that
    is neither."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise ReadError(f"not valid UTF-16 (byte {err.start}), though it opens with UTF-16's byte-order mark") from None
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
    if b"\x00" in data[:8192]:
        kind = next((what for magic, what in _KNOWN.items() if data.startswith(magic)), None)
        raise ReadError(f"binary data, not text ({kind})" if kind else "binary data, not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as err:
        if _UTF8_SEQUENCE.search(data):  # UTF-8 with a damaged byte: read as Windows-1252, every '’' would be 'â€™'
            raise ReadError(f"not valid UTF-8 (byte {err.start})") from None
        try:
            text, encoding = data.decode("windows-1252"), "windows-1252"
        except UnicodeDecodeError as err:
            raise ReadError(f"neither UTF-8 nor Windows-1252 text (byte {err.start})") from None
        if _CONTROL.search(text):
            raise ReadError("binary data, not text") from None
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # no text file holds these; tab, line and page ends it may


def paged_text(text: str, normalisation: str) -> tuple[str, list[int], str]:
    """(text, page start offsets, normalisation) of a text file as a PDF's text is kept: a form feed ends a page
    (text saved from a PDF keeps them), so running headers and page numbers are found as in the PDF; PDFium's
    U+FFFE (a hyphen at a line's end, which its plain-text export keeps) is read as '-', one character for one."""
    if "\ufffe" in text:
        text = text.replace("\ufffe", "-")
        normalisation += "; U+FFFE (PDFium's line-end hyphen) read as '-'"
    if "\f" not in text:
        return text, [], normalisation
    starts = [0] + [m.end() for m in re.finditer("\f", text) if m.end() < len(text)]  # a blank page stays a page
    return text, starts, normalisation + "; pages end at form feeds"
