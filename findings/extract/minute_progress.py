"""Minutes: what an item on an inspection's plan records of each action it names ('action 1.1, the relaunch of the
supervision policy, has been completed'; 'The refresh of the strategy (action 4.2) has been re-planned from 31 March
2025 to 30 September 2025') becomes a progress update on that action, dated at the meeting, as a progress report's
per-action paragraph does (findings.extract.progress_report).

Only the minutes' own account of such an item is read: from its heading (minutes_layout.json 'item_number',
'minute_reference') to its RESOLVED line, when its title or opening paragraph speaks of a plan ('plan_item') and the
inspection the plan answers is found as the other papers find it (findings.extract.mentioned). A statement runs from
a sentence naming one action by number (lexicons/ordinals.json 'action_named') to the next sentence naming another;
a sentence naming several ('actions 1.1 and 1.2') is said of none of them alone, so it and what follows are left.
"""

from __future__ import annotations

import re
from datetime import date

from findings.extract.lexicons import load_json, regex
from findings.extract.mentioned import register_mentioned
from findings.extract.spans import joined_spans
from findings.model import Document, Extraction, ProgressUpdate
from findings.segment.lines import Line, split_lines

LAYOUT = "minutes_layout.json"
ORDINALS = "lexicons/ordinals.json"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[(‘“\"]?[A-Z])")


def minute_progress(doc: Document, out: Extraction, start: int, end: int, when: date | None) -> int:
    """Add the progress on a plan's actions that the minutes in doc.text[start:end] record; returns how many."""
    added = 0
    for ref, heading, account in _items(doc.text, start, end):
        statements = action_statements(doc.text, account) if account and _on_a_plan(doc.text, heading, account) else []
        if not statements:
            continue  # an item on a plan naming no action says nothing of one: no inspection is registered for it
        key = register_mentioned(doc, out, heading.start, account[-1].end)  # a dated inspection only: an undated
        if key is None:  # one would be given the council's latest, whatever the plan answers
            continue
        item = re.sub(r"[^\w.]+", "-", ref).strip("-.")
        for n, (action, pieces) in enumerate(statements, start=1):
            text = " ".join(" ".join(doc.text[s:e] for s, e in pieces).split())
            spans = joined_spans(doc, pieces)
            source = f"minutes-{doc.sha256[:8]}-m{item}-{n}"
            out.updates.append(ProgressUpdate(key, action, when, text, spans, source))
            added += 1
    return added


def _items(text: str, start: int, end: int) -> list[tuple[str, Line, list[Line]]]:
    """Each item of the minutes: its reference, its heading line and the lines of its account, up to its RESOLVED
    line or the next item's heading."""
    heading_res = [regex(LAYOUT, "item_number"), regex(LAYOUT, "minute_reference")]
    resolved = regex(LAYOUT, "resolved")
    found: list[tuple[str, Line, list[Line]]] = []
    open_item: tuple[str, Line, list[Line]] | None = None
    for line in split_lines(text, start, end):
        words = line.text.strip().strip("*").strip()
        heading = next((m for r in heading_res if (m := r.match(words))), None)
        if heading:
            open_item = (heading.group("ref"), line, [])
            found.append(open_item)
        elif resolved.match(words):
            open_item = None
        elif open_item is not None:
            open_item[2].append(line)
    return [(ref, heading, [ln for ln in lines if not ln.blank]) for ref, heading, lines in found]


def _on_a_plan(text: str, heading: Line, account: list[Line]) -> bool:
    """Does the item's title, or the paragraph opening its account, speak of a plan ('IMPROVEMENT PLAN – PROGRESS
    UPDATE', 'an update on the post-inspection improvement plan')?"""
    plan, other = regex(LAYOUT, "plan_item"), regex(LAYOUT, "other_plan_item")
    opening = f"{heading.text}\n{account[0].text}"
    return bool(plan.search(opening)) and not other.search(opening)  # not a SEND or youth justice plan's actions


def _paragraphs(text: str, account: list[Line]) -> list[list[tuple[int, int]]]:
    """The account's paragraphs, each as the (start, end) of its lines' words: a bulleted or numbered line, or one
    after a blank line, opens one; a line without either continues the one before (a wrapped line)."""
    bullet, numbered = regex(LAYOUT, "bullet"), regex(LAYOUT, "numbered")
    paragraphs: list[list[tuple[int, int]]] = []
    previous: Line | None = None
    for line in account:
        words = line.text.strip()
        marker = bullet.match(words) or numbered.match(words)
        start = line.content_start + (words.find(marker.group("text")) if marker and marker.group("text") else 0)
        after_blank = previous is None or text.count("\n", previous.end, line.start) >= 2
        if marker or after_blank or not paragraphs:
            paragraphs.append([(start, line.content_end)])
        else:
            paragraphs[-1].append((line.content_start, line.content_end))
        previous = line
    return paragraphs


def action_statements(text: str, account: list[Line], lead_in: bool = True) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each statement on one action: (the action's number, the (start, end) pieces of its words). Sentences naming
    nothing before a paragraph's first naming one open its statement, and those after one continue it (unless not
    `lead_in`: in a progress report's paragraph on a recommendation, only the sentence naming the action is on it)."""
    found: list[tuple[str, list[tuple[int, int]]]] = []
    for pieces in _paragraphs(text, account):
        current: str | None = None
        lead: int | None = pieces[0][0] if lead_in else None  # where a statement opening the paragraph would begin
        spans: list[list] = []  # [action, start, end]
        for s, e in _sentences(text, pieces):
            named = _actions_named(text[s:e])
            if len(named) > 1:
                current, lead = None, None  # said of several at once: of none alone
            elif named and named[0] != current:
                current = named[0]
                spans.append([current, s if lead is None else lead, e])
                lead = None
            elif current is not None and lead_in:
                spans[-1][2] = e
        found += [(action, _within(s, e, pieces)) for action, s, e in spans]
    return found


def _sentences(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a paragraph, as (start, end) in the document text."""
    start, end = pieces[0][0], pieces[-1][1]
    out, at = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return out


def _within(s: int, e: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The statement's [s, e) cut to the paragraph's lines, so no bullet or line break's spaces are in a span."""
    return [(max(a, s), min(b, e)) for a, b in pieces if a < e and b > s]


def _actions_named(sentence: str) -> list[str]:
    """The actions a sentence names by number ('action 1.1', '(action 4.2)', 'action 3b' is 3.2); a plural
    ('actions 1.1 and 1.2') names at least two."""
    lexicon = load_json(ORDINALS)
    named = []
    for m in re.finditer(lexicon["action_named"]["pattern"], sentence):
        action = f"{m['rec']}.{m['n']}" if m["rec"] else f"{m['lrec']}.{ord(m['sub']) - 96}"
        if action not in named:
            named.append(action)
    if re.search(lexicon["action_named"]["several"], sentence):
        named += ["", ""]
    return named
