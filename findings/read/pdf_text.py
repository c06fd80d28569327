"""A page's text as `PdfTextPage.get_text_bounded()` gives it, asked of PDFium once instead of twice.

pypdfium2's helper calls `FPDFText_GetBoundedText` first with no buffer, only to learn the text's length, then again to
fill one: PDFium makes the page's text twice. PDFium copies at most the buffer's length and says how much it copied
(the text's closing NUL with it),
so one call into a buffer with room to spare gives the whole text; a text that fills the buffer (it may have been cut
short), or one not a character a UTF-16 unit (a character beyond U+FFFF: the helper counts the text in 32-bit
characters, fewer than its units, and cuts it to that count; a lone surrogate, dropped), is asked of the helper
itself: the same text in every case.
"""

from __future__ import annotations

import ctypes

_ROOM = 2  # the buffer's UTF-16 units per character of the page, and SPARE more: PDFium's line breaks add a few
_SPARE = 64


def bounded_text(textpage) -> str:
    """The text of the whole page (its bounding box), exactly as `textpage.get_text_bounded()` returns it."""
    import pypdfium2.raw as raw

    left, bottom, right, top = textpage.page.get_bbox()  # the bounds the helper takes by default
    room = raw.FPDFText_CountChars(textpage.raw) * _ROOM + _SPARE
    buffer = (ctypes.c_ushort * room)()
    size = raw.FPDFText_GetBoundedText(textpage.raw, left, top, right, bottom, buffer, room)
    if size >= room:
        return textpage.get_text_bounded()  # perhaps cut short at the buffer's end
    if size > 0 and buffer[size - 1] == 0:
        size -= 1  # PDFium counts the text's closing NUL too (no character of the text is one)
    if size <= 0:
        return ""
    text = ctypes.string_at(buffer, size * 2).decode("utf-16-le", "ignore")
    return text if len(text) == size else textpage.get_text_bounded()  # a pair of units a character: the helper's count
