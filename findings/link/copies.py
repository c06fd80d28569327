"""Copies of one report that list its recommendations differently: one reading kept, the other copies' items joined
to it by their words.

A council may keep a report's PDF beside its web page or a saved text of it; each copy's list is read on its own, and
one copy's list may be read wrongly (two items whose bullets were drawn as pictures read as one, a stale web copy, a
scan). Items are otherwise joined across documents by their number (findings/link/same.py), so a list read one item
short renumbers every item after the slip, and two texts and two due dates would land on one recommendation. Where the
copies' lists disagree (items numbered alike whose words differ, or numbers one copy has and another not), the copy
whose items each stand word for word within one item of the other copies is kept, unless another copy's list holds
each of its items word for word and items it has nowhere (the fuller reading is kept then), and the other copies'
items join it only where their words are an item's own; the build says so (a note on stderr naming the inspection and the copies).
"""

from __future__ import annotations

import re

from findings.extract.visits import first_hand
from findings.link.same import THRESHOLD, similarity
from findings.link.themes import unhyphenated
from findings.model import Extraction, Recommendation

_WORD = re.compile(r"[a-z0-9]+")


def one_reading(out: Extraction) -> list[str]:
    """Where copies of one inspection's report list its recommendations differently, keep one copy's reading (in
    place): the other copies' items that state one of its items word for word take that item's number, the rest are
    left out; one note each such inspection, naming it and the copies."""
    reports = {d.sha256 for d in out.documents if first_hand(d.kinds)}
    paths = {d.sha256: d.path for d in out.documents}
    lists: dict[str, dict[str, list[Recommendation]]] = {}  # assessment → copy → its items, in reading order
    for rec in out.recommendations:
        docs = {s.doc for s in rec.spans}
        if rec.kind == "Recommendation" and rec.text and len(docs) == 1 and (doc := next(iter(docs))) in reports:
            lists.setdefault(rec.assessment, {}).setdefault(doc, []).append(rec)
    left_out: set[int] = set()
    notes: list[str] = []
    for assessment, copies in sorted(lists.items()):
        if len(copies) < 2 or not _disagree(copies):
            continue
        kept = max(sorted(copies, key=lambda doc: paths.get(doc, doc)), key=lambda doc: _fit(doc, copies))
        kept = _fuller(kept, copies, paths)
        own = {tuple(_words(rec.text)): rec.identifier for rec in copies[kept]}
        dropped = []
        for doc, items in sorted(copies.items(), key=lambda c: paths.get(c[0], c[0])):
            if doc == kept:
                continue
            for rec in items:
                if (number := own.get(tuple(_words(rec.text)))) is not None:
                    rec.identifier = number  # the kept copy's item, word for word: one node, a span in each copy
                else:
                    left_out.add(id(rec))
                    dropped.append(paths.get(doc, doc))
        counts = "; ".join(
            f"{paths.get(doc, doc)}: {len(items)} items"
            for doc, items in sorted(copies.items(), key=lambda c: paths.get(c[0], c[0]))
        )
        apart = f", and left out {len(dropped)} item(s) of {', '.join(sorted(set(dropped)))}" if dropped else ""
        notes.append(
            f"{assessment}: the copies of its report list its recommendations differently ({counts}); kept "
            f"{paths.get(kept, kept)}'s reading{apart}{' that state none of its items word for word' if dropped else ''}"
        )
    if left_out:
        out.recommendations = [rec for rec in out.recommendations if id(rec) not in left_out]
    return notes


def _disagree(copies: dict[str, list[Recommendation]]) -> bool:
    """Do the copies' lists disagree: numbers one copy gives and another not, or items numbered alike whose words
    are not one item's (findings/link/same.py's similarity below its threshold: two nodes would share a number)?"""
    numbered = [{rec.identifier: rec.text for rec in items} for items in copies.values()]
    first = numbered[0]
    for other in numbered[1:]:
        if set(other) != set(first):
            return True
        if any(similarity(first[n], other[n]) < THRESHOLD for n in first):
            return True
    return False


def _fit(doc: str, copies: dict[str, list[Recommendation]]) -> tuple[float, int]:
    """How well a copy's reading fits the other copies' words: the share of its items that stand word for word within
    one item of each other copy (an item read as two joined stands within none), then how many items it reads."""
    items = [_words(rec.text) for rec in copies[doc]]
    found = 0
    for other, theirs in copies.items():
        if other == doc:
            continue
        texts = [" " + " ".join(_words(rec.text)) + " " for rec in theirs]
        found += sum(any(" " + " ".join(item) + " " in text for text in texts) for item in items)
    return found / (len(items) * (len(copies) - 1)), len(items)


def _fuller(kept: str, copies: dict[str, list[Recommendation]], paths: dict[str, str]) -> str:
    """The copy to keep instead of `kept` where one reads more: each of the kept copy's items stands word for word
    within one of its items, and it states items the kept copy has nowhere (neither within nor around one of its
    items: a page's foot ended the kept copy's list, or the copy is an extract). A copy that read two items as one
    covers no such item (each of the other copy's items stands within one of its own) and stays left out."""
    mine = [_joined(rec.text) for rec in copies[kept]]
    best = kept
    for doc in sorted(copies, key=lambda d: paths.get(d, d)):
        theirs = [_joined(rec.text) for rec in copies[doc]]
        covers = all(any(item in text for text in theirs) for item in mine)
        more = any(not any(text in item or item in text for item in mine) for text in theirs)
        if doc != kept and covers and more and len(theirs) > len(copies[best]):
            best = doc
    return best


def _joined(text: str) -> str:
    """The item's words as one string with a space at either end, for finding one item's words within another's."""
    return " " + " ".join(_words(text)) + " "


def _words(text: str) -> list[str]:
    """The item's words in order, lower case, a word with or without its hyphen one, quotes alike."""
    return _WORD.findall(unhyphenated(text.lower().replace("’", "'")))
