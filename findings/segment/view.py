"""A repaired reading of some lines with an offset map back into the original text."""

from __future__ import annotations

from dataclasses import dataclass

from findings.segment.lines import Line


@dataclass(frozen=True)
class View:
    """`text` is derived; `offsets[i]` is the document offset of text[i] (joins map to the break they replace)."""

    text: str
    offsets: tuple[int, ...]

    def source_range(self, i: int, j: int) -> tuple[int, int]:
        """Document [start, end) covering view text[i:j] (j > i)."""
        return self.offsets[i], self.offsets[j - 1] + 1


def unwrap(lines: list[Line]) -> View:
    """Join wrapped lines into one string: a space between lines, none after a trailing hyphen (kept).

    >>> from findings.segment.lines import split_lines
    >>> unwrap(split_lines("pre-\\nproceedings work\\n  is started")).text
    'pre-proceedings work is started'
    """
    chars: list[str] = []
    offsets: list[int] = []
    for line in lines:
        if line.blank:
            continue
        body = line.stripped
        first = line.content_start
        if chars:
            if chars[-1] == "-" and body[:1].islower():
                pass  # hyphenated wrap: join without a space, keep the hyphen
            else:
                chars.append(" ")
                offsets.append(offsets[-1] + 1)
        chars.extend(body)
        offsets.extend(range(first, first + len(body)))
    return View("".join(chars), tuple(offsets))
