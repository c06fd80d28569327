"""An overall grade the judgement table's reading took from a sentence ('The overall effectiveness of the arrangements
to protect children in Anytown is adequate.') where a graded line of the table's own rows judges the same area: the
sentence grades only what nothing else did, so the row's judgement is the one kept."""

from __future__ import annotations

from findings.model import Document, Judgement

_SENTENCE_END = (".", "!", "?")


def drop_said_where_rows(doc: Document, table: list[Judgement], rows: list[Judgement]) -> list[Judgement]:
    """`table`'s judgements less those read from a sentence (the quote ends a sentence) whose area, by key, one of
    `rows` (graded lines read after the table) judges too."""
    ruled = {(j.assessment, j.key) for j in rows if j.key}
    return [j for j in table if not ((j.assessment, j.key) in ruled and _sentence(doc, j))]


def _sentence(doc: Document, judgement: Judgement) -> bool:
    """Is the judgement's last quote the end of a sentence, not a table's row?"""
    span = judgement.spans[-1]
    return doc.text[span.start - doc.offset : span.end - doc.offset].rstrip().endswith(_SENTENCE_END)
