"""The footnote marks' patterns search from a newline or a digit, not from every character: the same marks as the
patterns that look behind first (segment/footnotes.py), on crafted and random texts."""

from __future__ import annotations

import random
import re

from findings.segment.footnotes import _RUN_IN, _alone

_ALONE_BEHIND = re.compile(r"(?<=[A-Za-z)\]])[ \t]*\n[ \t]*(?P<n>\d{1,2})[ \t]*(?=\n[ \t]*\S)")
_RUN_IN_BEHIND = re.compile(r"(?:(?<=[a-z]{3})|(?<=[A-Za-z]\))|(?<=[A-Za-z]\) ))(?P<n>\d{1,2})(?=[.,;:](?!\d))")


def _marks(alone, run_in) -> list[tuple[tuple[int, int], int]]:
    return [(m.span("n"), m.end()) for m in alone] + [(m.span("n"), m.end()) for m in run_in]


def _same(text: str) -> None:
    slow = _marks(_ALONE_BEHIND.finditer(text), _RUN_IN_BEHIND.finditer(text))
    assert _marks(_alone(text), _RUN_IN.finditer(text)) == slow, repr(text)


def test_crafted_marks_as_the_look_behind_patterns_find_them():
    for text in (
        "the hub (MASH)\n3\n. This means",
        "the hub \t\n 12 \n words",
        "the hub\n123\nwords",
        "1\n2\nx",
        "\n3\nx",
        "hub3, hub12. (MASH)3. (MASH) 3; x) 4: aged under 5. 1.5 abc123. ab1, abc1.2",
        "a]\n4\n\nx",
        "é\n4\nx",
        "word \t \n 7\t\n  next",
    ):
        _same(text)


def test_random_texts_give_the_same_marks():
    rng = random.Random(12)
    alphabet = "ab)] \t\n123.,;:XZ\u0663(é"
    for _ in range(20000):
        _same("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))))
