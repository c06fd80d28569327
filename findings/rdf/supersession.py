"""fo:supersededOn on every status assessment, so "the status as of D" is a plain date filter, not a ranking.

An item's status on a date D is the assessment with the latest fo:asOf ≤ D; between assessments of one date the
status lexicon's precedence decides (extract/lexicons/status.json, later in the list wins). The build writes that
rule down once: each assessment gets the date from which it no longer holds — the next later date with an assessment
of the same item, or its own date when a stronger assessment of that date outranks it (so it never held). The one that
holds now has none. Then, for any D:

    ?sa fo:asOf ?from . FILTER(?from <= D)
    FILTER NOT EXISTS { ?sa fo:supersededOn ?until . FILTER(?until <= D) }

selects exactly one assessment per item raised by D.

>>> rows = [("a", "r", "2017-08-25", "Open"), ("b", "r", "2018-03-31", "ActionPlanned"),
...         ("c", "r", "2018-03-31", "Open"), ("d", "r", "2019-02-11", "ReportedComplete")]
>>> superseded_on(rows, ["Open", "ActionPlanned", "ReportedComplete"])
{'a': '2018-03-31', 'c': '2018-03-31', 'b': '2019-02-11'}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from findings.extract.lexicons import load_json
from findings.status.cues import LEXICON

if TYPE_CHECKING:
    from rdflib import Graph

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


def status_rows(graph: Graph) -> list[StatusRow]:
    """(assessment, item, as-of, status) of every fo:StatusAssessment in `graph` with all three."""
    from rdflib import RDF

    from findings.rdf._fo import FO

    rows = []
    for sa in graph.subjects(RDF.type, FO.StatusAssessment):
        item, as_of, status = graph.value(sa, FO.of), graph.value(sa, FO.asOf), graph.value(sa, FO.status)
        if item is not None and as_of is not None and status is not None:
            rows.append((str(sa), str(item), str(as_of), str(status).rpartition("#")[2]))
    return rows


def add_supersession(graph: Graph) -> None:
    """Add fo:supersededOn (xsd:date) to every status assessment of `graph` that a later or stronger one replaces."""
    from rdflib import XSD, Literal, URIRef

    from findings.rdf._fo import FO

    for assessment, until in superseded_on(status_rows(graph), precedence()).items():
        graph.add((URIRef(assessment), FO.supersededOn, Literal(until, datatype=XSD.date)))
