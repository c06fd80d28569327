"""Word (.docx) files as text: body paragraphs one a line, tables one row a line with tab-separated cells.

The rendering (documented in README 'Reading Word and Excel'): each body paragraph in document order is a line, white
space runs read as one space, empty paragraphs dropped; its reference is `paragraph N`, counting every body paragraph
from 1 (empty ones too, as Word's navigation does). A list paragraph Word bullets (by its own numbering or its
style's: 'List Bullet', a `w:numPr` whose level is a bullet) opens with '- ', as an HTML `<li>` does, so the list
readers see each item even with no marker typed; the marker is the reader's, referenced to nothing. A paragraph Word
numbers opens with the number Word shows ('2.1 '), counted as Word counts it (findings/read/docx_numbers.py), unless
its words type their own ('3. Ensure …'); a number or letter in words ('Recommendation two') is not written. Each table
row is a line: its cells apart by a tab, the non-empty paragraphs of a cell apart by two spaces, each referenced
`table T row R cell C` (and `paragraph P` when the cell has several). A cell merged across columns is read once, in
its first column; a cell merged down rows is read again on every row it spans (its value applies to each), referenced
`(merged from row R)`. A cell's paragraph Word numbers opens with its number (a bulleted one with nothing: the
cell's paragraphs are apart already); an empty one is its number alone. Each table is followed by a line holding a
form feed (U+000C), where a table ends. The page header's paragraphs (each section's own, once each) are lines after
the body, referenced `header of section N`, so the council a letterhead names is read and no quote moves. Nested
tables, text boxes and footers are not read.
"""

from __future__ import annotations

import io
import re
import zipfile

from findings.read.cells import LIST_MARKER, Office, Rendering, clean, day
from findings.read.docx_numbers import WordNumbers
from findings.read.errors import ReadError

_OWN_NUMBER = re.compile(r"\(?(\d{1,3}(\.\d{1,3})+\.?|\d{1,3}[.):]|[a-zA-Z]\)|[ivxIVX]{1,4}\))\s")  # '3. ', '2.1 ', 'b) '
# ('J. Smith to lead …' types no number: a letter or numeral counts only before a bracket)


NORMALISATION = (
    "Word body rendered to text: a paragraph a line, a body paragraph Word bullets opening with '- ', one Word numbers "
    "with the number Word shows ('1.2 '); "
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
    numbers = _numbering(document)
    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            _table(block, tables, out, numbers)
        else:
            paragraphs += 1
            out.line(clean(block.text), f"paragraph {paragraphs}", _marker(block, numbers))
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


def _marker(paragraph, numbers: WordNumbers) -> str:
    """What Word shows before `paragraph` and its text does not hold: '- ' for a bullet, '2.1 ' for a number Word
    counts (its own numbering, or its style's or a style it is based on, not switched off by `w:numId` 0), written as
    Word shows it; nothing for a paragraph that types its own number ('3. Ensure …') or one Word numbers in words. An
    action plan numbered by Word's multi-level list ('1.' a recommendation, '1.1' its action) keeps its numbers, and
    a paragraph that opens with its words ('Recommendation two …') is matched after the number, as in a PDF."""
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
        return ""
    own_level = own.ilvl if own is not None else None  # a paragraph's own level over its style's list
    at = own_level if own_level is not None else numbering.ilvl
    num_id, level = numbering.numId.val, at.val if at is not None else 0
    if numbers.format(num_id, level) == "bullet":
        return LIST_MARKER
    shown = numbers.number(num_id, level)  # counted even when not written: Word counts the paragraph all the same
    return f"{shown} " if shown and not _OWN_NUMBER.match(clean(paragraph.text)) else ""


def _cell_number(paragraph, numbers: WordNumbers, marks: dict) -> str:
    """A cell's paragraph's number, as `_marker` gives it; no bullet (a cell's paragraphs are apart already)."""
    if paragraph._p not in marks:
        marks[paragraph._p] = _marker(paragraph, numbers)
    return "" if marks[paragraph._p] == LIST_MARKER else marks[paragraph._p]


def _numbering(document) -> WordNumbers:
    """The file's lists, or none when it has no numbering part."""
    try:
        return WordNumbers(document.part.numbering_part.element)
    except (AttributeError, KeyError, NotImplementedError):
        return WordNumbers(None)


def _table(table, number: int, out: Rendering, numbers: WordNumbers) -> None:
    """Each row a line; merged cells read as the module docstring says."""
    above: list = []
    marks: dict = {}  # each numbered paragraph's number, counted once however many rows a merged cell is read on
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
            texts = [(clean(p.text), _cell_number(p, numbers, marks)) for p in cell.paragraphs]
            texts = [(t, marker if t else marker.strip()) for t, marker in texts if t or marker]
            many = len(texts) > 1
            cells.append([(t, f"{ref} paragraph {i}" if many else ref, marker) for i, (t, marker) in enumerate(texts, start=1)])
            seen.append(tc)
        above = [(tc, origin.get(c, r)) for c, tc in enumerate(seen, start=1)]
        out.row(cells)
    out.end()
