"""A labelled line's colour read by the paper's own key: 'R2 (assessments for disabled children): Amber. The team …'
under 'Key: Green – complete; Amber – on track' is under way, as the same colour in a RAG table's cell is
(table_plan_layout.json 'rag_key'); the line's words decide only where the key says done and they deny it."""

from __future__ import annotations

import re

from findings.extract.lexicons import regex
from findings.extract.rag import by_key, colour_means, rag_key
from findings.model import Document, Extraction

_CLAUSE = re.compile(r"[.;:]\s|\s[\u2013\u2014-]\s|[.;:]?$")  # where the colour said after the label ends


def keyed_colours(doc: Document, part: Extraction) -> None:
    """Give each update of `part` that opens with its item's label and then a colour alone ('R2 (…): Amber.', 'R1 –
    Red; …') what the paper's key says that colour means, the key's entry quoted beside the line."""
    key = rag_key(doc.text) if any(u.means is None for u in part.updates) else {}
    if not key:
        return
    label = regex("lexicons/status.json", "verdict_after")
    for update in part.updates:
        text = update.text.strip()
        if update.means is not None or update.by is not None or not (opening := label.match(text)):
            continue
        rest = text[opening.end() :]
        end = _CLAUSE.search(rest)
        read = colour_means(doc, key, rest[: end.start()]) if end else None
        if read is None:
            continue
        words = rest[end.end() :]
        means = by_key(read[0], words) if words.strip() else read[0]
        if means is not None and not _words_deny(means, words):
            update.means = means
            update.spans.append(read[1])


def _words_deny(means: str, words: str) -> bool:
    """Do the line's words say the work is not done beside a key that says it is? Then the words decide."""
    from findings.status.cues import denies_done, progress_of

    return progress_of(means) == "Done" and denies_done(words)
