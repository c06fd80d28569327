"""A repaired reading of some lines with an offset map back into the original text."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from findings.segment.lines import Line

Run = tuple[int, int, int]  # (first character in the view, its offset in the document, characters): consecutive ones


class View:
    """`text` is derived; `offsets[i]` is the document offset of text[i] (joins map to the break they replace).

    The map is held as runs of characters whose offsets follow on (`runs`: a line's words and the space after them),
    not an integer a character: `unwrap` makes a view of each paragraph of every report, and most are only read as
    text, or asked where a sentence or two stand. `offsets` is made from the runs when asked for."""

    __slots__ = ("text", "runs", "_offsets", "_starts")

    def __init__(self, text: str, offsets: Sequence[int] | None = None, runs: Sequence[Run] | None = None) -> None:
        self.text = text
        self._offsets = tuple(offsets) if offsets is not None else None
        self.runs: tuple[Run, ...] = tuple(runs) if runs is not None else _runs(self._offsets or ())
        self._starts: list[int] | None = None

    @property
    def offsets(self) -> tuple[int, ...]:
        if self._offsets is None:
            self._offsets = tuple(at for _, first, n in self.runs for at in range(first, first + n))
        return self._offsets

    def offset(self, i: int) -> int:
        """The document offset of text[i]."""
        if self._offsets is not None:
            return self._offsets[i]
        start, first, _ = self.runs[self._run(i)]
        return first + i - start

    def _run(self, i: int) -> int:
        if self._starts is None:
            self._starts = [start for start, _, _ in self.runs]
        if not 0 <= i < len(self.text):
            raise IndexError(i)
        return bisect_right(self._starts, i) - 1

    def source_range(self, i: int, j: int) -> tuple[int, int]:
        """Document [start, end) covering view text[i:j] (j > i)."""
        return self.offset(i), self.offset(j - 1) + 1

    def pieces(self, i: int, j: int) -> list[list[int]]:
        """The document's [start, end) of view text[i:j], characters whose offsets follow on joined into one piece."""
        out: list[list[int]] = []
        if i >= j:
            return out
        for start, first, n in self.runs[self._run(i) :]:
            if start >= j:
                break
            low, high = first + max(i, start) - start, first + min(j, start + n) - start
            if out and out[-1][1] == low:
                out[-1][1] = high
            else:
                out.append([low, high])
        return out

    def rising(self) -> bool:
        """Whether the offsets rise strictly (lines in document order, as `unwrap` joins them)."""
        return all(first >= previous + n for (_, previous, n), (_, first, _) in pairwise(self.runs))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, View) and (self.text, self.offsets) == (other.text, other.offsets)

    __hash__ = None  # type: ignore[assignment]  (a view is compared by value, never a key)

    def __repr__(self) -> str:
        return f"View(text={self.text!r}, runs={self.runs!r})"


def _runs(offsets: Sequence[int]) -> tuple[Run, ...]:
    """Offsets given one a character, as runs of offsets that follow on."""
    runs: list[list[int]] = []
    for i, at in enumerate(offsets):
        if runs and runs[-1][1] + runs[-1][2] == at:
            runs[-1][2] += 1
        else:
            runs.append([i, at, 1])
    return tuple((start, first, n) for start, first, n in runs)


def unwrap(lines: list[Line], leave_out: Sequence[tuple[int, int]] = ()) -> View:
    """Join wrapped lines into one string: a space between lines, none after a trailing hyphen (kept).
    `leave_out`: document [start, end) ranges, in order, that are no words of the lines (a footnote's mark and the
    footnote: segment/footnotes.py); what follows one joins without a space when it is a stop or a closing bracket
    ('(MASH)' / '3' / '. This …' reads '(MASH). This …').

    >>> from findings.segment.lines import split_lines
    >>> unwrap(split_lines("pre-\\nproceedings work\\n  is started")).text
    'pre-proceedings work is started'
    """
    parts: list[str] = []
    runs: list[Run] = []
    at = 0  # characters of the view so far
    cut = False  # a range was left out since the last piece
    for line in lines:
        if line.blank:
            continue
        for first, body in _pieces(line, leave_out):
            if first is None:
                cut = True
                continue
            if parts and not (parts[-1][-1] == "-" and body[:1].islower()) and not (cut and body[:1] in _CLOSING):
                start, run_first, n = runs[-1]  # a hyphenated wrap joins without a space, keeping the hyphen; any
                runs[-1] = (start, run_first, n + 1)  # other with a space, mapped to the character after the line's
                parts.append(" ")  # last (its line break)
                at += 1
            runs.append((at, first, len(body)))
            parts.append(body)
            at += len(body)
            cut = False
    return View("".join(parts), runs=runs)


_CLOSING = tuple(".,;:)]")  # what a left-out footnote mark may stand before, joined to the word before it


def _pieces(line: Line, leave_out: Sequence[tuple[int, int]]) -> list[tuple[int | None, str]]:
    """The line's words as (document offset, text) pieces without the `leave_out` ranges, each stripped; a range left
    out is a piece (None, '')."""
    start, end = line.content_start, line.content_end
    inside = [(a, b) for a, b in leave_out if a < end and start < b]
    if not inside:
        return [(start, line.stripped)]
    out: list[tuple[int | None, str]] = []
    pos = start
    for a, b in inside:
        if a > pos:
            out.append((pos, line.text[pos - line.start : a - line.start]))
        out.append((None, ""))
        pos = max(pos, b)
    if pos < end:
        out.append((pos, line.text[pos - line.start : end - line.start]))
    stripped = []
    for first, text in out:
        if first is None:
            stripped.append((None, ""))
        elif text.strip():
            lead = len(text) - len(text.lstrip())
            stripped.append((first + lead, text.strip()))
    return stripped
