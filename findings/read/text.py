"""Decode bytes to the text all offsets count into."""

from __future__ import annotations

from findings.read.errors import ReadError


def decode_text(data: bytes) -> str:
    """Strict UTF-8 (BOM dropped), line ends read as LF; binary or mis-encoded input is refused, not guessed."""
    if b"\x00" in data[:8192]:
        raise ReadError("binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReadError(f"not valid UTF-8 (byte {err.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
