"""A tracker this tool wrote (`findings open --format xlsx`), edited by a person and put back in a corpus folder.

Its rows name their items by reference, so they resolve to the same items and add none. Only what a person adds
or changes is read: a progress note, and a due or slipped-to date that differs from the copy the tool kept in a
hidden column. Each becomes a progress update on the row's recommendation, dated by the workbook's last-saved
date (the document's date) and resting on the cells it came from; the council's or the lead's word, never
assurance. The headings are data: extract/tracker_layout.json, shared with the writer (findings.tracker).
"""

from __future__ import annotations

from findings.extract.lexicons import load_json
from findings.extract.table_cells import cell_spans
from findings.model import Document, Extraction, ProgressUpdate
from findings.segment.lines import split_lines

LAYOUT = "tracker_layout.json"
_KINDS = ("recommendation", "resolution")  # a tracker's rows: recommendations and meetings' requests ('…/resolution/<id>')


def _header(cells: list[str], layout: dict) -> dict[str, int] | None:
    """Which column holds what, when the row is the tracker's heading row; else None."""
    named = {text.strip().casefold(): i for i, text in enumerate(cells)}
    found = {}
    for kind, heading in layout["columns"].items():
        if "{" in heading:
            prefix = heading.split("{")[0].strip().casefold()
            index = next((i for t, i in named.items() if prefix and t.startswith(prefix)), None)
        else:
            index = named.get(heading.casefold())
        if index is not None:
            found[kind] = index
    return found if all(k in found for k in layout["required"]) else None


def extract_tracker(doc: Document, out: Extraction) -> bool:
    """Add a person's edits in a tracker this tool wrote; False when `doc` is not one."""
    layout = load_json(LAYOUT)
    lines = split_lines(doc.text)
    columns = heading = None
    found = False
    when = doc.modified or doc.created
    for line in lines:
        if line.start and doc.text[line.start - 1] == "\f":  # a sheet ended
            columns = None
        if "\t" not in line.text:
            continue
        cells = cell_spans(line)
        texts = [doc.text[s:e] for s, e in cells]
        if columns is None:
            columns = _header(texts, layout)
            heading, found = (cells, True) if columns else (heading, found)
            continue
        ref = _item(texts[columns["reference"]] if columns["reference"] < len(texts) else "")
        if ref is None:
            continue
        assessment, identifier = ref
        value = {k: (cells[i] if i < len(cells) else (line.end, line.end)) for k, i in columns.items()}
        note = value["note"]
        if note[1] > note[0]:
            out.updates.append(
                ProgressUpdate(
                    assessment,
                    identifier,
                    when,
                    doc.text[note[0] : note[1]],
                    [doc.span(*note)],
                    source=f"tracker-{doc.sha256[:8]}-note",
                    about_kind="recommendation",
                )
            )
        for shown, kept in layout["kept"].items():
            now, before = (doc.text[value[k][0] : value[k][1]] for k in (shown, kept))
            if now and now != before:  # the person moved the date: the heading and the new date, as written
                head = heading[columns[shown]]
                text = f"{doc.text[head[0] : head[1]]} {now}"
                out.updates.append(
                    ProgressUpdate(
                        assessment,
                        identifier,
                        when,
                        text,
                        [doc.span(*head), doc.span(*value[shown])],
                        source=f"tracker-{doc.sha256[:8]}-{shown}",
                        about_kind="recommendation",
                    )
                )
    if found:
        doc.date = when
    return found


def _item(reference: str) -> tuple[str, str] | None:
    """'central-bedfordshire/ofsted-2017/recommendation/3' → ('central-bedfordshire/ofsted-2017', '3'); a request's
    '…/resolution/request-1' alike."""
    parts = reference.strip().split("/")
    if len(parts) < 4 or parts[-2] not in _KINDS or not parts[-1]:
        return None
    return "/".join(parts[:-2]), parts[-1]
