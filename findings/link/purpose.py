"""A generic concern an item names only in what its ask is for ('Management oversight of pre-proceedings work, so that
plans for children progress without delay' asks for oversight, not for better plans): such a concern, all two items
share, is no recurrence for a score to assert (linking.json, recurrence.for_its_purpose)."""

from __future__ import annotations

import re
from collections.abc import Callable

from findings.link.covers import with_general


def purpose_cues(rule: dict) -> re.Pattern[str] | None:
    """A pattern of the rule's 'cues' (whole words, any case) that open the purpose of an ask; None when it does not apply."""
    if not rule["apply"]:
        return None
    words = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(rule["cues"], key=lambda c: (-len(c), c)))
    return re.compile(rf"(?i)\b(?:{words})\b")


def the_ask(text: str, cues: re.Pattern[str]) -> str | None:
    """What an item asks, before the first cue of its purpose; None when it states none."""
    found = cues.search(text)
    return text[: found.start()] if found else None


def named_for_its_purpose(
    both: set[str],
    texts: tuple[str, str],
    concerns: Callable[[str], dict[str, float]],
    covers: dict[str, set[str]],
    generic: set[str],
    cues: re.Pattern[str],
) -> bool:
    """Do two items (their `texts`) share only `generic` practice concerns that one of them names only after a cue of
    its purpose, its ask before it naming concerns (read by `concerns`, a kind read as its general concern: `covers`)
    and none of them?"""
    if not both or not both <= generic:
        return False
    for text in texts:
        ask = the_ask(text, cues)
        if ask is None:
            continue
        named = with_general(concerns(ask), covers)
        if named and not both & named.keys():
            return True
    return False
