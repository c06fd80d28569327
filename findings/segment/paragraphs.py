"""Numbered paragraphs ("12. Text …") and their extent up to the next number in sequence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from findings.segment.lines import Line

NUMBERED = re.compile(
    r"^\s*(?:[-–]\s+)?(\d{1,3})\.(?:\s+\S|(?=[A-Z‘“\"]))"
)  # '12. Text', '- 12. Text' (a list), '48.There' (a PDF lost the space)


@dataclass
class Paragraph:
    number: int
    lines: list[Line]


def numbered_paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Paragraphs opened by 'N.' where N follows the last number (or restarts at 1); other lines continue."""
    paragraphs: list[Paragraph] = []
    for line in lines:
        match = NUMBERED.match(line.text)
        if match:
            number = int(match.group(1))
            expected = paragraphs[-1].number + 1 if paragraphs else None
            if expected is None or number == expected or number == 1:
                paragraphs.append(Paragraph(number, [line]))
                continue
        if paragraphs and not line.blank:
            paragraphs[-1].lines.append(line)
    return paragraphs


DECIMAL = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.?\s+\S")  # '4.3 Recommendation 3: on track.'


def decimal_paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Paragraphs opened by 'N.M' (a committee report's '4.1', '4.2' …) or by 'N.' (a section's heading over its
    paragraphs, '3. Financial implications'), numbered 1, 2, 3 … in order of the page; other lines continue the
    paragraph before them. Empty where no line is numbered 'N.M'."""
    if not any(DECIMAL.match(line.text) for line in lines):
        return []
    paragraphs: list[Paragraph] = []
    for line in lines:
        if DECIMAL.match(line.text) or NUMBERED.match(line.text):
            paragraphs.append(Paragraph(len(paragraphs) + 1, [line]))
        elif paragraphs and not line.blank:
            paragraphs[-1].lines.append(line)
    return paragraphs
