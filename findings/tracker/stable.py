"""Same workbook, same bytes: fixed times inside the archive."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile


def stable_zip(data: bytes, when: dt.datetime) -> bytes:
    """The same Office archive with every entry's time, and the 'modified' stamp openpyxl writes, set to `when`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, body)
            target.writestr(fixed, body)
    return out.getvalue()
