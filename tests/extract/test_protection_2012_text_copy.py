"""A text copy of a 2012 report on arrangements for the protection of children (helper-180): its contents list,
printed without page numbers, had its entries under 'Areas for improvement' read as recommendations 1 and 2 ('About
this inspection', 'Service information') and the real five numbered 3 to 7; its judgement row on the help and
protection given, 101 characters of area before its grade on one line, had been read as prose and lost."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "shropshire_style_protection_2012_contents.txt"


def test_the_contents_entries_are_no_recommendations_and_the_long_row_is_a_judgement():
    doc = read_document(REPORT, REPORT.name)
    x = extract_document(doc)
    assert [(r.identifier, r.text.split()[0], r.timescale) for r in x.recommendations] == [
        ("1", "ensure", "Immediately"),
        ("2", "ensure", "Within three months"),
        ("3", "ensure", "Within three months"),
        ("4", "improve", "Within three months"),
        ("5", "develop", "Within six months"),
    ]
    assert [(j.area, j.grade) for j in x.judgements] == [
        ("Overall effectiveness", "Adequate"),
        ("Effectiveness of the help and protection provided to children, young people, families and carers", "Adequate"),
        ("Quality of practice", "Adequate"),
        ("Leadership and governance", "Good"),
    ]
    for item in (*x.recommendations, *x.judgements):
        assert all(doc.text[s.start : s.end].strip() for s in item.spans)
