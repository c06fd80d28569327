"""Minutes and progress papers that number a report's recommendations their own way: a 2013–18 report prints its list
as paragraph numbers running on from its summary (4–7, 13–47), the council's paper says 'Recommendation 1', '2' ….
A plan that restates each recommendation is aligned by its words (findings.link.same.align_numbering); a paper that
only reports on them is aligned here, by the same two readings: Ofsted's words quoted in the update name the item they
are word for word ('Recommendation 1: “Ensure that …” – Status: complete'), and a paper whose numbers are not the
report's but run within its list's length means the N-th of that list — all of its numbers, one the report has too
among them (a paper numbers consistently: its 1–4 are the report's 4–7, and its 4 is the report's 7). A quote beats a
number; where neither settles it the number stays, and the update is left out and said as before. The thresholds are
data: extract/lexicons/linking.json, 'paper_numbering'."""

from __future__ import annotations

import re
from collections import defaultdict

from findings.extract.lexicons import load_json
from findings.link.same import similarity, words
from findings.model import ProgressUpdate, Recommendation

LEXICON = "lexicons/linking.json"
_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")  # Ofsted's words in double quotes, curly or straight


def _order(rec: Recommendation, reports: set[str]) -> tuple:
    """Where the report lists the item: its number where it is one, else where the report prints it."""
    first = min((s.doc, s.start) for s in rec.spans if s.doc in reports)
    return (0, int(rec.identifier), first) if rec.identifier.isdigit() else (1, 0, first)


def _quoted(update: ProgressUpdate, items: list[Recommendation], rule: dict) -> str | None:
    """The number of the one item a quote in the update gives word for word, clearly closer than any other."""
    for match in _QUOTED.finditer(update.text):
        said = match.group(1) or match.group(2)
        if len(words(said)) < rule["quote_minimum_words"]:
            continue
        best: dict[str, float] = {}  # a report held twice (its PDF and a text copy) lists each item twice: one score each
        for r in items:
            if r.text:
                best[r.identifier] = max(best.get(r.identifier, 0.0), similarity(said, r.text))
        scored = sorted(((score, identifier) for identifier, score in best.items()), reverse=True)
        if not scored:
            return None
        second = scored[1][0] if len(scored) > 1 else 0.0
        if scored[0][0] >= rule["quote_share"] and scored[0][0] - second >= rule["quote_margin"]:
            return scored[0][1]
    return None


def _by_position(numbers: set[str], items: list[Recommendation]) -> dict[str, str]:
    """The paper's number → the report's, for every number of the paper, where the paper numbers the list 1, 2 … and
    the report otherwise: some number of the paper's is none of the report's, every one is within the list's length,
    and the report's own numbers run without a gap (a list read whole; a gap could shift every item after it). A
    number the report has too is then the paper's own count as well: the N-th of the list."""
    mine = {r.identifier for r in items}
    if numbers <= mine or not all(n.isdigit() and 1 <= int(n) <= len(items) for n in numbers):
        return {}
    theirs = [r.identifier for r in items]
    if not all(n.isdigit() for n in theirs) or [int(n) for n in theirs] != list(
        range(int(theirs[0]), int(theirs[0]) + len(theirs))
    ):
        return {}
    return {n: theirs[int(n) - 1] for n in numbers}


def align_paper_updates(recs: list[Recommendation], updates: list[ProgressUpdate], reports: set[str]) -> None:
    """Give each update of a paper that numbers the report's list its own way the report's number, in place: by the
    quote it gives, else by position in the list (every number of a paper so read, the report's own among them); the
    updates of a paper whose numbers are all the report's, or not all within its list's length, where no quote says
    otherwise, and the papers that restate the recommendations (aligned by their words), stay as they are."""
    rule = load_json(LEXICON)["paper_numbering"]
    own: dict[str, list[Recommendation]] = defaultdict(list)
    stated: set[tuple[str, str]] = set()  # (document, assessment) of a paper restating the list: aligned by its words
    for rec in recs:
        if rec.kind == "Recommendation" and any(s.doc in reports for s in rec.spans):
            own[rec.assessment].append(rec)
        elif rec.kind == "Recommendation" and rec.text:
            stated |= {(s.doc, rec.assessment) for s in rec.spans}
    for assessment, items in own.items():  # one item per number: a report held twice lists each twice
        first: dict[str, Recommendation] = {}
        for rec in sorted(items, key=lambda r: _order(r, reports)):
            first.setdefault(rec.identifier, rec)
        own[assessment] = list(first.values())
    papers: dict[tuple[str, str], list[ProgressUpdate]] = defaultdict(list)
    for update in updates:
        doc = update.spans[0].doc if update.spans else None
        if (
            doc is not None
            and doc not in reports
            and update.about_kind == "recommendation"
            and update.assessment in own
            and update.by is None
            and update.titled is None
            and (doc, update.assessment) not in stated
        ):
            papers[(doc, update.assessment)].append(update)
    for (_, assessment), told in sorted(papers.items()):
        items = own[assessment]
        position = _by_position({u.about for u in told}, items)
        for update in told:
            update.about = _quoted(update, items, rule) or position.get(update.about, update.about)
