"""Plans kept as tab-separated tables: recommendations, actions and who owns what — never guessed."""

from __future__ import annotations

from datetime import date

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import CORPUS, DATA


def _part(path):
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def test_the_laming_response_table():
    doc, part = _part(next(CORPUS.rglob("004_*.txt")))
    review = part.assessments["central-bedfordshire/laming-2009"]
    assert review.kind == "ExternalReview"
    recs = [r for r in part.recommendations if r.kind == "Recommendation"]
    assert [r.identifier for r in recs] == [
        "4",
        "6",
        "7",
        "8",
        "9",
        "11",
        "13",
        "14",
        "15",
        "17",
        "19",
        "21",
        "22",
        "23",
        "24",
        "29",
        "30",
    ]
    actions = {a.identifier: a for a in part.actions}
    assert len(actions) == 69
    # a continuation row carries the values of the row above's second action
    assert (actions["6.2"].timescale, actions["6.2"].lead) == ("August 2009", "Sue Ioannou / Rachel Deakin")
    # one cell over two actions
    assert actions["11.1"].timescale == actions["11.2"].timescale == "June 2009"
    # six actions and five leads: nobody's lead is guessed
    assert all(actions[f"4.{n}"].lead is None for n in range(1, 7)) and actions["4.1"].timescale
    assert actions["22.1"].due_by == date(2009, 12, 31)  # 'By December 2009'
    updates = [u for u in part.updates if u.assessment == review.key]
    assert updates and all(u.as_at == date(2009, 10, 1) for u in updates)  # 'Progress as at 1.10.09'
    for item in recs + list(actions.values()) + updates:
        for span in item.spans:
            quote = doc.text[span.start : span.end]
            assert quote == quote.strip() and not quote.startswith("<") and not quote.endswith(">")


def test_another_column_order():
    _, part = _part(DATA / "other_councils" / "riverton_plan_table.txt")
    assert [(r.assessment, r.identifier) for r in part.recommendations] == [
        ("riverton/ofsted-2025", "1"),
        ("riverton/ofsted-2025", "2"),
    ]
    got = [(a.identifier, a.lead, a.due_by, a.priority) for a in part.actions]
    assert got == [
        ("1.1", "Designated Nurse", date(2025, 6, 30), "High"),
        ("1.2", "Head of Children in Care", date(2025, 9, 30), "High"),
        ("2.1", "Service Manager, Leaving Care", date(2025, 12, 31), "Medium"),
    ]
    assert [(u.about, u.as_at) for u in part.updates] == [
        ("1.1", date(2026, 3, 31)),
        ("1.2", date(2026, 3, 31)),
        ("2.1", date(2026, 3, 31)),
    ]
