"""Word (.docx) files as text: body paragraphs one a line, tables one row a line with tab-separated cells.

The rendering (documented in README 'Reading Word and Excel'): each body paragraph in document order is a line, white
space runs read as one space, empty paragraphs dropped; its reference is `paragraph N`, counting every body paragraph
from 1 (empty ones too, as Word's navigation does). A list paragraph Word bullets (by its own numbering or its
style's: 'List Bullet', a `w:numPr` whose level is a bullet) opens with '- ', as an HTML `<li>` does, so the list
readers see each item even with no marker typed; the marker is the reader's, referenced to nothing. A paragraph Word
numbers is read as its words are, its number not written (`_listed`). Each table
row is a line: its cells apart by a tab, the non-empty paragraphs of a cell apart by two spaces, each referenced
`table T row R cell C` (and `paragraph P` when the cell has several). A cell merged across columns is read once, in
its first column; a cell merged down rows is read again on every row it spans (its value applies to each), referenced
`(merged from row R)`. Each list paragraph of a cell opens with '- ' too. Each table is followed by a line holding a
form feed (U+000C), where a table ends. The page header's paragraphs (each section's own, once each) are lines after
the body, referenced `header of section N`, so the council a letterhead names is read and no quote moves. Nested
tables, text boxes and footers are not read.
"""

from __future__ import annotations

import io
import re
import zipfile

from findings.read.cells import LIST_MARKER, Office, Rendering, clean, day
from findings.read.errors import ReadError

NORMALISATION = (
    "Word body rendered to text: a paragraph a line, a body paragraph Word bullets opening with '- '; "
    "a table row a line, cells apart by a tab, a cell's paragraphs apart by two spaces, vertically merged cells repeated "
    "on every row; the page header's paragraphs as lines after the body; white space runs read as one space"
)


def read_docx(data: bytes) -> Office:
    """The rendering, its references, and the file's created and last-saved dates and last author."""
    import docx  # imported only when a Word file is read
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError) as err:  # what python-docx says of these is its own detail, not the file's
        said = "not a zip package: an old .doc file, or damaged" if isinstance(err, zipfile.BadZipFile) else ""
        raise ReadError(f"not a readable Word file ({said or 'a zip package with no Word document in it'})") from None
    except (ValueError, PackageNotFoundError) as err:
        reason = re.sub(r"file '<[^>]*>' ", "", str(err))  # python-docx names the in-memory buffer
        raise ReadError(f"not a readable Word file ({type(err).__name__}: {reason})") from None
    out = Rendering()
    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            _table(block, tables, out)
        else:
            paragraphs += 1
            out.line(clean(block.text), f"paragraph {paragraphs}", LIST_MARKER if _listed(block) else "")
    seen: set[str] = set()
    for n, section in enumerate(document.sections, start=1):  # the page header's words ('Durham County Council'),
        for paragraph in section.header.paragraphs:  # after the body, so no quote or title moves
            text = clean(paragraph.text)
            if text and text not in seen and not section.header.is_linked_to_previous:
                seen.add(text)
                out.line(text, f"header of section {n}")
    props = document.core_properties
    return Office(
        out.text, out.refs, NORMALISATION, day(props.created), day(props.modified), props.last_modified_by or props.author or None
    )


def _listed(paragraph) -> bool:
    """Does Word show `paragraph` as a bulleted list item: numbering of its own, or its style's (or a style it is
    based on), not switched off (`w:numId` 0), whose level's format is a bullet? A numbered paragraph ('2.1',
    'Recommendation two …' numbered by Word) is one item a line already, and its readers match its words from the
    line's start (reviewer helper-111)."""
    p_pr = paragraph._p.pPr
    own = p_pr.numPr if p_pr is not None else None
    numbering = own if own is not None and own.numId is not None else None
    style, seen = paragraph.style, set()
    while numbering is None and style is not None and style.style_id not in seen:  # a style based on itself is
        seen.add(style.style_id)  # Word's damage, not a loop to run
        s_pr = style.element.pPr
        if s_pr is not None and s_pr.numPr is not None and s_pr.numPr.numId is not None:
            numbering = s_pr.numPr
        style = style.base_style
    if numbering is None or numbering.numId.val == 0:
        return False
    level = numbering.ilvl.val if numbering.ilvl is not None else 0
    return _format(paragraph, numbering.numId.val, level) == "bullet"


def _format(paragraph, num_id: int, level: int) -> str | None:
    """The number format ('bullet', 'decimal' …) Word's numbering part gives list `num_id` at `level`."""
    try:
        numbering = paragraph.part.numbering_part.element
    except (AttributeError, KeyError, NotImplementedError):  # a file without a numbering part
        return None
    abstract = numbering.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
    if not abstract:
        return None
    found = numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]/w:lvl[@w:ilvl="{level}"]/w:numFmt/@w:val')
    return str(found[0]) if found else None


def _table(table, number: int, out: Rendering) -> None:
    """Each row a line; merged cells read as the module docstring says."""
    above: list = []
    for r, row in enumerate(table.rows, start=1):
        cells: list[list[tuple[str, str, str]]] = []
        seen: list = []
        origin: dict[int, int] = {}
        for c, cell in enumerate(row.cells, start=1):
            tc = cell._tc
            if seen and seen[-1] is tc:  # merged across columns: read once, in its first column
                cells.append([])
                seen.append(tc)
                continue
            ref = f"table {number} row {r} cell {c}"
            if c - 1 < len(above) and above[c - 1][0] is tc:
                origin[c] = above[c - 1][1]
                ref += f" (merged from row {origin[c]})"
            texts = [(clean(p.text), "") for p in cell.paragraphs]  # a cell's paragraphs are apart already: no marker
            texts = [(t, marker) for t, marker in texts if t]
            many = len(texts) > 1
            cells.append([(t, f"{ref} paragraph {i}" if many else ref, marker) for i, (t, marker) in enumerate(texts, start=1)])
            seen.append(tc)
        above = [(tc, origin.get(c, r)) for c, tc in enumerate(seen, start=1)]
        out.row(cells)
    out.end()
