"""A report whose body numbers no paragraph (a council's web copy of an inspection report, its sections' prose under
their graded headings): that prose read as passages, each section's heading its scope, so that what a later report
says of an earlier ask is read as in a report that numbers its paragraphs (black-box tester helper-305: an HTML
report's findings were its summary only, and an earlier recommendation it praised stayed open)."""

from __future__ import annotations

from findings.extract.lexicons import Prefiltered
from findings.extract.list_lines import graded_section
from findings.extract.statements import NUMBERED, Passage
from findings.model import Extraction
from findings.segment.lines import Line

_HEADING_WORDS = 12  # words: a heading over a section's prose is short and ends no sentence


def unnumbered_body(lines: list[Line], key: str, out: Extraction, back: Prefiltered) -> list[Passage]:
    """The passages of the report's prose after its list of what needs to improve, down to its back matter: a
    paragraph each (a line a paragraph in a web page's text; lines run on to a blank line or a heading in a PDF's),
    under its section's heading ('The experiences and progress of children in care and care leavers: good' →
    scope 'The experiences and progress of children in care and care leavers'). None where the report numbers a
    paragraph there (its numbered paragraphs are read as they are) or holds no such list."""
    listed = [s.end for r in out.recommendations if r.assessment == key for s in r.spans]
    if not listed:
        return []
    body = [line for line in lines if line.start >= max(listed)]
    if any(NUMBERED.match(line.text) for line in body):
        return []
    passages: list[Passage] = []
    heading: str | None = None
    current: list[Line] = []

    def close() -> None:
        if current:
            passages.append(Passage(f"body{len(passages) + 1}", list(current), None, heading))
            current.clear()

    for line in body:
        text = line.stripped
        if back.search(text):
            break
        if not text:
            close()
        elif graded_section(text) or _heading(text):
            close()
            heading = text.rpartition(":")[0].strip() if graded_section(text) else text
        else:
            current.append(line)
            if text.endswith((".", "!", "?")) and line is not body[-1]:
                close()  # a web page's paragraph is a line; a PDF's sentence ending a line may end its paragraph
    close()
    return passages


def _heading(text: str) -> bool:
    """A short capitalised line that ends no sentence: a section's heading ('Leadership and management')."""
    return text[:1].isupper() and len(text.split()) <= _HEADING_WORDS and not text.endswith((".", "!", "?", ",", ";", ":"))
