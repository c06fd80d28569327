"""A grade phrase printed with a slip ('Rquires improvement to be good', tester helper-335): read as the phrase it
misspells, or as no grade where too much of it is wrong, never as its last word ('… to be' + 'good')."""

from __future__ import annotations

BROKEN = ""  # the answer for a longer phrase broken past reading: no grade


def longer_phrase(words: list[str], phrase: str, phrases: tuple[str, ...], rules: dict) -> str | None:
    """The longer grade phrase that the text's last words (`words`, folded, ending with `phrase`) misspell, where every
    word that differs is a slip of its own (at most `rules['edits']` edits in all, each of a word of `shortest_word`
    letters or more); BROKEN where they end with `broken_words` or more of its words before `phrase` but are none of
    it ('needs improvement to be good'); None where no longer phrase ends so (most lines)."""
    for longer in phrases:
        if len(longer) <= len(phrase) or not longer.endswith(" " + phrase):
            continue
        own = longer.split()
        if len(words) < len(own):
            continue
        given = words[-len(own) :]
        edits = [_edits(a, b, rules["edits"]) if a != b else 0 for a, b in zip(given, own, strict=True)]
        slips = [(n, e) for n, e in enumerate(edits) if e]
        if slips and sum(e for _, e in slips) <= rules["edits"] and all(len(own[n]) >= rules["shortest_word"] for n, _ in slips):
            return longer
        kept = len(own) - len(phrase.split())  # the longer phrase's words before `phrase`, matched from its end back
        same = next((k for k in range(kept) if given[kept - 1 - k] != own[kept - 1 - k]), kept)
        if same >= rules["broken_words"]:
            return BROKEN
    return None


def _edits(a: str, b: str, most: int) -> int:
    """The edits (insert, delete, change) that turn `a` into `b`, or `most` + 1 where that is more than `most`."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > most:
            return most + 1
    return min(row[-1], most + 1)
