"""Does a page of a PDF hold a plan's table: a line reading as its heading row ('Ref Recommendation Action Lead Target
date': enough of extract/reading.json's `pdf_tables.headings`, on a short line), or rows numbered as actions with no
heading row? Told from the page's text alone, so that every other page is read as PDFium prints it (pdf_tables.py)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache


@cache
def table_settings() -> dict:
    from findings.read.walk import reading_config

    rules = reading_config()["pdf_tables"]
    phrases = sorted(rules["headings"], key=len, reverse=True)
    return {
        "heading": re.compile(r"(?i)(?<![\w])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![a-z])"),
        "lowered": _lowered(phrases),
        "families": _families([phrase.encode("ascii") for phrase in _lowered(phrases) or ()]),
        "least": int(rules["least_headings"]),
        "longest": int(rules["heading_line_chars"]),
        "window": int(rules["heading_lines"]),
        "gap": float(rules["word_gap"]),
        "loose_em": float(rules["loose_em"]),
        "baseline": float(rules["same_baseline"]),
        "row_gap": float(rules["row_gap"]),
        "end_gap": float(rules["end_gap"]),
        "tolerance": float(rules["column_tolerance"]),
        "rule_thickness": float(rules["rule_thickness"]),
        "rule_length": float(rules["rule_length"]),
        "cell_frame_most": float(rules["cell_frame_most"]),
        "cell_frames_least": int(rules["cell_frames_least"]),
        "text_gutter": float(rules["text_gutter"]),
        "text_tolerance": float(rules["text_tolerance"]),
        "space_width": float(rules["space_width"]),
        "row_number": re.compile(rules["row_number"]),
        "across": re.compile(rules["row_across"]),
        "paragraph": re.compile(rules["cell_paragraph"]),
        "split_slack": int(rules["split_word_slack"]),
        "headless_row": re.compile(rules["headless_rows"]["row"], re.M),
        "headless_number": re.compile(rules["headless_rows"]["number"]),
        "headless_least_rows": int(rules["headless_rows"]["least_rows"]),
        "headless_least_columns": int(rules["headless_rows"]["least_columns"]),
    }


def _lowered(phrases: list[str]) -> tuple[str, ...] | None:
    """The heading phrases in lower case, to pass over a line of ASCII before the pattern runs; None when a phrase is
    not ASCII (a letter outside ASCII may match an ASCII one without case: lower case would not tell)."""
    lowered = sorted({p.lower() for p in phrases})
    return tuple(lowered) if all(p.isascii() for p in lowered) else None


def _families(encoded: list[bytes]) -> list[tuple[bytes, list[tuple[int, bytes]]]]:
    """The phrases (each with its place in `encoded`) by the shortest of them each opens with: 'action' with 'actions',
    'target' with 'target date'. A page is searched once a family, for its shortest, where each of them may start."""
    families: dict[bytes, list[tuple[int, bytes]]] = {}
    for which, phrase in enumerate(encoded):
        anchor = min((other for other in encoded if phrase.startswith(other)), key=len)
        families.setdefault(anchor, []).append((which, phrase))
    return list(families.items())


def _may_hold(low: str, lowered: tuple[str, ...], least: int) -> bool:
    """Could a line of ASCII (`low`, in lower case) hold `least` heading words? Each word the pattern finds in it is
    one of `lowered` standing in it as text, so a line with fewer of them holds fewer (most lines are prose)."""
    found = 0
    for phrase in lowered:
        if phrase in low:
            found += 1
            if found >= least:
                return True
    return found >= least


def heading_line(text: str) -> bool:
    """Does one printed line read as a plan table's heading row (enough heading words, a short line)?"""
    settings = table_settings()
    if len(text) > settings["longest"]:
        return False
    lowered = settings["lowered"]
    if lowered is not None and text.isascii() and not _may_hold(text.lower(), lowered, settings["least"]):
        return False  # a line of prose told apart by a test of each phrase as text, not by the pattern: half the time
    return len({m.group().casefold() for m in settings["heading"].finditer(text)}) >= settings["least"]


def has_heading(page_text: str) -> bool:
    """Is there a plan table's heading row on a page (its text as PDFium prints it)? PDFium prints a heading row whose
    cells wrap cell by cell ('Ref Action Lead Date Measure of' / 'success' / 'RAG'), so a few lines running on are
    read together too (`heading_lines` of them at most, short as a heading row is).

    The heading words standing on the page are found once (`_heading_words`); a window of lines holding fewer than
    `least_headings` of them can hold no heading row, so the pattern runs only on one that holds enough: most pages
    are prose, and nearly every line of an inspection report holds a curly quote, which the pattern alone decided."""
    lines = page_text.split("\n")
    settings = table_settings()
    words = _heading_words(" ".join(lines), settings)  # the lines read together are this text's pieces
    least = settings["least"]
    if words is not None and len({phrase for _, _, phrase in words}) < least:
        return False
    starts = [start for start, _, _ in words] if words is not None else []
    for start, end, joined in _windows(lines, settings["window"], settings["longest"]):
        if words is not None:
            inside = words[bisect_left(starts, start) : bisect_left(starts, end)]
            if len({phrase for _, stop, phrase in inside if stop <= end}) < least:
                continue
        if heading_line(joined):
            return True
    return False


def _windows(lines: list[str], window: int, longest: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each run of up to `window` lines read together (joined by a space), no longer than
    `longest`: its place in the lines joined by a space, and its text."""
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for index in range(len(lines)):
        joined = ""
        for following in lines[index : index + window]:
            joined = f"{joined} {following}" if joined else following
            if len(joined) > longest:
                break
            yield offsets[index], offsets[index] + len(joined), joined


_FOLDED = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K: a case-blind pattern's ASCII letters match these too


def _heading_words(text: str, settings: dict) -> list[tuple[int, int, int]] | None:
    """(start, end, which phrase) of every heading phrase standing in `text` as the heading pattern would take it (at
    a word's start, no letter after it), sorted: the pattern finds no heading word in a piece of `text` that is not
    one of these. None when that cannot be told this way: a phrase not in ASCII, a letter whose lower case is not one
    character, or one a case-blind pattern folds to an ASCII letter (the pattern decides alone then)."""
    lowered = settings["lowered"]
    low = text.lower()
    if lowered is None or len(low) != len(text) or (not text.isascii() and any(c in text for c in _FOLDED)):
        return None
    plain = low.encode("ascii", "replace")  # a byte a character ('?' for any other, which no phrase holds): searched
    found = []  # as bytes, faster than the text (two bytes a character with one curly quote in it)
    size = len(text)
    for anchor, family in settings["families"]:  # where the family's shortest stands, each of it that does
        at = plain.find(anchor)
        while at >= 0:
            before = text[at - 1] if at else " "
            if not (before.isalnum() or before == "_"):
                for which, phrase in family:
                    end = at + len(phrase)
                    if plain.startswith(phrase, at) and (end == size or not 97 <= plain[end] <= 122):  # a-z after it
                        found.append((at, end, which))
            at = plain.find(anchor, at + 1)
    found.sort()
    return found


def has_headless_rows(page_text: str) -> bool:
    """Might a page hold a plan table printed with no heading row: at least `least_rows` of its lines open with an
    action's number and words ('1.2 Agree …', reading.json pdf_tables.headless_rows 'row')?"""
    settings = table_settings()
    return len(settings["headless_row"].findall(page_text)) >= settings["headless_least_rows"]
