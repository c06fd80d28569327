"""Action plans written as prose, a section a recommendation: its heading, Ofsted's words, 'What we will do' (each
bullet an action), 'Who is responsible:', 'By when:' and 'How we will know …:' → the inspection's recommendation and
the plan's actions, each with its lead, due date and intended outcome. The layout is data (labelled_plan_layout.json)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from findings.extract.dates import heading_date, parse_due
from findings.extract.lexicons import load_json, regex
from findings.extract.mentioned import register_mentioned, speaks_of_an_inspection
from findings.extract.per_action import own_pieces
from findings.extract.spans import joined_spans, pieces_text
from findings.extract.visits import letter_numbers, paper_list, visit_kind
from findings.model import Action, Document, Extraction, Recommendation
from findings.segment.lines import Line, split_lines

LAYOUT = "labelled_plan_layout.json"
Pieces = list[tuple[int, int]]


@dataclass
class _Section:
    number: str
    quote: Pieces = field(default_factory=list)
    actions: list[Pieces] = field(default_factory=list)
    numbers: list[str | None] = field(default_factory=list)  # each action's own number under the section ('1.2' → '2')
    parts: dict[str, Pieces] = field(default_factory=dict)  # lead, due, outcome: their words' pieces
    owned: dict[int, dict[str, Pieces]] = field(default_factory=dict)  # an 'Action 1.2:' line's parts, labelled below it


def plan_sections(text: str) -> list[tuple[int, int]]:
    """Where the plan's sections stand in `text` (start, end): none when it is no plan of this layout."""
    return [(lines[0].start, lines[-1].end) for lines, _ in _sections(text)]


@lru_cache(maxsize=2)  # read once per document: by this reader, then by the progress report's, which leaves them out
def _sections(text: str) -> list[tuple[list[Line], _Section]]:
    """Each section's lines and what they hold; none unless 'minimum_sections' are found and one has actions, or one
    section is found whose every action is a labelled 'Action n.n:' line with its own 'one_section_labels' below it
    (a lead, a due date: a plan's, never a progress paper's update)."""
    lines = _body(text)
    heading = regex(LAYOUT, "heading")
    starts = [i for i, line in enumerate(lines) if heading.match(line.text)]
    if not starts:
        return []
    found = [(lines[a:b], _section(text, lines[a:b])) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    if len(found) < load_json(LAYOUT)["minimum_sections"] and not all(_labelled_actions(s) for _, s in found):
        return []
    return found if any(section.actions for _, section in found) else []


def _labelled_actions(section: _Section) -> bool:
    """Is every action of `section` an 'Action n.n:' line of its own with its own lead or due date labelled below it?"""
    labels = load_json(LAYOUT)["one_section_labels"]
    return bool(section.actions) and all(
        any(kind in section.owned.get(n, {}) for kind in labels) for n in range(len(section.actions))
    )


def extract_labelled_plan(doc: Document, out: Extraction) -> bool:
    """Add the plan's recommendations and actions to `out`; False when `doc` is no plan of this layout."""
    found = _sections(doc.text)
    if not found:
        return False
    sections = [section for _, section in found]
    opening = found[0][0][0].start
    key = register_mentioned(doc, out, 0, opening, undated=speaks_of_an_inspection(doc.text[:opening]))
    if key is None:
        return False
    if visit_kind(out.assessments[key].framework) is not None:  # a letter numbers its lists' items as one run
        numbers = letter_numbers([(lines[0].text, int(section.number)) for lines, section in found])
        sections = [replace(s, number=str(numbers[(paper_list(ln[0].text), int(s.number))])) for ln, s in found]  # the
        # sections are kept for the progress report's reader: copies renumbered, not they
        named = out.lists_named.setdefault(key, {})
        named.update({str(new): (which, n) for (which, n), new in numbers.items() if which is not None})
    for section in sections:
        _add(doc, out, key, section)
    if doc.date is None:  # the plan's own date, when its opening gives one ('Version 1.1 – 11 March 2022')
        doc.date = heading_date(doc.text)
    return True


def _body(text: str) -> list[Line]:
    """The paper's lines without page numbers and running lines (a short line printed the same on several pages)."""
    page = regex(LAYOUT, "page_number")
    labels = [re.compile(pattern) for pattern in load_json(LAYOUT)["labels"].values()]
    lines = [line for line in split_lines(text) if line.text.strip()]
    seen = Counter(" ".join(line.text.split()) for line in lines)

    def running(line: Line) -> bool:  # 'What we will do' repeats in every section, and is no running line
        return seen[" ".join(line.text.split())] > 1 and len(line.text) < 150 and not any(p.match(line.text) for p in labels)

    return [line for line in lines if not page.match(line.text) and not running(line)]


def _section(text: str, lines: list[Line]) -> _Section:
    """A section's quote, actions and labelled parts, as (start, end) pieces of its lines."""
    layout = load_json(LAYOUT)
    labels = {kind: re.compile(pattern) for kind, pattern in layout["labels"].items()}
    bullet, quote = regex(LAYOUT, "bullet"), regex(LAYOUT, "quote")
    heading = regex(LAYOUT, "heading").match(lines[0].text)
    assert heading is not None
    section = _Section(heading["n"])
    titled = [(lines[0].start + heading.start("text"), lines[0].start + heading.end("text"))] if heading["text"] else []
    current: str | None = None
    labelled: int | None = None  # the action whose own 'Action n.n:' line the labels below follow
    for line in lines[1:]:
        label = next(((kind, m) for kind, m in ((k, p.match(line.text)) for k, p in labels.items()) if m), None)
        if label:
            current, match = label
            if current == "action" and match.groupdict().get("n"):  # 'Action 1.2: …' opens an action, numbered its own
                section.actions.append([])
                section.numbers.append(match["n"])
                labelled = len(section.actions) - 1
            elif current == "action":  # 'What we will do' over bullets: the parts below are the section's, for all
                labelled = None
            if match["rest"] and (words := match["rest"].strip()):  # the label's words on its line ('By when: 30 June 2022')
                at = line.start + match.start("rest") + match["rest"].index(words)
                _put(section, current, (at, at + len(words)), text, bullet, labelled)
            continue
        if current is None and not section.quote and quote.match(" ".join(_quoted_lines(lines, line))):
            section.quote = _quote_pieces(text, lines, line)
            continue
        if current is not None:
            _put(section, current, (line.content_start, line.content_end), text, bullet, labelled)
        elif titled and not section.quote:  # the heading's words run on to the lines below, up to the first label
            titled.append((line.content_start, line.content_end))
    if not section.quote:  # Ofsted's words after the heading's colon ('Recommendation 1: The consistency of …')
        section.quote = titled
    kept = [i for i, pieces in enumerate(section.actions) if pieces]
    section.actions, section.numbers = [section.actions[i] for i in kept], [section.numbers[i] for i in kept]
    section.owned = {new: section.owned[old] for new, old in enumerate(kept) if old in section.owned}
    return section


def _quoted_lines(lines: list[Line], first: Line) -> list[str]:
    """The words of a quote that opens on `first` and may run over the lines below, up to its closing mark."""
    at = lines.index(first)
    taken = []
    for line in lines[at : at + 8]:
        taken.append(line.text.strip())
        if re.search(r"[”\"]\.?\s*$", line.text) and len(" ".join(taken)) > 12:
            break
    return taken


def _quote_pieces(text: str, lines: list[Line], first: Line) -> Pieces:
    """The quote's words, without its marks, as pieces of the lines it runs over."""
    opening = re.search(r"[“\"]", first.text)
    start = first.start + (opening.end() if opening else 0)
    pieces, at = [], lines.index(first)
    for line in lines[at : at + 8]:
        a = max(start, line.content_start)
        close = re.search(r"[”\"]\.?\s*$", text[a : line.content_end])
        pieces.append((a, a + close.start() if close else line.content_end))
        if close:
            break
    return pieces


def _put(section: _Section, kind: str, piece: tuple[int, int], text: str, bullet: re.Pattern[str], labelled: int | None) -> None:
    """A line's words under the label `kind`: a bullet opens an action; any other line continues the last part (and,
    below an 'Action n.n:' line, is that action's own part too)."""
    if kind == "action":
        line = text[piece[0] : piece[1]]
        if opened := bullet.match(line):
            section.actions.append([(piece[0] + opened.start("text"), piece[1])])
            section.numbers.append(opened.groupdict().get("n"))
        elif section.actions:
            section.actions[-1].append(piece)
        else:
            section.actions.append([piece])
            section.numbers.append(None)
    else:
        section.parts.setdefault(kind, []).append(piece)
        if labelled is not None:
            section.owned.setdefault(labelled, {}).setdefault(kind, []).append(piece)


def _add(doc: Document, out: Extraction, key: str, section: _Section) -> None:
    """The section's recommendation (Ofsted's words, when quoted) and its actions, numbered n.1, n.2 … in order, or
    by the plan's own numbers when it numbers every action of the section, each once ('1.1', '1.3')."""
    text = doc.text
    if section.quote:
        quote = pieces_text(text, section.quote)
        out.recommendations.append(Recommendation(key, section.number, quote, joined_spans(doc, section.quote)))
    own = section.numbers if None not in section.numbers and len(set(section.numbers)) == len(section.numbers) else []
    ids = [f"{section.number}.{own[n] if own else n + 1}" for n in range(len(section.actions))]
    mine = {kind: own_pieces(text, pieces, ids) for kind, pieces in section.parts.items()}  # 'Ms A (1.1); Mr B (1.2)'
    for kind in section.parts:  # each 'Action n.n:' block with its own 'Lead:' / 'Due by:' lines
        if all(kind in section.owned.get(n, {}) for n in range(len(ids))):
            mine[kind] = {identifier: section.owned[n][kind] for n, identifier in enumerate(ids)}
    for identifier, pieces in zip(ids, section.actions, strict=True):
        parts = {kind: _own(section.parts[kind], mine[kind], identifier) for kind in section.parts}
        lead, due, outcome = (pieces_text(text, parts[k]) if parts.get(k) else None for k in ("lead", "due", "outcome"))
        labelled = [span for kind in ("lead", "due", "outcome") for span in joined_spans(doc, parts.get(kind, []))]
        spans = joined_spans(doc, pieces) + labelled
        out.actions.append(
            Action(
                key,
                identifier,
                section.number,
                pieces_text(text, pieces),
                spans,
                lead=lead,
                timescale=due,
                due_by=parse_due(due) if due else None,
                outcome=outcome,
            )
        )


def _own(shared: Pieces, mine: dict[str, Pieces] | None, identifier: str) -> Pieces:
    """An action's part of a label: its own when the label names each action's, else the label's words for all."""
    return shared if mine is None else mine.get(identifier, [])
