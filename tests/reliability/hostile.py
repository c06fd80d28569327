"""Bad inputs made on the fly: every kind of file a folder of downloads can hold that is not a readable document."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

from tests.pdfmaker import make_pdf

SECRET = "Ensure that the secret outside the folder is never read."  # text only a file outside the input holds


def image_pdf() -> bytes:
    """A one-page PDF holding only an 8×8 grey image: what a scanner makes, with no text layer."""
    pixels = bytes(random.Random(3).randrange(256) for _ in range(64))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    ]
    content = b"q 400 0 0 400 100 300 cm /Im1 Do Q"
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\n"
        b"stream\n" + pixels + b"\nendstream"
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def encrypted_pdf(lines: list[str]) -> bytes:
    """A text PDF that opens only with a password (RC4, as many council systems still write them)."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(make_pdf([lines])))
    writer.encrypt(user_password="council", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def big_pdf(lines: list[str], size: int) -> bytes:
    """A text PDF of about `size` bytes: the text is small, the rest an attached file (as agenda packs carry)."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(make_pdf([lines])))
    writer.add_attachment("appendix.bin", random.Random(25).randbytes(size))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


HTML_ERROR_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><title>Page not found - GOV.UK</title></head>
<body><h1>Page not found</h1><p>If you entered a web address, check it is correct.</p></body></html>
"""
BROKEN_BUT_READABLE_HTML = b"<html><body><h1>Recommendations<p>Ensure that every child in need has a plan.<td>open cell"
UNPARSEABLE_HTML = b"<html><body><p>Before the declaration</p><![ if it ends here"

# name → (bytes, the one-line reason it is named with); made in every hostile folder
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.md": (b" \n\t\n", "empty file"),
    "noise.txt": (random.Random(7).randbytes(20_000), "binary data, not text"),
    "garbled.txt": (b"Recommandation: am\x81liorer la qualit\x8d", "neither UTF-8 nor Windows-1252 text (byte 18)"),
    "truncated.pdf": (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "not a readable PDF (PDFium: Data format error)"),
    "not-found.pdf": (HTML_ERROR_PAGE, "a web page saved under a .pdf name (a failed download?), not a PDF: download it again"),
    "noise.pdf": (random.Random(8).randbytes(5_000).replace(b"%", b"#"), "not a PDF (no %PDF- header)"),
    "scanned.pdf": (image_pdf(), "no text layer in its 1 page(s) (a scanned image?): it needs OCR first"),
    "broken.html": (UNPARSEABLE_HTML, "HTML too broken to read (expected name token at '<![ if it ends here')"),
}


def make_links(folder: Path, outside: Path) -> dict[str, str]:
    """Symbolic links out of `folder`, looping and broken; name → the reason each is named with."""
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(f"Recommendations\n\n1. {SECRET}\n", encoding="utf-8")
    os.symlink(outside / "secret.txt", folder / "secret.txt")
    os.symlink(outside, folder / "elsewhere")
    (folder / "sub").mkdir(exist_ok=True)
    os.symlink("..", folder / "sub" / "up")
    os.symlink("self.txt", folder / "self.txt")
    os.symlink("nowhere.txt", folder / "gone.txt")
    os.symlink("sub", folder / "alias")  # a link inside the folder: read at its own path, not named
    rel = folder.name
    return {
        f"{rel}/secret.txt": "symbolic link to outside the input folder, not followed",
        f"{rel}/elsewhere": "symbolic link to outside the input folder, not followed",
        f"{rel}/sub/up": "symbolic link loop (to a folder that contains it), not followed",
        f"{rel}/self.txt": "symbolic link loop, not followed",
        f"{rel}/gone.txt": "broken symbolic link (its target does not exist)",
    }
