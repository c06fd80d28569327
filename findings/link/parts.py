"""An item's parts: the concerns it enumerates, split by the text's own list structure (linking.json, recurrence.parts).

'The quality of assessments, plans and pre-proceedings work' asks three things; read whole, each weighs a third of
it and an earlier item on one of them scores low against it. Read part by part, each concern keeps the head it
shares with the others ('the quality of plans'). The parts are texts to read concerns from, never nodes: no offset
is taken from them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from findings.extract.lexicons import alternation
from findings.link.themes import folded, label_texts, named_themes


def parts_of(text: str, rule: dict) -> list[str]:
    """The parts of `text` (rule: linking.json, recurrence.parts), as compared (case folded): each sentence, when
    there are several (split at `rule['clause_marks']`, and at `rule['sentence_marks']` before a capital); each
    element of a clause's list of nouns (split at commas and `rule['joins']`, never inside a theme's label that names
    one thing: 'friends and family assessments') after a head ending in one of `rule['head_ends']` ('The response to'), with that
    head, up to an element that opens with one of `rule['list_ends']` (', to reduce …'); and each element of what a
    clause says it is `rule['including']` ('…, including permanence plans'), with the clause's words up to its last
    head word, and the clause before that cue when the list names a concern it does not ('the quality of management
    oversight', of '…, including that of child protection chairs'). An item that names one thing has no parts (an
    empty list)."""
    p = _patterns(*(tuple(rule[k]) for k in _KEYS))
    clauses = [c.strip() for c in p.ends.split(text) if c.strip()]
    parts: list[str] = list(clauses) if len(clauses) > 1 else []
    for clause in clauses:
        clause = _masked(folded(clause), p.joins)
        main, included = _first(p.including, clause)
        head, elements = _listed(main, p)
        if len(elements) > 1:
            parts += [head + e for e in elements]
        if included:
            asks = named_themes(_unmasked(main))
            if len(elements) <= 1 and asks and asks != named_themes(_unmasked(clause)):
                parts.append(main)  # what the clause asks, when its examples name more
            head = head or _head(main, len(main), p)
            parts += [head + e for e in _elements(included, p)]
    whole = folded(text)
    return [_unmasked(part) for part in dict.fromkeys(parts) if part and folded(_unmasked(part)) != whole]


def without_examples(text: str, rule: dict) -> str:
    """`text` as compared (case folded) with what each clause lists after an 'including' cue (`rule['including']`)
    left out, up to the clause's end: what the item asks, not the examples it gives ('… a clear line of sight to
    practice in all key areas, including the offer of return home interviews' asks for performance management of
    the whole service)."""
    p = _patterns(*(tuple(rule[k]) for k in _KEYS))
    return re.sub(rf"{p.including.pattern}[^.;]*", "", folded(text))


_KEYS = ("clause_marks", "sentence_marks", "including", "joins", "head_ends", "list_ends", "refers_back")
_KEEP = "\u2063"  # a space inside a label, kept from splitting (no white space to a pattern)


def _masked(text: str, joins: re.Pattern[str]) -> str:
    """`text` with the spaces and commas inside every label that names one thing though it holds a join written as
    kept ones (`_one_thing`)."""
    return _one_thing(joins).sub(lambda m: m.group().replace(" ", _KEEP).replace(",", "\u201a"), text)


def _unmasked(text: str) -> str:
    return text.replace(_KEEP, " ").replace("\u201a", ",")


@cache
def _one_thing(joins: re.Pattern[str]) -> re.Pattern[str]:
    """Every label of the scheme that holds a join but names one thing ('friends and family assessments', '16 and 17
    year olds'), longest first, as a pattern over folded text; a label that lists things each a label or the last
    word of one ('assessments and plans') is split as the text's own list is."""
    labels = set(label_texts())
    nouns = labels | {label.rsplit(" ", 1)[-1] for label in labels}  # a label, or the last word of one ('plans')
    one = sorted(
        (label for label in labels if joins.search(label) and not all(e in nouns for e in _split(label, joins))),
        key=lambda s: (-len(s), s),
    )
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, one))})(?![\w-])" if one else r"(?!)")


def _split(text: str, joins: re.Pattern[str]) -> list[str]:
    return [e.strip(" ,.;:") for e in joins.split(text)]


def _first(pattern: re.Pattern[str], text: str) -> tuple[str, str]:
    """(before, after) the first match of `pattern` in `text`, or (text, '')."""
    m = pattern.search(text)
    return (text[: m.start()].strip(" ,"), text[m.end() :].strip(" ,")) if m else (text, "")


def _head(text: str, end: int, p: _Patterns) -> str:
    """The words of `text` up to its last head word before `end`, or ''."""
    heads = list(p.head_ends.finditer(text, 0, end))
    return text[: heads[-1].end()] if heads else ""


def _listed(main: str, p: _Patterns) -> tuple[str, list[str]]:
    """(head, elements) of a clause's list of nouns: none without a head word before its first join."""
    first = p.joins.search(main)
    head = _head(main, first.start(), p) if first else ""
    return (head, _elements(main[len(head) :], p)) if head else ("", [])


def _elements(text: str, p: _Patterns) -> list[str]:
    """The list's elements, up to one that opens a clause rather than names a thing, and through one that speaks of
    an element by a pronoun: what follows is said of it ('supervision, and the extent to which it challenges and
    progresses plans': plans are what supervision acts on, no element of the list)."""
    elements = []
    for element in _split(text, p.joins):
        if not element or p.list_ends.match(element):
            break
        elements.append(element)
        if p.refers_back.search(element):
            break
    return elements


class _Patterns(NamedTuple):
    """The rule's words as patterns: where a sentence ends, an 'including' cue, a join, a head word, a list's end."""

    ends: re.Pattern[str]
    including: re.Pattern[str]
    joins: re.Pattern[str]
    head_ends: re.Pattern[str]
    list_ends: re.Pattern[str]
    refers_back: re.Pattern[str]


@cache
def _patterns(
    clauses: tuple[str, ...],
    sentences: tuple[str, ...],
    including: tuple[str, ...],
    joins: tuple[str, ...],
    head_ends: tuple[str, ...],
    list_ends: tuple[str, ...],
    refers_back: tuple[str, ...],
) -> _Patterns:
    return _Patterns(
        re.compile(rf"(?:{alternation(clauses)})|(?:{alternation(sentences)})(?=\s+[A-Z])"),  # a sentence ends before a capital
        re.compile(rf"(?:,\s*)?\b(?:{alternation(including)})\b"),
        re.compile(rf"\s*,\s*(?:(?:{alternation(joins)})\s+)?|\s+(?:{alternation(joins)})\s+"),
        re.compile(rf"\b(?:{alternation(head_ends)})\s+"),
        re.compile(rf"(?:{alternation(list_ends)})\b"),
        re.compile(rf"\b(?:{alternation(refers_back)})\b" if refers_back else r"(?!)"),
    )


def objects_of(text: str, rule: dict) -> list[str]:
    """What `text` (as compared: case folded) asks to have reviewed, tracked or overseen rather than made better
    (linking.json, recurrence.asks), each the words after one of `rule['heads']` and 'of' ('the progress of child
    protection and child in need plans when reviewed', 'oversight and tracking of children's plans', 'reviews of child
    protection plans'), up to a clause's end, a comma or one of `rule['ends']` ('when', 'are', 'to')."""
    heads, ends = _asks(tuple(rule["heads"]), tuple(rule["ends"]), tuple(rule["verb_heads"]))
    folded_text = folded(text)
    objects = []
    for m in heads.finditer(folded_text):
        phrase = re.split(r"[.;,:()]", folded_text[m.end() :], maxsplit=1)[0]
        end = ends.search(phrase)
        objects.append(phrase[: end.start() if end else len(phrase)].strip())
    return [o for o in objects if o]


@cache
def _asks(heads: tuple[str, ...], ends: tuple[str, ...], verbs: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A head word (or two joined: 'oversight and tracking') and 'of', or a verb of the same ask and its object
    ('focused on progressing children's plans'); a word that ends the phrase after it."""

    by_verb = rf"|\b(?:{alternation(verbs)})\s+(?!(?:of|and|or)\b)(?:the\s+)?" if verbs else ""
    return (
        re.compile(rf"\b(?:{alternation(heads)})(?:\s+(?:and|or)\s+\w+)?\s+of\s+(?:the\s+)?{by_verb}"),
        re.compile(rf"\b(?:{alternation(ends)})\b"),
    )
