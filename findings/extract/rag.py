"""What a bare RAG colour in a plan's status column means: what the paper's own key says it means.

Councils colour their plans' rows by different keys: blue is 'complete' in one council's plan and 'not yet due to
start' in another's. A status cell that holds only a colour ('Blue') is read by the key the paper prints ('Key:
Green: complete or on track; Amber: some slippage; Red: off track; Blue: not yet due to start'), and the update
quotes that key too; with no key printed, the colour says nothing the status cues can read
(extract/table_plan_layout.json, 'rag_key')."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json
from findings.model import Document, Span

LAYOUT = "table_plan_layout.json"


def rag_key(text: str) -> dict[str, tuple[str, int, int]]:
    """Colour (lower case) → (what the key says it means, start, end of that entry in `text`), read from a line that
    opens as a key ('Key: …', 'RAG key – …') or that is one colour's entry alone ('Blue = completed'), never from
    prose ('Cllr Green: welcomed …', 'Green: 14 of the 20 actions are complete'); the first entry for a colour counts."""
    rule = load_json(LAYOUT)["rag_key"]
    colours = "|".join(rule["colours"])
    entry = re.compile(rule["entry"].replace("COLOURS", colours), re.IGNORECASE)
    opening = re.compile(rule["key_line"], re.IGNORECASE)
    key: dict[str, tuple[str, int, int]] = {}
    at = 0
    for line in text.splitlines(keepends=True):
        entries = list(entry.finditer(line))
        alone = len(entries) == 1 and not line[: entries[0].start()].strip() and not line[entries[0].end() :].strip(" .;\n")
        if entries and (opening.match(line) or alone):
            for match in entries:
                meaning = match.group("meaning").strip().rstrip(".")
                if not re.search(r"\d", meaning):  # a count ('14 of the 20') is a summary, not what a colour means
                    key.setdefault(match.group("colour").lower(), (meaning, at + match.start(), at + match.end()))
        at += len(line)
    return key


def colour_means(doc: Document, key: dict[str, tuple[str, int, int]], cell: str) -> tuple[str, Span] | None:
    """(meaning, the key entry's span) for a cell that holds only a colour the key explains; else None."""
    found = key.get(" ".join(cell.split()).lower().rstrip("."))
    if found is None:
        return None
    meaning, start, end = found
    return meaning, doc.span(start, end)


def by_key(meaning: str, words: str) -> str | None:
    """What the row says by the paper's key ('Amber – on track'), read against its own words: the key decides, but an
    entry of two meanings ('complete or on track') leaves the row to its words, and a key saying the work is behind
    ('Red – delayed', 'off track') beside words saying something was done is under way, not planned; words saying the
    work has not started outweigh a key that says more ('Red – not achieved'). None: the words decide."""
    from findings.status.cues import progress_of

    if re.search(r"\bor\b|/", meaning):
        return None
    key, said = progress_of(meaning), progress_of(words)
    if said == "NotStarted" and key != "NotStarted":  # 'has not started' beside 'Red – not achieved': the words
        return None
    if key in ("Planned", "NotStarted") and said in ("Done", "Underway"):
        return f"{meaning} (in progress)"  # a reading only, never written to the graph
    return meaning
