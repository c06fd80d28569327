"""fo:supersededOn (and fo:takenBackOn) on status assessments, so "the status as of D" is a plain date filter.

An item's status on a date D is the assessment with the latest fo:asOf ≤ D; between assessments of one date the
status lexicon's precedence decides (extract/lexicons/status.json, later in the list wins). The build writes that
rule down once: each assessment gets the date from which it no longer holds — the next later date with an assessment
of the same item, or its own date when a stronger assessment of that date outranks it (so it never held). The one that
holds now has none. Then, for any D:

    ?sa fo:asOf ?from . FILTER(?from <= D)
    FILTER NOT EXISTS { ?sa fo:supersededOn ?until . FILTER(?until <= D) }

selects exactly one assessment per item raised by D. Likewise a status saying the work is done gets the day the
council's own word took it back (fo:takenBackOn), so "still done on D" is one more filter, not a search over every
later status of the item.

>>> rows = [("a", "r", "2017-08-25", "Open"), ("b", "r", "2018-03-31", "ActionPlanned"),
...         ("c", "r", "2018-03-31", "Open"), ("d", "r", "2019-02-11", "ReportedComplete")]
>>> superseded_on(rows, ["Open", "ActionPlanned", "ReportedComplete"])
{'a': '2018-03-31', 'c': '2018-03-31', 'b': '2019-02-11'}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from findings.extract.lexicons import load_json
from findings.status.cues import LEXICON

StatusRow = tuple[str, str, str, str]  # (assessment, item, as-of date in ISO form, status local name)


def precedence() -> list[str]:
    """Status local names from weakest to strongest, as the status lexicon orders them."""
    return list(load_json(LEXICON)["precedence"])


def superseded_on(rows: Iterable[StatusRow], order: list[str]) -> dict[str, str]:
    """Assessment → the ISO date it stops holding on; the assessment that holds now is absent.

    A status missing from `order` ranks below all others; equal dates and ranks fall back to the assessment's IRI.
    """
    rank = {name: i for i, name in enumerate(order)}
    by_item: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for assessment, item, as_of, status in rows:
        by_item[item].append((as_of, rank.get(status, -1), assessment))
    out: dict[str, str] = {}
    for entries in by_item.values():
        entries.sort()  # by date, then precedence, then IRI: the last of each date is the one that holds
        dates = sorted({as_of for as_of, _, _ in entries})
        following = dict(zip(dates, dates[1:], strict=False))
        for i, (as_of, _, assessment) in enumerate(entries):
            if i + 1 < len(entries) and entries[i + 1][0] == as_of:
                out[assessment] = as_of  # outranked on its own date
            elif as_of in following:
                out[assessment] = following[as_of]
    return out


def taken_back_on(rows: Iterable[StatusRow], superseded: dict[str, str], done: list[str], again: list[str]) -> dict[str, str]:
    """Assessment of a `done` status → the first day, on or after the one it stopped holding, that an `again` status
    of the same item holds (not outranked on its own day): the day the council's own word took the done back.

    >>> rows = [("a", "r", "2018-01-01", "ReportedComplete"), ("b", "r", "2019-01-01", "Recurred"),
    ...         ("c", "r", "2019-06-01", "InProgress"), ("d", "r", "2020-01-01", "ReportedComplete")]
    >>> until = superseded_on(rows, ["InProgress", "ReportedComplete", "Recurred"])
    >>> taken_back_on(rows, until, ["ReportedComplete"], ["InProgress"])
    {'a': '2019-06-01'}
    """
    wanted, reopening = set(done), set(again)
    reopened: dict[str, list[str]] = defaultdict(list)  # item → the days an `again` status holds, in order
    closed: list[tuple[str, str, str]] = []  # (assessment, item, the day it stopped holding)
    for assessment, item, as_of, status in rows:
        if status in reopening and superseded.get(assessment) != as_of:
            reopened[item].append(as_of)
        elif status in wanted and assessment in superseded:
            closed.append((assessment, item, superseded[assessment]))
    out: dict[str, str] = {}
    for assessment, item, until in closed:
        days = sorted(day for day in reopened.get(item, ()) if day >= until)
        if days:
            out[assessment] = days[0]
    return out


def dated_marks(rows: Iterable[StatusRow]) -> list[tuple[str, str, str]]:
    """(assessment, fo: property local name, ISO date) of every date the build writes on the status assessments of
    `rows`: fo:supersededOn and fo:takenBackOn (extract/lexicons/status.json: precedence, taken_back)."""
    rows = list(rows)
    until = superseded_on(rows, precedence())
    back = load_json(LEXICON)["taken_back"]
    marks = [(assessment, "supersededOn", day) for assessment, day in until.items()]
    taken = taken_back_on(rows, until, back["done"], back["again"])
    marks += [(assessment, "takenBackOn", day) for assessment, day in taken.items()]
    return marks
