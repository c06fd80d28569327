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
LEXICON = "lexicons/status.json"


def rag_key(text: str) -> dict[str, tuple[str, int, int]]:
    """Colour or status word (lower case, its spacing aside) → (what the key says it means, start, end of that entry
    in `text`), read from a line that opens as a key ('Key: …', 'RAG key – …'; on a line opening with its word 'key',
    'Status key: On track – actions progressing to timescale; …', a status word of lexicons/status.json
    'status_words' is an entry too) or that is one colour's entry alone ('Blue = completed'), never from prose ('Cllr
    Green: welcomed …', 'Green: 14 of the 20 actions are complete', 'Complete: the protocol was agreed'); the first
    entry for a colour or word counts."""
    rule = load_json(LAYOUT)["rag_key"]
    colours = "|".join(rule["colours"])
    words = sorted(load_json(LEXICON)["status_words"], key=len, reverse=True)  # 'not on track' before 'on track'
    terms = "|".join([colours, *(r"\s+".join(map(re.escape, w.split())) for w in words)])
    entry = re.compile(rule["entry"].replace("COLOURS", colours), re.IGNORECASE)
    keyed = re.compile(rule["entry"].replace("COLOURS", terms), re.IGNORECASE)  # a key line's: colours and status words
    opening, terms_line = re.compile(rule["key_line"], re.IGNORECASE), re.compile(rule["terms_line"])
    key: dict[str, tuple[str, int, int]] = {}
    at = 0
    for line in text.splitlines(keepends=True):
        entries = list((keyed if terms_line.match(line) else entry).finditer(line))
        alone = len(entries) == 1 and not line[: entries[0].start()].strip() and not line[entries[0].end() :].strip(" .;\n")
        if entries and (opening.match(line) or alone):
            for match in entries:
                meaning = match.group("meaning").strip().rstrip(".")
                if not re.search(r"\d", meaning):  # a count ('14 of the 20') is a summary, not what a colour means
                    term = " ".join(match.group("colour").split()).lower()
                    key.setdefault(term, (meaning, at + match.start(), at + match.end()))
        at += len(line)
    return key


def colour_means(doc: Document, key: dict[str, tuple[str, int, int]], cell: str) -> tuple[str, Span] | None:
    """(meaning, the key entry's span) for a cell that holds only a colour the key explains; else None."""
    colour = " ".join(cell.split()).lower().rstrip(".")
    found = key.get(colour)
    if found is None or colour not in {c.casefold() for c in load_json(LAYOUT)["rag_key"]["colours"]}:
        return None
    meaning, start, end = found
    return meaning, doc.span(start, end)


def rating_means(doc: Document, key: dict[str, tuple[str, int, int]], cell: str) -> tuple[str, Span | None, bool] | None:
    """What a rating cell says the row's work is, the key entry's span that says it, and whether a status word says
    it: a colour by the paper's own key; a status word ('On track', 'Ongoing', 'In progress': lexicons/status.json
    'status_words') with what the key says of it ('On track – actions progressing to timescale') or, with no key
    entry for it, by itself (no span); else None (a colour no key explains says nothing: the row's words decide)."""
    read = colour_means(doc, key, cell)
    if read is not None:
        return read[0], read[1], False
    word = " ".join(re.sub(r"[^\w\s-]", " ", cell.replace("\u2019", "'")).split()).casefold()
    colours = {c.casefold() for c in load_json(LAYOUT)["rag_key"]["colours"]}
    if word in colours or word not in load_json(LEXICON)["status_words"]:
        return None
    said = " ".join(cell.split()).rstrip(".")
    if word in key:
        meaning, start, end = key[word]
        return f"{said} – {meaning}", doc.span(start, end), True
    return said, None, True


def unguessed_done(cell: str, words: str) -> bool:
    """Is `cell` a bare colour no key explains and no status word reads ('Green', 'Blue': councils' keys read them
    differently, lexicons/status.json 'status_words' guesses only 'Red' and 'Amber') beside words saying the work is
    done ('Complete.', 'Action complete.')? Then the colour does not contradict the words, and the words decide."""
    from findings.status.cues import denies_done, progress_of

    colour = " ".join(cell.split()).casefold().rstrip(".")
    colours = {c.casefold() for c in load_json(LAYOUT)["rag_key"]["colours"]}
    if colour not in colours or colour in load_json(LEXICON)["status_words"]:
        return False
    return progress_of(words) == "Done" and not denies_done(words)


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
