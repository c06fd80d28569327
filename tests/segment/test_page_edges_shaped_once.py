"""The lines at a paged document's page edges are compared by their shape (digits as '#'), each line's shape worked out
once: the edges are compared again on each round that peels furniture stacked there off."""

from __future__ import annotations

from findings.segment import running
from findings.segment.running import running_lines

FURNITURE = ("Inspection of Anytown children's services", "Page", "Ofsted report footer")
WORDS = ["Planning", "Supervision", "Oversight", "Permanence", "Advocacy", "Sufficiency", "Assessment", "Review", "Transition"]


def _report(pages: int) -> tuple[str, list[int]]:
    parts, starts, at = [], [], 0
    for n in range(1, pages + 1):
        own = "\n".join(f"{WORDS[(n * 7 + k) % len(WORDS)]} is what line {'abcdefghij'[k]} of this page says." for k in range(10))
        page = f"Inspection of Anytown children's services\nPage {n} of {pages}\n{own}\nOfsted report footer"
        starts.append(at)
        parts.append(page)
        at += len(page) + len("\n\f\n")
    return "\n\f\n".join(parts), starts


class _Counted:
    """The digits' pattern, counting the texts it is asked to shape."""

    def __init__(self, pattern, asked: list[str]) -> None:
        self.pattern, self.asked = pattern, asked

    def sub(self, repl: str, text: str) -> str:
        self.asked.append(text)
        return self.pattern.sub(repl, text)


def test_each_lines_shape_is_worked_out_once_and_the_furniture_found(monkeypatch):
    text, starts = _report(6)
    asked: list[str] = []
    monkeypatch.setattr(running, "_DIGITS", _Counted(running._DIGITS, asked))
    getattr(running._shape, "cache_clear", lambda: None)()
    found = running_lines(text, starts)
    assert asked and len(asked) == len(set(asked))  # once a text, over every peel
    lines = {start: text[start : text.find("\n", start) if "\n" in text[start:] else len(text)] for start in found}
    assert sorted(lines.values()) == sorted(f for f in [FURNITURE[0], FURNITURE[2]] * 6) + sorted(
        f"Page {n} of 6" for n in range(1, 7)
    )
