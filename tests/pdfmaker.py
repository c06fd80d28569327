"""Write a small, valid text PDF without any PDF library, so reader tests need no fixture files."""

from __future__ import annotations

from itertools import pairwise


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with one page per list of lines (Helvetica 11pt, top-down)."""
    return _document(
        [
            ("BT /F1 11 Tf 72 760 Td 14 TL " + " ".join("(" + _escape(line) + ") Tj T*" for line in lines) + " ET").encode(
                "latin-1"
            )
            for lines in pages
        ]
    )


Cell = str | list[str]  # a cell's printed lines (a str is one line)


def make_table_pdf(
    pages: list[list[str | tuple[Cell, ...]]],
    columns: tuple[float, ...],
    size: float = 10,
    by_line: bool = False,
    ruled: bool = False,
    boxed: bool = False,
    framed: bool = False,
    drawn: str = "",
) -> bytes:
    """A PDF as Word prints a table: each page a list of lines (a str, at the left margin) and rows (a tuple of cells,
    each cell's lines placed at its column's x, the row as tall as its longest cell, with a cell's padding above and
    below), Helvetica `size`pt; every word placed, none of the table's structure kept, as an exported table is. The
    file gives a row's text cell by cell, or printed line by printed line across the cells (`by_line`); `ruled` draws
    the table's borders between rows, as Word's 'Table Grid' does; `boxed` its columns' borders too (each just left of
    a column's x, and one at the right), as a browser prints a bordered HTML table; `framed` draws each cell as a
    box of its own (a stroked rectangle) and centres its lines down the row, as a PDF library exporting a table cell
    by cell does; `drawn`, drawing operators added to every page (a page border, a call-out box)."""
    pitch, padding = size * 1.2, size * 0.6
    streams = []
    for items in pages:
        ops = [f"BT /F1 {size:g} Tf"]
        rules: list[float] = []
        boxes: list[str] = []  # each cell's frame, where `framed`
        y, last = 760.0, None  # last: the baseline of the line printed last
        for item in items:
            if isinstance(item, str):
                ops.append(f"1 0 0 1 {columns[0]:g} {y:g} Tm ({_escape(item)}) Tj")
                y, last = y - pitch, y
                continue
            cells = [[cell] if isinstance(cell, str) else cell for cell in item]
            y -= padding
            if ruled:  # the border above the row (above a page's first, its top edge)
                rules.append((last + y) / 2 if last is not None else y + size * 1.2)
            last = y - pitch * (max(len(lines) for lines in cells) - 1)
            tallest = max(len(lines) for lines in cells)
            placed = [(n, column, line) for column, lines in enumerate(cells) for n, line in enumerate(lines) if line]
            for n, column, line in sorted(placed) if by_line else placed:
                down = (tallest - len(cells[column])) * pitch / 2 if framed else 0.0  # a short cell centred in its box
                ops.append(f"1 0 0 1 {columns[column]:g} {y - n * pitch - down:g} Tm ({_escape(line)}) Tj")
            if framed:  # each cell's box: from its column's x (less a margin) to the next's, the row's height
                top, height = y + size + padding / 2, pitch * tallest + padding
                edges = [x - 4 for x in columns] + [570.0]
                boxes += [f"0.5 w {a:g} {top - height:g} {b - a:g} {height:g} re S" for a, b in pairwise(edges)]
            y -= pitch * tallest + padding
        ops.append("ET")
        ops += [drawn] if drawn else []
        ops += boxes
        ops += [f"0.5 w {columns[0] - 4:g} {r:g} m 570 {r:g} l S" for r in rules]
        if boxed and rules:
            top, bottom = max(rules), (last or 0) - size
            ops += [f"0.5 w {x - 3:g} {top:g} m {x - 3:g} {bottom:g} l S" for x in (*columns, 573)]
        streams.append("\n".join(ops).encode("latin-1"))
    return _document(streams)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _document(streams: list[bytes]) -> bytes:
    """A PDF of one page per content stream, Helvetica as /F1."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    page_ids = [4 + 2 * i for i in range(len(streams))]
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(streams)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, stream in enumerate(streams):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {page_ids[i] + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
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
