"""fo:supersededOn: for any date exactly one status assessment per raised item holds, and the one holding now is current."""

from __future__ import annotations

import doctest
from datetime import date, timedelta

from rdflib import RDF, Graph

import findings.rdf.supersession as supersession
from findings.rdf._fo import FO
from findings.rdf.supersession import precedence, superseded_on, taken_back_on

ORDER = ["Open", "ActionPlanned", "InProgress", "ReportedComplete", "IndependentlyVerified", "Recurred", "Lapsed"]


def test_the_docstring_example_holds():
    assert doctest.testmod(supersession).failed == 0


def test_the_precedence_is_the_status_lexicons():
    assert precedence() == ORDER


def test_a_later_date_supersedes_and_a_stronger_status_of_the_same_date_outranks():
    rows = [
        ("s1", "r", "2017-01-01", "Open"),
        ("s2", "r", "2018-01-01", "Recurred"),
        ("s3", "r", "2018-01-01", "IndependentlyVerified"),
        ("s4", "r", "2019-01-01", "InProgress"),
        ("t1", "q", "2018-01-01", "Open"),
    ]
    assert superseded_on(rows, ORDER) == {"s1": "2018-01-01", "s3": "2018-01-01", "s2": "2019-01-01"}


def test_ties_of_one_date_and_status_leave_exactly_one_holding_whatever_the_input_order():
    rows = [("b", "r", "2018-01-01", "Recurred"), ("a", "r", "2018-01-01", "Recurred")]
    assert superseded_on(rows, ORDER) == superseded_on(rows[::-1], ORDER) == {"a": "2018-01-01"}


DONE, AGAIN = ["ReportedComplete", "IndependentlyVerified", "Lapsed"], ["Open", "ActionPlanned", "InProgress"]


def test_a_done_status_is_taken_back_on_the_first_day_a_status_saying_to_do_again_holds():
    rows = [
        ("done", "r", "2017-01-01", "ReportedComplete"),
        ("raised", "r", "2018-01-01", "Recurred"),  # a later inspection raising it again takes nothing back
        ("outranked", "r", "2018-06-01", "InProgress"),  # outranked on its own day: it never held
        ("verified", "r", "2018-06-01", "IndependentlyVerified"),
        ("again", "r", "2019-03-01", "Open"),
        ("later", "r", "2019-09-01", "InProgress"),
        ("still", "q", "2017-01-01", "ReportedComplete"),  # never reopened
        ("before", "p", "2016-01-01", "InProgress"),  # to do before it was done: not a taking back
        ("settled", "p", "2017-01-01", "IndependentlyVerified"),
    ]
    until = superseded_on(rows, ORDER)
    assert taken_back_on(rows, until, DONE, AGAIN) == {"done": "2019-03-01", "verified": "2019-03-01"}
    assert taken_back_on(rows[::-1], superseded_on(rows[::-1], ORDER), DONE, AGAIN) == {
        "done": "2019-03-01",
        "verified": "2019-03-01",
    }


def holding(g: Graph, on: date) -> dict[str, list]:
    """Item → the status assessments that hold on `on`, read back from the graph as a query would."""
    out: dict[str, list] = {}
    for sa in g.subjects(RDF.type, FO.StatusAssessment):
        until = g.value(sa, FO.supersededOn)
        if g.value(sa, FO.asOf).toPython() <= on and (until is None or until.toPython() > on):
            out.setdefault(str(g.value(sa, FO.of)), []).append(sa)
    return out


def test_on_the_corpus_one_status_holds_per_item_on_every_evidence_date_and_now_it_is_the_current_one(corpus_build):
    g = corpus_build.graph
    assessments = set(g.subjects(RDF.type, FO.StatusAssessment))
    superseded = {sa for sa in assessments if g.value(sa, FO.supersededOn) is not None}
    assert len(assessments) > 50 and 0 < len(superseded) < len(assessments)
    dates = sorted({g.value(sa, FO.asOf).toPython() for sa in assessments})
    for on in dates + [d - timedelta(days=1) for d in dates]:
        raised = {str(g.value(sa, FO.of)) for sa in assessments if g.value(sa, FO.asOf).toPython() <= on}
        held = holding(g, on)
        assert set(held) == raised and all(len(v) == 1 for v in held.values()), on
    now = holding(g, dates[-1])
    assert len(now) == len(set(g.subjects(FO.currentStatus, None)))
    for item, (sa,) in now.items():
        assert (g.value(sa, FO.of), FO.currentStatus, g.value(sa, FO.status)) in g, item
